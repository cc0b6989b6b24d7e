//! The shapes schools keep their files in besides a header over rows: the timetable as a
//! grid (day and lesson down, a column per class, subjects abbreviated) and the КТП as the
//! edsoo.ru «Конструктор рабочих программ» exports it. Each is detected by `import` itself,
//! gives the journal what the flat file gives, and is refused whole, every bad cell named.

mod common;

use std::io::Read;
use std::path::{Path, PathBuf};

use calamine::{Data, Reader, Xlsx};
use common::*;

/// The demo school's deputy (заместитель), who acts in these journals.
const DEMO_DEPUTY: &str = "Литвиненко Сергей Андреевич";

fn school_file(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples/school")
        .join(name)
}

fn run(j: &Journal, args: &[&str]) -> assert_cmd::assert::Assert {
    j.as_actor(DEMO_DEPUTY, args)
}

fn import(j: &Journal, kind: &str, path: &Path) -> assert_cmd::assert::Assert {
    run(j, &["import", kind, path.to_str().unwrap()])
}

/// A journal with the demo school's staff, roster, load and groups (no timetable, no plan).
fn demo_structure() -> Journal {
    let j = Journal::new();
    for (kind, file) in [
        ("staff", "staff.xlsx"),
        ("roster", "roster.csv"),
        ("load", "load.xlsx"),
        ("groups", "groups.csv"),
    ] {
        import(&j, kind, &school_file(file)).success();
    }
    j
}

/// The demo school with this timetable and these plans, its lessons generated.
fn demo_school(timetable: &Path, plans: &[PathBuf]) -> Journal {
    let j = demo_structure();
    import(&j, "timetable", timetable).success();
    for p in plans {
        import(&j, "plan", p).success();
    }
    run(&j, &["lessons", "generate", "-q"]).success();
    j
}

/// The 5А plans of the demo school (split English among them).
fn plans_of_5a() -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(school_file("plans"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.file_name().unwrap().to_str().unwrap().starts_with("5А_"))
        .collect();
    v.sort();
    v
}

/// Every lesson of the journal: class, subject, group, date, number, topic.
fn lessons(j: &Journal) -> Vec<String> {
    let conn = rusqlite::Connection::open(j.db()).unwrap();
    let mut stmt = conn
        .prepare(
            "SELECT k.name, s.name, c.group_name, l.date, l.lesson_no, l.topic
             FROM lessons l JOIN courses c ON c.id = l.course_id JOIN classes k ON k.id = c.class_id
             JOIN subjects s ON s.id = c.subject_id
             ORDER BY k.name, s.name, c.group_name, l.date, l.lesson_no",
        )
        .unwrap();
    stmt.query_map([], |r| {
        Ok(format!(
            "{}|{}|{}|{}|{}|{}",
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, String>(3)?,
            r.get::<_, i64>(4)?,
            r.get::<_, String>(5)?
        ))
    })
    .unwrap()
    .map(Result::unwrap)
    .collect()
}

fn stderr(a: &assert_cmd::assert::Assert) -> String {
    String::from_utf8(a.get_output().stderr.clone()).unwrap()
}

/// The example grid as the cells of its sheet (a merged cell's value in its first cell
/// only, as a CSV saved from it has it).
fn grid_cells() -> Vec<Vec<String>> {
    let mut book: Xlsx<_> = calamine::open_workbook(school_file("timetable_grid.xlsx")).unwrap();
    let range = book.worksheet_range_at(0).unwrap().unwrap();
    range
        .rows()
        .map(|r| {
            r.iter()
                .map(|c| match c {
                    Data::Empty => String::new(),
                    Data::Float(f) => format!("{}", *f as i64),
                    Data::Int(i) => i.to_string(),
                    other => other.to_string(),
                })
                .collect()
        })
        .collect()
}

fn cp1251_csv(path: &Path, rows: &[Vec<String>]) {
    let text: String = rows
        .iter()
        .map(|r| {
            r.iter()
                .map(|c| {
                    if c.contains([';', '"']) {
                        format!("\"{}\"", c.replace('"', "\"\""))
                    } else {
                        c.clone()
                    }
                })
                .collect::<Vec<_>>()
                .join(";")
                + "\r\n"
        })
        .collect();
    write_cp1251(path, &text);
}

