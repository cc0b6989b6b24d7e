//! Final marks and the lock: the lock triggers re-created on the one lock
//! predicate (migration 005) refuse exactly what migration 002's did, the Rust check draws
//! the same line, the suggested marks' averages are `weighted_average`'s, and names that do
//! not resolve exit 2.

mod common;

use std::collections::HashMap;

use chrono::NaiveDate;
use common::{school, DEPUTY};
use predicates::str::contains;
use rusqlite::Connection;

use ejournal::db::lock::LockState;
use ejournal::domain::calendar::PeriodCode;
use ejournal::domain::marks::{suggest, weighted_average, FinalMark, Mark};
use ejournal::reports::suggestions::{compute, Rules, Scope};

const MIGRATIONS: [&str; 5] = [
    include_str!("../src/db/migrations/001_schema.sql"),
    include_str!("../src/db/migrations/002_journal.sql"),
    include_str!("../src/db/migrations/003_reports.sql"),
    include_str!("../src/db/migrations/004_names.sql"),
    include_str!("../src/db/migrations/005_lock_predicate.sql"),
];

/// Checking graces of the work types 1, 2, 3.
const GRACES: [i64; 3] = [0, 3, 7];
/// Lessons 1..=21, one a day from 25.09.2023.
const LESSONS: i64 = 21;

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn lesson_date(lesson: i64) -> NaiveDate {
    day("2023-09-25") + chrono::Duration::days(lesson - 1)
}

/// A journal with the first `upto` migrations, written with plain SQL as `sqlite3` would:
/// one course, three students, a lesson a day with a mark of every work type and an
/// absence, and final marks for Q1 and Q2.
fn journal(upto: usize) -> Connection {
    let conn = Connection::open_in_memory().unwrap();
    for sql in &MIGRATIONS[..upto] {
        conn.execute_batch(sql).unwrap();
    }
    conn.execute_batch(
        "INSERT INTO settings VALUES ('locked_until', ''), ('lock_older_than', 'off');
         INSERT INTO periods VALUES ('Q1', '2023-09-01', '2023-10-01'), ('Q2', '2023-10-02', '2023-12-29');
         INSERT INTO staff VALUES (1, 'Иванова', 'Анна', 'Петровна', 'учитель', 'иванова анна петровна');
         INSERT INTO staff VALUES (2, 'Петров', 'Пётр', '', 'учитель', 'петров петр');
         INSERT INTO classes VALUES (1, 5, 'А', '5А', 1);
         INSERT INTO subjects VALUES (1, 'Математика', 'математика');
         INSERT INTO courses VALUES (1, 1, 1, '', 1, 5);
         INSERT INTO students VALUES (1, 'А', 'Б', '', '2012-01-01', 'а б'), (2, 'В', 'Г', '', '2012-01-01', 'в г'),
                                     (3, 'Д', 'Е', '', '2012-01-01', 'д е');",
    )
    .unwrap();
    for (i, grace) in GRACES.iter().enumerate() {
        conn.execute(
            "INSERT INTO work_types VALUES (?1, ?2, 1, ?3, ?1)",
            rusqlite::params![i as i64 + 1, format!("w{grace}"), grace],
        )
        .unwrap();
    }
    for l in 1..=LESSONS {
        conn.execute(
            "INSERT INTO lessons (id, course_id, date, lesson_no, topic) VALUES (?1, 1, ?2, 1, 'тема')",
            rusqlite::params![l, lesson_date(l).to_string()],
        )
        .unwrap();
        for w in 1..=GRACES.len() as i64 {
            conn.execute(
                "INSERT INTO marks (lesson_id, student_id, value, work_type_id, entered_at, entered_by)
                 VALUES (?1, 1, '4', ?2, 'x', 'x')",
                [l, w],
            )
            .unwrap();
        }
        conn.execute(
            "INSERT INTO absences (lesson_id, student_id, code) VALUES (?1, 2, 'Н')",
            [l],
        )
        .unwrap();
    }
    conn.execute_batch(
        "INSERT INTO final_marks (course_id, student_id, period, value) VALUES (1, 1, 'Q1', '4'), (1, 1, 'Q2', '5');",
    )
    .unwrap();
    conn
}

