//! An import's marks are audited as one batch record (migration 017), not one wide record
//! per mark; `ejournal audit` still shows one record per mark, read from the history; a
//! batch is opened only by the tool (migration 018), and closing it judges its marks as a set.

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
fn plain_sql_cannot_open_a_batch() {
    let j = school();
    mark(&j, "09.10.2023", "Ёлкин Фёдор", "5", "Ответ на уроке").success();
    let before = j.dump();
    // Opening a batch calls a function only the tool's connection has (migration 018): plain
    // SQLite refuses the statement, so no mark can go in past the insert triggers this way.
    let conn = rusqlite::Connection::open(j.db()).unwrap();
    for sql in [
        "UPDATE session SET batch_marks_after = 0, batch_history_after = 0",
        "UPDATE session SET today = '2023-10-09', batch_marks_after = 0, batch_history_after = 0; \
         INSERT INTO marks (lesson_id, student_id, value, work_type_id, entry_id) \
         SELECT lesson_id, student_id, '2', work_type_id, entry_id FROM marks",
        "UPDATE session SET batch_marks_after = 0",
    ] {
        let err = conn.execute_batch(sql).unwrap_err().to_string();
        assert!(
            err.contains("no such function: ejournal_import_batch"),
            "{sql}: {err}"
        );
    }
    drop(conn);
    assert_eq!(before, j.dump());
    j.run(&["verify"]).success();
}

/// The tool's own connection: plain SQLite and the function only the tool registers.
fn as_the_tool(j: &Journal) -> rusqlite::Connection {
    let conn = rusqlite::Connection::open(j.db()).unwrap();
    conn.create_scalar_function(
        "ejournal_import_batch",
        0,
        rusqlite::functions::FunctionFlags::SQLITE_UTF8,
        |_| Ok(1),
    )
    .unwrap();
    conn
}

/// Inside one transaction that is then rolled back: a write on 16.10.2023 with an entry
/// window of 0 days and `setup` done, an import batch opened, Ёлкин's mark in 5А Математика
/// on `date` under `permit` inserted (no insert trigger judges it while the batch is open),
/// and the batch closed: what closing it said.
fn close_a_batch(j: &Journal, setup: &str, date: &str, permit: &str) -> Result<(), String> {
    let mut conn = as_the_tool(j);
    let tx = conn.transaction().unwrap();
    tx.execute_batch(&format!(
        "UPDATE session SET actor = '{DEPUTY}', today = '2023-10-16', now = '2023-10-16T10:00:00';
         UPDATE settings SET value = '0' WHERE key = 'entry_window_days';
         INSERT INTO permits (class_id, course_id, from_date, to_date, until, reason, created_at, created_by)
         VALUES (NULL, NULL, '2023-10-01', '2023-10-13', '2023-12-31', 'перенос', '2023-10-16T09:00:00', '{DEPUTY}');
         {setup}
         INSERT INTO entries (entered_at, entered_by) VALUES ('2023-10-16T10:00:00', '{DEPUTY}');
         UPDATE session SET batch_marks_after = (SELECT coalesce(max(id), 0) FROM marks),
                            batch_history_after = (SELECT coalesce(max(id), 0) FROM history);
         INSERT INTO marks (lesson_id, student_id, value, work_type_id, entry_id, permit_id)
         SELECT l.id, st.id, '2', 1, (SELECT max(id) FROM entries), {permit}
         FROM lessons l JOIN courses c ON c.id = l.course_id JOIN subjects s ON s.id = c.subject_id
         JOIN classes cl ON cl.id = c.class_id, students st
         WHERE l.date = '{date}' AND s.name = 'Математика' AND cl.name = '5А' AND st.last_name = 'Ёлкин';"
    ))
    .unwrap();
    let closed = tx
        .execute_batch("UPDATE session SET batch_marks_after = NULL, batch_history_after = NULL")
        .map_err(|e| e.to_string());
    drop(tx);
    closed
}

#[test]
fn closing_a_batch_judges_its_marks_as_the_insert_triggers_do() {
    let j = school();
    mark(&j, "09.10.2023", "Жуков Матвей", "5", "Ответ на уроке").success();
    let before = j.dump();
    let permit = "(SELECT max(id) FROM permits)";
    let refused = |setup: &str, date: &str, permit: &str, why: &str| {
        let err = close_a_batch(&j, setup, date, permit).unwrap_err();
        assert!(err.contains(why), "{setup} {date} {permit}: {err}");
    };
    // On time, and late under a permit that covers the lesson: the batch closes.
    close_a_batch(&j, "", "2023-10-16", "NULL").unwrap();
    close_a_batch(&j, "", "2023-10-09", permit).unwrap();
    // Late without a permit, or under one past its `until` or revoked.
    refused(
        "",
        "2023-10-09",
        "NULL",
        "ejournal: outside the entry window",
    );
    let expired = "INSERT INTO permits (class_id, course_id, from_date, to_date, until, reason, created_at, created_by)
               VALUES (NULL, NULL, '2023-10-01', '2023-10-13', '2023-10-15', 'истёк', '2023-10-01T09:00:00', 'x');";
    refused(
        expired,
        "2023-10-09",
        permit,
        "ejournal: outside the entry window",
    );
    let revoked = "UPDATE permits SET revoked_at = '2023-10-16T09:30:00', revoked_by = 'x', revoke_reason = 'отозвано';";
    refused(
        revoked,
        "2023-10-09",
        permit,
        "ejournal: outside the entry window",
    );
    // A permit that does not cover the lesson, even on time; one of another class.
    refused(
        "",
        "2023-10-16",
        permit,
        "permit_id is not the session's permit",
    );
    let other_class = "INSERT INTO permits (class_id, course_id, from_date, to_date, until, reason, created_at, created_by)
                       VALUES ((SELECT id FROM classes WHERE name <> '5А' LIMIT 1), NULL, '2023-10-01', '2023-10-13',
                               '2023-12-31', 'другой класс', '2023-10-16T09:00:00', 'x');";
    refused(
        other_class,
        "2023-10-09",
        permit,
        "ejournal: outside the entry window",
    );
    // A locked date, permit or not.
    let locked = "UPDATE settings SET value = '2023-10-10' WHERE key = 'locked_until';";
    refused(locked, "2023-10-09", permit, "ejournal: date locked");
    // Beside an absence.
    let absent = "INSERT INTO absences (lesson_id, student_id, code)
                  SELECT l.id, st.id, 'Б' FROM lessons l JOIN courses c ON c.id = l.course_id
                  JOIN subjects s ON s.id = c.subject_id JOIN classes cl ON cl.id = c.class_id, students st
                  WHERE l.date = '2023-10-16' AND s.name = 'Математика' AND cl.name = '5А' AND st.last_name = 'Ёлкин';";
    refused(
        absent,
        "2023-10-16",
        "NULL",
        "ejournal: a mark beside an absence",
    );
    // Every attempt was rolled back.
    assert_eq!(before, j.dump());
    j.run(&["verify"]).success();
}
