//! Issue 11 items 1–3: a lesson is recorded when its teacher records it (`lesson confirm`,
//! `lesson set`); fill-rate counts what teachers did, students as people; `report teachers`.
//! Every refusal leaves the journal as it was; plain SQL cannot forge or undo a record.

mod common;

use common::*;
use serde_json::Value;

const TEACHER: &str = "Иванова Анна Петровна";

/// `lesson confirm` of 5А Математика on a day, by `actor`, with today = `today`.
fn confirm(j: &Journal, actor: &str, today: &str, date: &str) -> assert_cmd::assert::Assert {
    j.cmd()
        .env("EJOURNAL_ACTOR", actor)
        .env("EJOURNAL_TODAY", today)
        .args([
            "lesson",
            "confirm",
            "--class",
            "5А",
            "--subject",
            "Математика",
            "--date",
            date,
        ])
        .assert()
}

/// The fill-rate line of 5А Математика for 02.10–10.10 (lessons on Mon 2, Tue 3, Mon 9,
/// Tue 10 October).
fn maths_fill(j: &Journal) -> Value {
    maths_fill_in(j, "02.10.2023", "10.10.2023")
}

fn maths_fill_in(j: &Journal, from: &str, to: &str) -> Value {
    let v = j.json(&[
        "report",
        "fill-rate",
        "--from",
        from,
        "--to",
        to,
        "--class",
        "5А",
    ]);
    v["rows"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["subject"] == "Математика")
        .cloned()
        .unwrap()
}

#[test]
fn the_ktp_is_not_a_record_and_confirm_on_the_day_is_on_time() {
    let j = school();
    // The КТП's six topics are bound to the first six lessons (4, 5, 11, 12 September …) …
    let (from, to) = ("04.09.2023", "12.09.2023");
    let list = j.out(&[
        "lesson",
        "list",
        "--class",
        "5А",
        "--subject",
        "Математика",
        "--from",
        from,
        "--to",
        to,
        "--format",
        "json",
    ]);
    let lessons: Value = serde_json::from_str(&list).unwrap();
    assert_eq!(lessons.as_array().unwrap().len(), 4);
    assert!(lessons
        .as_array()
        .unwrap()
        .iter()
        .all(|l| l["topic"].as_str().is_some_and(|t| !t.is_empty())));
    // … and still nothing is recorded: 0 % topics, whatever the КТП holds.
    let before = maths_fill_in(&j, from, to);
    assert_eq!(before["lessons"], 4);
    assert_eq!(before["lessons_recorded"], 0);
    assert_eq!(before["topics_recorded"], 0);
    assert_eq!(before["pct_topics_recorded"], 0.0);
    assert_eq!(before["lessons_not_recorded"], 4);

    // The teacher confirms each lesson on its day: 100 % on time, the planned topics kept.
    for (day, date) in [
        ("2023-09-04", "04.09.2023"),
        ("2023-09-05", "05.09.2023"),
        ("2023-09-11", "11.09.2023"),
        ("2023-09-12", "12.09.2023"),
    ] {
        confirm(&j, TEACHER, day, date)
            .success()
            .stderr(predicates::str::contains("lesson recorded as given"));
    }
    let after = maths_fill_in(&j, from, to);
    assert_eq!(after["lessons_recorded"], 4);
    assert_eq!(after["recorded_on_day"], 4);
    assert_eq!(after["recorded_later"], 0);
    assert_eq!(after["topics_recorded"], 4);
    assert_eq!(after["pct_recorded_on_day"], 100.0);
    assert_eq!(after["pct_topics_recorded"], 100.0);
    let list_after = j.out(&[
        "lesson",
        "list",
        "--class",
        "5А",
        "--subject",
        "Математика",
        "--from",
        from,
        "--to",
        to,
        "--format",
        "json",
    ]);
    // The planned topics and homework stay; each lesson now shows when it was recorded.
    let after: Value = serde_json::from_str(&list_after).unwrap();
    for (a, b) in after
        .as_array()
        .unwrap()
        .iter()
        .zip(lessons.as_array().unwrap())
    {
        assert_eq!((&a["topic"], &a["homework"]), (&b["topic"], &b["homework"]));
        assert_eq!(b["recorded_at"], Value::Null);
        assert!(a["recorded_at"]
            .as_str()
            .is_some_and(|t| t.starts_with(a["date"].as_str().unwrap())));
    }

    // The record keeps who and when; confirming again changes nothing.
    assert_eq!(
        j.count(&format!(
            "SELECT count(*) FROM lesson_records WHERE recorded_by = '{TEACHER}'
             AND substr(recorded_at, 1, 10) IN ('2023-09-04', '2023-09-05', '2023-09-11', '2023-09-12')"
        )),
        4
    );
    let before = j.dump_tables(&["lesson_records", "lessons"]);
    confirm(&j, TEACHER, "2023-09-12", "12.09.2023")
        .success()
        .stderr(predicates::str::contains("already recorded"));
    assert_eq!(j.dump_tables(&["lesson_records", "lessons"]), before);
}

