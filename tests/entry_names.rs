//! Journal entries: a name on the command line that does not resolve exits 2 in
//! every entry command (list, change, delete, set), with one message per kind; a stored
//! date that does not read back is an error, not 01.01.1970; lateness is not a missed
//! lesson wherever lessons count absences.

mod common;

use common::*;
use predicates::prelude::*;
use predicates::str::contains;

fn with(base: &[&'static str], extra: &[&'static str]) -> Vec<&'static str> {
    base.iter().chain(extra).copied().collect()
}

#[test]
fn unknown_names_exit_2_in_every_entry_command() {
    let j = school();
    let before = j.dump();
    let no_class = "there is no class 7Б in the journal";
    let no_subject = "5А has no subject \"Химия\" in the teaching load";
    let no_student = "no student in 5А named \"Смирнов Александр\"";
    let cases: Vec<(Vec<&str>, &str)> = vec![
        // mark list, change, delete
        (vec!["mark", "list", "--class", "7Б"], no_class),
        (
            vec!["mark", "list", "--class", "5А", "--subject", "Химия"],
            no_subject,
        ),
        (
            vec![
                "mark",
                "list",
                "--class",
                "5А",
                "--student",
                "Смирнов Александр",
            ],
            no_student,
        ),
        (
            with(
                &["mark", "change", "--date", "09.10.2023", "--class", "5А"],
                &[
                    "--subject",
                    "Химия",
                    "--student",
                    "Ёлкин Фёдор",
                    "--mark",
                    "4",
                    "--reason",
                    "x",
                ],
            ),
            no_subject,
        ),
        (
            with(
                &["mark", "delete", "--date", "09.10.2023", "--class", "5А"],
                &[
                    "--subject",
                    "Математика",
                    "--student",
                    "Смирнов Александр",
                    "--reason",
                    "x",
                ],
            ),
            no_student,
        ),
        (
            with(
                &["mark", "delete", "--date", "04.10.2023", "--class", "5А"],
                &[
                    "--subject",
                    "Математика",
                    "--student",
                    "Ёлкин Фёдор",
                    "--reason",
                    "x",
                ],
            ),
            "5А Математика has no lesson on 04.10.2023",
        ),
        // absence list, change, delete
        (vec!["absence", "list", "--class", "7Б"], no_class),
        (
            vec!["absence", "list", "--class", "5А", "--subject", "Химия"],
            no_subject,
        ),
        (
            with(
                &["absence", "change", "--date", "09.10.2023", "--class", "5А"],
                &["--student", "Смирнов Александр", "--code", "Б"],
            ),
            no_student,
        ),
        (
            with(
                &["absence", "delete", "--date", "09.10.2023", "--class", "5А"],
                &[
                    "--student",
                    "Ёлкин Фёдор",
                    "--subject",
                    "Химия",
                    "--reason",
                    "x",
                ],
            ),
            no_subject,
        ),
        // lesson list and set
        (
            vec!["lesson", "list", "--class", "7Б", "--subject", "Математика"],
            no_class,
        ),
        (
            vec!["lesson", "list", "--class", "5А", "--subject", "Химия"],
            no_subject,
        ),
        (
            with(
                &["lesson", "set", "--class", "5А", "--subject", "Химия"],
                &["--date", "09.10.2023", "--topic", "x"],
            ),
            no_subject,
        ),
        (
            with(
                &["lesson", "set", "--class", "5А", "--subject", "Математика"],
                &["--date", "09.10.2023", "--teacher", "Кузнецов Пётр"],
            ),
            "no member of staff named \"Кузнецов Пётр\"",
        ),
        (
            with(
                &["lesson", "set", "--class", "5А", "--subject", "Математика"],
                &["--date", "04.10.2023", "--topic", "x"],
            ),
            "5А Математика has no lesson on 04.10.2023",
        ),
    ];
    for (args, message) in &cases {
        j.run(args).code(2).stderr(contains(*message));
    }
    assert_eq!(before, j.dump(), "nothing written");
}

#[test]
fn an_unknown_work_type_in_mark_change_exits_2_and_changes_nothing() {
    let j = school();
    j.run(&[
        "mark",
        "add",
        "--date",
        "09.10.2023",
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
        "mark",
        "change",
        "--date",
        "09.10.2023",
        "--class",
        "5А",
        "--subject",
        "Математика",
        "--student",
        "Ёлкин Фёдор",
        "--work-type",
        "Викторина",
        "--reason",
        "x",
    ])
    .code(2)
    .stderr(contains(
        "\"Викторина\" is not a work type (allowed: Ответ на уроке",
    ));
    assert_eq!(before, j.dump());
    // The same change with a real work type goes through and names both.
    j.run(&[
        "mark", "change", "--date", "09.10.2023", "--class", "5А", "--subject", "Математика",
        "--student", "Ёлкин Фёдор", "--work-type", "Контрольная работа", "--reason", "x",
    ])
    .success()
    .stderr(contains(
        "(5А Математика, Ёлкин Фёдор, 09.10.2023): changed from 5 (Ответ на уроке) to 5 (Контрольная работа)",
    ));
}

#[test]
fn lateness_does_not_count_as_a_missed_lesson_nor_block_a_mark() {
    let j = school();
    let absent = |student: &'static str, code: &'static str| {
        j.run(&[
            "absence",
            "add",
            "--date",
            "09.10.2023",
            "--class",
            "5А",
            "--student",
            student,
            "--subject",
            "Математика",
            "--code",
            code,
        ])
        .success();
    };
    absent("Ёлкин Фёдор", "О");
    absent("Жуков Матвей", "Н");
    j.run(&[
        "mark",
        "add",
        "--date",
        "09.10.2023",
        "--class",
        "5А",
        "--subject",
        "Математика",
        "--student",
        "Ёлкин Фёдор",
        "--mark",
        "4",
    ])
    .success();
    j.run(&[
        "mark",
        "add",
        "--date",
        "09.10.2023",
        "--class",
        "5А",
        "--subject",
        "Математика",
        "--student",
        "Жуков Матвей",
        "--mark",
        "4",
    ])
    .code(65)
    .stderr(contains("is absent (Н) in that lesson"));
    let lessons = j.json(&[
        "lesson",
        "list",
        "--class",
        "5А",
        "--subject",
        "Математика",
        "--from",
        "09.10.2023",
        "--to",
        "09.10.2023",
    ]);
    assert_eq!(lessons[0]["absences"], 1, "lateness is not a missed lesson");
    assert_eq!(lessons[0]["marks"], 1);
}

#[test]
fn a_stored_date_that_does_not_read_back_is_an_error_not_1970() {
    let j = school();
    let conn = rusqlite::Connection::open(j.db()).unwrap();
    conn.execute(
        "UPDATE lessons SET date = '2023-13-45' WHERE id = (SELECT min(l.id) FROM lessons l
         JOIN courses c ON c.id = l.course_id JOIN subjects s ON s.id = c.subject_id
         WHERE s.name = 'Математика')",
        [],
    )
    .unwrap();
    drop(conn);
    j.run(&["lesson", "list", "--class", "5А", "--subject", "Математика"])
        .code(1)
        .stdout(contains("1970").not())
        .stderr(contains("cannot read in lessons").and(contains("\"2023-13-45\" is not a date")));
}