/// A sheet from rows of cells (numbers as numbers), with these merged ranges
/// (first row, first column, last row, last column; 0-based).
fn xlsx(path: &Path, rows: &[Vec<String>], merged: &[(u32, u16, u32, u16)]) {
    let mut book = rust_xlsxwriter::Workbook::new();
    let ws = book.add_worksheet();
    for (r, row) in rows.iter().enumerate() {
        for (c, v) in row.iter().enumerate() {
            if v.is_empty() {
                continue;
            }
            match v.parse::<f64>() {
                Ok(n) => ws.write_number(r as u32, c as u16, n).unwrap(),
                Err(_) => ws.write_string(r as u32, c as u16, v).unwrap(),
            };
        }
    }
    let plain = rust_xlsxwriter::Format::new();
    for &(r1, c1, r2, c2) in merged {
        let value = rows[r1 as usize]
            .get(c1 as usize)
            .cloned()
            .unwrap_or_default();
        ws.merge_range(r1, c1, r2, c2, &value, &plain).unwrap();
    }
    book.save(path).unwrap();
}

fn cells(rows: &[&[&str]]) -> Vec<Vec<String>> {
    rows.iter()
        .map(|r| r.iter().map(|s| s.to_string()).collect())
        .collect()
}

#[test]
fn a_grid_timetable_gives_the_lessons_of_the_flat_one() {
    let plans = plans_of_5a();
    let flat = demo_school(&school_file("timetable.xlsx"), &plans);
    let grid = demo_school(&school_file("timetable_grid.xlsx"), &plans);
    let expected = lessons(&flat);
    assert!(expected.len() > 4_000, "{} lessons", expected.len());
    assert_eq!(expected, lessons(&grid));
    for class in ["1А", "5А", "9А", "10А", "11А"] {
        let args = ["timetable", "show", "--class", class, "--format", "csv"];
        assert_eq!(flat.out(&args), grid.out(&args), "{class}");
    }

    // The same grid saved as CSV by Russian Excel: Windows-1251, `;`, the day on the first
    // row of its lessons only.
    let j = demo_structure();
    let csv = j.path("расписание.csv");
    cp1251_csv(&csv, &grid_cells());
    import(&j, "timetable", &csv).success();
    for p in &plans {
        import(&j, "plan", p).success();
    }
    run(&j, &["lessons", "generate", "-q"]).success();
    assert_eq!(expected, lessons(&j));
}

/// A small grid for 5А and 9А of the demo school, with what the test puts in its cells.
fn small_grid(cells_5a: &[&str], cells_9a: &[&str]) -> Vec<Vec<String>> {
    let mut rows = vec![
        vec!["Расписание".to_string()],
        vec!["День".into(), "Урок".into(), "5 А".into(), "9-А".into()],
    ];
    for (i, (a, b)) in cells_5a.iter().zip(cells_9a).enumerate() {
        rows.push(vec![
            if i == 0 { "ПН".into() } else { String::new() },
            (i + 1).to_string(),
            a.to_string(),
            b.to_string(),
        ]);
    }
    rows
}

