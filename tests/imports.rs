//! Imports of every file kind, in every format and encoding: what goes in, what is
//! refused (with every bad row named), idempotence and moves.

mod common;

use common::*;
use predicates::prelude::*;
use predicates::str::contains;

fn names(v: &serde_json::Value) -> Vec<String> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|s| s["last_name"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn every_kind_in_every_format_gives_the_same_journal() {
    let mut listings = Vec::new();
    for style in Style::ALL {
        let j = Journal::new();
        import_school(&j, style);
        let students = j.json(&["student", "list"]);
        let courses = j.json(&["course", "list"]);
        let staff = j.json(&["staff", "list"]);
        let timetable = j.json(&["timetable", "show", "--class", "5А"]);
        let plan = j.json(&["plan", "show", "--class", "5А", "--subject", "математика"]);
        assert_eq!(students.as_array().unwrap().len(), 8, "{style:?}");
        assert_eq!(plan.as_array().unwrap().len(), 3, "{style:?}");
        assert_eq!(plan[1]["topic"], "Сложение натуральных чисел; свойства");
        assert_eq!(plan[1]["planned_date"], "2023-09-11");
        assert_eq!(plan[1]["hours"], 3);
        listings.push((style, students, courses, staff, timetable, plan));
    }
    let first = &listings[0];
    for other in &listings[1..] {
        assert_eq!(
            first.1, other.1,
            "students differ: {:?} vs {:?}",
            first.0, other.0
        );
        assert_eq!(
            first.2, other.2,
            "courses differ: {:?} vs {:?}",
            first.0, other.0
        );
        assert_eq!(
            first.3, other.3,
            "staff differ: {:?} vs {:?}",
            first.0, other.0
        );
        assert_eq!(
            first.4, other.4,
            "timetable differs: {:?} vs {:?}",
            first.0, other.0
        );
        assert_eq!(
            first.5, other.5,
            "plan differs: {:?} vs {:?}",
            first.0, other.0
        );
    }
    // What the fixture means, checked once.
    let (_, students, courses, staff, timetable, _) = first;
    let s5: Vec<_> = students
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["class"] == "5А")
        .collect();
    assert_eq!(s5.len(), 5, "{s5:#?}");
    let elkin = s5.iter().find(|s| s["last_name"] == "Ёлкин").unwrap();
    assert_eq!(elkin["first_name"], "Фёдор");
    assert_eq!(elkin["birth_date"], "2013-02-19");
    assert_eq!(elkin["paper_only"], true);
    assert_eq!(elkin["guardian"], "Ёлкина Оксана");
    let abramova = s5.iter().find(|s| s["last_name"] == "Абрамова").unwrap();
    assert_eq!(abramova["middle_name"], "");
    let english: Vec<_> = courses
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["subject"] == "Английский язык")
        .map(|c| {
            (
                c["group"].clone(),
                c["teacher"].clone(),
                c["students"].clone(),
                c["timetable_slots"].clone(),
            )
        })
        .collect();
    assert_eq!(
        english,
        vec![
            ("1".into(), "Петров Сергей Ильич".into(), 2.into(), 2.into()),
            (
                "2".into(),
                "Орлова Ирина Юрьевна".into(),
                3.into(),
                2.into()
            ),
        ]
    );
    let ivanova = staff
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["last_name"] == "Иванова")
        .unwrap();
    assert_eq!(ivanova["class"], "5А");
    assert_eq!(ivanova["roles"], "учитель, классный руководитель");
    assert_eq!(timetable.as_array().unwrap().len(), 6);
}

