//! The journal's history cannot be rewritten unseen. Each statement of the attack table is
//! run with plain SQL on a copy of a locked journal: SQLite refuses it, or `ejournal verify`
//! reports it (exit 3). An untouched journal verifies (exit 0); the fingerprint `lock status`
//! shows is the one `verify --fingerprint` confirms.

mod common;

use common::*;
use predicates::str::contains;

/// The test school with marks, an absence, a final mark and a topic, locked up to 06.10.2023.
fn locked_school() -> Journal {
    let j = school();
    for (date, student, value) in [
        ("02.10.2023", "Ёлкин Фёдор", "5"),
        ("02.10.2023", "Ёлкин Фёдор", "4"),
        ("09.10.2023", "Ёлкин Фёдор", "3"),
    ] {
        mark(&j, date, student, value, "Ответ на уроке").success();
    }
    j.run(&[
        "absence",
        "add",
        "--date",
        "03.10.2023",
        "--class",
        "5А",
        "--subject",
        "Математика",
        "--student",
        "Ёлкин Фёдор",
        "--code",
        "Н",
    ])
    .success();
    j.run(&["lock", "--until", "06.10.2023", "--reason", "проверка"])
        .success();
    j
}

/// Copy the journal (as SQLite sees it, WAL included) to `name` beside it.
fn copy(j: &Journal, name: &str) -> std::path::PathBuf {
    let to = j.path(name);
    let _ = std::fs::remove_file(&to);
    let conn = rusqlite::Connection::open(j.db()).unwrap();
    conn.execute("VACUUM INTO ?1", [to.to_str().unwrap()])
        .unwrap();
    to
}

fn verify(j: &Journal, db: &std::path::Path) -> assert_cmd::assert::Assert {
    j.cmd()
        .env("EJOURNAL_DB", db)
        .args(["verify", "--format", "csv"])
        .assert()
}

