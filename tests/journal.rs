//! Keeping the journal: lessons, marks, absences, final marks, locks and the audit trail.
//! The fixture school (tests/common) has 5А with Математика on Monday and Tuesday (lesson
//! 1), English in two groups, and 10А with История on Thursday; today is 10.10.2023.

mod common;

use common::*;
use predicates::prelude::*;
use predicates::str::contains;

#[test]
fn lessons_follow_the_timetable_and_skip_holidays_and_regenerating_changes_nothing() {
    let j = school();
    let lessons = j.json(&["lesson", "list", "--class", "5А", "--subject", "Математика"]);
    let dates: Vec<&str> = lessons
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["date"].as_str().unwrap())
        .collect();
    // Monday and Tuesday only, from the first Monday of the year.
    assert_eq!(
        &dates[..4],
        ["2023-09-04", "2023-09-05", "2023-09-11", "2023-09-12"]
    );
    for d in &dates {
        let day = chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").unwrap();
        use chrono::Datelike;
        assert!(
            matches!(day.weekday(), chrono::Weekday::Mon | chrono::Weekday::Tue),
            "{d}"
        );
        assert!(
            !("2023-10-28"..="2023-11-06").contains(d),
            "autumn holidays: {d}"
        );
        assert!(
            !("2023-12-30"..="2024-01-08").contains(d),
            "winter holidays: {d}"
        );
        assert!(
            !("2024-03-23"..="2024-03-31").contains(d),
            "spring holidays: {d}"
        );
        assert!(*d <= "2024-05-24", "after the year: {d}");
    }
    // 23.02.2024 is a Friday day off; 08.03 is a Friday too: the Monday 26.02 is a study day.
    assert!(dates.contains(&"2024-02-26"));
    // КТП topics are bound in order: a topic of 2 hours takes 2 lessons.
    assert_eq!(lessons[0]["topic"], "Натуральные числа и шкалы");
    assert_eq!(lessons[1]["topic"], "Натуральные числа и шкалы");
    assert_eq!(lessons[2]["topic"], "Сложение натуральных чисел; свойства");
    assert_eq!(lessons[5]["topic"], "Контрольная работа № 1");
    assert_eq!(lessons[6]["topic"], serde_json::Value::Null);
    assert_eq!(lessons[0]["homework"], "§ 1, № 5, 7");
    assert_eq!(lessons[0]["teacher"], "Иванова Анна Петровна");
    assert_eq!(lessons[0]["lesson_no"], 1);
    // A topic entered by hand is kept; regenerating creates and changes nothing.
    j.run(&[
        "lesson",
        "set",
        "--class",
        "5А",
        "--subject",
        "Математика",
        "--date",
        "11.09.2023",
        "--topic",
        "Своя тема",
    ])
    .success();
    let before = j.dump();
    j.run(&["lessons", "generate"])
        .success()
        .stderr(contains("0 lessons created, 0 removed, 0 КТП topics bound"));
    assert_eq!(before, j.dump());
}

#[test]
fn lesson_set_records_topic_homework_and_a_substitute() {
    let j = school();
    j.run(&[
        "lesson",
        "set",
        "--class",
        "5А",
        "--subject",
        "Математика",
        "--date",
        "2023-10-09",
        "--homework",
        "§ 5, № 112",
        "--teacher",
        "Петров Сергей Ильич",
    ])
    .success();
    let l = j.json(&[
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
    assert_eq!(l[0]["homework"], "§ 5, № 112");
    assert_eq!(l[0]["teacher"], "Петров Сергей Ильич");
    assert_eq!(l[0]["substitute"], true);
    j.run(&[
        "lesson",
        "set",
        "--class",
        "5А",
        "--subject",
        "Математика",
        "--date",
        "2023-10-11",
        "--topic",
        "x",
    ])
    .code(2)
    .stderr(contains(
        "has no lesson on 11.10.2023 (not in its timetable that day",
    ));
}

#[test]
fn marks_go_in_and_list_with_their_weights() {
    let j = school();
    mark(&j, "09.10.2023", "Ёлкин Фёдор", "5", "Контрольная работа")
        .success()
        .stdout("");
    // A dictation-style double mark: two marks in one lesson, each with its work type.
    mark(&j, "09.10.2023", "Ёлкин Фёдор", "4", "ответ на уроке").success();
    mark(&j, "10.10.2023", "Жуков Матвей Романович", "зч", "").success();
    let list = j.json(&["mark", "list", "--class", "5А", "--subject", "Математика"]);
    let rows = list.as_array().unwrap();
    assert_eq!(rows.len(), 3);
    assert_eq!(rows[0]["date"], "2023-10-09");
    assert_eq!(rows[0]["class"], "5А");
    assert_eq!(rows[0]["subject"], "Математика");
    assert_eq!(rows[0]["group"], "");
    assert_eq!(rows[0]["student"], "Ёлкин Фёдор Андреевич");
    assert_eq!(rows[0]["mark"], "5");
    assert_eq!(rows[0]["work_type"], "Контрольная работа");
    assert_eq!(rows[0]["weight"], 2.0);
    assert_eq!(rows[1]["work_type"], "Ответ на уроке");
    assert_eq!(
        rows[2]["work_type"], "Ответ на уроке",
        "the default work type"
    );
    assert_eq!(rows[2]["entered_by"], DEPUTY);
}

#[test]
fn marks_that_cannot_stand_are_refused_with_the_reason_and_nothing_written() {
    let j = school();
    let before = j.dump();
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
        "6",
    ])
    .code(2)
    .stderr(contains("\"6\" is not a mark (1–5, зч, нз)"));
    // A name that does not resolve is a usage error (exit 2); a rule broken is 65.
    mark(&j, "09.10.2023", "Ёлкин Фёдор", "5", "Викторина")
        .code(2)
        .stderr(
            contains("\"Викторина\" is not a work type (allowed: Ответ на уроке, Домашняя работа,")
                .and(contains("Контрольная работа)")),
        );
    // 11.10 has no lesson of the course either: the unresolved lesson makes it exit 2.
    mark(&j, "11.10.2023", "Ёлкин Фёдор", "5", "")
        .code(2)
        .stderr(contains("is in the future"));
    mark(&j, "04.10.2023", "Ёлкин Фёдор", "5", "")
        .code(2)
        .stderr(contains("5А Математика has no lesson on 04.10.2023"));
    mark(&j, "09.10.2023", "Смирнов Александр", "5", "")
        .code(2)
        .stderr(contains("no student in 5А named \"Смирнов Александр\""));
    j.run(&[
        "mark",
        "add",
        "--date",
        "09.10.2023",
        "--class",
        "5А",
        "--subject",
        "Английский язык",
        "--group",
        "2",
        "--student",
        "Жуков Матвей",
        "--mark",
        "5",
    ])
    .code(65)
    .stderr(contains(
        "the student is not in group 2 of 5А Английский язык",
    ));
    assert_eq!(before, j.dump());
}

