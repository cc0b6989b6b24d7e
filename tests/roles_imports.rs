//! Who may write which rows: a teacher's file of marks, absences or final marks may hold only
//! rows of the courses he teaches (and of lessons he took as a substitute); a class teacher
//! also records his class's absences. The reasons Б and У are the class teacher's (or a
//! deputy's, or the director's) to set or take away, in a file and on the command line. A
//! row outside the actor's reach is listed by file:line like any bad row, nothing is
//! written, and the import exits 77 (65 when every problem is only the data's).

mod common;

use common::*;
use predicates::prelude::PredicateBooleanExt;
use predicates::str::contains;

/// Teaches 5А Английский язык (группа 1) and 10А История; leads no class.
const PETROV: &str = "Петров Сергей Ильич";
/// Teaches 5А Математика; the class teacher of 5А.
const IVANOVA: &str = "Иванова Анна Петровна";
/// Teaches 5А Английский язык (группа 2); the class teacher of 10А.
const ORLOVA: &str = "Орлова Ирина Юрьевна";

const MARKS: [&str; 6] = ["Дата", "Класс", "Предмет", "Ученик", "Отметка", "Группа"];
const ABSENCES: [&str; 6] = ["Дата", "Класс", "Ученик", "Код", "Предмет", "Группа"];
const FINALS: [&str; 6] = ["Класс", "Предмет", "Ученик", "Период", "Отметка", "Группа"];

/// Write a file as Russian Excel saves it.
fn file(j: &Journal, name: &str, header: &[&str], rows: &[Vec<&str>]) {
    write_cp1251(&j.path(name), &csv_text(header, rows, ';'));
}

fn not_teaching(course: &str) -> String {
    format!(
        "\"{PETROV}\" does not teach {course}: only its teacher, the substitute who took the \
         lesson, a deputy (заместитель) or the director may write in its journal"
    )
}

fn reasons(actor: &str, class: &str) -> String {
    format!(
        "\"{actor}\" is not the class teacher of {class}: only the class teacher \
         (классный руководитель), a deputy (заместитель) or the director may set the reasons \
         Б and У or take them away"
    )
}