#[test]
fn grid_cells_that_name_no_course_are_all_named_and_nothing_is_imported() {
    let j = demo_structure();
    // A timetable already there: the refused files must leave it as it is.
    import(&j, "timetable", &school_file("timetable.xlsx")).success();
    let before = j.dump();
    let rows = small_grid(
        &[
            "Матем.",
            "Хим.",
            "Англ. яз. (1 гр.) / Англ. яз. (3 гр.)",
            "Физ-ра",
        ],
        &["Алг.", "Физ.", "Инф.", "Геом. (1 гр.)"],
    );
    let csv = j.path("grid.csv");
    cp1251_csv(&csv, &rows);
    let book = j.path("grid.xlsx");
    xlsx(&book, &rows, &[(2, 0, 5, 0)]);
    for (file, at) in [
        (&csv, ["5 А", "9-А", "5 А", "9-А"]),
        (&book, ["5 А (C4)", "9-А (D4)", "5 А (C5)", "9-А (D6)"]),
    ] {
        let a = import(&j, "timetable", file).code(65);
        let err = stderr(&a);
        let name = file.display().to_string();
        for (line, column, what) in [
            (4, at[0], "\"Хим.\" is none of the subjects 5А is taught"),
            (4, at[1], "\"Физ.\" may be Физика or Физическая культура"),
            (
                5,
                at[2],
                "names group 3, but 5А Английский язык has groups 1, 2",
            ),
            (
                6,
                at[3],
                "names group 1, but 9А Геометрия is taught to the whole class",
            ),
        ] {
            let want = format!("{name}:{line}: {column}: ");
            assert!(
                err.lines()
                    .any(|l| l.starts_with(&want) && l.contains(what)),
                "{want}{what} not in:\n{err}"
            );
        }
        assert!(err.contains("4 problem(s)"), "{err}");
        assert_eq!(before, j.dump(), "{name} changed the journal");
    }
}

#[test]
fn a_grid_with_an_unknown_class_or_no_day_is_refused() {
    let j = demo_structure();
    let before = j.dump();
    let mut rows = small_grid(&["Матем.", "Рус. яз."], &["Алг.", "Физика"]);
    rows[1][3] = "7Б".into();
    rows[2][0] = String::new();
    let csv = j.path("grid.csv");
    cp1251_csv(&csv, &rows);
    let a = import(&j, "timetable", &csv).code(65);
    let err = stderr(&a);
    assert!(err.contains("grid.csv:2: 7Б: "), "{err}");
    assert!(
        err.contains("grid.csv:3: День: is empty, and no day is named above this row"),
        "{err}"
    );
    assert_eq!(before, j.dump());
}

#[test]
fn the_edsoo_plan_binds_the_topics_of_the_flat_one_and_marks_control_works() {
    let mut flat_plans = plans_of_5a();
    let edsoo = school_file("plans_edsoo/5А_Математика_edsoo.xlsx");
    let flat = demo_school(&school_file("timetable.xlsx"), &flat_plans);
    flat_plans.retain(|p| !p.ends_with("5А_Математика.csv"));
    flat_plans.push(edsoo.clone());
    let j = demo_school(&school_file("timetable.xlsx"), &flat_plans);
    let topics = |j: &Journal| -> Vec<String> {
        lessons(j)
            .into_iter()
            .filter(|l| l.starts_with("5А|Математика|"))
            .collect()
    };
    let expected = topics(&flat);
    assert!(expected.len() > 150 && expected.iter().all(|l| !l.ends_with('|')));
    assert_eq!(expected, topics(&j));
    // Every lesson with control-work hours is a control work of the plan.
    let plan = j.json(&["plan", "show", "--class", "5А", "--subject", "Математика"]);
    let control: Vec<&str> = plan
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["control_work"] == true)
        .map(|i| i["topic"].as_str().unwrap())
        .collect();
    assert_eq!(control.len(), 13, "{control:?}");
    assert!(control.contains(&"Итоговая контрольная работа"));
    assert!(!control.iter().any(|t| t.starts_with("Анализ")));
    // The file name's `_edsoo` is not a group: a note says it is ignored.
    let a = run(
        &j,
        &["import", "plan", edsoo.to_str().unwrap(), "--dry-run"],
    )
    .success();
    assert!(
        stderr(&a).contains("\"edsoo\" at the end of the file name is not a group number"),
        "{}",
        stderr(&a)
    );
}