#[test]
fn a_student_who_moved_gets_marks_only_in_his_class_on_his_dates() {
    let j = school();
    let rows = vec![vec![
        "5Б",
        "Жуков",
        "Матвей",
        "Романович",
        "25.06.2013",
        "03.10.2023",
    ]];
    write_cp1251(
        &j.path("move.csv"),
        &csv_text(
            &[
                "Класс",
                "Фамилия",
                "Имя",
                "Отчество",
                "Дата рождения",
                "Дата зачисления",
            ],
            &rows,
            ';',
        ),
    );
    j.run(&["import", "roster", "move.csv"]).success();
    mark(&j, "02.10.2023", "Жуков Матвей", "4", "").success();
    mark(&j, "09.10.2023", "Жуков Матвей", "4", "")
        .code(65)
        .stderr(contains(
            "the student was not in 5А on 09.10.2023 (in the class: 01.09.2023 – 02.10.2023)",
        ));
}

#[test]
fn grade_one_gets_no_marks_but_attendance() {
    let j = Journal::new();
    import_school(&j, Style::Cp1251);
    std::fs::write(
        j.path("r1.csv"),
        "Класс;Фамилия;Имя;Дата рождения\n1А;Малышев;Тимур;05.05.2016\n",
    )
    .unwrap();
    std::fs::write(
        j.path("l1.csv"),
        "Класс;Предмет;Учитель;Часов в неделю\n1А;Математика;Иванова Анна Петровна;4\n",
    )
    .unwrap();
    std::fs::write(
        j.path("t1.csv"),
        "Класс;День;Урок;Предмет\n1А;Пн;1;Математика\n1А;Вт;1;Математика\n",
    )
    .unwrap();
    for (k, f) in [
        ("roster", "r1.csv"),
        ("load", "l1.csv"),
        ("timetable", "t1.csv"),
    ] {
        j.run(&["import", k, f]).success();
    }
    j.run(&["lessons", "generate", "--class", "1А"]).success();
    widen_window(&j);
    j.run(&[
        "mark",
        "add",
        "--date",
        "09.10.2023",
        "--class",
        "1А",
        "--subject",
        "Математика",
        "--student",
        "Малышев Тимур",
        "--mark",
        "5",
    ])
    .code(65)
    .stderr(contains("1А is grade 1: no marks (безотметочное обучение)"));
    j.run(&[
        "absence",
        "add",
        "--date",
        "09.10.2023",
        "--class",
        "1А",
        "--student",
        "Малышев Тимур",
        "--code",
        "Б",
    ])
    .success();
    j.run(&["final", "suggest", "--period", "Q1", "--class", "1А"])
        .code(2)
        .stderr(contains("grade 1"));
}

