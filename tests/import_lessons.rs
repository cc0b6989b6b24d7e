//! `ejournal import lessons FILE`: a teacher's register (lessons given, with topic and
//! homework) as Russian Excel saves it or as .xlsx. Each row's lesson is recorded as given
//! once; written cells replace the КТП's topic or homework; bad rows are all listed with
//! line and column and nothing is written; another teacher's course is 77; late rows need a
//! permit; a future lesson is refused.

mod common;

use common::*;
use predicates::str::contains;

const HEADER: [&str; 7] = [
    "Дата",
    "Класс",
    "Предмет",
    "Группа",
    "Урок",
    "Тема",
    "Домашнее задание",
];

/// Teaches 5А Английский язык (группа 1) and 10А История.
const PETROV: &str = "Петров Сергей Ильич";
/// Teaches 5А Математика.
const IVANOVA: &str = "Иванова Анна Петровна";

fn file(j: &Journal, name: &str, rows: &[Vec<&str>]) {
    write_cp1251(&j.path(name), &csv_text(&HEADER, rows, ';'));
}

fn lesson(j: &Journal, subject: &str, date: &str) -> serde_json::Value {
    let iso = format!("{}-{}-{}", &date[6..], &date[3..5], &date[..2]);
    let list = j.json(&["lesson", "list", "--class", "5А", "--subject", subject]);
    list.as_array()
        .unwrap()
        .iter()
        .find(|l| l["date"] == iso.as_str())
        .unwrap_or_else(|| panic!("no lesson on {date} in {list}"))
        .clone()
}

fn records(j: &Journal) -> i64 {
    j.count("SELECT count(*) FROM lesson_records")
}

/// Run an import that must be refused with `code`: every expected line, journal unchanged.
fn refused(j: &Journal, actor: &str, name: &str, code: i32, expected: &[&str]) -> String {
    let before = j.dump();
    let a = j.as_actor(actor, &["import", "lessons", name]).code(code);
    let stderr = String::from_utf8(a.get_output().stderr.clone()).unwrap();
    for e in expected {
        assert!(stderr.contains(e), "expected {e:?} in:\n{stderr}");
    }
    assert!(stderr.contains("nothing was imported"), "{stderr}");
    assert_eq!(before, j.dump(), "a refused import changed the journal");
    stderr
}

#[test]
fn a_register_in_cp1251_records_lessons_once_with_the_teachers_words() {
    let j = school();
    let planned = lesson(&j, "Математика", "03.10.2023");
    file(
        &j,
        "журнал.csv",
        &[
            vec![
                "02.10.2023",
                "5А",
                "Математика",
                "",
                "",
                "Повторение: делимость",
                "",
            ],
            // Empty cells keep what the КТП planned.
            vec!["03.10.2023", "5А", "математика", "", "1", "", ""],
            vec![
                "04.10.2023",
                "5А",
                "Английский язык",
                "1",
                "",
                "",
                "упр. 5, с. 20",
            ],
        ],
    );
    // A dry run writes nothing.
    let before = j.dump();
    j.run(&["import", "lessons", "журнал.csv", "--dry-run"])
        .success()
        .stderr(contains("dry run, nothing written"));
    assert_eq!(before, j.dump());
    j.as_actor(DEPUTY, &["import", "lessons", "журнал.csv"])
        .success()
        .stderr(contains(
            "3 rows read, 3 added, 0 updated, 0 unchanged; 3 recorded as given, 0 already recorded, 2 with the teacher's topic or homework",
        ));
    assert_eq!(records(&j), 3);
    assert_eq!(
        lesson(&j, "Математика", "02.10.2023")["topic"],
        "Повторение: делимость"
    );
    let kept = lesson(&j, "Математика", "03.10.2023");
    assert_eq!(kept["topic"], planned["topic"]);
    assert_eq!(kept["homework"], planned["homework"]);
    assert_eq!(
        j.count("SELECT count(*) FROM import_log WHERE kind = 'lessons' AND added = 3"),
        1
    );
    // The same register again: already recorded, counted, not recorded twice.
    j.run(&["import", "lessons", "журнал.csv"])
        .success()
        .stderr(contains(
            "0 added, 0 updated, 3 unchanged; 0 recorded as given, 3 already recorded",
        ));
    assert_eq!(records(&j), 3);
    // A recorded lesson's topic written anew: updated, still one record.
    file(
        &j,
        "правка.csv",
        &[vec![
            "02.10.2023",
            "5А",
            "Математика",
            "",
            "",
            "Делимость чисел",
            "",
        ]],
    );
    j.run(&["import", "lessons", "правка.csv"])
        .success()
        .stderr(contains("0 added, 1 updated, 0 unchanged; 0 recorded as given, 1 already recorded, 1 with the teacher's topic or homework"));
    assert_eq!(records(&j), 3);
    assert_eq!(
        lesson(&j, "Математика", "02.10.2023")["topic"],
        "Делимость чисел"
    );
}