/// Lock settings and the session's today, as the tool sets them in a write transaction.
#[derive(Debug, Clone, Copy)]
struct Config {
    locked_until: &'static str,
    older_than: &'static str,
    today: &'static str,
}

fn configs() -> Vec<Config> {
    let mut out = Vec::new();
    for locked_until in ["", "2023-09-28", "2023-10-03", "2023-10-20"] {
        for older_than in ["off", "1", "4", "9"] {
            for today in ["2023-10-06", "2023-10-12", "2023-10-30"] {
                out.push(Config {
                    locked_until,
                    older_than,
                    today,
                });
            }
        }
    }
    out
}

fn apply(conn: &Connection, c: Config) {
    conn.execute("UPDATE session SET actor = 'тест', today = ?1", [c.today])
        .unwrap();
    conn.execute(
        "UPDATE settings SET value = ?1 WHERE key = 'locked_until'",
        [c.locked_until],
    )
    .unwrap();
    conn.execute(
        "UPDATE settings SET value = ?1 WHERE key = 'lock_older_than'",
        [c.older_than],
    )
    .unwrap();
}

fn state(c: Config) -> LockState {
    LockState {
        locked_until: (!c.locked_until.is_empty()).then(|| day(c.locked_until)),
        older_than: c.older_than.parse().ok(),
        today: day(c.today),
    }
}

/// Every kind of write the lock triggers judge, on every lesson.
fn operations() -> Vec<String> {
    let mut ops = Vec::new();
    for l in 1..=LESSONS {
        let marks = |w: i64| {
            format!("(SELECT id FROM marks WHERE lesson_id = {l} AND work_type_id = {w} AND student_id = 1)")
        };
        for w in 1..=GRACES.len() as i64 {
            ops.push(format!("INSERT INTO marks (lesson_id, student_id, value, work_type_id, entered_at, entered_by) VALUES ({l}, 3, '5', {w}, 'x', 'x')"));
            ops.push(format!(
                "UPDATE marks SET value = '2' WHERE id = {}",
                marks(w)
            ));
            ops.push(format!(
                "UPDATE marks SET work_type_id = {} WHERE id = {}",
                4 - w,
                marks(w)
            ));
            ops.push(format!("DELETE FROM marks WHERE id = {}", marks(w)));
            for to in [1, 11, LESSONS] {
                ops.push(format!(
                    "UPDATE marks SET lesson_id = {to} WHERE id = {}",
                    marks(w)
                ));
            }
        }
        let absence = format!("(SELECT id FROM absences WHERE lesson_id = {l})");
        ops.push(format!(
            "INSERT INTO absences (lesson_id, student_id, code) VALUES ({l}, 3, 'Б')"
        ));
        ops.push(format!(
            "UPDATE absences SET code = 'У' WHERE id = {absence}"
        ));
        ops.push(format!("DELETE FROM absences WHERE id = {absence}"));
        for to in [1, LESSONS] {
            ops.push(format!(
                "UPDATE absences SET lesson_id = {to} WHERE id = {absence}"
            ));
        }
        ops.push(format!(
            "UPDATE lessons SET topic = 'другая' WHERE id = {l}"
        ));
        ops.push(format!(
            "UPDATE lessons SET homework = '№ 5' WHERE id = {l}"
        ));
        ops.push(format!("UPDATE lessons SET teacher_id = 2 WHERE id = {l}"));
        ops.push(format!("UPDATE lessons SET lesson_no = 2 WHERE id = {l}"));
        ops.push(format!("UPDATE lessons SET topic = topic WHERE id = {l}"));
        ops.push(format!(
            "UPDATE lessons SET plan_item_id = NULL WHERE id = {l}"
        ));
        for to in ["2023-09-20", "2023-10-31"] {
            ops.push(format!("UPDATE lessons SET date = '{to}' WHERE id = {l}"));
        }
        ops.push(format!("DELETE FROM lessons WHERE id = {l}"));
        let date = lesson_date(l);
        ops.push(format!(
            "INSERT INTO lessons (course_id, date, lesson_no) VALUES (1, '{date}', 3)"
        ));
        ops.push(format!(
            "INSERT INTO lessons (course_id, date, lesson_no, topic) VALUES (1, '{date}', 3, 'т')"
        ));
        ops.push(format!("INSERT INTO lessons (course_id, date, lesson_no, homework) VALUES (1, '{date}', 3, 'д')"));
    }
    for period in ["Q1", "Q2", "Y"] {
        ops.push(format!("INSERT INTO final_marks (course_id, student_id, period, value) VALUES (1, 2, '{period}', 'н/а')"));
        ops.push(format!(
            "UPDATE final_marks SET value = '3' WHERE period = '{period}'"
        ));
        ops.push(format!("DELETE FROM final_marks WHERE period = '{period}'"));
    }
    ops.push("UPDATE final_marks SET period = 'Q1' WHERE period = 'Q2'".into());
    ops.push("UPDATE final_marks SET period = 'Y' WHERE period = 'Q2'".into());
    ops
}