#[test]
fn absences_for_a_day_a_lesson_and_the_conflict_with_marks() {
    let j = school();
    // The whole day: every lesson he attends on Monday 09.10 (Математика; English group 1).
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
    .success()
    .stderr(contains("2 lessons added"));
    let list = j.json(&["absence", "list", "--class", "5А"]);
    let subjects: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["subject"].as_str().unwrap())
        .collect();
    assert_eq!(subjects, ["Математика", "Английский язык"]);
    // A mark for an absent student in that lesson is refused; lateness (О) allows one.
    mark(&j, "09.10.2023", "Ёлкин Фёдор", "5", "")
        .code(65)
        .stderr(contains(
            "is absent (Н) in that lesson: a mark and an absence Н/Б/У cannot both stand",
        ));
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
    mark(&j, "10.10.2023", "Жуков Матвей", "4", "").success();
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
        "Б",
        "--subject",
        "Математика",
    ])
    .code(65)
    .stderr(contains("has a mark in Математика that lesson"));
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
        "П",
    ])
    .code(2)
    .stderr(contains("\"П\" is not an absence code (Б, У, Н or О)"));
    // The class teacher turns Н into Б, with a reason; the audit keeps both.
    j.run(&[
        "absence",
        "change",
        "--date",
        "09.10.2023",
        "--class",
        "5А",
        "--student",
        "Ёлкин Фёдор",
        "--code",
        "Б",
        "--reason",
        "справка",
    ])
    .success()
    .stderr(contains("2 absences now Б"));
    let audit = j.json(&["audit", "--class", "5А", "--entity", "absence"]);
    let changes: Vec<_> = audit
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| a["action"] == "update")
        .map(|a| {
            (
                a["before"].as_str().unwrap().to_string(),
                a["after"].as_str().unwrap().to_string(),
                a["reason"].clone(),
            )
        })
        .collect();
    assert_eq!(changes.len(), 2);
    assert!(
        changes[0].0.starts_with("Н") && changes[0].1.starts_with("Б") && changes[0].2 == "справка",
        "{changes:?}"
    );
}

#[test]
fn changing_a_mark_keeps_before_and_after_in_the_audit() {
    let j = school();
    mark(&j, "09.10.2023", "Ёлкин Фёдор", "3", "Тест").success();
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
        "--mark",
        "4",
    ])
    .code(2)
    .stderr(contains("--reason"));
    j.cmd()
        .env("EJOURNAL_ACTOR", "Иванова Анна Петровна")
        .args([
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
            "--mark",
            "4",
            "--reason",
            "ошибка ввода",
        ])
        .assert()
        .success()
        .stderr(contains("changed from 3 (Тест) to 4 (Тест)"));
    let audit = j.json(&["audit", "--class", "5А", "--student", "Ёлкин Фёдор"]);
    let update = audit
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["action"] == "update")
        .unwrap();
    assert_eq!(update["entity"], "mark");
    assert_eq!(update["actor"], "Иванова Анна Петровна");
    assert_eq!(update["before"], "3 (Тест)");
    assert_eq!(update["after"], "4 (Тест)");
    assert_eq!(update["reason"], "ошибка ввода");
    assert_eq!(update["date"], "2023-10-09");
    assert_eq!(update["subject"], "Математика");
    let insert = audit
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["entity"] == "mark" && a["action"] == "insert")
        .unwrap();
    assert_eq!(insert["after"], "3 (Тест)");
    assert_eq!(insert["actor"], DEPUTY);
    // Delete needs a reason too, and stays in the trail.
    let id = j.json(&["mark", "list", "--class", "5А"])[0]["id"]
        .as_i64()
        .unwrap()
        .to_string();
    j.run(&["mark", "delete", "--id", &id, "--reason", "не тому ученику"])
        .success();
    assert_eq!(j.count("SELECT count(*) FROM marks"), 0);
    assert_eq!(j.count("SELECT count(*) FROM audit_log WHERE entity = 'mark' AND action = 'delete' AND reason = 'не тому ученику'"), 1);
    // Nobody rewrites the trail, not even with plain SQL.
    let conn = rusqlite::Connection::open(j.db()).unwrap();
    let err = conn
        .execute("DELETE FROM audit_log", [])
        .unwrap_err()
        .to_string();
    assert!(err.contains("the audit trail cannot be changed"), "{err}");
}