#[test]
fn recorded_later_and_own_words_count_as_such() {
    let j = school();
    // Monday's lesson recorded on Tuesday (inside the fixture's window), with the teacher's
    // own topic and homework: recorded later, topic and homework set.
    j.cmd()
        .env("EJOURNAL_ACTOR", TEACHER)
        .env("EJOURNAL_TODAY", "2023-10-03")
        .args([
            "lesson",
            "confirm",
            "--class",
            "5А",
            "--subject",
            "Математика",
            "--date",
            "02.10.2023",
            "--topic",
            "Повторение",
            "--homework",
            "№ 1–5",
        ])
        .assert()
        .success();
    // `lesson set` of a lesson that took place records it too.
    j.cmd()
        .env("EJOURNAL_ACTOR", TEACHER)
        .env("EJOURNAL_TODAY", "2023-10-03")
        .args([
            "lesson",
            "set",
            "--class",
            "5А",
            "--subject",
            "Математика",
            "--date",
            "03.10.2023",
            "--homework",
            "§ 3",
        ])
        .assert()
        .success()
        .stderr(predicates::str::contains("recorded as given"));
    let f = maths_fill(&j);
    assert_eq!(f["lessons_recorded"], 2);
    assert_eq!(f["recorded_on_day"], 1);
    assert_eq!(f["recorded_later"], 1);
    assert_eq!(f["homework_set"], 2);
    assert_eq!(f["lessons_not_recorded"], 2);
    assert_eq!(f["pct_recorded_on_day"], 25.0);
}

#[test]
fn refusals_leave_the_journal_as_it_was() {
    let j = school();
    let dump = j.dump();
    // A lesson that has not taken place yet.
    confirm(&j, TEACHER, "2023-10-10", "16.10.2023")
        .code(65)
        .stderr(predicates::str::contains("has not taken place yet"));
    // Another teacher's course.
    confirm(&j, "Петров Сергей Ильич", "2023-10-10", "10.10.2023").code(77);
    assert_eq!(j.dump(), dump);
    // Outside the entry window: the deputy closes it back to the lesson day.
    j.run(&[
        "settings",
        "set",
        "entry_window_days",
        "0",
        "--reason",
        "правило дня урока",
    ])
    .success();
    let dump = j.dump();
    confirm(&j, TEACHER, "2023-10-10", "09.10.2023")
        .code(65)
        .stderr(predicates::str::contains("09.10.2023"));
    assert_eq!(j.dump(), dump);
}

