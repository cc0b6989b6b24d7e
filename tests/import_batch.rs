//! An import's marks are audited as one batch record (migration 017), not one wide record
//! per mark; `ejournal audit` still shows one record per mark, read from the history; a
//! batch opened by hand is closed by the tool's next write under 'sql' and `verify` reports it.

mod common;

use common::*;
use predicates::str::contains;

fn marks_file(j: &Journal) {
    write_cp1251(
        &j.path("marks.csv"),
        "Дата;Класс;Предмет;Ученик;Отметка;Вид работы\n\
         09.10.2023;5А;Математика;Ёлкин Фёдор;5;\n\
         09.10.2023;5А;Математика;Жуков Матвей;4;Контрольная работа\n\
         10.10.2023;5А;Математика;Ёлкин Фёдор;3;\n",
    );
}

#[test]
fn an_import_is_one_audit_record_and_audit_shows_each_mark() {
    let j = school();
    marks_file(&j);
    let records_before = j.count("SELECT count(*) FROM audit_log");
    j.run(&["import", "marks", "marks.csv"])
        .success()
        .stderr(contains("3 rows read, 3 added"));
    assert_eq!(
        j.count("SELECT count(*) FROM audit_log"),
        records_before + 1
    );
    assert_eq!(
        j.count(
            "SELECT json_extract(after, '$.batch') FROM audit_log \
             WHERE entity = 'mark' AND entity_id IS NULL"
        ),
        3
    );
    let audit = j.json(&["audit", "--entity", "mark"]);
    let rows = audit.as_array().unwrap();
    assert_eq!(rows.len(), 3, "{audit}");
    for r in rows {
        assert_eq!(r["action"], "insert");
        assert_eq!(r["class"], "5А");
        assert_eq!(r["subject"], "Математика");
        assert_eq!(r["reason"], "import marks marks.csv");
    }
    let students: Vec<&str> = rows
        .iter()
        .map(|r| r["student"].as_str().unwrap())
        .collect();
    assert!(students
        .iter()
        .all(|s| s.starts_with("Ёлкин") || s.starts_with("Жуков")));
    // Filtered by student, as the per-mark records were.
    let one = j.json(&[
        "audit",
        "--class",
        "5А",
        "--student",
        "Жуков Матвей",
        "--entity",
        "mark",
    ]);
    assert_eq!(one.as_array().unwrap().len(), 1, "{one}");
    assert!(one[0]["after"].as_str().unwrap().contains('4'), "{one}");
    j.run(&["verify"]).success();
    // The same file again adds nothing and writes no batch record.
    j.run(&["import", "marks", "marks.csv"]).success();
    assert_eq!(
        j.count("SELECT count(*) FROM audit_log"),
        records_before + 1
    );
    j.run(&["verify"]).success();
}

#[test]
fn a_batch_opened_by_hand_is_reported() {
    let j = school();
    mark(&j, "09.10.2023", "Ёлкин Фёдор", "5", "Ответ на уроке").success();
    j.tamper(
        "UPDATE session SET today = '2023-10-09', batch_marks_after = 0, batch_history_after = 0; \
         INSERT INTO marks (lesson_id, student_id, value, work_type_id, entered_at, entered_by) \
         SELECT lesson_id, student_id, '2', work_type_id, entered_at, entered_by FROM marks",
    );
    // No audit record for the forged mark yet; verify finds the open batch and the records.
    j.run(&["verify"]).code(3).stdout(contains("session"));
    // The next write closes the batch under 'sql', sealed as written outside.
    mark(&j, "10.10.2023", "Ёлкин Фёдор", "4", "Ответ на уроке").success();
    assert_eq!(
        j.count("SELECT count(*) FROM audit_log WHERE entity = 'mark' AND entity_id IS NULL AND actor = 'sql'"),
        1
    );
    j.run(&["verify"]).code(3).stdout(contains("outside"));
    // Both bounds or none, and never reopened.
    let conn = rusqlite::Connection::open(j.db()).unwrap();
    assert!(conn
        .execute("UPDATE session SET batch_marks_after = 0", [])
        .is_err());
}