#[test]
fn locked_dates_refuse_the_tool_and_plain_sql() {
    let j = school();
    mark(&j, "02.10.2023", "Ёлкин Фёдор", "4", "").success();
    j.cmd()
        .env("EJOURNAL_ACTOR", "Иванова Анна Петровна")
        .args(["lock", "--until", "03.10.2023", "--reason", "проверка"])
        .assert()
        .code(77)
        .stderr(contains(
            "only a deputy (заместитель) or the director can lock; \"Иванова Анна Петровна\" is учитель, классный руководитель in staff",
        ));
    deputy(
        &j,
        &["lock", "--until", "03.10.2023", "--reason", "проверка"],
    )
    .success();
    let before = j.dump();
    mark(&j, "02.10.2023", "Жуков Матвей", "5", "")
        .code(65)
        .stderr(contains(
            "02.10.2023 is locked: the journal is locked up to 03.10.2023",
        ));
    j.run(&[
        "mark",
        "change",
        "--date",
        "02.10.2023",
        "--class",
        "5А",
        "--subject",
        "Математика",
        "--student",
        "Ёлкин Фёдор",
        "--mark",
        "5",
        "--reason",
        "x",
    ])
    .code(65)
    .stderr(contains("is locked"));
    j.run(&[
        "absence",
        "add",
        "--date",
        "02.10.2023",
        "--class",
        "5А",
        "--student",
        "Жуков Матвей",
        "--code",
        "Н",
    ])
    .code(65)
    .stderr(contains("is locked"));
    j.run(&[
        "lesson",
        "set",
        "--class",
        "5А",
        "--subject",
        "Математика",
        "--date",
        "02.10.2023",
        "--homework",
        "x",
    ])
    .code(65)
    .stderr(contains("is locked"));
    assert_eq!(before, j.dump());
    // Plain SQL meets the same triggers.
    let conn = rusqlite::Connection::open(j.db()).unwrap();
    let lesson: i64 = conn
        .query_row(
            "SELECT l.id FROM lessons l WHERE l.date = '2023-10-02' LIMIT 1",
            [],
            |r| r.get(0),
        )
        .unwrap();
    let insert = conn
        .execute("INSERT INTO marks (lesson_id, student_id, value, work_type_id, entry_id) VALUES (?1, 1, '5', 1, (SELECT max(id) FROM entries))", [lesson])
        .unwrap_err()
        .to_string();
    assert!(insert.contains("ejournal: date locked"), "{insert}");
    let update = conn
        .execute("UPDATE marks SET value = '5'", [])
        .unwrap_err()
        .to_string();
    assert!(update.contains("ejournal: date locked"), "{update}");
    let delete = conn
        .execute("DELETE FROM marks", [])
        .unwrap_err()
        .to_string();
    assert!(delete.contains("ejournal: date locked"), "{delete}");
    let topic = conn
        .execute("UPDATE lessons SET topic = 'x' WHERE id = ?1", [lesson])
        .unwrap_err()
        .to_string();
    assert!(topic.contains("ejournal: date locked"), "{topic}");
    drop(conn);
    // Later dates stay open.
    mark(&j, "09.10.2023", "Жуков Матвей", "5", "").success();
    // A lock only moves forward; moving it back takes a deputy and a reason.
    deputy(&j, &["lock", "--until", "01.10.2023"])
        .code(2)
        .stderr(contains("a lock only moves forward"));
    j.cmd()
        .env("EJOURNAL_ACTOR", "Петров Сергей Ильич")
        .args(["unlock", "--until", "01.10.2023", "--reason", "приказ"])
        .assert()
        .code(77)
        .stderr(contains(
            "only a deputy (заместитель) or the director can unlock",
        ));
    j.cmd()
        .env("EJOURNAL_ACTOR", DEPUTY)
        .args(["unlock", "--until", "01.10.2023", "--reason", "приказ № 45"])
        .assert()
        .success();
    mark(&j, "02.10.2023", "Жуков Матвей", "5", "").success();
    let status = j.json(&["lock", "status"]);
    let rows = status.as_array().unwrap();
    assert_eq!(rows[0]["value"], "2023-10-01");
    let changes: Vec<_> = rows.iter().filter(|r| r["what"] == "change").collect();
    assert_eq!(changes[0]["actor"], DEPUTY);
    assert_eq!(changes[0]["reason"], "приказ № 45");
    assert_eq!(changes[1]["reason"], "проверка");
    j.cmd()
        .env("EJOURNAL_ACTOR", "Сидорова О.Н.")
        .args(["unlock", "--all", "--reason", "ошибка"])
        .assert()
        .success();
    assert_eq!(
        j.json(&["lock", "status"])[0]["value"],
        serde_json::Value::Null
    );
}

#[test]
fn the_rolling_lock_gives_written_work_its_checking_grace() {
    let j = school();
    deputy(&j, &["lock", "--older-than", "3"]).success();
    // Today is 10.10.2023: 03.10 is 7 days old — too old for an answer, in time for a control work (3 + 7 days).
    mark(&j, "03.10.2023", "Ёлкин Фёдор", "5", "Ответ на уроке")
        .code(65)
        .stderr(contains(
            "03.10.2023 is locked: entries older than 3 days are locked",
        ));
    mark(&j, "03.10.2023", "Ёлкин Фёдор", "5", "Контрольная работа").success();
    mark(&j, "09.10.2023", "Ёлкин Фёдор", "5", "Ответ на уроке").success();
    j.cmd()
        .env("EJOURNAL_ACTOR", "Петров Сергей Ильич")
        .args(["lock", "--older-than", "off"])
        .assert()
        .code(77);
    deputy(&j, &["lock", "--older-than", "off"]).success();
    mark(&j, "03.10.2023", "Ёлкин Фёдор", "5", "Ответ на уроке").success();
}