#[test]
fn plain_sql_cannot_forge_move_or_undo_a_record() {
    let j = school();
    confirm(&j, TEACHER, "2023-10-09", "09.10.2023").success();
    let dump = j.dump();
    let conn = rusqlite::Connection::open(j.db()).unwrap();
    let lesson: i64 = conn
        .query_row("SELECT lesson_id FROM lesson_records", [], |r| r.get(0))
        .unwrap();
    let other: i64 = conn
        .query_row(
            "SELECT l.id FROM lessons l WHERE l.date = '2023-10-02'
             AND NOT EXISTS (SELECT 1 FROM lesson_records r WHERE r.lesson_id = l.id) LIMIT 1",
            [],
            |r| r.get(0),
        )
        .unwrap();
    let attacks = [
        // a record dated on the lesson day, written later by hand
        format!(
            "INSERT INTO lesson_records VALUES ({other}, '2023-10-02T15:00:00', '{TEACHER}', NULL)"
        ),
        // the same with a session set up by hand to look like the tool's
        format!(
            "UPDATE session SET actor = '{TEACHER}', now = '2023-10-01T10:00:00', today = '2023-10-01';
             INSERT INTO lesson_records SELECT {other}, now, actor, entered_by FROM session"
        ),
        format!("UPDATE lesson_records SET recorded_at = '2023-10-08T15:00:00' WHERE lesson_id = {lesson}"),
        format!("DELETE FROM lesson_records WHERE lesson_id = {lesson}"),
        format!("DELETE FROM lessons WHERE id = {lesson}"),
        format!("UPDATE lessons SET date = '2023-10-11' WHERE id = {lesson}"),
        format!("UPDATE lessons SET plan_item_id = (SELECT max(id) FROM plan_items), topic = 'другая' WHERE id = {lesson}"),
    ];
    for sql in &attacks {
        let r = conn.execute_batch(&format!("BEGIN; {sql}; COMMIT;"));
        assert!(r.is_err(), "accepted: {sql}");
        let _ = conn.execute_batch("ROLLBACK");
    }
    drop(conn);
    assert_eq!(j.dump(), dump);
}

#[test]
fn fill_rate_counts_students_as_people() {
    let j = school();
    let students_5a = j.json(&["student", "list", "--class", "5А"]);
    let n5a = students_5a.as_array().unwrap().len() as i64;
    let students_10a = j.json(&["student", "list", "--class", "10А"]);
    let n10a = students_10a.as_array().unwrap().len() as i64;
    let v = j.json(&[
        "report",
        "fill-rate",
        "--from",
        "02.10.2023",
        "--to",
        "10.10.2023",
    ]);
    // 5А has three courses (mathematics, two English groups): its students are counted once.
    let class = |name: &str| {
        v["classes"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["class"] == name)
            .cloned()
            .unwrap()
    };
    assert_eq!(class("5А")["students"], n5a);
    assert_eq!(class("10А")["students"], n10a);
    assert_eq!(v["summary"]["students"], n5a + n10a);
    // No marks yet: every student is without marks, 100 % of people.
    assert_eq!(class("5А")["students_without_marks"], n5a);
    assert_eq!(class("5А")["pct_without_marks"], 100.0);
    // One mark for one student: he is a person with one mark across all his courses.
    mark(
        &j,
        "09.10.2023",
        "Жуков Матвей Романович",
        "5",
        "Ответ на уроке",
    )
    .success();
    let v = j.json(&[
        "report",
        "fill-rate",
        "--from",
        "02.10.2023",
        "--to",
        "10.10.2023",
        "--class",
        "5А",
    ]);
    let c = &v["classes"][0];
    assert_eq!(c["students_with_one_mark"], 1);
    assert_eq!(c["students_without_marks"], n5a - 1);
}