/// The attack table: plain SQL a teacher with write access to the file might try.
/// `{M}` is a locked mark, `{L}` its lesson, `{C}` another course, `{S}` a student.
const ATTACKS: &[&str] = &[
    // marks under the lock, with the triggers in place
    "UPDATE marks SET value = '2' WHERE id = {M}",
    "DELETE FROM marks WHERE id = {M}",
    "INSERT INTO marks (lesson_id, student_id, value, work_type_id, entry_id) VALUES ({L}, {S}, '2', 1, (SELECT max(id) FROM entries))",
    // the attack: clear the session and the lock, change, put them back
    "DELETE FROM session; DELETE FROM settings WHERE key = 'locked_until'; UPDATE marks SET value = '2' WHERE id = {M}; INSERT INTO settings VALUES ('locked_until', '2023-10-06'); INSERT INTO session (id) VALUES (1)",
    "INSERT OR REPLACE INTO settings VALUES ('locked_until', '')",
    "UPDATE settings SET value = '' WHERE key = 'locked_until'",
    "DELETE FROM settings WHERE key = 'locked_until'",
    "UPDATE settings SET value = '0.6' WHERE key = 'rounding_threshold'",
    "DELETE FROM session",
    "UPDATE session SET actor = 'Сидорова Ольга Николаевна', today = '2023-10-02', now = '2023-10-02T10:00:00'",
    // moving locked lessons and their marks
    "UPDATE lessons SET course_id = {C} WHERE id = {L}",
    "UPDATE lessons SET date = '2023-10-20' WHERE id = {L}",
    "UPDATE lessons SET topic = 'переписано' WHERE id = {L}",
    "UPDATE lessons SET teacher_id = 1 WHERE id = {L}",
    "DELETE FROM lessons WHERE id = {L}",
    // the calendar, work types, periods
    "UPDATE periods SET ends_on = '2023-12-31' WHERE code = 'Q1'",
    "UPDATE periods SET starts_on = '2023-10-07' WHERE code = 'Q1'",
    "UPDATE work_types SET weight = 5 WHERE id = 1",
    "UPDATE work_types SET grace_days = 100",
    "INSERT INTO holidays (starts_on, ends_on, grades, name) VALUES ('2023-10-02', '2023-10-02', '', 'x')",
    "DELETE FROM holidays",
    // absences and final marks
    "UPDATE absences SET code = 'Б'",
    "DELETE FROM absences",
    "INSERT INTO final_marks (course_id, student_id, period, value) VALUES ({C}, {S}, 'Q1', '5')",
    // people and structure
    "UPDATE students SET last_name = 'Подменов' WHERE id = {S}",
    "UPDATE enrolments SET from_date = '2023-10-09' WHERE student_id = {S}",
    "DELETE FROM enrolments WHERE student_id = {S}",
    "UPDATE guardians SET phone = '+7 000 000-00-00'",
    "UPDATE staff SET roles = 'учитель, директор' WHERE last_name = 'Петров'",
    "UPDATE staff SET login = 'intruder' WHERE last_name = 'Сидорова'",
    "UPDATE courses SET teacher_id = (SELECT id FROM staff WHERE last_name = 'Петров') WHERE id = {C}",
    "UPDATE classes SET class_teacher_id = NULL",
    "UPDATE journal_kind SET training = 0",
    // permits
    "INSERT INTO permits (class_id, course_id, from_date, to_date, until, reason, created_at, created_by) VALUES (NULL, NULL, '2023-09-01', '2023-12-31', '2030-01-01', 'x', '2023-10-10T10:00:00', 'x')",
    // an import batch opened by hand: marks without their per-mark audit records
    "UPDATE session SET batch_marks_after = 0, batch_history_after = 0",
    "UPDATE session SET batch_marks_after = 0, batch_history_after = 0; INSERT INTO marks (lesson_id, student_id, value, work_type_id, entry_id) VALUES ((SELECT max(id) FROM lessons), {S}, '2', 1, (SELECT max(id) FROM entries))",
    "UPDATE session SET batch_marks_after = 0, batch_history_after = 0; DROP TRIGGER marks_history_insert; INSERT INTO marks (lesson_id, student_id, value, work_type_id, entry_id) VALUES ((SELECT max(id) FROM lessons), {S}, '2', 1, (SELECT max(id) FROM entries))",
    "UPDATE session SET batch_marks_after = 0, batch_history_after = 0; INSERT INTO marks (lesson_id, student_id, value, work_type_id, entry_id) VALUES ((SELECT max(id) FROM lessons), {S}, '2', 1, (SELECT max(id) FROM entries)); UPDATE session SET actor = 'Сидорова Ольга Николаевна', now = '2023-10-02T10:00:00', batch_marks_after = NULL, batch_history_after = NULL; UPDATE session SET actor = NULL, now = NULL",
    // the records themselves
    "INSERT INTO audit_log (at, actor, entity, action) VALUES ('2023-10-01T10:00:00', 'Сидорова Ольга Николаевна', 'mark', 'insert')",
    "UPDATE audit_log SET actor = 'x'",
    "DELETE FROM audit_log",
    "INSERT INTO history (tbl, key, op, image) VALUES ('marks', '[1]', 'd', NULL)",
    "DELETE FROM history",
    "UPDATE history SET image = NULL",
    "DELETE FROM chain",
    "INSERT INTO chain (history_to, audit_to, at, hash, outside) VALUES (1000000, 1000000, 'x', zeroblob(32), 0)",
    // dropping the guards
    "DROP TRIGGER marks_history_update; UPDATE marks SET value = '2' WHERE id = {M}",
    "DROP TRIGGER marks_history_update; DROP TRIGGER marks_audit_update; DROP TRIGGER marks_lock_update; DROP TRIGGER marks_window_update; UPDATE marks SET value = '2' WHERE id = {M}",
    "DROP TABLE chain",
    "ALTER TABLE marks ADD COLUMN note TEXT",
];

#[test]
fn an_untouched_journal_verifies_and_its_fingerprint_is_confirmed() {
    let j = locked_school();
    j.run(&["verify"])
        .success()
        .stderr(contains("the journal is intact"));
    let status = j.json(&["lock", "status"]);
    let fingerprint = status
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["what"] == "fingerprint")
        .unwrap()["value"]
        .as_str()
        .unwrap()
        .to_string();
    assert_eq!(fingerprint.len(), 16);
    j.run(&["verify", "--fingerprint", &fingerprint]).success();
    // A paper copy printed now carries it, on its signature page and on every page.
    j.run(&[
        "export", "paper", "--period", "Q1", "--class", "5А", "--as", "pdf", "--out", "copies",
    ])
    .success();
    let pdf = j.path("copies/5А_Q1_2023-2024.pdf");
    let text = std::process::Command::new("pdftotext")
        .arg("-layout")
        .arg(&pdf)
        .arg("-")
        .output()
        .unwrap();
    let text = String::from_utf8(text.stdout).unwrap();
    assert!(
        text.contains(&format!("Отпечаток журнала: {fingerprint}")),
        "{text}"
    );
    let pages = text.split('\u{c}').filter(|p| !p.trim().is_empty()).count();
    assert_eq!(
        text.matches(&format!("отпечаток {fingerprint}")).count(),
        pages,
        "the fingerprint on every page"
    );
    // A later write: the earlier state is still in the history.
    mark(&j, "09.10.2023", "Ёлкин Фёдор", "5", "Ответ на уроке").success();
    j.run(&["verify", "--fingerprint", &fingerprint]).success();
    j.run(&["verify", "--fingerprint", "0123456789abcdef"])
        .code(3)
        .stdout(contains("is not in this journal's history"));
    j.run(&["verify", "--fingerprint", "xyz"]).code(2);
}