#[test]
fn suggested_marks_follow_the_weights_and_the_threshold() {
    let j = school();
    // Ёлкин: 5 (control work, 2) + 3 + 2 (answers, 1 each) = 15 / 4 = 3.75 → 4.
    mark(&j, "02.10.2023", "Ёлкин Фёдор", "5", "Контрольная работа").success();
    mark(&j, "03.10.2023", "Ёлкин Фёдор", "3", "").success();
    mark(&j, "09.10.2023", "Ёлкин Фёдор", "2", "").success();
    // Жуков: 4 (dictation, 2) + 3 (check work, 1.5) + 3 (answer) = 15.5 / 4.5 = 3.44 → 3.
    mark(&j, "02.10.2023", "Жуков Матвей", "4", "Диктант").success();
    mark(&j, "03.10.2023", "Жуков Матвей", "3", "Проверочная работа").success();
    mark(&j, "09.10.2023", "Жуков Матвей", "3", "").success();
    // Абрамова: 4 and 3 = 3.5 → 4 by default, 3 with threshold 0.6.
    mark(&j, "02.10.2023", "Абрамова Кира", "4", "").success();
    mark(&j, "03.10.2023", "Абрамова Кира", "3", "").success();
    let s = j.json(&[
        "final",
        "suggest",
        "--period",
        "Q1",
        "--class",
        "5А",
        "--subject",
        "Математика",
    ]);
    let get = |name: &str| {
        s.as_array()
            .unwrap()
            .iter()
            .find(|r| r["student"].as_str().unwrap().starts_with(name))
            .unwrap()
            .clone()
    };
    assert_eq!(get("Ёлкин")["average"], 3.75);
    assert_eq!(get("Ёлкин")["suggested"], "4");
    assert_eq!(get("Ёлкин")["marks"], 3);
    assert_eq!(get("Ёлкин")["minimum"], 11, "5 hours a week: 2 × 5 + 1");
    assert_eq!(get("Жуков")["average"], 3.44);
    assert_eq!(get("Жуков")["suggested"], "3");
    assert_eq!(get("Абрамова")["average"], 3.5);
    assert_eq!(get("Абрамова")["suggested"], "4");
    assert_eq!(
        get("Елисеев")["suggested"],
        serde_json::Value::Null,
        "no marks, no suggestion"
    );
    j.run(&["settings", "set", "rounding_threshold", "0.6"])
        .success();
    let s = j.json(&[
        "final",
        "suggest",
        "--period",
        "Q1",
        "--class",
        "5А",
        "--subject",
        "Математика",
    ]);
    let abramova = s
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["student"].as_str().unwrap().starts_with("Абрамова"))
        .unwrap();
    assert_eq!(abramova["suggested"], "3");
    // A 10th class has semesters, not quarters.
    j.run(&["final", "suggest", "--period", "Q2", "--class", "10А"])
        .code(2)
        .stderr(contains(
            "10А has no period Q2: grade 10 is assessed by semesters H1, H2 and the year Y",
        ));
}

#[test]
fn not_assessed_when_too_few_marks_and_most_lessons_missed() {
    let j = school();
    // Елисеев misses every Математика lesson from 11.09 on (ill), and has one mark.
    let lessons = j.json(&[
        "lesson",
        "list",
        "--class",
        "5А",
        "--subject",
        "Математика",
        "--to",
        "10.10.2023",
    ]);
    let dates: Vec<String> = lessons
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["date"].as_str().unwrap().to_string())
        .collect();
    mark(&j, &dates[0], "Елисеев Пётр", "4", "").success();
    for d in &dates[2..] {
        j.run(&[
            "absence",
            "add",
            "--date",
            d,
            "--class",
            "5А",
            "--student",
            "Елисеев Пётр",
            "--code",
            "Б",
            "--subject",
            "Математика",
        ])
        .success();
    }
    let s = j.json(&[
        "final",
        "suggest",
        "--period",
        "Q1",
        "--class",
        "5А",
        "--subject",
        "Математика",
    ]);
    let e = s
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["student"].as_str().unwrap().starts_with("Елисеев"))
        .unwrap();
    assert_eq!(e["lessons"], dates.len());
    assert_eq!(e["missed"], dates.len() - 2);
    assert_eq!(e["suggested"], "н/а");
}

#[test]
fn final_marks_set_accept_list_and_lock_with_their_period() {
    let j = school();
    mark(&j, "02.10.2023", "Ёлкин Фёдор", "5", "").success();
    mark(&j, "02.10.2023", "Жуков Матвей", "3", "").success();
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
        "Жуков Матвей",
        "--mark",
        "4",
    ])
    .success();
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
        "Жуков Матвей",
        "--mark",
        "отл",
    ])
    .code(2)
    .stderr(contains("is not a final mark (5 4 3 2 1 зч нз н/а осв)"));
    j.run(&[
        "final",
        "accept",
        "--period",
        "Q1",
        "--class",
        "5А",
        "--subject",
        "Математика",
    ])
    .success()
    .stderr(contains("1 final mark set from suggestions, 1 already set"));
    let list = j.json(&["final", "list", "--period", "Q1", "--class", "5А"]);
    let marks: Vec<(String, String)> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["student"].as_str().unwrap().to_string(),
                f["mark"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        marks,
        vec![
            ("Ёлкин Фёдор Андреевич".into(), "5".into()),
            ("Жуков Матвей Романович".into(), "4".into())
        ]
    );
    // The period ends 27.10.2023: locking past it locks its final marks.
    j.cmd()
        .env("EJOURNAL_TODAY", "2023-11-01")
        .env("EJOURNAL_ACTOR", DEPUTY)
        .args(["lock", "--until", "27.10.2023"])
        .assert()
        .success();
    j.cmd()
        .env("EJOURNAL_TODAY", "2023-11-01")
        .args([
            "final",
            "set",
            "--period",
            "Q1",
            "--class",
            "5А",
            "--subject",
            "Математика",
            "--student",
            "Жуков Матвей",
            "--mark",
            "5",
            "--reason",
            "пересдача",
        ])
        .assert()
        .code(65)
        .stderr(contains("Q1 ends on 27.10.2023, which is locked"));
    let conn = rusqlite::Connection::open(j.db()).unwrap();
    let err = conn
        .execute("UPDATE final_marks SET value = '5'", [])
        .unwrap_err()
        .to_string();
    assert!(err.contains("ejournal: period locked"), "{err}");
}