/// `absence ARGS` for one student of 5А on a date, with more options.
fn absence<'a>(what: &'a str, date: &'a str, student: &'a str, more: &[&'a str]) -> Vec<&'a str> {
    let mut args = vec![
        "absence",
        what,
        "--date",
        date,
        "--class",
        "5А",
        "--student",
        student,
    ];
    args.extend(more);
    args
}

#[test]
fn a_teachers_marks_file_holds_only_his_courses_and_every_foreign_row_is_listed() {
    let j = school();
    let before = j.dump();
    let own = vec![
        "04.10.2023",
        "5А",
        "Английский язык",
        "Жуков Матвей",
        "5",
        "1",
    ];
    let foreign = vec!["09.10.2023", "5А", "Математика", "Ёлкин Фёдор", "4", ""];
    let bad_date = vec![
        "31.09.2023",
        "5А",
        "Английский язык",
        "Ёлкин Фёдор",
        "5",
        "1",
    ];
    // A foreign row is his whatever else is wrong with it: both are listed.
    let foreign_bad_mark = vec!["02.10.2023", "5А", "Математика", "Ёлкин Фёдор", "7", ""];
    file(
        &j,
        "marks.csv",
        &MARKS,
        &[
            own.clone(),
            foreign.clone(),
            bad_date.clone(),
            foreign_bad_mark,
        ],
    );
    j.as_actor(PETROV, &["import", "marks", "marks.csv"])
        .code(77)
        .stdout("")
        .stderr(
            contains(format!(
                "marks.csv:3: Предмет: {}",
                not_teaching("5А Математика")
            ))
            .and(contains("marks.csv:4: Дата: "))
            .and(contains(format!(
                "marks.csv:5: Предмет: {}",
                not_teaching("5А Математика")
            )))
            .and(contains("marks.csv:5: Отметка: \"7\" is not a mark"))
            .and(contains("marks.csv:2:").not())
            .and(contains(
                "marks.csv: 4 problem(s) in 3 row(s); nothing was imported",
            )),
        );
    assert_eq!(before, j.dump(), "a refused import changed the journal");
    // --dry-run says the same.
    j.as_actor(PETROV, &["import", "marks", "marks.csv", "--dry-run"])
        .code(77);
    // His own rows with a bad date: only the data is wrong, 65.
    file(&j, "own.csv", &MARKS, &[own.clone(), bad_date]);
    j.as_actor(PETROV, &["import", "marks", "own.csv"])
        .code(65)
        .stderr(contains("own.csv:3: Дата: ").and(contains("does not teach").not()));
    assert_eq!(before, j.dump());
    // His own course goes in; the other row is its own teacher's to import.
    file(&j, "own.csv", &MARKS, &[own]);
    j.as_actor(PETROV, &["import", "marks", "own.csv"])
        .success()
        .stderr(contains("1 rows read, 1 added"));
    file(&j, "math.csv", &MARKS, &[foreign]);
    j.as_actor(IVANOVA, &["import", "marks", "math.csv"])
        .success()
        .stderr(contains("1 added"));
    assert_eq!(j.count("SELECT count(*) FROM marks"), 2);
}

#[test]
fn a_substitute_imports_marks_of_the_lesson_he_took_and_no_other() {
    let j = school();
    deputy(
        &j,
        &[
            "lesson",
            "set",
            "--class",
            "5А",
            "--subject",
            "Математика",
            "--date",
            "09.10.2023",
            "--teacher",
            "Петров С.И.",
        ],
    )
    .success();
    let before = j.dump();
    file(
        &j,
        "marks.csv",
        &MARKS,
        &[
            vec!["09.10.2023", "5А", "Математика", "Ёлкин Фёдор", "5", ""],
            vec!["03.10.2023", "5А", "Математика", "Ёлкин Фёдор", "4", ""],
        ],
    );
    j.as_actor(PETROV, &["import", "marks", "marks.csv"])
        .code(77)
        .stderr(
            contains(format!(
                "marks.csv:3: Предмет: {}",
                not_teaching("5А Математика")
            ))
            .and(contains("marks.csv:2:").not()),
        );
    assert_eq!(before, j.dump());
    file(
        &j,
        "marks.csv",
        &MARKS,
        &[vec![
            "09.10.2023",
            "5А",
            "Математика",
            "Ёлкин Фёдор",
            "5",
            "",
        ]],
    );
    j.as_actor(PETROV, &["import", "marks", "marks.csv"])
        .success()
        .stderr(contains("1 added"));
}

#[test]
fn final_marks_of_another_teachers_course_are_refused() {
    let j = school();
    let before = j.dump();
    let math = vec!["5А", "Математика", "Ёлкин Фёдор", "Q1", "5", ""];
    let history = vec!["10А", "История", "Алиева Амина", "1 полугодие", "осв", ""];
    file(&j, "finals.csv", &FINALS, &[history.clone(), math.clone()]);
    j.as_actor(PETROV, &["import", "finals", "finals.csv"])
        .code(77)
        .stderr(
            contains(format!(
                "finals.csv:3: Предмет: {}",
                not_teaching("5А Математика")
            ))
            .and(contains("finals.csv:2:").not()),
        );
    assert_eq!(before, j.dump());
    file(&j, "history.csv", &FINALS, &[history]);
    j.as_actor(PETROV, &["import", "finals", "history.csv"])
        .success()
        .stderr(contains("1 added"));
    file(&j, "math.csv", &FINALS, &[math]);
    j.as_actor(IVANOVA, &["import", "finals", "math.csv"])
        .success()
        .stderr(contains("1 added"));
}

#[test]
fn a_teacher_records_absences_only_in_his_lessons_a_class_teacher_in_his_class() {
    let j = school();
    let before = j.dump();
    // 09.10: Жуков and Ёлкин have Математика (Иванова's) and Английский язык группа 1
    // (Петров's).
    file(
        &j,
        "absences.csv",
        &ABSENCES,
        &[
            vec![
                "09.10.2023",
                "5А",
                "Жуков Матвей",
                "Н",
                "Английский язык",
                "1",
            ],
            vec!["09.10.2023", "5А", "Ёлкин Фёдор", "Н", "Математика", ""],
            vec!["09.10.2023", "5А", "Ёлкин Фёдор", "Н", "", ""],
        ],
    );
    j.as_actor(PETROV, &["import", "absences", "absences.csv"])
        .code(77)
        .stderr(
            contains(format!(
                "absences.csv:3: Предмет: \"{PETROV}\" does not teach 5А Математика: only its \
                 teacher, the substitute who took the lesson, the class teacher (классный \
                 руководитель), a deputy (заместитель) or the director may record its absences"
            ))
            // The whole day takes in a lesson that is not his.
            .and(contains(format!(
                "absences.csv:4: Класс: \"{PETROV}\" does not teach 5А Математика"
            )))
            .and(contains("absences.csv:2:").not())
            .and(contains("2 problem(s) in 2 row(s); nothing was imported")),
        );
    assert_eq!(before, j.dump());
    // On 04.10 Жуков's only lesson is Петров's: the whole day is his to record.
    file(
        &j,
        "day.csv",
        &ABSENCES,
        &[vec!["04.10.2023", "5А", "Жуков Матвей", "Н", "", ""]],
    );
    j.as_actor(PETROV, &["import", "absences", "day.csv"])
        .success()
        .stderr(contains("1 added"));
    // The class teacher records a whole day of illness in every lesson of her class.
    file(
        &j,
        "ill.csv",
        &ABSENCES,
        &[vec!["09.10.2023", "5А", "Абрамова Кира", "Б", "", ""]],
    );
    j.as_actor(IVANOVA, &["import", "absences", "ill.csv"])
        .success()
        .stderr(contains("1 rows read, 1 added"));
    assert_eq!(
        j.count("SELECT count(*) FROM absences WHERE code = 'Б'"),
        2,
        "Математика and Английский язык группа 2"
    );
    // On the command line the same.
    let before = j.dump();
    j.as_actor(
        PETROV,
        &absence("add", "09.10.2023", "Жуков Матвей", &["--code", "Н"]),
    )
    .code(77)
    .stderr(contains(format!(
        "\"{PETROV}\" does not teach 5А Математика"
    )));
    assert_eq!(before, j.dump());
}

#[test]
fn only_the_class_teacher_sets_a_reason_or_takes_it_away() {
    let j = school();
    let english = ["--subject", "Английский язык", "--group", "1"];
    let before = j.dump();
    // Петров's own lesson, but Б is a reason.
    file(
        &j,
        "ill.csv",
        &ABSENCES,
        &[vec![
            "04.10.2023",
            "5А",
            "Жуков Матвей",
            "Б",
            "Английский язык",
            "1",
        ]],
    );
    j.as_actor(PETROV, &["import", "absences", "ill.csv"])
        .code(77)
        .stderr(contains(format!(
            "ill.csv:2: Код: {}",
            reasons(PETROV, "5А")
        )));
    let mut add_ill = english.to_vec();
    add_ill.extend(["--code", "Б"]);
    j.as_actor(
        PETROV,
        &absence("add", "04.10.2023", "Жуков Матвей", &add_ill),
    )
    .code(77)
    .stderr(contains(reasons(PETROV, "5А")));
    assert_eq!(before, j.dump());
    // He records that the student is missing.
    file(
        &j,
        "missing.csv",
        &ABSENCES,
        &[vec![
            "04.10.2023",
            "5А",
            "Жуков Матвей",
            "Н",
            "Английский язык",
            "1",
        ]],
    );
    j.as_actor(PETROV, &["import", "absences", "missing.csv"])
        .success()
        .stderr(contains("1 added"));
    // The class teacher turns it into Б, in another teacher's lesson.
    j.as_actor(
        IVANOVA,
        &absence(
            "change",
            "04.10.2023",
            "Жуков Матвей",
            &["--code", "Б", "--reason", "справка"],
        ),
    )
    .success()
    .stderr(contains("1 absence now Б"));
    // Now the subject teacher cannot take the reason away: by file, add, change or delete.
    let before = j.dump();
    j.as_actor(PETROV, &["import", "absences", "missing.csv"])
        .code(77)
        .stderr(contains(format!(
            "missing.csv:2: Код: {}",
            reasons(PETROV, "5А")
        )));
    for (what, more) in [
        ("add", vec!["--code", "О"]),
        ("change", vec!["--code", "Н"]),
        ("delete", vec!["--reason", "был на уроке"]),
    ] {
        let mut more = more;
        more.extend(english);
        j.as_actor(PETROV, &absence(what, "04.10.2023", "Жуков Матвей", &more))
            .code(77)
            .stdout("")
            .stderr(contains(reasons(PETROV, "5А")));
    }
    assert_eq!(before, j.dump(), "a refused reason changed the journal");
    // An unchanged Б in his file sets nothing: it goes through.
    j.as_actor(PETROV, &["import", "absences", "ill.csv"])
        .success()
        .stderr(contains("1 unchanged"));
    // Орлова leads 10А, not 5А: in her own lesson of 5А she records Н, not У.
    let mut her = vec![
        "--subject",
        "Английский язык",
        "--group",
        "2",
        "--code",
        "У",
    ];
    j.as_actor(ORLOVA, &absence("add", "04.10.2023", "Елисеев Пётр", &her))
        .code(77)
        .stderr(contains(reasons(ORLOVA, "5А")));
    her[5] = "Н";
    j.as_actor(ORLOVA, &absence("add", "04.10.2023", "Елисеев Пётр", &her))
        .success();
    // The deputy sets and takes away reasons anywhere.
    file(
        &j,
        "deputy.csv",
        &ABSENCES,
        &[
            vec!["04.10.2023", "5А", "Елисеев Пётр", "У", "", ""],
            vec!["04.10.2023", "5А", "Жуков Матвей", "Н", "", ""],
        ],
    );
    deputy(&j, &["import", "absences", "deputy.csv"])
        .success()
        .stderr(contains("0 added, 2 updated"));
}

#[test]
fn absence_change_is_checked_like_absence_add() {
    let j = school();
    deputy(
        &j,
        &absence(
            "add",
            "09.10.2023",
            "Ёлкин Фёдор",
            &["--subject", "Математика", "--code", "Н"],
        ),
    )
    .success();
    let before = j.dump();
    for what in [
        vec!["change", "--code", "О"],
        vec!["delete", "--reason", "был на уроке"],
    ] {
        let mut more = vec!["--subject", "Математика"];
        more.extend(&what[1..]);
        j.as_actor(
            PETROV,
            &absence(what[0], "09.10.2023", "Ёлкин Фёдор", &more),
        )
        .code(77)
        .stderr(contains(format!(
            "\"{PETROV}\" does not teach 5А Математика"
        )));
    }
    assert_eq!(before, j.dump());
    // Its teacher changes it.
    j.as_actor(
        IVANOVA,
        &absence(
            "change",
            "09.10.2023",
            "Ёлкин Фёдор",
            &["--subject", "Математика", "--code", "О"],
        ),
    )
    .success()
    .stderr(contains("1 absence now О"));
}

#[test]
fn a_deputy_imports_any_row() {
    let j = school();
    file(
        &j,
        "marks.csv",
        &MARKS,
        &[
            vec!["09.10.2023", "5А", "Математика", "Ёлкин Фёдор", "4", ""],
            vec![
                "04.10.2023",
                "5А",
                "Английский язык",
                "Жуков Матвей",
                "5",
                "1",
            ],
        ],
    );
    deputy(&j, &["import", "marks", "marks.csv"])
        .success()
        .stderr(contains("2 added"));
    file(
        &j,
        "absences.csv",
        &ABSENCES,
        &[vec!["09.10.2023", "5А", "Абрамова Кира", "У", "", ""]],
    );
    deputy(&j, &["import", "absences", "absences.csv"])
        .success()
        .stderr(contains("1 added"));
}
