//! Issue 12 item 4: a misspelt class, subject, student or work type gets "did you mean …"
//! from the journal's own names; a name nothing resembles gets none.

mod common;

use common::*;
use predicates::prelude::*;

fn add_mark(
    j: &Journal,
    class: &str,
    subject: &str,
    student: &str,
    work: &str,
) -> assert_cmd::assert::Assert {
    j.run(&[
        "mark",
        "add",
        "--date",
        "09.10.2023",
        "--class",
        class,
        "--subject",
        subject,
        "--student",
        student,
        "--mark",
        "5",
        "--work-type",
        work,
    ])
}

#[test]
fn misspelt_names_get_the_closest_known_one() {
    let j = school();
    let dump = j.dump();
    add_mark(&j, "5Б", "Математика", "Жуков Матвей", "Ответ на уроке")
        .code(2)
        .stderr(contains("did you mean «5А»?"));
    add_mark(&j, "5А", "Матиматика", "Жуков Матвей", "Ответ на уроке")
        .code(2)
        .stderr(contains("did you mean «Математика»?"));
    add_mark(&j, "5А", "Математика", "Жуков Матвей", "Контрольня работа")
        .code(2)
        .stderr(contains("did you mean «Контрольная работа»?"));
    add_mark(&j, "5А", "Математика", "Жукав Матвей", "Ответ на уроке")
        .code(2)
        .stderr(contains("did you mean «Жуков Матвей Романович»?"));
    // Nothing close: no guess.
    add_mark(&j, "5А", "Химия", "Жуков Матвей", "Ответ на уроке")
        .code(2)
        .stderr(contains("did you mean").not());
    add_mark(&j, "5А", "Математика", "Сидоров Иван", "Ответ на уроке")
        .code(2)
        .stderr(contains("did you mean").not());
    assert_eq!(j.dump(), dump);
}

fn contains(s: &str) -> predicates::str::ContainsPredicate {
    predicate::str::contains(s)
}
