//! Control reports on a small fixture whose every figure is worked out by hand here.
//! 5А: Математика Mon+Tue (lesson 1), English in two groups (Mon 2, Wed 1), Музыка with no
//! timetable (a course with no lessons); 10А: История Thursday. Range 02.10–10.10.2023.

mod common;

use common::*;
use predicates::str::contains;
use serde_json::{json, Value};

fn school() -> Journal {
    let j = Journal::new();
    import_school(&j, Style::Cp1251);
    std::fs::write(
        j.path("music.csv"),
        "Класс;Предмет;Учитель;Часов в неделю\n5А;Музыка;Иванова Анна Петровна;1\n",
    )
    .unwrap();
    j.run(&["import", "load", "music.csv"]).success();
    j.run(&["lessons", "generate", "-q"]).success();
    widen_window(&j);
    j
}

fn at(j: &Journal, today: &str, actor: &str, args: &[&str]) {
    j.cmd()
        .env("EJOURNAL_TODAY", today)
        .env("EJOURNAL_ACTOR", actor)
        .args(args)
        .assert()
        .success();
}

/// A Математика mark entered on `today` by the course's teacher.
fn mark(j: &Journal, today: &str, date: &str, student: &str, value: &str, work: &str) {
    at(
        j,
        today,
        "Иванова Анна Петровна",
        &[
            "mark",
            "add",
            "--date",
            date,
            "--class",
            "5А",
            "--subject",
            "Математика",
            "--student",
            student,
            "--mark",
            value,
            "--work-type",
            work,
        ],
    );
}

/// A report as JSON, in Russian: its keys are stable, its reasons are prose in the user's
/// language.
fn report(j: &Journal, args: &[&str]) -> Value {
    let out = j
        .cmd()
        .env("EJOURNAL_LANG", "ru")
        .arg("report")
        .args(args)
        .args(["--format", "json"])
        .assert()
        .success();
    serde_json::from_slice(&out.get_output().stdout).unwrap()
}

fn row<'a>(rows: &'a Value, key: &str, value: &str) -> &'a Value {
    rows.as_array()
        .unwrap()
        .iter()
        .find(|r| r[key] == value)
        .unwrap_or_else(|| panic!("no row {key}={value}"))
}