#[test]
fn cp1251_roster_with_russian_headers_lists_in_russian_order() {
    let j = Journal::new();
    let p = j.path("roster.csv");
    write_sheet(&p, Style::Cp1251, &roster_sheet());
    j.run(&["import", "roster", "roster.csv"])
        .success()
        .stdout("")
        .stderr(contains(
            "roster.csv: 8 rows read, 8 added, 0 updated, 0 unchanged",
        ));
    let list = j.json(&["student", "list", "--class", "5А"]);
    assert_eq!(
        names(&list),
        ["Абрамова", "Елисеев", "Ёлкин", "Ершов", "Жуков"]
    );
    // Namesakes are two students, told apart by birth date.
    let list = j.json(&["student", "list", "--class", "10а"]);
    assert_eq!(names(&list), ["Алиева", "Смирнов", "Смирнов"]);
    assert_eq!(list[1]["birth_date"], "2007-11-02");
    assert_eq!(list[2]["birth_date"], "2008-03-14");
    // The table is for people: dates in Russian form.
    let table = j.out(&["student", "list", "--class", "5А"]);
    assert!(table.contains("19.02.2013"), "{table}");
    let csv = j.out(&["student", "list", "--class", "5А", "--format", "csv"]);
    assert!(
        csv.starts_with("class,last_name,first_name,middle_name,birth_date"),
        "{csv}"
    );
    assert!(csv.contains("5А,Ёлкин,Фёдор,Андреевич,2013-02-19"), "{csv}");
}