#[test]
fn every_attack_is_refused_by_sqlite_or_reported_by_verify() {
    let j = locked_school();
    let q = |sql: &str| j.count(sql);
    let mark = q("SELECT min(m.id) FROM marks m JOIN lessons l ON l.id = m.lesson_id WHERE l.date <= '2023-10-06'");
    let lesson = q(&format!("SELECT lesson_id FROM marks WHERE id = {mark}"));
    let student = q(&format!("SELECT student_id FROM marks WHERE id = {mark}"));
    let other_course = q(&format!(
        "SELECT min(id) FROM courses WHERE id <> (SELECT course_id FROM lessons WHERE id = {lesson}) \
         AND class_id = (SELECT class_id FROM courses WHERE id = (SELECT course_id FROM lessons WHERE id = {lesson}))"
    ));
    let (mut refused, mut detected) = (0, 0);
    let mut missed = Vec::new();
    for (i, attack) in ATTACKS.iter().enumerate() {
        let sql = attack
            .replace("{M}", &mark.to_string())
            .replace("{L}", &lesson.to_string())
            .replace("{C}", &other_course.to_string())
            .replace("{S}", &student.to_string());
        let db = copy(&j, &format!("attack{i}.db"));
        let conn = rusqlite::Connection::open(&db).unwrap();
        let outcome = conn.execute_batch(&sql);
        drop(conn);
        if outcome.is_err() {
            // Refused: a statement of a batch may have gone through before the refusal
            // (plain sqlite3 runs them one by one too); whatever stayed must be found.
            let out = verify(&j, &db).get_output().clone();
            if out.status.code() == Some(3) {
                detected += 1;
            } else {
                assert_eq!(out.status.code(), Some(0), "{sql}");
                refused += 1;
            }
            continue;
        }
        let out = verify(&j, &db).get_output().clone();
        if out.status.code() == Some(3) {
            eprintln!("reported by verify: {sql}");
            detected += 1;
        } else {
            missed.push(format!(
                "{sql}\n  verify exited {:?}: {}",
                out.status.code(),
                String::from_utf8_lossy(&out.stderr)
            ));
        }
    }
    eprintln!(
        "{} attacks: {refused} refused by SQLite, {detected} reported by verify",
        ATTACKS.len()
    );
    assert!(
        missed.is_empty(),
        "not refused and not found:\n{}",
        missed.join("\n")
    );
    assert!(ATTACKS.len() >= 36);
}

#[test]
fn verify_names_the_changed_mark_and_keeps_reporting_it_after_later_writes() {
    let j = locked_school();
    let mark_id = j.count("SELECT min(id) FROM marks");
    // With the guards dropped the change goes through; the history says otherwise.
    j.tamper(&format!(
        "DROP TRIGGER marks_history_update; DROP TRIGGER marks_audit_update; \
         DROP TRIGGER marks_lock_update; DROP TRIGGER marks_window_update; \
         UPDATE marks SET value = '2' WHERE id = {mark_id}"
    ));
    j.run(&["verify", "--format", "csv"])
        .code(3)
        .stdout(contains(format!(
            "history,marks,[{mark_id}],\"changed outside ejournal: value is \"\"2\"\" but the history says \"\"5\"\"\""
        )))
        .stdout(contains("the trigger marks_history_update is missing"));
    // A change with the triggers in place but outside the tool is sealed apart at the next
    // write, and stays reported.
    let j = locked_school();
    j.tamper("UPDATE guardians SET phone = '+7 000 000-00-00'");
    mark(&j, "09.10.2023", "Ёлкин Фёдор", "5", "Ответ на уроке")
        .success()
        .stderr(contains("the journal was changed outside ejournal"));
    j.run(&["verify", "--format", "csv"])
        .code(3)
        .stdout(contains("records written outside ejournal before"))
        .stdout(contains("guardians"));
}

#[test]
fn every_column_of_every_journal_table_is_in_its_history_triggers() {
    let j = Journal::new();
    let conn = rusqlite::Connection::open(j.db()).unwrap();
    let tables: Vec<String> = conn
        .prepare(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' \
             AND name NOT IN ('session', 'audit_log', 'history', 'chain')",
        )
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert!(tables.len() >= 20);
    for t in tables {
        let columns: Vec<String> = conn
            .prepare("SELECT name FROM pragma_table_info(?1)")
            .unwrap()
            .query_map([&t], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        for op in ["insert", "update"] {
            let sql: String = conn
                .query_row(
                    "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?1",
                    [format!("{t}_history_{op}")],
                    |r| r.get(0),
                )
                .unwrap_or_else(|_| panic!("{t} has no history trigger for {op}"));
            for c in &columns {
                assert!(
                    sql.contains(&format!("NEW.{c}")),
                    "{t}_history_{op} lacks {c}"
                );
            }
        }
    }
}
