//! People: names on the command line that do not resolve exit 2 with one message
//! per kind; stored dates that do not read back are errors, never 1970-01-01; the class
//! teacher's ФИО comes from the `staff_names` view.

mod common;

use common::*;
use predicates::str::contains;

/// The test school's files imported, no lessons generated.
fn imported() -> Journal {
    let j = Journal::new();
    import_school(&j, Style::Cp1251);
    j
}

fn leave(j: &Journal, class: &str, student: &str) -> assert_cmd::assert::Assert {
    j.run(&[
        "student",
        "leave",
        "--class",
        class,
        "--student",
        student,
        "--date",
        "16.10.2023",
    ])
}

#[test]
fn leave_with_an_unknown_student_or_class_exits_2_and_changes_nothing() {
    let j = imported();
    let before = j.dump();
    leave(&j, "5А", "Никто Никакой")
        .code(2)
        .stderr(contains("no student in 5А named \"Никто Никакой\""));
    leave(&j, "9Я", "Жуков Матвей")
        .code(2)
        .stderr(contains("there is no class 9Я in the journal"));
    // The same unknown class in the list says the same thing.
    j.run(&["student", "list", "--class", "9Я"])
        .code(2)
        .stderr(contains("there is no class 9Я in the journal"));
    assert_eq!(j.dump(), before);
    leave(&j, "5А", "Жуков Матвей")
        .success()
        .stderr(contains("Жуков Матвей left 5А on 16.10.2023"));
    // He is gone: a second leave finds no open enrolment.
    leave(&j, "5А", "Жуков Матвей")
        .code(2)
        .stderr(contains("Жуков Матвей is not in 5А now"));
    let all = j.json(&["student", "list", "--class", "5А", "--all"]);
    let zhukov = all
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["last_name"] == "Жуков")
        .unwrap();
    assert_eq!(zhukov["left_on"], "2023-10-15");
}

#[test]
fn a_bad_stored_date_is_an_error_not_1970() {
    let j = imported();
    j.tamper("UPDATE students SET birth_date = 'вчера' WHERE last_name = 'Жуков'");
    let a = j.run(&["student", "list", "--class", "5А"]).code(1);
    let out = String::from_utf8(a.get_output().stdout.clone()).unwrap();
    assert!(!out.contains("1970"), "{out}");
    // Matching names reads birth dates too.
    leave(&j, "5А", "Ёлкин Фёдор").code(1);

    let j = imported();
    j.tamper(
        "UPDATE enrolments SET from_date = '2023-13-01'
         WHERE student_id = (SELECT id FROM students WHERE last_name = 'Ёлкин')",
    );
    leave(&j, "5А", "Ёлкин Фёдор").code(1);
    j.run(&["student", "list", "--all"]).code(1);
}

#[test]
fn class_list_names_the_class_teacher_as_the_view_does() {
    let j = imported();
    let classes = j.json(&["class", "list"]);
    let conn = rusqlite::Connection::open(j.db()).unwrap();
    let mut stmt = conn
        .prepare(
            "SELECT c.name, coalesce(trim(n.full_name), '') FROM classes c
             LEFT JOIN staff_names n ON n.id = c.class_teacher_id",
        )
        .unwrap();
    let expected: Vec<(String, String)> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert!(!expected.is_empty());
    assert!(expected.iter().any(|(_, t)| !t.is_empty()));
    for (class, teacher) in expected {
        let row = classes
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["class"] == class.as_str())
            .unwrap();
        if teacher.is_empty() {
            assert!(row["class_teacher"].is_null(), "{row}");
        } else {
            assert_eq!(row["class_teacher"], teacher.as_str());
        }
    }
}

#[test]
fn roster_and_staff_imports_are_idempotent_and_keep_the_parent() {
    let j = Journal::new();
    let files = write_school(&j, Style::Utf8Bom);
    for (kind, path) in &files {
        j.run(&["import", kind, path.to_str().unwrap()]).success();
    }
    let before = people(&j);
    for (kind, path) in &files {
        if ["staff", "roster", "groups"].contains(kind) {
            j.run(&["import", kind, path.to_str().unwrap()])
                .success()
                .stderr(contains(" 0 added, 0 updated"));
        }
    }
    assert_eq!(people(&j), before);
    let s = j.json(&["student", "list", "--class", "5А"]);
    let zhukov = s
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["last_name"] == "Жуков")
        .unwrap();
    assert_eq!(zhukov["guardian"], "Жукова Мария Вадимовна");
    assert_eq!(zhukov["birth_date"], "2013-06-25");
}

/// The people tables, row by row (the import log grows with every import).
fn people(j: &Journal) -> String {
    j.dump_tables(&[
        "staff",
        "classes",
        "students",
        "enrolments",
        "guardians",
        "group_members",
    ])
}
