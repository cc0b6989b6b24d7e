//! Issue 12 item 1: imports take the files schools really have, with no flags — one `ФИО`
//! column split into its parts, the parent's columns under their usual names, columns the
//! tool does not read warned about (`--strict` refuses them), `ИТОГО` rows skipped, and posts
//! with qualifiers (`учитель математики`) read as roles. Files are written as Russian Excel
//! saves them: Windows-1251 `;` CSV and `.xlsx`.

mod common;

use common::*;
use predicates::prelude::*;
use predicates::str::contains;
use serde_json::Value;

/// The deputy who runs the imports (the journal's staff starts with him).
fn with_deputy() -> Journal {
    let j = Journal::new();
    let p = j.path("deputy.csv");
    write_cp1251(
        &p,
        &csv_text(
            &["Фамилия", "Имя", "Отчество", "Роль"],
            &[vec!["Сидорова", "Ольга", "Николаевна", "заместитель"]],
            ';',
        ),
    );
    j.run(&["import", "staff", "deputy.csv"]).success();
    j
}

/// A CSV file as Russian Excel saves it: Windows-1251, `;`, CRLF; `lines` as written.
fn cp1251_lines(j: &Journal, name: &str, lines: &[&str]) {
    let mut text = lines.join("\r\n");
    text.push_str("\r\n");
    write_cp1251(&j.path(name), &text);
}

fn stderr(a: &assert_cmd::assert::Assert) -> String {
    String::from_utf8(a.get_output().stderr.clone()).unwrap()
}

fn student<'a>(list: &'a Value, last: &str, birth: &str) -> &'a Value {
    list.as_array()
        .unwrap()
        .iter()
        .find(|s| s["last_name"] == last && s["birth_date"] == birth)
        .unwrap_or_else(|| panic!("no {last} born {birth} in {list:#}"))
}

fn parts(s: &Value) -> (String, String, String) {
    let f = |k: &str| s[k].as_str().unwrap_or_default().to_string();
    (f("last_name"), f("first_name"), f("middle_name"))
}

#[test]
fn a_cp1251_roster_with_one_fio_column_and_the_usual_parent_columns() {
    let j = with_deputy();
    cp1251_lines(
        &j,
        "roster.csv",
        &[
            "Список учащихся 5А класса;;;;;;;;",
            "№ п/п;Класс;ФИО обучающегося;Дата рождения;ФИО родителя;Телефон родителя;Эл. почта;Отказ от электронного дневника",
            "1;5А;  Ёлкин   Фёдор  Андреевич ;19.02.2013;Ёлкина Оксана Викторовна;+7 (914) 851-31-46;o.elkina@gmail.com;нет",
            "2;5А;Римский-Корсаков Андрей Николаевич;01.04.2013;;;;",
            "3;5А;Мамедов Рашид Эльдар оглы;05.05.2013;Мамедова Айгюль;+7 900 000-00-01;;да",
            "4;5А;Миллер Эмма;05.05.2013;;;;",
            // Namesakes: one by the date after the name, one by the column, one by both.
            "5;5А;Смирнов Александр Сергеевич 14.03.2013;;;;;",
            "6;5А;Смирнов Александр Сергеевич;02.11.2012;;;;",
            "7;5А;Смирнов Александр Сергеевич 01.01.2013;01.01.2013;;;;",
            ";;;;;;;",
            "ИТОГО: 7 учащихся;;;;;;;",
        ],
    );
    let a = j.run(&["import", "roster", "roster.csv"]).success();
    let err = stderr(&a);
    assert!(
        err.contains(
            "roster.csv:11: warning: row \"ИТОГО: 7 учащихся\" skipped (a total row, not data)"
        ),
        "{err}"
    );
    assert!(
        err.contains("roster.csv: 7 rows read, 7 added, 0 updated, 0 unchanged"),
        "{err}"
    );
    // The numbering column is no unknown column.
    assert!(!err.contains("unknown column"), "{err}");

    let list = j.json(&["student", "list", "--class", "5А"]);
    assert_eq!(list.as_array().unwrap().len(), 7, "{list:#}");
    let elkin = student(&list, "Ёлкин", "2013-02-19");
    assert_eq!(
        parts(elkin),
        ("Ёлкин".into(), "Фёдор".into(), "Андреевич".into())
    );
    assert_eq!(elkin["guardian"], "Ёлкина Оксана Викторовна");
    assert_eq!(elkin["phone"], "+7 (914) 851-31-46");
    assert_eq!(elkin["email"], "o.elkina@gmail.com");
    assert_eq!(elkin["paper_only"], false);
    let rk = student(&list, "Римский-Корсаков", "2013-04-01");
    assert_eq!(rk["first_name"], "Андрей");
    let mamedov = student(&list, "Мамедов", "2013-05-05");
    assert_eq!(
        parts(mamedov),
        ("Мамедов".into(), "Рашид".into(), "Эльдар оглы".into())
    );
    assert_eq!(mamedov["guardian"], "Мамедова Айгюль");
    assert_eq!(mamedov["paper_only"], true);
    assert_eq!(student(&list, "Миллер", "2013-05-05")["middle_name"], "");
    for born in ["2013-03-14", "2012-11-02", "2013-01-01"] {
        let s = student(&list, "Смирнов", born);
        assert_eq!(
            parts(s),
            ("Смирнов".into(), "Александр".into(), "Сергеевич".into())
        );
    }

    // The same file again: nothing changes.
    j.run(&["import", "roster", "roster.csv"])
        .success()
        .stderr(contains("0 added, 0 updated, 7 unchanged"));
    // And the students are found by their ФИО as other files name them.
    assert_eq!(
        j.json(&["student", "list", "--class", "5А"]),
        list,
        "the second import changed the roster"
    );
}