#[test]
fn classes_sort_by_grade_then_letter() {
    let j = Journal::new();
    let p = j.path("roster.csv");
    let rows: Vec<Vec<&str>> = ["10А", "2Б", "9Б", "11А", "2А", "9А", "1Ё", "1Е"]
        .iter()
        .enumerate()
        .map(|(i, c)| {
            vec![
                *c,
                [
                    "Орлов",
                    "Белов",
                    "Носов",
                    "Ершов",
                    "Титов",
                    "Рыжов",
                    "Попов",
                    "Зайцев",
                ][i],
                "Иван",
                "01.01.2010",
            ]
        })
        .collect();
    std::fs::write(
        &p,
        csv_text(&["Класс", "Фамилия", "Имя", "Дата рождения"], &rows, ';'),
    )
    .unwrap();
    j.run(&["import", "roster", "roster.csv"]).success();
    let classes: Vec<String> = j
        .json(&["class", "list"])
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["class"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(classes, ["1Е", "1Ё", "2А", "2Б", "9А", "9Б", "10А", "11А"]);
}

#[test]
fn second_import_of_the_same_files_changes_nothing() {
    let j = Journal::new();
    let files = write_school(&j, Style::Cp1251);
    for (kind, path) in &files {
        j.run(&["import", kind, path.to_str().unwrap()]).success();
    }
    let before = j.dump();
    let before_students = j.count("SELECT count(*) FROM students");
    for (kind, path) in &files {
        j.run(&["import", kind, path.to_str().unwrap()])
            .success()
            .stderr(contains(" 0 added, 0 updated,"))
            .stderr(contains("removed").not());
    }
    assert_eq!(j.count("SELECT count(*) FROM students"), before_students);
    // Only the import log grew (and the history and chain that record it).
    let strip = |d: &str| {
        d.split("## ")
            .filter(|t| {
                !["import_log", "history", "chain"]
                    .iter()
                    .any(|x| t.starts_with(x))
            })
            .collect::<Vec<_>>()
            .join("## ")
    };
    assert_eq!(strip(&before), strip(&j.dump()));
}

#[test]
fn a_new_class_in_the_roster_is_a_move_with_its_date() {
    let j = Journal::new();
    import_school(&j, Style::Cp1251);
    let p = j.path("roster2.csv");
    let rows = vec![
        vec![
            "5Б",
            "Жуков",
            "Матвей",
            "Романович",
            "25.06.2013",
            "15.01.2024",
        ],
        vec!["5А", "ЁЛКИН", "Фёдор", "Андреевич", "19.02.2013", ""],
    ];
    write_cp1251(
        &p,
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
    j.run(&["import", "roster", "roster2.csv"])
        .success()
        .stderr(contains("2 rows read, 0 added, 2 updated, 0 unchanged"));
    assert_eq!(
        j.count("SELECT count(*) FROM students"),
        8,
        "a move is not a second student"
    );
    let in_5a_before = names(&j.json(&["student", "list", "--class", "5А", "--on", "14.01.2024"]));
    assert!(in_5a_before.contains(&"Жуков".to_string()));
    let in_5a_after = names(&j.json(&["student", "list", "--class", "5А", "--on", "2024-01-15"]));
    assert!(!in_5a_after.contains(&"Жуков".to_string()));
    assert!(
        in_5a_after.contains(&"ЁЛКИН".to_string()),
        "a changed spelling updates the name"
    );
    let in_5b = j.json(&["student", "list", "--class", "5Б", "--on", "2024-01-15"]);
    assert_eq!(names(&in_5b), ["Жуков"]);
    assert_eq!(in_5b[0]["enrolled_on"], "2024-01-15");
    let all = j.json(&["student", "list", "--all"]);
    let zhukov: Vec<_> = all
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["last_name"] == "Жуков")
        .map(|s| {
            (
                s["class"].clone(),
                s["enrolled_on"].clone(),
                s["left_on"].clone(),
            )
        })
        .collect();
    assert_eq!(
        zhukov,
        vec![
            ("5А".into(), "2023-09-01".into(), "2024-01-14".into()),
            ("5Б".into(), "2024-01-15".into(), serde_json::Value::Null),
        ]
    );
    // The move is in the audit trail, attributed.
    assert_eq!(
        j.count("SELECT count(*) FROM audit_log WHERE entity = 'enrolment' AND action = 'update' AND actor = 'Сидорова Ольга Николаевна'"),
        1
    );
    // Importing the move again changes nothing.
    j.run(&["import", "roster", "roster2.csv"])
        .success()
        .stderr(contains("0 updated, 2 unchanged"));
}

/// Run an import that must be refused: exit 65, every expected message, journal unchanged.
fn refused(j: &Journal, kind: &str, file: &str, expected: &[&str]) -> String {
    let before = j.dump();
    let a = j.run(&["import", kind, file]).code(65).stdout("");
    let stderr = String::from_utf8(a.get_output().stderr.clone()).unwrap();
    for e in expected {
        assert!(stderr.contains(e), "expected {e:?} in:\n{stderr}");
    }
    assert!(stderr.contains("nothing was imported"), "{stderr}");
    assert_eq!(before, j.dump(), "a refused import changed the journal");
    stderr
}

#[test]
fn bad_roster_rows_are_all_named_and_nothing_is_written() {
    let j = Journal::new();
    import_school(&j, Style::Cp1251);
    let rows = vec![
        vec!["5А", "Новиков", "Илья", "Олегович", "12.05.2013"],
        vec!["5А", "Павлова", "Алла", "", "31.02.2012"],
        vec!["12А", "Круглов", "Олег", "", "01.01.2010"],
        vec!["5А", "", "Пётр", "", "01.01.2013"],
        vec!["5А", "Новиков", "Илья", "Олегович", "12.05.2013"],
        vec!["5А", "Сёмин", "03.04.2013", "", "01.01.2013"],
        vec!["5А", "Лунёв", "Ян", "", "2013/01/01"],
    ];
    let p = j.path("bad.csv");
    write_cp1251(
        &p,
        &csv_text(
            &["Класс", "Фамилия", "Имя", "Отчество", "Дата рождения"],
            &rows,
            ';',
        ),
    );
    let stderr = refused(
        &j,
        "roster",
        "bad.csv",
        &[
            "bad.csv:3: Дата рождения: \"31.02.2012\" is not a real date",
            "bad.csv:4: Класс: \"12А\": grade 12 is outside 1–11",
            "bad.csv:5: Фамилия: is empty",
            "bad.csv:6: duplicate student: Новиков Илья Олегович born 12.05.2013 is already on line 2",
            "bad.csv:7: Имя: \"03.04.2013\" is not a name",
            "bad.csv:8: Дата рождения: \"2013/01/01\" is not a date",
            "bad.csv: 6 problem(s) in 6 row(s)",
        ],
    );
    assert!(
        !stderr.contains("bad.csv:2:"),
        "a good row is not a problem:\n{stderr}"
    );
}

#[test]
fn a_missing_required_column_is_named() {
    let j = Journal::new();
    std::fs::write(j.path("r.csv"), "Класс;Фамилия;Имя\n5А;Орлов;Иван\n").unwrap();
    refused(
        &j,
        "roster",
        "r.csv",
        &["r.csv:1: missing required column \"Дата рождения\" (birth_date)"],
    );
}

#[test]
fn load_refuses_unknown_classes_and_teachers() {
    let j = Journal::new();
    import_school(&j, Style::Utf8Bom);
    let rows = vec![
        vec!["5Б", "Математика", "Иванова Анна Петровна", "5", ""],
        vec!["5А", "Физика", "Кузнецов Пётр Ильич", "2", ""],
        vec!["5А", "Химия", "Иванова Анна Петровна", "два", ""],
        vec!["5А", "Математика", "Иванова Анна Петровна", "5", "1"],
        vec!["5А", "Биология", "Петров С.", "1", ""],
    ];
    std::fs::write(
        j.path("load2.csv"),
        csv_text(
            &["Класс", "Предмет", "Учитель", "Часов в неделю", "Группа"],
            &rows,
            ';',
        ),
    )
    .unwrap();
    refused(
        &j,
        "load",
        "load2.csv",
        &[
            "load2.csv:2: Класс: there is no class 5Б in the journal",
            "load2.csv:3: Учитель: no member of staff named \"Кузнецов Пётр Ильич\": the teacher must be in staff",
            "load2.csv:4: Часов в неделю: \"два\" is not a number of hours",
            "load2.csv:5: Группа: 5А Математика is already taught to the whole class, not in groups",
        ],
    );
}

#[test]
fn groups_timetable_and_plan_refusals() {
    let j = Journal::new();
    import_school(&j, Style::Xlsx);
    let rows = vec![
        vec!["5А", "Английский язык", "3", "Жуков Матвей Романович"],
        vec!["5А", "Английский язык", "1", "Незнамов Пётр"],
        vec!["5А", "Английский язык", "1", "Ершов Артём Денисович"],
        vec!["5А", "Английский язык", "2", "Ершов Артём Денисович"],
    ];
    std::fs::write(
        j.path("g.csv"),
        csv_text(&["Класс", "Предмет", "Группа", "Ученик"], &rows, ';'),
    )
    .unwrap();
    refused(
        &j,
        "groups",
        "g.csv",
        &[
            "g.csv:2: Группа: 5А Английский язык has no group \"3\" (groups: 1, 2)",
            "g.csv:3: Ученик: no student in 5А named \"Незнамов Пётр\"",
            "g.csv:5: Ученик: already in group 1 of Английский язык on line 4",
        ],
    );

    let rows = vec![
        vec!["5А", "Сб", "1", "Математика", ""],
        vec!["5А", "Пн", "1", "История", ""],
        vec!["5А", "Вт", "2", "Математика", ""],
        vec!["5А", "Вт", "2", "Английский язык", "1"],
        vec!["5А", "Ср", "0", "Математика", ""],
    ];
    std::fs::write(
        j.path("t.csv"),
        csv_text(&["Класс", "День", "Урок", "Предмет", "Группа"], &rows, ';'),
    )
    .unwrap();
    refused(
        &j,
        "timetable",
        "t.csv",
        &[
            "t.csv:2: День: Saturday is not a study day in a five-day week",
            "t.csv:3: Предмет: 5А has no subject \"История\" in the teaching load",
            "t.csv:5: 5А Вт lesson 2: Английский язык (группа 1) clashes with Математика on line 4",
            "t.csv:6: Урок: 0 is outside 1–12",
        ],
    );

    let rows = vec![
        vec!["1", "Тема", "1", "", ""],
        vec!["1", "Другая тема", "1", "", ""],
        vec!["2", "", "1", "", ""],
        vec!["3", "Тема", "1", "01.09.2024", ""],
    ];
    std::fs::write(
        j.path("5А_Математика.csv"),
        csv_text(
            &["№ урока", "Тема", "Часов", "Дата", "Домашнее задание"],
            &rows,
            ';',
        ),
    )
    .unwrap();
    refused(
        &j,
        "plan",
        "5А_Математика.csv",
        &[
            "5А_Математика.csv:3: № урока: lesson 1 is already on line 2",
            "5А_Математика.csv:4: Тема: is empty",
            "5А_Математика.csv:5: Дата: 01.09.2024 is outside the academic year",
        ],
    );
}

#[test]
fn dry_run_reports_and_writes_nothing() {
    let j = Journal::new();
    write_sheet(&j.path("roster.csv"), Style::Cp1251, &roster_sheet());
    let before = j.dump();
    j.run(&["import", "roster", "roster.csv", "--dry-run"])
        .success()
        .stderr(contains("dry run, nothing written").and(contains("8 added")));
    assert_eq!(before, j.dump());
}

#[test]
fn timetable_file_replaces_the_class_timetable() {
    let j = Journal::new();
    import_school(&j, Style::Cp1251);
    let rows = vec![
        vec!["5А", "Пн", "1", "Математика", ""],
        vec!["5А", "Пт", "3", "Английский язык", ""],
    ];
    std::fs::write(
        j.path("t2.csv"),
        csv_text(&["Класс", "День", "Урок", "Предмет", "Группа"], &rows, ';'),
    )
    .unwrap();
    j.run(&["import", "timetable", "t2.csv"])
        .success()
        .stderr(contains(
            "2 rows read, 1 added, 0 updated, 1 unchanged, 5 removed",
        ));
    let tt = j.json(&["timetable", "show", "--class", "5А"]);
    assert_eq!(tt.as_array().unwrap().len(), 3);
    // 10А was not in the file and keeps its timetable.
    assert_eq!(
        j.json(&["timetable", "show", "--class", "10А"])
            .as_array()
            .unwrap()
            .len(),
        1
    );
}

#[test]
fn forced_encoding_and_delimiter_and_sheet() {
    let j = Journal::new();
    let text = csv_text(
        &["class", "last_name", "first_name", "birth_date"],
        &[vec!["5А", "Ёжиков", "Лев", "2013-01-02"]],
        '|',
    );
    write_cp1251(&j.path("r.txt"), &text);
    j.run(&[
        "import",
        "roster",
        "r.txt",
        "--encoding",
        "windows-1251",
        "--delimiter",
        "|",
    ])
    .success();
    assert_eq!(names(&j.json(&["student", "list"])), ["Ёжиков"]);
    j.run(&["import", "roster", "r.txt", "--sheet", "Нет"])
        .code(65);
    let mut book = rust_xlsxwriter::Workbook::new();
    book.add_worksheet().set_name("Пусто").unwrap();
    let ws = book.add_worksheet().set_name("Ученики").unwrap();
    for (c, h) in ["Класс", "Фамилия", "Имя", "Дата рождения"]
        .iter()
        .enumerate()
    {
        ws.write_string(0, c as u16, *h).unwrap();
    }
    for (c, v) in ["5А", "Ёжиков", "Лев"].iter().enumerate() {
        ws.write_string(1, c as u16, *v).unwrap();
    }
    let date = rust_xlsxwriter::ExcelDateTime::from_ymd(2013, 1, 2).unwrap();
    let format = rust_xlsxwriter::Format::new().set_num_format("dd.mm.yyyy");
    ws.write_datetime_with_format(1, 3, &date, &format).unwrap();
    book.save(j.path("r.xlsx")).unwrap();
    j.run(&["import", "roster", "r.xlsx", "--sheet", "ученики"])
        .success()
        .stderr(contains("1 unchanged"));
    j.run(&["import", "roster", "r.xlsx", "--sheet", "Нет"])
        .code(65)
        .stderr(contains(
            "no sheet \"Нет\" (the sheets are: Пусто, Ученики)",
        ));
}

#[test]
fn stdin_title_rows_and_blank_rows() {
    let j = Journal::new();
    let text = "Список учащихся 5А класса;;;\n;;;\nКласс ;ФАМИЛИЯ*; имя ;Дата рождения\n5А; Орлов ;Иван;01.02.2013\n;;;\n;;;\n";
    j.cmd()
        .args(["import", "roster", "-"])
        .write_stdin(text)
        .assert()
        .success()
        .stderr(contains("-: 1 rows read, 1 added"));
    assert_eq!(names(&j.json(&["student", "list"])), ["Орлов"]);
}

#[test]
fn plan_course_comes_from_options_or_file_name() {
    let j = Journal::new();
    import_school(&j, Style::Cp1251);
    write_sheet(&j.path("ктп.csv"), Style::Cp1251, &plan_sheet());
    j.run(&["import", "plan", "ктп.csv"])
        .code(2)
        .stderr(contains("which course is ктп.csv for?"));
    j.run(&[
        "import",
        "plan",
        "ктп.csv",
        "--class",
        "5А",
        "--subject",
        "Английский язык",
    ])
    .code(2)
    .stderr(contains(
        "5А Английский язык is taught in groups (1, 2): name the group",
    ));
    j.run(&[
        "import",
        "plan",
        "ктп.csv",
        "--class",
        "5А",
        "--subject",
        "Английский язык",
        "--group",
        "2",
    ])
    .success()
    .stderr(contains("3 added"));
    write_sheet(
        &j.path("5А_Английский язык_1.csv"),
        Style::Cp1251,
        &plan_sheet(),
    );
    j.run(&["import", "plan", "5А_Английский язык_1.csv"])
        .success()
        .stderr(contains("3 added"));
    // The file is the course's whole plan: a shorter file removes the rest.
    let short = csv_text(
        &["№ урока", "Тема"],
        &[vec!["1", "Натуральные числа и шкалы"]],
        ';',
    );
    write_cp1251(&j.path("short.csv"), &short);
    j.run(&[
        "import",
        "plan",
        "short.csv",
        "--class",
        "5А",
        "--subject",
        "Английский язык",
        "--group",
        "1",
    ])
    .success()
    .stderr(contains("1 updated, 0 unchanged, 2 removed"));
}

#[test]
fn a_partial_file_keeps_what_it_does_not_mention() {
    let j = Journal::new();
    import_school(&j, Style::Cp1251);
    // Staff without a role column: everyone keeps his roles.
    std::fs::write(
        j.path("s.csv"),
        "Фамилия;Имя;Отчество\nИванова;Анна;Петровна\nСидорова;Ольга;Николаевна\n",
    )
    .unwrap();
    j.run(&["import", "staff", "s.csv"])
        .success()
        .stderr(contains("0 updated, 2 unchanged"));
    let staff = j.json(&["staff", "list"]);
    let sid = staff
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["last_name"] == "Сидорова")
        .unwrap();
    assert_eq!(sid["roles"], "заместитель");
    // Roles written the usual ways.
    std::fs::write(
        j.path("s2.csv"),
        "Фамилия;Имя;Роль\nКлимов;Олег;учитель-предметник\nЖарова;Нина;завуч\n",
    )
    .unwrap();
    j.run(&["import", "staff", "s2.csv"]).success();
    // A roster without the parent's columns keeps the parents.
    std::fs::write(
        j.path("r.csv"),
        "Класс;Фамилия;Имя;Отчество;Дата рождения\n5А;Ёлкин;Фёдор;Андреевич;19.02.2013\n",
    )
    .unwrap();
    j.run(&["import", "roster", "r.csv"])
        .success()
        .stderr(contains("0 updated, 1 unchanged"));
    let s = j.json(&["student", "list", "--class", "5А"]);
    let elkin = s
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["last_name"] == "Ёлкин")
        .unwrap();
    assert_eq!(elkin["guardian"], "Ёлкина Оксана");
    assert_eq!(elkin["paper_only"], true);
}

