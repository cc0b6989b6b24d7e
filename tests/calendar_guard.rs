//! Rules that hold against the tool's own commands and against plain SQL alike: the
//! calendar cannot be moved under the lock or under a period's final marks (a teacher
//! could otherwise reopen a locked quarter, set a mark, and move it back), and a mark and
//! an absence Б/У/Н of one student in one lesson never both stand, whichever command or
//! statement tries.

mod common;

use common::*;
use predicates::str::contains;

/// The refusal a trigger gives to a statement run outside the tool.
fn refused_sql(j: &Journal, sql: &str) -> String {
    let conn = rusqlite::Connection::open(j.db()).unwrap();
    conn.execute_batch(sql)
        .expect_err(&format!("plain SQL got through: {sql}"))
        .to_string()
}

#[test]
fn the_calendar_does_not_move_under_the_lock() {
    let j = school();
    j.run(&[
        "calendar",
        "add-holiday",
        "--from",
        "02.10.2023",
        "--to",
        "02.10.2023",
        "--name",
        "x",
    ])
    .success();
    let holiday = j.count("SELECT max(id) FROM holidays");
    deputy(
        &j,
        &["lock", "--until", "06.10.2023", "--reason", "проверка"],
    )
    .success();
    let before = j.dump();
    for args in [
        vec![
            "calendar",
            "set-period",
            "Q1",
            "--from",
            "04.09.2023",
            "--to",
            "27.10.2023",
        ],
        vec![
            "calendar",
            "set-period",
            "Q1",
            "--from",
            "01.09.2023",
            "--to",
            "05.10.2023",
        ],
        vec![
            "calendar",
            "add-holiday",
            "--from",
            "05.10.2023",
            "--to",
            "05.10.2023",
            "--name",
            "y",
        ],
    ] {
        j.run(&args)
            .code(65)
            .stderr(contains("would change the calendar on a locked date"))
            .stderr(contains("locked up to 06.10.2023"));
    }
    j.run(&["calendar", "remove-holiday", &holiday.to_string()])
        .code(65)
        .stderr(contains("removing holiday"));
    assert_eq!(
        before,
        j.dump(),
        "a refused calendar change changed the journal"
    );
    // After the lock the calendar is free to change.
    j.run(&[
        "calendar",
        "set-period",
        "Q1",
        "--from",
        "01.09.2023",
        "--to",
        "28.10.2023",
    ])
    .success();
    // Plain SQL meets the same triggers.
    for sql in [
        "UPDATE periods SET starts_on = '2023-09-04' WHERE code = 'Q1'",
        "INSERT INTO holidays (starts_on, ends_on, name) VALUES ('2023-10-03', '2023-10-03', 'z')",
        &format!("DELETE FROM holidays WHERE id = {holiday}"),
    ] {
        assert!(refused_sql(&j, sql).contains("calendar locked"), "{sql}");
    }
}

#[test]
fn a_period_with_final_marks_keeps_its_dates() {
    let j = school();
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
        "5",
    ])
    .success();
    let before = j.dump();
    j.run(&[
        "calendar",
        "set-period",
        "Q1",
        "--from",
        "01.09.2023",
        "--to",
        "03.11.2023",
    ])
    .code(65)
    .stderr(contains("the period already has final marks"));
    assert_eq!(before, j.dump());
    assert!(refused_sql(
        &j,
        "UPDATE periods SET ends_on = '2023-11-03' WHERE code = 'Q1'"
    )
    .contains("period has final marks"));
}

/// A command on 5А Математика's lesson of 09.10.2023.
fn add<'a>(args: &[&'a str]) -> Vec<&'a str> {
    let mut all = vec![
        "--date",
        "09.10.2023",
        "--class",
        "5А",
        "--subject",
        "Математика",
    ];
    all.extend_from_slice(args);
    all
}

#[test]
fn absence_change_cannot_put_a_missed_lesson_beside_a_mark() {
    let j = school();
    let mut a = vec!["mark", "add"];
    a.extend(add(&["--student", "Ёлкин Фёдор", "--mark", "5"]));
    j.run(&a).success();
    let mut a = vec!["absence", "add"];
    a.extend(add(&["--student", "Ёлкин Фёдор", "--code", "О"]));
    j.run(&a).success();
    let before = j.dump();
    let mut a = vec!["absence", "change"];
    a.extend(add(&[
        "--student",
        "Ёлкин Фёдор",
        "--code",
        "Б",
        "--reason",
        "справка",
    ]));
    j.run(&a).code(65).stderr(contains(
        "the student has a mark in Математика that lesson: a mark and an absence Б cannot both stand",
    ));
    assert_eq!(before, j.dump());
    // Plain SQL cannot do it either, in either order.
    assert!(refused_sql(&j, "UPDATE absences SET code = 'Б'").contains("a mark beside an absence"));
    let mut a = vec!["absence", "add"];
    a.extend(add(&["--student", "Жуков Матвей", "--code", "Н"]));
    j.run(&a).success();
    assert!(refused_sql(
        &j,
        "INSERT INTO marks (lesson_id, student_id, value, work_type_id, entry_id)
         SELECT lesson_id, student_id, '5', 1, (SELECT max(id) FROM entries) FROM absences WHERE code = 'Н'"
    )
    .contains("a mark beside an absence"));
}