#[test]
fn an_xlsx_roster_with_fio_real_dates_and_other_parent_headers() {
    let j = with_deputy();
    let mut book = rust_xlsxwriter::Workbook::new();
    let ws = book.add_worksheet();
    let header = [
        "Класс",
        "Ф.И.О.",
        "Дата рождения",
        "Законный представитель",
        "Контактный телефон",
        "Email родителя",
        "Только бумажный",
    ];
    for (c, h) in header.iter().enumerate() {
        ws.write_string(0, c as u16, *h).unwrap();
    }
    let date_format = rust_xlsxwriter::Format::new().set_num_format("dd.mm.yyyy");
    let rows = [
        (
            "5А",
            "Ёжикова Алёна Сергеевна",
            (2013, 1, 2),
            "Ёжикова Анна",
            "+7 900 111-22-33",
            "a@mail.ru",
            true,
        ),
        (
            "5Б",
            "Алиев Тимур Рустам улы",
            (2012, 12, 31),
            "",
            "",
            "",
            false,
        ),
    ];
    for (r, (class, fio, (y, m, d), parent, phone, email, paper)) in rows.iter().enumerate() {
        let r = r as u32 + 1;
        ws.write_string(r, 0, *class).unwrap();
        ws.write_string(r, 1, *fio).unwrap();
        let date = rust_xlsxwriter::ExcelDateTime::from_ymd(*y, *m, *d).unwrap();
        ws.write_datetime_with_format(r, 2, &date, &date_format)
            .unwrap();
        for (c, v) in [(3, parent), (4, phone), (5, email)] {
            if !v.is_empty() {
                ws.write_string(r, c, v.to_string()).unwrap();
            }
        }
        ws.write_boolean(r, 6, *paper).unwrap();
    }
    ws.write_string(3, 0, "Всего: 2").unwrap();
    book.save(j.path("roster.xlsx")).unwrap();

    j.run(&["import", "roster", "roster.xlsx"])
        .success()
        .stderr(contains("roster.xlsx:4: warning: row \"Всего: 2\" skipped"))
        .stderr(contains("2 rows read, 2 added"));
    let list = j.json(&["student", "list"]);
    let a = student(&list, "Ёжикова", "2013-01-02");
    assert_eq!(
        parts(a),
        ("Ёжикова".into(), "Алёна".into(), "Сергеевна".into())
    );
    assert_eq!(a["guardian"], "Ёжикова Анна");
    assert_eq!(a["phone"], "+7 900 111-22-33");
    assert_eq!(a["email"], "a@mail.ru");
    assert_eq!(a["paper_only"], true);
    let t = student(&list, "Алиев", "2012-12-31");
    assert_eq!(t["middle_name"], "Рустам улы");
    assert_eq!(t["class"], "5Б");
    // The parent who refused electronic access is the one owed paper printouts.
    let paper: Vec<_> = list
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["paper_only"] == true)
        .map(|s| s["last_name"].as_str().unwrap())
        .collect();
    assert_eq!(paper, ["Ёжикова"]);
}

