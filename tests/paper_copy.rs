//! Issue 11 items 6 and 8: the paper copy has what a paper journal has (title, contents with
//! teachers, hours by plan and given, the register with running numbers and the teacher's
//! signature, control works marked, the summary's class totals and absences by reason, the
//! period's remarks, the certification line, namesakes told apart), and its workbook prints
//! (the PDF's parts a sheet each, at 90 %, print titles only on grids, marks as numbers).

mod common;

use std::io::Read;
use std::path::{Path, PathBuf};

/// The demo's copies, made once.
fn copies() -> PathBuf {
    common::demo_dir().join("copies")
}

fn text(pdf: &Path) -> String {
    let out = std::process::Command::new("pdftotext")
        .args(["-layout", pdf.to_str().unwrap(), "-"])
        .output()
        .unwrap();
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn the_pdf_has_every_element_of_a_paper_journal() {
    let pdf = copies().join("9А_Q1_2023-2024.pdf");
    let t = text(&pdf);
    for s in [
        "Классный журнал",
        "бумажная копия электронного журнала",
        "9А класс",
        "2023/2024 учебный год",
        "Классный руководитель: Лаптева Светлана Михайловна",
        "Содержание",
        "Кузьмина Оксана Юрьевна", // a subject's teacher in the contents
        "Часов по плану",
        "Проведено уроков (записано учителем)",
        "Подпись учителя",
        "контрольная работа",
        "Итоги по предметам",
        "Успеваемость",
        "Качество",
        "Средний",
        "по болезни",
        "уважительн",
        "Замечания по ведению журнала",
        "В копии пронумеровано",
        "М.П.",
        "Смирнов А. С. (02.11.2008)",
        "Смирнов А. С. (14.03.2009)",
    ] {
        assert!(t.contains(s), "{s} missing");
    }
    // The number of sheets certified is the page count.
    let pages = t.matches('\u{c}').count();
    assert!(
        t.contains(&format!("пронумеровано {pages} ")),
        "{pages} pages"
    );
    // A control work's date is marked «К» in the grid.
    assert!(t
        .lines()
        .any(|l| l.trim_start().starts_with("К ") || l.contains(" К ")));
}

#[test]
fn grid_parts_are_balanced() {
    // 9А Алгебра has 25 dates in the quarter: two parts of 13 and 12, not 23 and 2.
    let t = text(&copies().join("9А_Q1_2023-2024.pdf"));
    assert!(t.contains("Даты 01.09 – 29.09 (часть 1 из 2)"), "part 1");
    assert!(t.contains("Даты 02.10 – 27.10 (часть 2 из 2)"), "part 2");
}

fn part(book: &Path, name: &str) -> String {
    let mut zip = zip::ZipArchive::new(std::fs::File::open(book).unwrap()).unwrap();
    let mut s = String::new();
    zip.by_name(name).unwrap().read_to_string(&mut s).unwrap();
    s
}

#[test]
fn the_workbook_prints_at_90_percent_with_titles_only_on_grids() {
    let book = copies().join("9А_Q1_2023-2024.xlsx");
    let workbook = part(&book, "xl/workbook.xml");
    let sheets: Vec<String> = regex::Regex::new(r#"<sheet name="([^"]+)""#)
        .unwrap()
        .captures_iter(&workbook)
        .map(|c| c[1].to_string())
        .collect();
    assert!(sheets.contains(&"Алгебра ч1".to_string()), "{sheets:?}");
    assert!(sheets.contains(&"Алгебра ч2".to_string()), "{sheets:?}");
    assert!(sheets.contains(&"Алгебра темы".to_string()), "{sheets:?}");
    // Print titles: a grid sheet repeats its header row; a register sheet does not.
    let titles: Vec<String> = regex::Regex::new(r#"_xlnm.Print_Titles" localSheetId="(\d+)""#)
        .unwrap()
        .captures_iter(&workbook)
        .map(|c| sheets[c[1].parse::<usize>().unwrap()].clone())
        .collect();
    assert!(titles.contains(&"Алгебра ч1".to_string()), "{titles:?}");
    assert!(!titles.iter().any(|t| t.ends_with("темы")), "{titles:?}");
    for i in 1..=sheets.len() {
        let sheet = part(&book, &format!("xl/worksheets/sheet{i}.xml"));
        assert!(sheet.contains(r#"scale="90""#), "sheet {i} not at 90 %");
        assert!(!sheet.contains("fitToWidth"), "sheet {i} fitted to width");
    }
    // Marks are numbers: the first grid sheet has numeric cells beyond the row numbers.
    let grid = part(&book, "xl/worksheets/sheet1.xml");
    let numeric = regex::Regex::new(r#"<c r="[D-Z]\d+"[^>]*><v>[1-5]</v>"#).unwrap();
    assert!(numeric.is_match(&grid), "no numeric mark");
}

#[test]
fn the_workbook_summary_has_the_totals_remarks_and_certification() {
    use calamine::Reader;
    let mut book: calamine::Xlsx<_> =
        calamine::open_workbook(copies().join("9А_Q1_2023-2024.xlsx")).unwrap();
    let summary = book.worksheet_range("Сводная ведомость").unwrap();
    let cells: Vec<String> = summary.rows().flatten().map(|c| c.to_string()).collect();
    for s in [
        "Итоги по предметам",
        "Успеваемость, %",
        "без уважительной причины",
        "По классу",
        "Замечания по ведению журнала",
    ] {
        assert!(cells.iter().any(|c| c == s), "{s} missing");
    }
    assert!(cells.iter().any(|c| c.starts_with("В копии пронумеровано")));
    assert!(cells.iter().any(|c| c.starts_with("М.П.")));
}