#[test]
fn marks_absences_and_finals_files_go_in_whole_or_not_at_all() {
    let j = school();
    let marks = vec![
        vec![
            "09.10.2023",
            "5А",
            "Математика",
            "Ёлкин Фёдор Андреевич",
            "5",
            "Контрольная работа",
            "",
            "",
        ],
        vec![
            "09.10.2023",
            "5А",
            "Математика",
            "Ёлкин Фёдор Андреевич",
            "4",
            "Контрольная работа",
            "",
            "",
        ],
        vec![
            "09.10.2023",
            "5А",
            "Английский язык",
            "Жуков Матвей Романович",
            "4",
            "",
            "",
            "1",
        ],
        vec![
            "10.10.2023",
            "5а",
            "математика",
            "Жуков Матвей",
            "5",
            "тест",
            "1",
            "",
        ],
    ];
    let header = [
        "Дата",
        "Класс",
        "Предмет",
        "Ученик",
        "Отметка",
        "Вид работы",
        "Урок",
        "Группа",
    ];
    write_cp1251(&j.path("marks.csv"), &csv_text(&header, &marks, ';'));
    j.run(&["import", "marks", "marks.csv"])
        .success()
        .stderr(contains("4 rows read, 4 added"));
    // Idempotent: the same file again adds nothing, and the two 5/4 marks stay two.
    j.run(&["import", "marks", "marks.csv"])
        .success()
        .stderr(contains("0 added, 0 updated, 4 unchanged"));
    assert_eq!(j.count("SELECT count(*) FROM marks"), 4);

    let bad = vec![
        vec![
            "09.10.2023",
            "5А",
            "Математика",
            "Ёлкин Фёдор Андреевич",
            "7",
            "",
            "",
            "",
        ],
        vec![
            "09.10.2023",
            "5А",
            "Математика",
            "Ёлкин Фёдор Андреевич",
            "5",
            "Эссе",
            "",
            "",
        ],
        vec![
            "11.10.2023",
            "5А",
            "Математика",
            "Ёлкин Фёдор Андреевич",
            "5",
            "",
            "",
            "",
        ],
        vec![
            "08.10.2023",
            "5А",
            "Математика",
            "Ёлкин Фёдор Андреевич",
            "5",
            "",
            "",
            "",
        ],
        vec![
            "09.10.2023",
            "5А",
            "Математика",
            "Ёлкин Фёдор Андреевич",
            "5",
            "",
            "",
            "",
        ],
        vec![
            "09.10.2023",
            "5А",
            "Физика",
            "Ёлкин Фёдор Андреевич",
            "5",
            "",
            "",
            "",
        ],
    ];
    write_cp1251(&j.path("bad.csv"), &csv_text(&header, &bad, ';'));
    let before = j.dump();
    j.run(&["import", "marks", "bad.csv"]).code(65).stderr(
        contains("bad.csv:2: Отметка: \"7\" is not a mark")
            .and(contains(
                "bad.csv:3: Вид работы: \"Эссе\" is not a work type",
            ))
            .and(contains("bad.csv:4: Дата: 11.10.2023 is in the future"))
            .and(contains(
                "bad.csv:5: Дата: 5А Математика has no lesson on 08.10.2023 (not a study day",
            ))
            .and(contains("bad.csv:7: Предмет: 5А has no subject \"Физика\""))
            .and(contains("bad.csv:6:").not()),
    );
    assert_eq!(before, j.dump());

    let absences = vec![
        vec!["10.10.2023", "5А", "Ёлкин Фёдор", "Б", "", ""],
        vec!["10.10.2023", "5А", "Абрамова Кира", "Н", "Математика", ""],
        vec![
            "10.10.2023",
            "10А",
            "Смирнов Александр Сергеевич 02.11.2007",
            "О",
            "",
            "",
        ],
    ];
    let aheader = ["Дата", "Класс", "Ученик", "Код", "Предмет", "Урок"];
    write_cp1251(&j.path("abs.csv"), &csv_text(&aheader, &absences, ';'));
    j.run(&["import", "absences", "abs.csv"])
        .code(65)
        .stderr(contains(
            "abs.csv:4: Дата: 10А has no lessons for this student on 10.10.2023",
        ));
    let absences = &absences[..2];
    write_cp1251(&j.path("abs.csv"), &csv_text(&aheader, absences, ';'));
    j.run(&["import", "absences", "abs.csv"])
        .success()
        .stderr(contains("2 added"));
    j.run(&["import", "absences", "abs.csv"])
        .success()
        .stderr(contains("0 added, 0 updated, 2 unchanged"));
    // A changed code is an update.
    let changed = vec![vec![
        "10.10.2023",
        "5А",
        "Абрамова Кира",
        "У",
        "Математика",
        "",
    ]];
    write_cp1251(&j.path("abs2.csv"), &csv_text(&aheader, &changed, ';'));
    j.run(&["import", "absences", "abs2.csv"])
        .success()
        .stderr(contains("0 added, 1 updated"));

    let finals = vec![
        vec!["5А", "Математика", "Ёлкин Фёдор", "I четверть", "5", ""],
        vec!["5А", "Английский язык", "Жуков Матвей", "Q1", "н/а", "1"],
        vec!["10А", "История", "Алиева Амина", "1 полугодие", "осв", ""],
    ];
    let fheader = ["Класс", "Предмет", "Ученик", "Период", "Отметка", "Группа"];
    write_sheet(
        &j.path("finals.xlsx"),
        Style::Xlsx,
        &Sheet {
            ru: fheader.to_vec(),
            en: fheader.to_vec(),
            rows: finals,
        },
    );
    j.run(&["import", "finals", "finals.xlsx"])
        .success()
        .stderr(contains("3 added"));
    j.run(&["import", "finals", "finals.xlsx"])
        .success()
        .stderr(contains("3 unchanged"));
    let bad = vec![
        vec!["10А", "История", "Алиева Амина", "Q2", "5", ""],
        vec!["5А", "Математика", "Ёлкин Фёдор", "Q1", "отлично", ""],
    ];
    write_cp1251(&j.path("f2.csv"), &csv_text(&fheader, &bad, ';'));
    j.run(&["import", "finals", "f2.csv"]).code(65).stderr(
        contains("f2.csv:2: Период: 10А has no period Q2").and(contains(
            "f2.csv:3: Отметка: \"отлично\" is not a final mark",
        )),
    );
}