#[test]
fn fill_rate_counts_like_a_deputy() {
    let j = school();
    for date in ["02.10.2023", "03.10.2023"] {
        at(
            &j,
            "2023-10-10",
            DEPUTY,
            &[
                "lesson",
                "set",
                "--class",
                "5А",
                "--subject",
                "Математика",
                "--date",
                date,
                "--teacher",
                "Петров С.И.",
            ],
        );
    }
    // Топики: one lesson of four has a topic, two have homework (entered by Петров as substitute, once a deputy has recorded him as one).
    at(
        &j,
        "2023-10-10",
        "Петров С.И.",
        &[
            "lesson",
            "set",
            "--class",
            "5А",
            "--subject",
            "Математика",
            "--date",
            "02.10.2023",
            "--topic",
            "Деление",
            "--homework",
            "№ 1",
        ],
    );
    at(
        &j,
        "2023-10-10",
        "Петров С.И.",
        &[
            "lesson",
            "set",
            "--class",
            "5А",
            "--subject",
            "Математика",
            "--date",
            "03.10.2023",
            "--homework",
            "№ 2",
        ],
    );
    // Marks: Ёлкин 02.10 answer entered late (10.10), 03.10 control work entered within its
    // 7-day grace; Жуков 09.10 entered the same day.
    mark(
        &j,
        "2023-10-10",
        "02.10.2023",
        "Ёлкин Фёдор",
        "4",
        "Ответ на уроке",
    );
    mark(
        &j,
        "2023-10-10",
        "03.10.2023",
        "Ёлкин Фёдор",
        "5",
        "Контрольная работа",
    );
    mark(&j, "2023-10-09", "09.10.2023", "Жуков Матвей", "3", "");
    // Ершов leaves 5А on 05.10 (mid-month): he still counts for the lessons before.
    at(
        &j,
        "2023-10-10",
        DEPUTY,
        &[
            "student",
            "leave",
            "--class",
            "5А",
            "--student",
            "Ершов Артём",
            "--date",
            "05.10.2023",
        ],
    );
    // An overdue remark on the course with no lessons.
    at(
        &j,
        "2023-10-01",
        DEPUTY,
        &[
            "remark",
            "add",
            "--class",
            "5А",
            "--subject",
            "Музыка",
            "--text",
            "нет уроков в расписании",
            "--due",
            "05.10.2023",
        ],
    );
    // The portal's log: Жуков himself and Ёлкин's mother looked at the diary.
    std::fs::write(j.path("portal.csv"), "Дата;Класс;Кто;Роль\n03.10.2023;5А;Жуков Матвей Романович;ученик\n04.10.2023;5А;Ёлкина Оксана;родитель\n20.10.2023;5А;Абрамова Кира;ученик\n").unwrap();
    j.run(&["import", "access-log", "portal.csv"])
        .success()
        .stderr(contains("3 added"));

    let r = report(
        &j,
        &["fill-rate", "--from", "02.10.2023", "--to", "10.10.2023"],
    );
    let rows = &r["rows"];
    let math = row(rows, "subject", "Математика");
    let expect = json!({
        "class": "5А", "subject": "Математика", "group": "", "teacher": "Иванова Анна Петровна",
        // Петров, the substitute, recorded his two lessons on 10.10: later than their days.
        "lessons": 4, "lessons_recorded": 2, "recorded_on_day": 0, "recorded_later": 2,
        "lessons_not_recorded": 2, "topics_recorded": 1, "homework_set": 2,
        "students": 5, "students_without_marks": 3, "students_with_one_mark": 1,
        "marks": 3, "marks_on_time": 2,
        "pct_recorded_on_day": 0.0, "pct_topics_recorded": 25.0, "pct_homework_set": 50.0,
        "pct_without_marks": 60.0, "pct_one_mark": 20.0, "pct_on_time": 66.7,
        "remarks_overdue": 0, "pct_students_viewed": 20.0, "pct_parents_viewed": 50.0
    });
    for (k, v) in expect.as_object().unwrap() {
        assert_eq!(&math[k], v, "Математика {k}");
    }
    let music = row(rows, "subject", "Музыка");
    assert_eq!(music["lessons"], 0);
    assert_eq!(music["students"], 0);
    assert_eq!(
        music["pct_topics_recorded"],
        Value::Null,
        "a share of nothing is null"
    );
    assert_eq!(music["pct_on_time"], Value::Null);
    assert_eq!(music["remarks_overdue"], 1);
    let history = row(rows, "subject", "История");
    assert_eq!(
        (history["lessons"].as_i64(), history["students"].as_i64()),
        (Some(1), Some(3))
    );
    let g2 = rows
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["subject"] == "Английский язык" && r["group"] == "2")
        .unwrap();
    assert_eq!(
        (
            g2["lessons"].as_i64(),
            g2["students"].as_i64(),
            g2["students_without_marks"].as_i64()
        ),
        (Some(3), Some(3), Some(3))
    );

    let s = &r["summary"];
    // Students are people: 5 of 5А and 3 of 10А, whatever their number of courses; without
    // marks: Елисеев, Абрамова, Ершов and the three of 10А; one mark: Жуков. Of the three
    // teachers only Петров recorded lessons (as the substitute).
    let expect = json!({
        "lessons": 11, "lessons_recorded": 2, "topics_recorded": 1, "homework_set": 2,
        "students": 8, "students_without_marks": 6, "students_with_one_mark": 1,
        "marks": 3, "marks_on_time": 2,
        "pct_topics_recorded": 9.1, "pct_homework_set": 18.2, "pct_without_marks": 75.0,
        "pct_one_mark": 12.5, "pct_on_time": 66.7,
        "remarks_overdue": 1, "teachers": 3, "teachers_active": 1, "pct_teachers_active": 33.3
    });
    for (k, v) in expect.as_object().unwrap() {
        assert_eq!(&s[k], v, "summary {k}");
    }
    // Cron: a file from the extension, exit 3 on shortfalls, nothing on stdout.
    j.run(&[
        "report",
        "fill-rate",
        "--month",
        "2023-10",
        "--out",
        "fill.xlsx",
        "--fail-on-issues",
        "-q",
    ])
    .code(3)
    .stdout("");
    assert!(j.path("fill.xlsx").exists());
    j.run(&[
        "report",
        "fill-rate",
        "--month",
        "2023-10",
        "--out",
        "fill.csv",
    ])
    .success();
    let csv = std::fs::read_to_string(j.path("fill.csv")).unwrap();
    assert!(
        csv.starts_with("class,subject,group,teacher,lessons,"),
        "{csv}"
    );
    j.run(&["report", "fill-rate"])
        .code(2)
        .stderr(contains("give the range"));
    j.run(&["remark", "list", "--overdue", "--format", "json"])
        .success()
        .stdout(contains("нет уроков в расписании"));
}