/// An edsoo export of the fixture school's 5А Математика: a two-row header, sections.
fn edsoo_rows(section_total: &str, program_total: &str, control_total: &str) -> Vec<Vec<String>> {
    cells(&[
        &["ПОУРОЧНОЕ ПЛАНИРОВАНИЕ"],
        &["5 КЛАСС"],
        &[
            "№ п/п",
            "Тема урока",
            "Количество часов",
            "",
            "",
            "Дата изучения",
            "Электронные цифровые образовательные ресурсы",
        ],
        &[
            "",
            "",
            "Всего",
            "Контрольные работы",
            "Практические работы",
            "",
            "",
        ],
        &["Раздел 1. Натуральные числа"],
        &[
            "1",
            "Натуральные числа и шкалы",
            "2",
            "",
            "",
            "",
            "https://m.edsoo.ru/7f41",
        ],
        &["2", "Проверочная по теме «Шкалы»", "1", "1", "", "", ""],
        &["Итого по разделу", "", section_total],
        &["Раздел 2. Сложение"],
        &["3", "Сложение натуральных чисел", "3", "", "1", "", ""],
        &["Итого по разделу", "", "3"],
        &[
            "ОБЩЕЕ КОЛИЧЕСТВО ЧАСОВ ПО ПРОГРАММЕ",
            "",
            program_total,
            control_total,
            "1",
        ],
    ])
}

/// Merged as edsoo.ru merges them: the header's cells, the sections' headings, the totals.
const EDSOO_MERGED: &[(u32, u16, u32, u16)] = &[
    (2, 0, 3, 0),
    (2, 1, 3, 1),
    (2, 2, 2, 4),
    (2, 5, 3, 5),
    (2, 6, 3, 6),
    (4, 0, 4, 6),
    (7, 0, 7, 1),
    (8, 0, 8, 6),
    (10, 0, 10, 1),
    (11, 0, 11, 1),
];

#[test]
fn an_edsoo_plan_marks_its_control_works_on_the_paper_copy() {
    for style in ["csv", "xlsx"] {
        let j = Journal::new();
        for (kind, path) in write_school(&j, Style::Cp1251) {
            if kind != "plan" {
                j.run(&["import", kind, path.to_str().unwrap()]).success();
            }
        }
        let path = j.path(&format!("5А_Математика_edsoo.{style}"));
        let rows = edsoo_rows("3", "6", "1");
        if style == "csv" {
            cp1251_csv(&path, &rows);
        } else {
            xlsx(&path, &rows, EDSOO_MERGED);
        }
        let a = j.run(&["import", "plan", path.to_str().unwrap()]).success();
        assert!(
            stderr(&a).contains("3 rows read, 3 added"),
            "{}",
            stderr(&a)
        );
        let plan = j.json(&["plan", "show", "--class", "5А", "--subject", "Математика"]);
        let flags: Vec<bool> = plan
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i["control_work"].as_bool().unwrap())
            .collect();
        assert_eq!(flags, [false, true, false], "{style}");
        assert_eq!(plan[1]["topic"], "Проверочная по теме «Шкалы»");
        // The paper copy: the lesson of that plan row is a control work («К: » before a
        // topic that does not say so itself).
        j.run(&["lessons", "generate", "-q"]).success();
        let out = j.path("copies");
        j.run(&[
            "export",
            "paper",
            "--period",
            "Q1",
            "--class",
            "5А",
            "--as",
            "xlsx",
            "--out",
            out.to_str().unwrap(),
            "-q",
        ])
        .success();
        let book = std::fs::read_dir(&out)
            .unwrap()
            .map(|e| e.unwrap().path())
            .find(|p| p.extension().is_some_and(|e| e == "xlsx"))
            .unwrap();
        let mut zip = zip::ZipArchive::new(std::fs::File::open(book).unwrap()).unwrap();
        let mut strings = String::new();
        zip.by_name("xl/sharedStrings.xml")
            .unwrap()
            .read_to_string(&mut strings)
            .unwrap();
        assert!(
            strings.contains("К: Проверочная по теме «Шкалы»"),
            "{style}: no control work in the copy"
        );
        assert!(!strings.contains("К: Натуральные числа и шкалы"), "{style}");
    }
}