#[test]
fn every_bad_fio_cell_is_reported_and_nothing_is_imported() {
    let j = with_deputy();
    cp1251_lines(
        &j,
        "good.csv",
        &[
            "Класс;ФИО;Дата рождения",
            "5А;Орлов Иван Петрович;01.02.2013",
        ],
    );
    j.run(&["import", "roster", "good.csv"]).success();
    let before = j.dump();
    cp1251_lines(
        &j,
        "bad.csv",
        &[
            "Класс;ФИО;Дата рождения",
            "5А;Иванов;01.01.2013",
            "5А;Петров Пётр Петрович 02.02.2013;03.03.2013",
            "5А;Сидоров Сидор;",
            "5А;Кузнецова А.П.;01.01.2013",
            "5А;Иванов Иван Иванович Петров;01.01.2013",
            "5А;Орлова Ёлка 31.02.2013;",
            "5А;Ершов Артём Денисович;01.03.2013",
        ],
    );
    let a = j.run(&["import", "roster", "bad.csv"]).code(65);
    let err = stderr(&a);
    for want in [
        "bad.csv:2: ФИО: \"Иванов\" cannot be split into surname, name and patronymic",
        "bad.csv:3: Дата рождения: 03.03.2013 does not agree with the date after the name in \"ФИО\" (02.02.2013)",
        "bad.csv:4: Дата рождения: is empty: give the birth date here or after the name in \"ФИО\"",
        "bad.csv:5: ФИО: \"Кузнецова А.П.\": write the name in full, not initials",
        "bad.csv:6: ФИО: \"Иванов Иван Иванович Петров\" has 4 words",
        "bad.csv:7: ФИО: \"31.02.2013\" is not a real date",
        "ejournal: bad.csv: 6 problem(s) in 6 row(s); nothing was imported",
    ] {
        assert!(err.contains(want), "missing {want:?} in\n{err}");
    }
    assert!(!err.contains("bad.csv:8"), "{err}");
    assert_eq!(j.dump(), before, "a refused roster changed the journal");

    // Without a birth date column the date must follow the name.
    cp1251_lines(
        &j,
        "nodate.csv",
        &["Класс;ФИО", "5А;Лебедев Олег 04.04.2013", "5А;Зайцев Олег"],
    );
    j.run(&["import", "roster", "nodate.csv"])
        .code(65)
        .stderr(contains(
            "nodate.csv:3: ФИО: no birth date: write it after the name",
        ));
    assert_eq!(j.dump(), before);
    cp1251_lines(
        &j,
        "nodate.csv",
        &["Класс;ФИО", "5А;Лебедев Олег 04.04.2013"],
    );
    j.run(&["import", "roster", "nodate.csv"]).success();
    let list = j.json(&["student", "list"]);
    assert_eq!(
        student(&list, "Лебедев", "2013-04-04")["first_name"],
        "Олег"
    );
}