#[test]
fn progress_from_final_marks() {
    let j = school();
    let finals = [
        ("Ёлкин Фёдор", "5", "5"),
        ("Жуков Матвей", "4", "5"),
        ("Абрамова Кира", "3", "4"),
        ("Елисеев Пётр", "2", "н/а"),
        ("Ершов Артём", "4", "4"),
    ];
    for (student, math, english) in finals {
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
            student,
            "--mark",
            math,
        ])
        .success();
        let group = if ["Ёлкин Фёдор", "Жуков Матвей"].contains(&student) {
            "1"
        } else {
            "2"
        };
        j.run(&[
            "final",
            "set",
            "--period",
            "Q1",
            "--class",
            "5А",
            "--subject",
            "Английский язык",
            "--group",
            group,
            "--student",
            student,
            "--mark",
            english,
        ])
        .success();
    }
    let r = report(&j, &["progress", "--period", "Q1"]);
    let class = row(&r["classes"], "class", "5А");
    // 10 marks: 5×3, 4×4, 3, 2, н/а. Pass: 4 of 5 students; quality (only 4 and 5): 3 of 5.
    // СОУ = (3 + 0.64·4 + 0.36 + 0.16) / 10 = 60.8 %; average of the 9 numeric marks 36/9 = 4.
    let expect = json!({"students": 5, "n5": 3, "n4": 4, "n3": 1, "n2": 1, "n_na": 1,
        "pct_pass": 80.0, "pct_quality": 60.0, "sou": 60.8, "average": 4.0});
    for (k, v) in expect.as_object().unwrap() {
        assert_eq!(&class[k], v, "5А {k}");
    }
    let math = row(&r["subjects"], "subject", "Математика");
    // 5, 4, 3, 2, 4: pass 4/5, quality 3/5, СОУ (1 + 1.28 + 0.36 + 0.16) / 5 = 56 %, average 3.6.
    let expect = json!({"students": 5, "n5": 1, "n4": 2, "n3": 1, "n2": 1, "n_na": 0,
        "pct_pass": 80.0, "pct_quality": 60.0, "sou": 56.0, "average": 3.6});
    for (k, v) in expect.as_object().unwrap() {
        assert_eq!(&math[k], v, "Математика {k}");
    }
    assert_eq!(r["school"]["students"], 5);
    let lists: Vec<(String, String)> = r["lists"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| {
            (
                l["list"].as_str().unwrap().to_string(),
                l["student"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        lists,
        vec![
            ("отличники".into(), "Ёлкин Фёдор Андреевич".into()),
            ("хорошисты".into(), "Ершов Артём Денисович".into()),
            ("с одной «4»".into(), "Жуков Матвей Романович".into()),
            ("с одной «3»".into(), "Абрамова Кира".into()),
            ("неуспевающие".into(), "Елисеев Пётр Игоревич".into()),
        ]
    );
    j.run(&[
        "report",
        "progress",
        "--period",
        "Q1",
        "--fail-on-issues",
        "-q",
    ])
    .code(3);
    // A class with no final marks: nothing to divide, so nulls — never NaN.
    let r = report(&j, &["progress", "--period", "H1"]);
    assert_eq!(r["school"]["students"], 0);
    assert_eq!(r["school"]["pct_pass"], Value::Null);
    assert_eq!(r["school"]["sou"], Value::Null);
    let tenth = row(&r["classes"], "class", "10А");
    assert_eq!(
        (
            tenth["students"].as_i64(),
            tenth["pct_quality"].clone(),
            tenth["average"].clone()
        ),
        (Some(0), Value::Null, Value::Null)
    );
    j.run(&[
        "report",
        "progress",
        "--period",
        "H1",
        "--fail-on-issues",
        "-q",
    ])
    .success();
    j.run(&["report", "progress", "--month", "2023-10"])
        .code(2)
        .stderr(contains("report progress is for a period"));
}

#[test]
fn attendance_by_code_and_whole_days() {
    let j = school();
    // Ёлкин misses all of Monday 09.10 (Математика and English: 2 lessons, Н).
    j.run(&[
        "absence",
        "add",
        "--date",
        "09.10.2023",
        "--class",
        "5А",
        "--student",
        "Ёлкин Фёдор",
        "--code",
        "Н",
    ])
    .success();
    // Абрамова is ill on Tuesday 03.10, when 5А has only Математика: a whole day.
    j.run(&[
        "absence",
        "add",
        "--date",
        "03.10.2023",
        "--class",
        "5А",
        "--student",
        "Абрамова Кира",
        "--code",
        "Б",
    ])
    .success();
    // Жуков is late on 10.10.
    j.run(&[
        "absence",
        "add",
        "--date",
        "10.10.2023",
        "--class",
        "5А",
        "--student",
        "Жуков Матвей",
        "--code",
        "О",
        "--subject",
        "Математика",
    ])
    .success();
    // Ершов leaves on 05.10: 2 Математика + 2 English (02.10, 04.10) lessons.
    at(
        &j,
        "2023-10-10",
        DEPUTY,
        &[
            "student",
            "leave",
            "--class",
            "5А",
            "--student",
            "Ершов Артём",
            "--date",
            "05.10.2023",
        ],
    );
    let r = report(
        &j,
        &[
            "attendance",
            "--from",
            "02.10.2023",
            "--to",
            "10.10.2023",
            "--class",
            "5А",
        ],
    );
    let elkin = row(&r["rows"], "student", "Ёлкин Фёдор Андреевич");
    let expect = json!({"lessons": 7, "missed": 2, "missed_ill": 0, "missed_excused": 0, "missed_unexcused": 2, "late": 0, "full_days_missed": 1});
    for (k, v) in expect.as_object().unwrap() {
        assert_eq!(&elkin[k], v, "Ёлкин {k}");
    }
    let abramova = row(&r["rows"], "student", "Абрамова Кира");
    assert_eq!(
        (
            abramova["missed_ill"].as_i64(),
            abramova["full_days_missed"].as_i64()
        ),
        (Some(1), Some(1))
    );
    let zhukov = row(&r["rows"], "student", "Жуков Матвей Романович");
    assert_eq!(
        (zhukov["missed"].as_i64(), zhukov["late"].as_i64()),
        (Some(0), Some(1))
    );
    assert_eq!(
        row(&r["rows"], "student", "Ершов Артём Денисович")["lessons"],
        4
    );
    let class = row(&r["classes"], "class", "5А");
    let expect = json!({"students": 5, "lessons": 32, "missed": 3, "missed_ill": 1, "missed_unexcused": 2, "late": 1, "full_days_missed": 2, "pct_missed": 9.4});
    for (k, v) in expect.as_object().unwrap() {
        assert_eq!(&class[k], v, "5А {k}");
    }
    j.run(&[
        "report",
        "attendance",
        "--month",
        "2023-10",
        "--class",
        "5А",
        "--fail-on-issues",
        "-q",
    ])
    .code(3);
}

#[test]
fn forecast_and_accumulation_name_who_is_at_risk() {
    let j = school();
    mark(
        &j,
        "2023-10-10",
        "02.10.2023",
        "Ёлкин Фёдор",
        "2",
        "Ответ на уроке",
    );
    mark(
        &j,
        "2023-10-10",
        "03.10.2023",
        "Ёлкин Фёдор",
        "2",
        "Контрольная работа",
    );
    mark(
        &j,
        "2023-10-10",
        "03.10.2023",
        "Жуков Матвей",
        "5",
        "Контрольная работа",
    );
    for d in ["02.10.2023", "03.10.2023", "09.10.2023"] {
        j.run(&[
            "absence",
            "add",
            "--date",
            d,
            "--class",
            "5А",
            "--student",
            "Ершов Артём",
            "--code",
            "Н",
            "--subject",
            "Математика",
        ])
        .success();
    }
    let r = report(
        &j,
        &[
            "forecast",
            "--period",
            "Q1",
            "--class",
            "5А",
            "--as-of",
            "10.10.2023",
        ],
    );
    let math = |name: &str| {
        r["rows"]
            .as_array()
            .unwrap()
            .iter()
            .find(|x| {
                x["subject"] == "Математика" && x["student"].as_str().unwrap().starts_with(name)
            })
            .unwrap()
            .clone()
    };
    assert_eq!(math("Ёлкин")["average"], 2.0);
    assert_eq!(math("Ёлкин")["forecast"], "2");
    assert_eq!(math("Ёлкин")["at_risk"], true);
    assert!(math("Ёлкин")["reason"]
        .as_str()
        .unwrap()
        .contains("средний балл 2,00 ниже 2,5"));
    assert_eq!(math("Ершов")["at_risk"], true);
    assert!(math("Ершов")["reason"]
        .as_str()
        .unwrap()
        .contains("3 пропуска без уважительной причины"));
    // 17 days to the end of the quarter: too early to flag a shortage of marks.
    assert_eq!(math("Жуков")["at_risk"], false);
    let late = report(
        &j,
        &[
            "forecast",
            "--period",
            "Q1",
            "--class",
            "5А",
            "--as-of",
            "20.10.2023",
        ],
    );
    let zhukov = late["rows"]
        .as_array()
        .unwrap()
        .iter()
        .find(|x| {
            x["subject"] == "Математика" && x["student"].as_str().unwrap().starts_with("Жуков")
        })
        .unwrap();
    assert_eq!(zhukov["at_risk"], true);
    assert!(zhukov["reason"]
        .as_str()
        .unwrap()
        .contains("1 отметка из 11 нужных, до конца периода осталось 7 дней"));

    let r = report(&j, &["accumulation", "--period", "Q1", "--class", "5А"]);
    let elkin = r["rows"]
        .as_array()
        .unwrap()
        .iter()
        .find(|x| {
            x["subject"] == "Математика" && x["student"].as_str().unwrap().starts_with("Ёлкин")
        })
        .unwrap();
    let expect = json!({"class": "5А", "teacher": "Иванова Анна Петровна", "hours_per_week": 5.0, "minimum": 11, "marks": 2, "missing": 9});
    for (k, v) in expect.as_object().unwrap() {
        assert_eq!(&elkin[k], v, "accumulation {k}");
    }
    let music = r["rows"]
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["subject"] == "Музыка")
        .unwrap();
    assert_eq!(music["minimum"], 3, "1 hour a week: 2 × 1 + 1");
    // By teacher.
    let r = report(
        &j,
        &["accumulation", "--period", "Q1", "--teacher", "Орлова И.Ю."],
    );
    assert!(r["rows"]
        .as_array()
        .unwrap()
        .iter()
        .all(|x| x["teacher"] == "Орлова Ирина Юрьевна"));
}

#[test]
fn narrowed_reports_count_only_what_they_cover() {
    let j = school();
    // Ёлкин misses Monday 09.10: Математика (Иванова) and English group 1 (Петров).
    j.run(&[
        "absence",
        "add",
        "--date",
        "09.10.2023",
        "--class",
        "5А",
        "--student",
        "Ёлкин Фёдор",
        "--code",
        "Н",
    ])
    .success();
    let r = report(
        &j,
        &[
            "attendance",
            "--from",
            "02.10.2023",
            "--to",
            "10.10.2023",
            "--class",
            "5А",
            "--teacher",
            "Петров Сергей Ильич",
        ],
    );
    let elkin = row(&r["rows"], "student", "Ёлкин Фёдор Андреевич");
    assert_eq!(
        (elkin["lessons"].as_i64(), elkin["missed"].as_i64()),
        (Some(3), Some(1)),
        "English only"
    );
    // A forecast as of a day sees only the marks known by then.
    mark(&j, "2023-10-10", "09.10.2023", "Жуков Матвей", "5", "");
    let r = report(
        &j,
        &[
            "forecast",
            "--period",
            "Q1",
            "--class",
            "5А",
            "--as-of",
            "05.10.2023",
        ],
    );
    let zhukov = r["rows"]
        .as_array()
        .unwrap()
        .iter()
        .find(|x| {
            x["subject"] == "Математика" && x["student"].as_str().unwrap().starts_with("Жуков")
        })
        .unwrap();
    assert_eq!(zhukov["marks"], 0);
    // Leaving: not before his entries, not on a locked date, not outside the year.
    at(&j, "2023-10-10", DEPUTY, &["lock", "--until", "03.10.2023"]);
    j.run(&[
        "student",
        "leave",
        "--class",
        "5А",
        "--student",
        "Жуков Матвей",
        "--date",
        "05.10.2023",
    ])
    .code(65)
    .stderr(contains(
        "has 1 mark or absence in 5А on or after 05.10.2023",
    ));
    j.run(&[
        "student",
        "leave",
        "--class",
        "5А",
        "--student",
        "Жуков Матвей",
        "--date",
        "02.10.2023",
    ])
    .code(65)
    .stderr(contains("02.10.2023 is locked"));
    j.run(&[
        "student",
        "leave",
        "--class",
        "5А",
        "--student",
        "Жуков Матвей",
        "--date",
        "15.06.2024",
    ])
    .code(2)
    .stderr(contains("outside the academic year"));
    j.run(&[
        "student",
        "leave",
        "--class",
        "5А",
        "--student",
        "Жуков Матвей",
        "--date",
        "10.10.2023",
    ])
    .success();
    // Formats: a report file is what its name says.
    j.cmd()
        .env("EJOURNAL_FORMAT", "csv")
        .args([
            "report",
            "fill-rate",
            "--month",
            "2023-10",
            "--out",
            "x.xlsx",
        ])
        .assert()
        .code(2)
        .stderr(contains("names a xlsx file"));
    j.run(&[
        "report",
        "fill-rate",
        "--month",
        "2023-10",
        "--format",
        "pdf",
    ])
    .code(2)
    .stderr(contains("--format pdf writes a file: give --out FILE.pdf"));
}