#[test]
fn a_header_with_one_misspelt_column_is_explained_at_its_line() {
    let j = Journal::new();
    std::fs::write(j.path("r.csv"), "Список 5А\n\nКласс;Фамилия;Имя;Дата рожд.;Дата рождения ребёнка\n5А;Орлов;Иван;01.02.2013;\n").unwrap();
    // "Дата рожд." is an accepted spelling (the dot is ignored): this imports.
    j.run(&["import", "roster", "r.csv"]).success();
    std::fs::write(
        j.path("r2.csv"),
        "Список 5А\n\nКласс;Фамилия;Имя;День рождения\n5А;Орлов;Иван;01.02.2013\n",
    )
    .unwrap();
    let a = j.run(&["import", "roster", "r2.csv"]).code(65);
    let err = String::from_utf8(a.get_output().stderr.clone()).unwrap();
    assert!(
        err.contains("r2.csv:3: missing required column \"Дата рождения\""),
        "{err}"
    );
    assert!(!err.contains("\"Класс\""), "{err}");
}

#[test]
fn line_numbers_count_blank_lines() {
    let j = Journal::new();
    let text = "Класс;Фамилия;Имя;Дата рождения\r\n5А;Орлов;Иван;01.02.2013\r\n\r\n\r\n5А;Белов;Иван;31.02.2013\r\n;;;\r\n5А;Котов;Иван;30.02.2013\r\n";
    write_cp1251(&j.path("r.csv"), text);
    j.run(&["import", "roster", "r.csv"])
        .code(65)
        .stderr(contains("r.csv:5: Дата рождения").and(contains("r.csv:7: Дата рождения")));
}