#[test]
fn edsoo_totals_that_do_not_add_up_are_named_and_nothing_is_imported() {
    let j = Journal::new();
    import_school(&j, Style::Cp1251);
    let before = j.dump();
    // Section 1 has 3 hours, not 4; the program 6, not 7; one control work, not 2.
    let rows = edsoo_rows("4", "7", "2");
    let csv = j.path("5А_Математика.csv");
    cp1251_csv(&csv, &rows);
    let book = j.path("5А_Математика.xlsx");
    xlsx(&book, &rows, EDSOO_MERGED);
    for file in [&csv, &book] {
        let a = j.run(&["import", "plan", file.to_str().unwrap()]).code(65);
        let err = stderr(&a);
        let name = file.display().to_string();
        for want in [
            format!(
                "{name}:8: Всего: «Итого по разделу» says 4 hours, the lessons of the section \
                 above it (from line 6) add up to 3"
            ),
            format!(
                "{name}:12: Всего: «Общее количество часов по программе» says 7, the lessons \
                 above it add up to 6"
            ),
            format!(
                "{name}:12: Контрольные работы: «Общее количество часов по программе» says 2, \
                 the lessons above it add up to 1"
            ),
        ] {
            assert!(err.lines().any(|l| l == want), "{want}\nnot in:\n{err}");
        }
        assert_eq!(before, j.dump(), "{name} changed the journal");
    }
}

#[test]
fn the_flat_edsoo_header_is_read_too() {
    let j = Journal::new();
    import_school(&j, Style::Cp1251);
    let csv = j.path("5А_Математика_2024.csv");
    cp1251_csv(
        &csv,
        &cells(&[
            &[
                "№ урока",
                "Тема урока",
                "Количество часов",
                "Контрольные работы",
                "Практические работы",
                "Дата изучения",
            ],
            &["1", "Натуральные числа", "1", "0", "0", "04.09.2023"],
            &["2", "Итоговая проверка", "1", "1", "0", ""],
            &["ОБЩЕЕ КОЛИЧЕСТВО ЧАСОВ ПО ПРОГРАММЕ", "", "2", "1", "0", ""],
        ]),
    );
    let a = j.run(&["import", "plan", csv.to_str().unwrap()]).success();
    // A year is not a group: the plan is 5А Математика's.
    assert!(
        stderr(&a).contains("\"2024\" at the end of the file name is not a group number"),
        "{}",
        stderr(&a)
    );
    let plan = j.json(&["plan", "show", "--class", "5А", "--subject", "Математика"]);
    assert_eq!(plan.as_array().unwrap().len(), 2);
    assert_eq!(plan[0]["planned_date"], "2023-09-04");
    assert_eq!(plan[1]["control_work"], true);
}

#[test]
fn a_group_in_the_file_name_is_a_number_and_the_rest_is_ignored() {
    let j = Journal::new();
    import_school(&j, Style::Cp1251);
    let p = j.path("5А_Английский язык_2_edsoo.csv");
    write_sheet(&p, Style::Cp1251, &plan_sheet());
    let a = j.run(&["import", "plan", p.to_str().unwrap()]).success();
    assert!(
        stderr(&a).contains("the plan is for 5А Английский язык (группа 2)"),
        "{}",
        stderr(&a)
    );
    let plan = j.json(&[
        "plan",
        "show",
        "--class",
        "5А",
        "--subject",
        "Английский язык",
        "--group",
        "2",
    ]);
    assert_eq!(plan.as_array().unwrap().len(), 3);
}

#[test]
fn a_plain_plan_with_a_control_work_column_is_read_as_before() {
    let j = Journal::new();
    import_school(&j, Style::Cp1251);
    let csv = j.path("5А_Математика.csv");
    cp1251_csv(
        &csv,
        &cells(&[
            &["№ урока", "Тема", "Часов", "Контрольная работа"],
            &["1", "Натуральные числа", "2", ""],
            &["2", "Итоговая проверка", "1", "да"],
        ]),
    );
    j.run(&["import", "plan", csv.to_str().unwrap()]).success();
    let plan = j.json(&["plan", "show", "--class", "5А", "--subject", "Математика"]);
    assert_eq!(plan[0]["control_work"], false);
    assert_eq!(plan[1]["control_work"], true);
}