#[test]
fn a_locked_journal_takes_an_unchanged_file_again_and_plain_sql_cannot_lift_the_lock() {
    let j = school();
    let marks = vec![vec![
        "02.10.2023",
        "5А",
        "Математика",
        "Ёлкин Фёдор Андреевич",
        "5",
        "",
        "",
        "",
    ]];
    let header = [
        "Дата",
        "Класс",
        "Предмет",
        "Ученик",
        "Отметка",
        "Вид работы",
        "Урок",
        "Группа",
    ];
    write_cp1251(&j.path("m.csv"), &csv_text(&header, &marks, ';'));
    j.run(&["import", "marks", "m.csv"]).success();
    let absences = vec![vec!["02.10.2023", "5А", "Жуков Матвей", "Б", "", ""]];
    let aheader = ["Дата", "Класс", "Ученик", "Код", "Предмет", "Урок"];
    write_cp1251(&j.path("a.csv"), &csv_text(&aheader, &absences, ';'));
    j.run(&["import", "absences", "a.csv"]).success();
    deputy(&j, &["lock", "--until", "06.10.2023"]).success();
    j.run(&["import", "marks", "m.csv"])
        .success()
        .stderr(contains("0 added, 0 updated, 1 unchanged"));
    j.run(&["import", "absences", "a.csv"])
        .success()
        .stderr(contains("0 added, 0 updated, 1 unchanged"));
    let changed = vec![vec!["02.10.2023", "5А", "Жуков Матвей", "У", "", ""]];
    write_cp1251(&j.path("a2.csv"), &csv_text(&aheader, &changed, ';'));
    j.run(&["import", "absences", "a2.csv"])
        .code(65)
        .stderr(contains("a2.csv:2: Дата: 02.10.2023 is locked"));
    let conn = rusqlite::Connection::open(j.db()).unwrap();
    let err = conn
        .execute(
            "UPDATE settings SET value = '' WHERE key = 'locked_until'",
            [],
        )
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("the lock is moved with `ejournal lock` and `ejournal unlock`"),
        "{err}"
    );
    // Plain SQL is attributed as such, and judged by the clock, not by the tool's last day.
    assert_eq!(j.count("SELECT count(*) FROM session WHERE actor IS NOT NULL OR today IS NOT NULL OR now IS NOT NULL"), 0);
}

