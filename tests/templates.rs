//! Issue 12 item 2: `ejournal template KIND --out FILE` for every import — the Russian header,
//! one example row, comments and drop-down lists in `.xlsx` — and the templates, filled with
//! their example rows, import one after another into a new journal, in `.xlsx` and `.csv`.

mod common;

use common::*;

const KINDS: [&str; 11] = [
    "staff",
    "roster",
    "load",
    "groups",
    "timetable",
    "plan",
    "lessons",
    "marks",
    "absences",
    "finals",
    "access-log",
];

#[test]
fn every_template_imports_as_filled_in() {
    for ext in ["xlsx", "csv"] {
        let j = Journal::new();
        // The deputy who runs the imports, then the example school: 5А, Иванова teaching
        // mathematics, the student Ёлкин.
        let deputy = j.path("deputy.csv");
        write_cp1251(
            &deputy,
            &csv_text(
                &["Фамилия", "Имя", "Отчество", "Роль"],
                &[vec!["Сидорова", "Ольга", "Николаевна", "заместитель"]],
                ';',
            ),
        );
        j.run(&["import", "staff", deputy.to_str().unwrap()])
            .success();
        for kind in KINDS {
            let file = j.path(&format!("{kind}.{ext}"));
            j.run(&["template", kind, "--out", file.to_str().unwrap()])
                .success();
            let mut args = vec!["import", kind, file.to_str().unwrap()];
            if kind == "plan" {
                args.extend(["--class", "5А", "--subject", "Математика"]);
            }
            if kind == "groups" {
                // A subject taught in groups, for the groups' example row.
                let english = j.path("english.csv");
                write_cp1251(
                    &english,
                    &csv_text(
                        &["Класс", "Предмет", "Учитель", "Часов в неделю", "Группа"],
                        &[vec![
                            "5А",
                            "Английский язык",
                            "Иванова Анна Петровна",
                            "3",
                            "1",
                        ]],
                        ';',
                    ),
                );
                j.run(&["import", "load", english.to_str().unwrap()])
                    .success();
            }
            if kind == "lessons" {
                j.run(&["lessons", "generate", "-q"]).success();
                widen_window(&j);
            }
            if kind == "finals" {
                // Final marks of a period come after its lessons.
                j.cmd()
                    .env("EJOURNAL_TODAY", "2023-10-30")
                    .args(&args)
                    .assert()
                    .success();
                continue;
            }
            j.run(&args).success();
        }
        let marks = j.json(&["mark", "list", "--class", "5А", "--subject", "Математика"]);
        assert_eq!(marks.as_array().unwrap().len(), 1, "{ext}: {marks}");
    }
}

#[test]
fn the_xlsx_template_has_comments_and_drop_down_lists() {
    let j = Journal::empty();
    let file = j.path("marks.xlsx");
    j.run(&["template", "marks", "--out", file.to_str().unwrap()])
        .success();
    let mut zip = zip::ZipArchive::new(std::fs::File::open(&file).unwrap()).unwrap();
    let mut sheet = String::new();
    std::io::Read::read_to_string(
        &mut zip.by_name("xl/worksheets/sheet1.xml").unwrap(),
        &mut sheet,
    )
    .unwrap();
    // Drop-down lists: work types and marks.
    assert!(sheet.contains("<dataValidation"), "{sheet}");
    assert!(sheet.contains("Контрольная работа"), "{sheet}");
    assert!(sheet.contains("зч"), "{sheet}");
    // A comment on every column.
    let mut comments = String::new();
    std::io::Read::read_to_string(&mut zip.by_name("xl/comments1.xml").unwrap(), &mut comments)
        .unwrap();
    assert!(comments.contains("Дата урока, дд.мм.гггг"), "{comments}");
    assert_eq!(comments.matches("<comment ").count(), 8, "{comments}");
    // The header row in Russian, required columns marked.
    let mut book: calamine::Xlsx<_> = calamine::open_workbook(&file).unwrap();
    use calamine::Reader;
    let range = book.worksheet_range_at(0).unwrap().unwrap();
    let head: Vec<String> = range
        .rows()
        .next()
        .unwrap()
        .iter()
        .map(|c| c.to_string())
        .collect();
    assert_eq!(
        head[..5],
        ["Дата*", "Класс*", "Предмет*", "Ученик*", "Отметка*"]
    );
}

#[test]
fn a_template_is_xlsx_or_csv() {
    let j = Journal::empty();
    j.run(&[
        "template",
        "roster",
        "--out",
        j.path("r.txt").to_str().unwrap(),
    ])
    .code(2)
    .stderr(predicates::str::contains("a template is .xlsx or .csv"));
}