#[test]
fn report_teachers_by_hand() {
    let j = school();
    // Иванова: Oct 2 and 9 on the day, Oct 3 on Oct 5 (later), Oct 10 never.
    confirm(&j, TEACHER, "2023-10-02", "02.10.2023").success();
    confirm(&j, TEACHER, "2023-10-05", "03.10.2023").success();
    confirm(&j, TEACHER, "2023-10-09", "09.10.2023").success();
    mark(
        &j,
        "09.10.2023",
        "Жуков Матвей Романович",
        "4",
        "Ответ на уроке",
    )
    .success();
    let v = j.json(&["report", "teachers", "--month", "2023-10"]);
    let rows = v["rows"].as_array().unwrap();
    // Every teacher with a course: Иванова, Петров, Орлова.
    assert_eq!(rows.len(), 3, "{rows:#?}");
    let ivanova = rows.iter().find(|r| r["teacher"] == TEACHER).unwrap();
    // Lessons of 5А Математика in October up to today (10.10): 2, 3, 9, 10.
    assert_eq!(ivanova["lessons"], 4);
    assert_eq!(ivanova["lessons_recorded"], 3);
    assert_eq!(ivanova["recorded_on_day"], 2);
    assert_eq!(ivanova["recorded_later"], 1);
    assert_eq!(ivanova["lessons_not_recorded"], 1);
    assert_eq!(ivanova["pct_recorded_on_day"], 50.0);
    assert_eq!(ivanova["marks"], 1);
    assert_eq!(ivanova["kept_journal"], true);
    assert_eq!(ivanova["courses"], "5А Математика");
    // The others recorded nothing: they did not keep the journal.
    for r in rows.iter().filter(|r| r["teacher"] != TEACHER) {
        assert_eq!(r["kept_journal"], false, "{r}");
        assert_eq!(r["lessons_recorded"], 0);
    }
    assert_eq!(v["summary"]["teachers"], 3);
    assert_eq!(v["summary"]["teachers_active"], 1);
    assert_eq!(v["summary"]["pct_teachers_active"], 33.3);
    // Shortfalls: two teachers kept no record.
    j.run(&[
        "report",
        "teachers",
        "--month",
        "2023-10",
        "--fail-on-issues",
    ])
    .code(3);
    // As a document to sign.
    let pdf = j.path("teachers.pdf");
    j.run(&[
        "report",
        "teachers",
        "--year",
        "--out",
        pdf.to_str().unwrap(),
    ])
    .success();
    let text = std::process::Command::new("pdftotext")
        .args(["-layout", pdf.to_str().unwrap(), "-"])
        .output()
        .unwrap();
    let text = String::from_utf8(text.stdout).unwrap();
    assert!(
        text.contains("Teachers' work with the class journal"),
        "{text}"
    );
    assert!(text.contains("Иванова Анна"), "{text}");
    assert!(text.contains("стр. 1 из"), "{text}");
}

/// The demo: every teacher with a course is listed, and each one's lessons and records match
/// counts made straight from the journal's tables.
#[test]
fn report_teachers_on_the_demo_matches_the_tables() {
    let db = demo_dir().join("ejournal.db");
    let out = assert_cmd::Command::cargo_bin("ejournal")
        .unwrap()
        .env("EJOURNAL_LANG", "en")
        .env("EJOURNAL_DB", &db)
        .args([
            "report", "teachers", "--month", "2023-10", "--format", "json",
        ])
        .assert()
        .success();
    let v: Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    let conn = rusqlite::Connection::open(&db).unwrap();
    let teachers: i64 = conn
        .query_row("SELECT count(DISTINCT teacher_id) FROM courses", [], |r| {
            r.get(0)
        })
        .unwrap();
    let rows = v["rows"].as_array().unwrap();
    assert_eq!(rows.len() as i64, teachers);
    let mut stmt = conn
        .prepare(
            "SELECT sn.full_name, count(*), count(r.lesson_id),
                    coalesce(sum(substr(r.recorded_at, 1, 10) = l.date), 0)
             FROM lessons l JOIN courses c ON c.id = l.course_id
             JOIN staff_names sn ON sn.id = coalesce(l.teacher_id, c.teacher_id)
             LEFT JOIN lesson_records r ON r.lesson_id = l.id
             WHERE l.date BETWEEN '2023-10-01' AND '2023-10-27' GROUP BY sn.full_name",
        )
        .unwrap();
    let expected: Vec<(String, i64, i64, i64)> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert!(!expected.is_empty());
    for (name, lessons, recorded, on_day) in expected {
        let row = rows
            .iter()
            .find(|r| r["teacher"] == name.trim())
            .unwrap_or_else(|| panic!("{name} missing"));
        assert_eq!(row["lessons"], lessons, "{name}");
        assert_eq!(row["lessons_recorded"], recorded, "{name}");
        assert_eq!(row["recorded_on_day"], on_day, "{name}");
    }
    // The music teacher records nothing: not keeping the journal, 0 % topics.
    let music = rows
        .iter()
        .find(|r| r["courses"].as_str().unwrap().contains("Музыка"))
        .unwrap();
    assert_eq!(music["kept_journal"], false);
    assert_eq!(music["pct_topics_recorded"], 0.0);
}