/// Run a write and undo it; the refusal's text, or None when it went through.
fn attempt(conn: &Connection, sql: &str) -> Option<String> {
    conn.execute_batch("SAVEPOINT attempt").unwrap();
    let result = conn.execute_batch(sql).err().map(|e| e.to_string());
    conn.execute_batch("ROLLBACK TO attempt; RELEASE attempt")
        .unwrap();
    result
}

#[test]
fn lock_triggers_refuse_exactly_what_migration_002_refused() {
    let old = journal(4);
    let new = journal(5);
    let ops = operations();
    let mut refused = 0;
    for c in configs() {
        apply(&old, c);
        apply(&new, c);
        for op in &ops {
            let before = attempt(&old, op);
            let after = attempt(&new, op);
            assert_eq!(before, after, "{c:?}: {op}");
            refused += usize::from(after.is_some());
        }
    }
    // The grid reaches both sides of the line.
    let total = configs().len() * ops.len();
    assert!(
        refused > total / 10 && refused < total * 9 / 10,
        "{refused} of {total}"
    );
}

#[test]
fn the_rust_check_draws_the_same_line_as_the_view_and_the_triggers() {
    let conn = journal(5);
    for c in configs() {
        apply(&conn, c);
        let lock = state(c);
        for grace in GRACES.iter().copied().chain([0]) {
            let line: Option<String> = conn
                .query_row(
                    "SELECT last_locked_day FROM lock_line WHERE grace_days = ?1 LIMIT 1",
                    [grace],
                    |r| r.get(0),
                )
                .unwrap();
            assert_eq!(
                line.map(|d| day(&d)),
                lock.last_locked_day(grace),
                "{c:?}, grace {grace}"
            );
        }
        for l in 1..=LESSONS {
            let date = lesson_date(l);
            for (w, grace) in GRACES.iter().enumerate() {
                let refused = attempt(
                    &conn,
                    &format!("INSERT INTO marks (lesson_id, student_id, value, work_type_id, entered_at, entered_by) VALUES ({l}, 3, '5', {}, 'x', 'x')", w + 1),
                );
                assert_eq!(
                    refused.is_some(),
                    lock.why_locked(date, *grace).is_some(),
                    "{c:?}: {date}, grace {grace}: {refused:?}"
                );
            }
            let refused = attempt(
                &conn,
                &format!("INSERT INTO absences (lesson_id, student_id, code) VALUES ({l}, 3, 'Б')"),
            );
            assert_eq!(refused.is_some(), lock.why_locked(date, 0).is_some());
        }
        for (period, ends) in [("Q1", "2023-10-01"), ("Q2", "2023-12-29")] {
            let refused = attempt(
                &conn,
                &format!("DELETE FROM final_marks WHERE period = '{period}'"),
            );
            assert_eq!(refused.is_some(), lock.period_locked(day(ends)), "{c:?}");
        }
    }
}