#[test]
fn a_register_in_xlsx() {
    let j = school();
    let sheet = Sheet {
        ru: HEADER.to_vec(),
        en: vec![
            "date",
            "class",
            "subject",
            "group",
            "lesson_no",
            "topic",
            "homework",
        ],
        rows: vec![
            vec!["09.10.2023", "5А", "Математика", "", "1", "", "№ 12, 14"],
            vec![
                "10.10.2023",
                "5А",
                "Математика",
                "",
                "",
                "Решение задач",
                "",
            ],
        ],
    };
    write_sheet(&j.path("журнал.xlsx"), Style::Xlsx, &sheet);
    j.as_actor(IVANOVA, &["import", "lessons", "журнал.xlsx"])
        .success()
        .stderr(contains("2 recorded as given"));
    assert_eq!(
        lesson(&j, "Математика", "09.10.2023")["homework"],
        "№ 12, 14"
    );
    assert_eq!(
        j.count("SELECT count(*) FROM lesson_records WHERE recorded_by = 'Иванова Анна Петровна'"),
        2
    );
}

#[test]
fn bad_rows_are_all_listed_with_line_and_column_and_nothing_is_written() {
    let j = school();
    file(
        &j,
        "bad.csv",
        &[
            vec![
                "02.10.2023",
                "5А",
                "Математика",
                "",
                "",
                "Хорошая строка",
                "",
            ],
            vec!["31.09.2023", "5А", "Математика", "", "", "", ""],
            vec!["02.10.2023", "7Я", "Математика", "", "", "", ""],
            vec!["02.10.2023", "5А", "Химия", "", "", "", ""],
            vec!["04.10.2023", "5А", "Математика", "", "", "", ""],
            vec!["02.10.2023", "5А", "Математика", "", "5", "", ""],
            vec!["02.10.2023", "5А", "", "", "", "", ""],
            vec!["02.10.2023", "5А", "Математика", "", "13", "", ""],
        ],
    );
    refused(
        &j,
        DEPUTY,
        "bad.csv",
        65,
        &[
            "bad.csv:3: Дата: \"31.09.2023\"",
            "bad.csv:4: Класс:",
            "bad.csv:5: Предмет:",
            "bad.csv:6: Дата: 5А Математика has no lesson on 04.10.2023",
            "bad.csv:7: Урок: 5А Математика has no lesson № 5 on 02.10.2023",
            "bad.csv:8: Предмет: is empty",
            "bad.csv:9: Урок: 13 is outside 1–12",
            "7 problem(s) in 7 row(s)",
        ],
    );
    assert_eq!(records(&j), 0);
}