#[test]
fn fio_beside_the_separate_name_columns_is_refused() {
    let j = with_deputy();
    let before = j.dump();
    cp1251_lines(
        &j,
        "both.csv",
        &[
            "Класс;ФИО;Фамилия;Имя;Дата рождения",
            "5А;Орлов Иван;Орлов;Иван;01.02.2013",
        ],
    );
    j.run(&["import", "roster", "both.csv"])
        .code(65)
        .stderr(contains(
            "both.csv:1: both \"ФИО\" and \"Фамилия\", \"Имя\" are in the header (ambiguous)",
        ))
        .stderr(contains("nothing was imported"));
    cp1251_lines(
        &j,
        "staff.csv",
        &[
            "ФИО сотрудника;Отчество;Роль",
            "Белова Татьяна;Николаевна;учитель",
        ],
    );
    j.run(&["import", "staff", "staff.csv"])
        .code(65)
        .stderr(contains("both \"ФИО сотрудника\" and \"Отчество\""));
    assert_eq!(j.dump(), before);
    // Neither: the missing column says a ФИО would do.
    cp1251_lines(&j, "none.csv", &["Класс;Имя", "5А;Иван"]);
    j.run(&["import", "roster", "none.csv"])
        .code(65)
        .stderr(contains(
            "none.csv:1: missing required column \"Фамилия\" (last_name), or \"ФИО\"",
        ));
}

#[test]
fn a_staff_list_with_fio_and_posts_as_schools_write_them() {
    let j = with_deputy();
    let mut book = rust_xlsxwriter::Workbook::new();
    let ws = book.add_worksheet();
    let rows = [
        ["№", "ФИО педагога", "Должность", "Стаж"],
        [
            "1",
            "Сидорова Ольга Николаевна",
            "Заместитель директора по УВР",
            "20",
        ],
        [
            "2",
            "Пахомова Наталья Геннадьевна",
            "заместитель директора по ВР, учитель истории",
            "15",
        ],
        [
            "3",
            "Белова  Татьяна Николаевна",
            "учитель математики",
            "12",
        ],
        [
            "4",
            "Ким Анастасия Вячеславовна",
            "учитель начальных классов",
            "3",
        ],
        ["5", "Ёлкина Алёна Игоревна", "учитель-логопед", "7"],
        ["6", "Гасанов Рамиль Тофиг оглы", "педагог-организатор", "2"],
        [
            "7",
            "Тарасова Юлия Игоревна",
            "педагог дополнительного образования",
            "1",
        ],
        ["8", "Жукова Мария Вадимовна", "классный руководитель", "9"],
        ["9", "Шестаков Денис Игоревич", "инженер-электроник", "4"],
        ["10", "Кравченко Ольга Викторовна", "директор", "30"],
        ["ИТОГО", "10 сотрудников", "", ""],
    ];
    for (r, row) in rows.iter().enumerate() {
        for (c, v) in row.iter().enumerate() {
            if !v.is_empty() {
                ws.write_string(r as u32, c as u16, *v).unwrap();
            }
        }
    }
    book.save(j.path("staff.xlsx")).unwrap();
    j.run(&["import", "staff", "staff.xlsx"])
        .success()
        .stderr(contains(
            "staff.xlsx: warning: column \"Стаж\" is not read (unknown column)",
        ))
        .stderr(contains(
            "staff.xlsx:12: warning: row \"ИТОГО\" skipped (a total row, not data)",
        ))
        .stderr(contains("10 rows read, 9 added, 0 updated, 1 unchanged"));
    let staff = j.json(&["staff", "list"]);
    let roles = |last: &str| {
        let p = staff
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["last_name"] == last)
            .unwrap_or_else(|| panic!("no {last} in {staff:#}"));
        (
            p["first_name"].as_str().unwrap().to_string(),
            p["middle_name"].as_str().unwrap().to_string(),
            p["roles"].as_str().unwrap().to_string(),
        )
    };
    assert_eq!(roles("Сидорова").2, "заместитель");
    assert_eq!(roles("Пахомова").2, "учитель, заместитель");
    assert_eq!(
        roles("Белова"),
        ("Татьяна".into(), "Николаевна".into(), "учитель".into())
    );
    assert_eq!(roles("Ким").2, "учитель");
    assert_eq!(
        roles("Ёлкина"),
        ("Алёна".into(), "Игоревна".into(), "учитель".into())
    );
    assert_eq!(
        roles("Гасанов"),
        ("Рамиль".into(), "Тофиг оглы".into(), "учитель".into())
    );
    assert_eq!(roles("Тарасова").2, "учитель");
    assert_eq!(roles("Жукова").2, "классный руководитель");
    assert_eq!(roles("Шестаков").2, "электроник");
    assert_eq!(roles("Кравченко").2, "директор");

    // A teacher named by the split ФИО is found by the load.
    cp1251_lines(
        &j,
        "roster.csv",
        &["Класс;ФИО;Дата рождения", "5А;Орлов Иван;01.02.2013"],
    );
    j.run(&["import", "roster", "roster.csv"]).success();
    cp1251_lines(
        &j,
        "load.csv",
        &[
            "Класс;Предмет;Учитель;Часов в неделю",
            "5А;Математика;Белова Т.Н.;5",
        ],
    );
    j.run(&["import", "load", "load.csv"]).success();
}