#[test]
fn the_rust_messages_name_the_lock_that_holds() {
    // In the language of this process (Russian unless the environment asks for English).
    let said = |en: &str, ru: &str| match ejournal::i18n::lang() {
        ejournal::i18n::Lang::En => en.to_string(),
        ejournal::i18n::Lang::Ru => ru.to_string(),
    };
    let lock = LockState {
        locked_until: Some(day("2023-10-03")),
        older_than: Some(3),
        today: day("2023-10-10"),
    };
    assert_eq!(
        lock.why_locked(day("2023-10-02"), 7).unwrap(),
        said(
            "02.10.2023 is locked: the journal is locked up to 03.10.2023",
            "дата 02.10.2023 заблокирована: журнал заблокирован по 03.10.2023 включительно"
        )
    );
    assert_eq!(
        lock.why_locked(day("2023-10-06"), 0).unwrap(),
        said("06.10.2023 is locked: entries older than 3 days are locked (before 07.10.2023)", "дата 06.10.2023 заблокирована: записи старше 3 дней блокируются (всё, что раньше 07.10.2023)")
    );
    assert_eq!(
        lock.why_locked(day("2023-09-29"), 0).unwrap(),
        said(
            "29.09.2023 is locked: the journal is locked up to 03.10.2023",
            "дата 29.09.2023 заблокирована: журнал заблокирован по 03.10.2023 включительно"
        )
    );
    assert!(lock.why_locked(day("2023-10-07"), 0).is_none());
    assert!(lock.why_locked(day("2023-10-06"), 7).is_none());
    assert_eq!(
        lock.why_locked(day("2023-09-29"), 7),
        Some(said(
            "29.09.2023 is locked: the journal is locked up to 03.10.2023",
            "дата 29.09.2023 заблокирована: журнал заблокирован по 03.10.2023 включительно"
        ))
    );
    let rolling = LockState {
        locked_until: None,
        ..lock
    };
    assert_eq!(
        rolling.why_locked(day("2023-09-29"), 7).unwrap(),
        said("29.09.2023 is locked: entries older than 3 days (+7 days to check written work) are locked (before 30.09.2023)", "дата 29.09.2023 заблокирована: записи старше 3 дней (+7 дней на проверку письменных работ) блокируются (всё, что раньше 30.09.2023)")
    );
}

/// The demo journal, made by the tool.
fn demo() -> (tempfile::TempDir, Connection) {
    let dir = tempfile::tempdir().unwrap();
    assert_cmd::Command::cargo_bin("ejournal")
        .unwrap()
        .env("EJOURNAL_LANG", "en")
        .current_dir(dir.path())
        .env_remove("EJOURNAL_DB")
        .env("EJOURNAL_ACTOR", "тест")
        .args(["--quiet", "demo", "--dir", "d"])
        .assert()
        .success();
    let conn = ejournal::db::open(
        &dir.path().join("d/ejournal.db"),
        std::time::Duration::from_secs(5),
    )
    .unwrap();
    (dir, conn)
}

#[test]
fn suggested_marks_are_the_weighted_average_of_the_real_marks() {
    let (_dir, conn) = demo();
    let today = day("2023-10-27");
    let list = compute(&conn, PeriodCode::Q1, &Scope::default(), today).unwrap();
    assert!(list.len() > 300, "{}", list.len());
    let rules = Rules::load(&conn).unwrap();
    // Every mark of the quarter, one row each, and Σ(weight × mark) / Σ(weight) in SQL.
    let mut marks: HashMap<(i64, i64), Vec<(Mark, f64)>> = HashMap::new();
    let mut stmt = conn
        .prepare(
            "SELECT l.course_id, m.student_id, m.value, w.weight FROM marks m
             JOIN lessons l ON l.id = m.lesson_id JOIN work_types w ON w.id = m.work_type_id
             JOIN periods p ON p.code = 'Q1' WHERE l.date BETWEEN p.starts_on AND ?1",
        )
        .unwrap();
    let rows = stmt
        .query_map([today.to_string()], |r| {
            Ok((
                (r.get::<_, i64>(0)?, r.get::<_, i64>(1)?),
                r.get::<_, String>(2)?,
                r.get::<_, f64>(3)?,
            ))
        })
        .unwrap();
    for row in rows {
        let (key, value, weight) = row.unwrap();
        marks
            .entry(key)
            .or_default()
            .push((Mark::parse(&value).unwrap(), weight));
    }
    let sql_average = |course: i64, student: i64| -> Option<f64> {
        conn.query_row(
            "SELECT total(w.weight * m.value) / nullif(total(w.weight), 0) FROM marks m
             JOIN lessons l ON l.id = m.lesson_id JOIN work_types w ON w.id = m.work_type_id
             JOIN periods p ON p.code = 'Q1'
             WHERE l.course_id = ?1 AND m.student_id = ?2 AND l.date BETWEEN p.starts_on AND ?3
               AND m.value IN ('1', '2', '3', '4', '5')",
            rusqlite::params![course, student, today.to_string()],
            |r| r.get(0),
        )
        .unwrap()
    };
    let mut numeric = 0;
    for s in &list {
        let own = marks
            .get(&(s.course_id, s.student_id))
            .cloned()
            .unwrap_or_default();
        assert_eq!(s.marks as usize, own.len(), "{} {}", s.subject, s.student);
        let expected =
            weighted_average(own.iter().filter_map(|(m, w)| m.points().map(|p| (p, *w))));
        assert_eq!(s.average, expected, "{} {}", s.subject, s.student);
        let by_sql = sql_average(s.course_id, s.student_id);
        match (by_sql, expected) {
            (Some(a), Some(b)) => assert!((a - b).abs() < 1e-9, "{a} {b}"),
            (a, b) => assert_eq!(a, b),
        }
        let suggested = s
            .suggested
            .as_deref()
            .map(|v| FinalMark::from_stored(v).unwrap());
        if let (Some(avg), Some(FinalMark::Points(p))) = (expected, suggested) {
            assert_eq!(p, suggest(avg, rules.threshold));
            numeric += 1;
        }
    }
    assert!(numeric > 300, "{numeric}");
}