#[test]
fn another_teachers_course_is_77() {
    let j = school();
    file(
        &j,
        "петров.csv",
        &[
            vec!["04.10.2023", "5А", "Английский язык", "1", "", "", ""],
            vec!["02.10.2023", "5А", "Математика", "", "", "Чужая тема", ""],
        ],
    );
    refused(
        &j,
        PETROV,
        "петров.csv",
        77,
        &["петров.csv:3: Предмет: \"Петров Сергей Ильич\" does not teach 5А Математика"],
    );
}

#[test]
fn late_rows_need_a_permit_and_future_lessons_are_refused() {
    let j = school();
    // The lesson-day rule as the seed sets it: entries on the lesson day only.
    deputy(
        &j,
        &[
            "settings",
            "set",
            "entry_window_days",
            "0",
            "--reason",
            "правило дня урока",
        ],
    )
    .success();
    file(
        &j,
        "поздно.csv",
        &[vec!["02.10.2023", "5А", "Математика", "", "", "", ""]],
    );
    refused(
        &j,
        IVANOVA,
        "поздно.csv",
        65,
        &["поздно.csv:2: Дата: 02.10.2023 is outside the entry window"],
    );
    // Today's lesson is on time.
    file(
        &j,
        "сегодня.csv",
        &[vec!["10.10.2023", "5А", "Математика", "", "", "", ""]],
    );
    j.as_actor(IVANOVA, &["import", "lessons", "сегодня.csv"])
        .success();
    assert_eq!(records(&j), 1);
    // A deputy's permit opens the late one.
    deputy(
        &j,
        &[
            "permit",
            "add",
            "--class",
            "5А",
            "--subject",
            "Математика",
            "--from",
            "02.10.2023",
            "--to",
            "02.10.2023",
            "--reason",
            "болела",
        ],
    )
    .success();
    j.as_actor(IVANOVA, &["import", "lessons", "поздно.csv"])
        .success();
    assert_eq!(records(&j), 2);
    // Next Monday's lesson has not been given yet.
    file(
        &j,
        "завтра.csv",
        &[vec!["16.10.2023", "5А", "Математика", "", "", "", ""]],
    );
    refused(
        &j,
        IVANOVA,
        "завтра.csv",
        65,
        &["завтра.csv:2: Дата: 16.10.2023 is in the future (today is 10.10.2023): a lesson is recorded on its day or later"],
    );
    // A locked date takes no record, permit or not.
    deputy(
        &j,
        &[
            "lock",
            "--until",
            "03.10.2023",
            "--reason",
            "проверка журнала",
        ],
    )
    .success();
    file(
        &j,
        "закрыто.csv",
        &[vec!["03.10.2023", "5А", "Математика", "", "", "", ""]],
    );
    refused(
        &j,
        DEPUTY,
        "закрыто.csv",
        65,
        &["закрыто.csv:2: Дата:", "a locked lesson is not recorded"],
    );
}

#[test]
fn a_substitute_records_the_lesson_he_took_and_a_technician_records_none() {
    let j = school();
    // Петров took Иванова's Математика on 09.10.
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
            PETROV,
        ],
    )
    .success();
    file(
        &j,
        "замена.csv",
        &[vec![
            "09.10.2023",
            "5А",
            "Математика",
            "",
            "",
            "Замена: решение задач",
            "",
        ]],
    );
    j.as_actor(PETROV, &["import", "lessons", "замена.csv"])
        .success()
        .stderr(contains("1 recorded as given"));
    assert_eq!(
        j.count("SELECT count(*) FROM lesson_records WHERE recorded_by = 'Петров Сергей Ильич'"),
        1
    );
    // A technician keeps the structure, not the journal.
    std::fs::write(
        j.path("tech.csv"),
        "Фамилия;Имя;Отчество;Роль\nТехников;Иван;Петрович;электроник\n",
    )
    .unwrap();
    j.run(&["import", "staff", "tech.csv"]).success();
    let before = j.dump();
    j.as_actor(
        "Техников Иван Петрович",
        &["import", "lessons", "замена.csv"],
    )
    .code(77);
    assert_eq!(before, j.dump());
}