#[test]
fn unknown_posts_and_bad_staff_names_are_refused_by_line() {
    let j = with_deputy();
    let before = j.dump();
    cp1251_lines(
        &j,
        "staff.csv",
        &[
            "ФИО;Должность",
            "Белова Татьяна Николаевна;учитель математики",
            "Кузнецов Пётр Ильич;завхоз",
            "Петров;учитель",
            "Орлова Ирина Юрьевна 01.01.1980;учитель",
            "Смирнова Анна;бухгалтер, учитель",
        ],
    );
    let a = j.run(&["import", "staff", "staff.csv"]).code(65);
    let err = stderr(&a);
    for want in [
        "staff.csv:3: Должность: \"завхоз\" is not a role (one of: учитель, классный руководитель, заместитель, электроник, директор",
        "staff.csv:4: ФИО: \"Петров\" cannot be split",
        "staff.csv:5: ФИО: \"Орлова Ирина Юрьевна 01.01.1980\": a staff list has no birth dates",
        "staff.csv:6: Должность: \"бухгалтер\" is not a role",
        "ejournal: staff.csv: 4 problem(s) in 4 row(s); nothing was imported",
    ] {
        assert!(err.contains(want), "missing {want:?} in\n{err}");
    }
    assert_eq!(j.dump(), before);
}

/// A file of a kind with one more column, `Примечание`, that no import reads.
fn with_note(sheet: &Sheet<'static>) -> (Vec<&'static str>, Vec<Vec<&'static str>>) {
    let mut header = sheet.ru.clone();
    header.push("Примечание");
    let rows = sheet
        .rows
        .iter()
        .map(|r| {
            let mut r = r.clone();
            r.push("проверить");
            r
        })
        .collect();
    (header, rows)
}

#[test]
fn unknown_columns_warn_and_strict_refuses_them_in_every_import() {
    let j = Journal::new();
    for (kind, sheet) in [
        ("staff", staff_sheet()),
        ("roster", roster_sheet()),
        ("load", load_sheet()),
        ("groups", groups_sheet()),
        ("timetable", timetable_sheet()),
    ] {
        let (header, rows) = with_note(&sheet);
        let file = format!("{kind}.csv");
        write_cp1251(&j.path(&file), &csv_text(&header, &rows, ';'));
        let before = j.dump();
        j.run(&["import", kind, &file, "--strict"])
            .code(65)
            .stderr(contains(format!(
                "{file}:1: column \"Примечание\" is not read (unknown column)"
            )))
            .stderr(contains(format!(
                "ejournal: {file}: 1 unknown column(s) and --strict; nothing was imported"
            )));
        assert_eq!(j.dump(), before, "{kind}: --strict refused but wrote");
        // --quiet silences the warning as it silences the summary.
        j.run(&["import", kind, &file, "--dry-run", "-q"])
            .success()
            .stderr("");
        j.run(&["import", kind, &file])
            .success()
            .stderr(contains(format!(
                "{file}: warning: column \"Примечание\" is not read (unknown column)"
            )))
            .stderr(contains(format!("{file}: {} rows read", rows.len())));
    }
    // A file with only known columns passes --strict.
    write_sheet(&j.path("plan.csv"), Style::Cp1251, &plan_sheet());
    j.run(&[
        "import",
        "plan",
        "plan.csv",
        "--class",
        "5А",
        "--subject",
        "Математика",
        "--strict",
    ])
    .success()
    .stderr(contains("unknown column").not());
    // The journal holds what the files said, the notes aside.
    assert_eq!(j.json(&["student", "list"]).as_array().unwrap().len(), 8);
}