#[test]
fn names_that_do_not_resolve_exit_2_and_rules_65() {
    let j = school();
    let final_set = |class: &str, subject: &str, group: &str, student: &str| {
        j.run(&[
            "final",
            "set",
            "--period",
            "Q1",
            "--class",
            class,
            "--subject",
            subject,
            "--group",
            group,
            "--student",
            student,
            "--mark",
            "5",
        ])
    };
    final_set("5А", "Математика", "", "Никто Никакой")
        .code(2)
        .stderr(contains("no student in 5А named \"Никто Никакой\""));
    final_set("5А", "Астрономия", "", "Ёлкин Фёдор")
        .code(2)
        .stderr(contains("5А has no subject \"Астрономия\""));
    final_set("5А", "Математика", "1", "Ёлкин Фёдор")
        .code(2)
        .stderr(contains("taught to the whole class, not in groups"));
    final_set("7Б", "Математика", "", "Ёлкин Фёдор")
        .code(2)
        .stderr(contains("there is no class 7Б in the journal"));
    j.run(&["final", "list", "--class", "5А", "--subject", "Астрономия"])
        .code(2)
        .stderr(contains("5А has no subject \"Астрономия\""));
    // Whoever is not in staff cannot move the lock (exit 77, not allowed for this actor).
    for actor in ["Никто Никакой", "тест"] {
        j.cmd()
            .env("EJOURNAL_ACTOR", actor)
            .args(["lock", "--until", "03.10.2023"])
            .assert()
            .code(77)
            .stderr(contains(format!("\"{actor}\" is not a member of staff")));
    }
    // A rule: a locked period's final marks stand.
    final_set("5А", "Математика", "", "Ёлкин Фёдор").success();
    j.cmd()
        .env("EJOURNAL_ACTOR", DEPUTY)
        .args([
            "lock",
            "--until",
            "27.10.2023",
            "--reason",
            "конец четверти",
        ])
        .assert()
        .success();
    j.run(&[
        "final",
        "set",
        "--period",
        "Q1",
        "--class",
        "5А",
        "--subject",
        "Математика",
        "--student",
        "Ёлкин Фёдор",
        "--mark",
        "4",
        "--reason",
        "пересмотр",
    ])
    .code(65)
    .stderr(contains("Q1 ends on 27.10.2023, which is locked"));
}

#[test]
fn lock_status_reads_the_history_back() {
    let j = school();
    let deputy = |args: &[&str]| {
        j.cmd()
            .env("EJOURNAL_ACTOR", DEPUTY)
            .args(args)
            .assert()
            .success();
    };
    deputy(&["lock", "--until", "03.10.2023", "--reason", "первая"]);
    deputy(&["lock", "--older-than", "5"]);
    deputy(&["lock", "--older-than", "off"]);
    deputy(&["unlock", "--all", "--reason", "ошибка"]);
    let status = j.json(&["lock", "status"]);
    let values: Vec<&str> = status
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["what"] == "change")
        .map(|r| r["value"].as_str().unwrap())
        .collect();
    assert_eq!(
        values,
        [
            "unlocked",
            "rolling lock off",
            "rolling lock 5 days",
            "locked up to 03.10.2023"
        ]
    );
}