#[test]
fn one_file_cannot_say_two_things_about_the_same_entry() {
    let j = school();
    let absences = vec![
        vec!["09.10.2023", "5А", "Жуков Матвей", "Б", "Математика", ""],
        vec!["09.10.2023", "5А", "Жуков Матвей", "Н", "Математика", ""],
    ];
    write_cp1251(
        &j.path("a.csv"),
        &csv_text(
            &["Дата", "Класс", "Ученик", "Код", "Предмет", "Урок"],
            &absences,
            ';',
        ),
    );
    j.run(&["import", "absences", "a.csv"])
        .code(65)
        .stderr(contains(
            "a.csv:3: Ученик: the same lesson of this student is already on line 2",
        ));
    let finals = vec![
        vec!["5А", "Математика", "Ёлкин Фёдор", "Q1", "5"],
        vec!["5А", "Математика", "Ёлкин Фёдор", "I четверть", "4"],
    ];
    write_cp1251(
        &j.path("f.csv"),
        &csv_text(
            &["Класс", "Предмет", "Ученик", "Период", "Отметка"],
            &finals,
            ';',
        ),
    );
    j.run(&["import", "finals", "f.csv"])
        .code(65)
        .stderr(contains(
            "f.csv:3: Ученик: the same final mark is already on line 2",
        ));
    // Changing a final mark already set takes a reason.
    let set = |mark: &str, reason: Option<&str>| {
        let mut args = vec![
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
            mark,
        ];
        if let Some(r) = reason {
            args.extend(["--reason", r]);
        }
        j.run(&args)
    };
    set("4", None).success();
    set("5", None).code(2).stderr(contains(
        "already has 4 for Q1: changing a final mark needs --reason",
    ));
    set("5", Some("пересдача")).success();
    j.run(&["audit", "--entity", "оценки"])
        .code(2)
        .stderr(contains("is not something the audit records"));
}

#[test]
fn a_changed_timetable_moves_the_empty_lessons_and_keeps_the_kept_ones() {
    let j = school();
    mark(&j, "02.10.2023", "Ёлкин Фёдор", "5", "");
    // Математика moves from Monday/Tuesday to Wednesday/Thursday.
    let tt = "Класс;День;Урок;Предмет;Группа\n5А;Ср;3;Математика;\n5А;Чт;3;Математика;\n5А;Пн;2;Английский язык;\n5А;Ср;1;Английский язык;1\n5А;Ср;1;Английский язык;2\n";
    std::fs::write(j.path("tt2.csv"), tt).unwrap();
    j.run(&["import", "timetable", "tt2.csv"]).success();
    j.run(&["lessons", "generate"]).success().stderr(contains(
        "1 lesson no longer in the timetable stays: something was entered in it",
    ));
    let lessons = j.json(&["lesson", "list", "--class", "5А", "--subject", "Математика"]);
    let rows = lessons.as_array().unwrap();
    let days: std::collections::BTreeSet<String> = rows
        .iter()
        .map(|l| {
            use chrono::Datelike;
            let d =
                chrono::NaiveDate::parse_from_str(l["date"].as_str().unwrap(), "%Y-%m-%d").unwrap();
            format!("{:?}", d.weekday())
        })
        .collect();
    assert!(days.contains("Wed") && days.contains("Thu"));
    // The one Monday with a mark stays; no other Monday or Tuesday lesson does.
    let old: Vec<&str> = rows
        .iter()
        .filter(|l| {
            use chrono::Datelike;
            let d =
                chrono::NaiveDate::parse_from_str(l["date"].as_str().unwrap(), "%Y-%m-%d").unwrap();
            matches!(d.weekday(), chrono::Weekday::Mon | chrono::Weekday::Tue)
        })
        .map(|l| l["date"].as_str().unwrap())
        .collect();
    assert_eq!(old, ["2023-10-02"]);
    // The КТП follows the new order from the first lesson.
    let first = rows.iter().find(|l| l["date"] == "2023-09-06").unwrap();
    assert_eq!(first["topic"], "Натуральные числа и шкалы");
    // And again: nothing changes.
    let before = j.dump();
    j.run(&["lessons", "generate"])
        .success()
        .stderr(contains("0 lessons created, 0 removed, 0 КТП topics bound"));
    assert_eq!(before, j.dump());
}

#[test]
fn a_shorter_plan_reaches_the_lessons_that_followed_it() {
    let j = school();
    // The КТП again without its second topic: lessons 3–5 now take "Контрольная работа № 1".
    std::fs::write(
        j.path("5А_Математика.csv"),
        "№ урока;Тема;Часов\n1;Натуральные числа и шкалы;2\n3;Контрольная работа № 1;1\n",
    )
    .unwrap();
    j.run(&["import", "plan", "5А_Математика.csv"])
        .success()
        .stderr(contains("1 removed"));
    j.run(&["lessons", "generate", "-q"]).success();
    let lessons = j.json(&[
        "lesson",
        "list",
        "--class",
        "5А",
        "--subject",
        "Математика",
        "--to",
        "19.09.2023",
    ]);
    let topics: Vec<&str> = lessons
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["topic"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(
        topics,
        [
            "Натуральные числа и шкалы",
            "Натуральные числа и шкалы",
            "Контрольная работа № 1",
            "",
            "",
            ""
        ]
    );
}