#[test]
fn total_rows_are_skipped_in_the_journal_imports_too() {
    let j = school();
    cp1251_lines(
        &j,
        "marks.csv",
        &[
            "Дата;Класс;Предмет;Ученик;Отметка;Вид работы",
            "04.09.2023;5А;Математика;Ёлкин Фёдор;5;Ответ на уроке",
            "Итого;;;;1;",
        ],
    );
    j.run(&["import", "marks", "marks.csv"])
        .success()
        .stderr(contains(
            "marks.csv:3: warning: row \"Итого\" skipped (a total row, not data)",
        ))
        .stderr(contains("1 rows read, 1 added"));
    // A word that only begins like one is data: «Итоговая» is a topic, not a total.
    cp1251_lines(
        &j,
        "plan.csv",
        &[
            "Тема;№ урока",
            "Натуральные числа;1",
            "Итоговая контрольная работа;2",
            "ВСЕГО: 2 урока;",
        ],
    );
    j.run(&[
        "import",
        "plan",
        "plan.csv",
        "--class",
        "5А",
        "--subject",
        "Математика",
    ])
    .success()
    .stderr(contains(
        "plan.csv:4: warning: row \"ВСЕГО: 2 урока\" skipped",
    ))
    .stderr(contains("2 rows read"));
    let plan = j.json(&["plan", "show", "--class", "5А", "--subject", "Математика"]);
    assert_eq!(plan[1]["topic"], "Итоговая контрольная работа");
}

#[test]
fn templates_still_import_and_keep_the_separate_name_columns() {
    let j = with_deputy();
    for kind in ["staff", "roster"] {
        let file = format!("{kind}.csv");
        j.run(&["template", kind, "--out", &file]).success();
        let bytes = std::fs::read(j.path(&file)).unwrap();
        let (text, _, _) = encoding_rs::WINDOWS_1251.decode(&bytes);
        let header = text.lines().next().unwrap().to_string();
        assert!(header.contains("Фамилия*;Имя*;Отчество"), "{header}");
        assert!(!header.contains("ФИО"), "{header}");
        j.run(&["import", kind, &file, "--strict"])
            .success()
            .stderr(contains("1 added"));
    }
}

#[test]
fn separate_name_columns_still_report_every_cell() {
    let j = with_deputy();
    cp1251_lines(
        &j,
        "r.csv",
        &[
            "Класс;Фамилия;Имя;Отчество;Дата рождения",
            "5А;Орлов;;Иванович;",
            "5А;12.03.2013;Иван;;01.01.2013",
        ],
    );
    let a = j.run(&["import", "roster", "r.csv"]).code(65);
    let err = stderr(&a);
    for want in [
        "r.csv:2: Имя: is empty",
        "r.csv:2: Дата рождения: is empty",
        "r.csv:3: Фамилия: \"12.03.2013\" is not a name",
        "ejournal: r.csv: 3 problem(s) in 2 row(s); nothing was imported",
    ] {
        assert!(err.contains(want), "missing {want:?} in\n{err}");
    }
}
