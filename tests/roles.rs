//! Who may do what: every change is made by a member of staff, and each kind of change
//! needs a role (a deputy or the director for the calendar, settings, locks, permits and
//! remarks; the technician, a deputy or the director for the school's structure; a
//! teacher, a class teacher, a deputy or the director for the journal's entries). A refusal
//! exits 77, names the actor, his roles and the role needed, and changes nothing.

mod common;

use common::*;
use predicates::str::contains;

const TEACHER: &str = "Петров Сергей Ильич";
const TECHNICIAN: &str = "Техников Иван Петрович";

/// The test school, with a technician (электроник) on its staff too.
fn school_with_technician() -> Journal {
    let j = school();
    std::fs::write(
        j.path("tech.csv"),
        "Фамилия;Имя;Отчество;Роль\nТехников;Иван;Петрович;электроник\n",
    )
    .unwrap();
    j.run(&["import", "staff", "tech.csv"]).success();
    j
}

#[test]
fn a_teacher_cannot_change_the_calendar_settings_locks_or_permits() {
    let j = school_with_technician();
    let before = j.dump();
    for (args, what) in [
        (
            vec![
                "calendar",
                "add-holiday",
                "--from",
                "20.11.2023",
                "--to",
                "20.11.2023",
            ],
            "change the calendar",
        ),
        (
            vec!["settings", "set", "rounding_threshold", "0.6"],
            "change the settings",
        ),
        (vec!["lock", "--until", "02.10.2023"], "lock"),
        (
            vec!["unlock", "--until", "01.10.2023", "--reason", "x"],
            "unlock",
        ),
        (
            vec![
                "permit",
                "add",
                "--from",
                "02.10.2023",
                "--to",
                "02.10.2023",
                "--reason",
                "x",
            ],
            "issue a permit",
        ),
        (
            vec![
                "remark",
                "add",
                "--class",
                "5А",
                "--subject",
                "Математика",
                "--text",
                "x",
                "--due",
                "20.10.2023",
            ],
            "add or resolve remarks",
        ),
    ] {
        j.as_actor(TEACHER, &args)
            .code(77)
            .stdout("")
            .stderr(contains(format!(
                "only a deputy (заместитель) or the director can {what}; \"{TEACHER}\" is учитель in staff"
            )));
    }
    assert_eq!(before, j.dump(), "a refused actor changed the journal");
}

#[test]
fn the_technician_sets_up_the_structure_but_enters_no_marks() {
    let j = school_with_technician();
    j.as_actor(TECHNICIAN, &["lessons", "generate", "-q"])
        .success();
    let before = j.dump();
    j.as_actor(TECHNICIAN,
        &[
            "mark", "add", "--date", "10.10.2023", "--class", "5А", "--subject", "Математика",
            "--student", "Ёлкин Фёдор", "--mark", "5",
        ],
    )
    .code(77)
    .stderr(contains(format!(
        "only a teacher, a class teacher, a deputy or the director can enter marks; \"{TECHNICIAN}\" is электроник in staff"
    )));
    assert_eq!(before, j.dump());
    // Another teacher may not enter it either: 5А Математика is Иванова's course.
    j.as_actor(
        TEACHER,
        &[
            "mark",
            "add",
            "--date",
            "10.10.2023",
            "--class",
            "5А",
            "--subject",
            "Математика",
            "--student",
            "Ёлкин Фёдор",
            "--mark",
            "5",
        ],
    )
    .code(77)
    .stderr(contains(format!(
        "\"{TEACHER}\" does not teach 5А Математика"
    )));
    assert_eq!(before, j.dump());
    // Its own teacher enters the mark.
    j.as_actor(
        "Иванова Анна Петровна",
        &[
            "mark",
            "add",
            "--date",
            "10.10.2023",
            "--class",
            "5А",
            "--subject",
            "Математика",
            "--student",
            "Ёлкин Фёдор",
            "--mark",
            "5",
        ],
    )
    .success();
}

#[test]
fn nobody_outside_the_staff_writes_but_anyone_may_read() {
    let j = school();
    let before = j.dump();
    for actor in ["Никто Никакой", "тест", ""] {
        j.as_actor(
            actor,
            &[
                "mark",
                "add",
                "--date",
                "10.10.2023",
                "--class",
                "5А",
                "--subject",
                "Математика",
                "--student",
                "Ёлкин Фёдор",
                "--mark",
                "5",
            ],
        )
        .code(77)
        .stderr(contains("is not a member of staff"));
    }
    assert_eq!(before, j.dump());
    j.as_actor("Никто Никакой", &["mark", "list", "--class", "5А"])
        .success();
}
