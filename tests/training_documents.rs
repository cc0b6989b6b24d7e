//! A training journal's documents say «Учебный журнал — не является документом»: on every
//! page of a paper copy's and a parents' printout's PDF, in the first row of every sheet of
//! a paper copy's and a report's workbook, first in a report's table (CSV and JSON stay
//! data, the notice on stderr); a real journal's documents say nothing of the kind.

mod common;

use std::path::Path;

use calamine::{open_workbook, Data, Reader, Xlsx};
use common::*;
use predicates::prelude::*;
use predicates::str::contains;

const NOTICE: &str = "Учебный журнал — не является документом";

/// The text of each page of a PDF (pdftotext ends every page with a form feed).
fn pdf_pages(path: &Path) -> Vec<String> {
    let out = std::process::Command::new("pdftotext")
        .arg("-layout")
        .arg(path)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) must be installed: .ci/run installs it");
    assert!(
        out.status.success(),
        "pdftotext failed on {}",
        path.display()
    );
    let text = String::from_utf8(out.stdout).unwrap();
    let mut pages: Vec<String> = text.split('\u{c}').map(str::to_string).collect();
    if pages.last().is_some_and(|p| p.trim().is_empty()) {
        pages.pop();
    }
    let info = std::process::Command::new("pdfinfo")
        .arg(path)
        .output()
        .expect("pdfinfo (poppler-utils)");
    let info = String::from_utf8(info.stdout).unwrap();
    let count: usize = info
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .unwrap()
        .trim()
        .parse()
        .unwrap();
    assert_eq!(pages.len(), count, "a page's text per page");
    pages
}

/// Each sheet's name and the text of its first row.
fn first_rows(path: &Path) -> Vec<(String, String)> {
    let mut book: Xlsx<_> = open_workbook(path).unwrap();
    let names = book.sheet_names().to_vec();
    assert!(!names.is_empty());
    names
        .into_iter()
        .map(|name| {
            let sheet = book.worksheet_range(&name).unwrap();
            assert_eq!(sheet.start().map(|(r, _)| r), Some(0), "{name}");
            let first: Vec<String> = sheet
                .rows()
                .next()
                .unwrap_or_default()
                .iter()
                .filter_map(|c| match c {
                    Data::String(s) => Some(s.clone()),
                    _ => None,
                })
                .collect();
            (name, first.join(" "))
        })
        .collect()
}

fn export_paper(j: &Journal) {
    j.cmd()
        .env("EJOURNAL_TODAY", "2023-10-27")
        .args([
            "export", "paper", "--period", "Q1", "--class", "5А", "--out", "copies",
        ])
        .assert()
        .success()
        .stdout(predicate::function(|out: &str| {
            out.lines().next() == Some(NOTICE)
        }));
}

#[test]
fn a_training_paper_copy_says_so_on_every_page_and_every_sheet() {
    let j = school();
    export_paper(&j);
    let pages = pdf_pages(&j.path("copies/5А_Q1_2023-2024.pdf"));
    assert!(pages.len() > 3, "{} pages", pages.len());
    for (i, page) in pages.iter().enumerate() {
        assert!(page.contains(NOTICE), "page {}: {page}", i + 1);
    }
    let sheets = first_rows(&j.path("copies/5А_Q1_2023-2024.xlsx"));
    assert!(sheets.len() > 1, "{sheets:?}");
    for (name, first) in &sheets {
        assert_eq!(first, NOTICE, "sheet {name}");
    }
}

#[test]
fn a_training_printout_says_so_on_every_page() {
    let j = school();
    let out = j
        .cmd()
        .env("EJOURNAL_TODAY", "2023-10-27")
        .args([
            "export",
            "diary",
            "--class",
            "5А",
            "--from",
            "01.10.2023",
            "--to",
            "14.10.2023",
            "--out",
            "diary.pdf",
            "--format",
            "csv",
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // The summary stays data; the notice is on stderr.
    assert!(!String::from_utf8_lossy(&out.stdout).contains(NOTICE));
    assert!(String::from_utf8_lossy(&out.stderr).contains(NOTICE));
    let pages = pdf_pages(&j.path("diary.pdf"));
    assert!(pages.len() > 1, "{} pages", pages.len());
    for (i, page) in pages.iter().enumerate() {
        assert!(page.contains(NOTICE), "page {}: {page}", i + 1);
    }
}

#[test]
fn a_training_report_says_so_first_in_its_table_and_on_every_sheet() {
    let j = school();
    let report = ["report", "fill-rate", "--month", "2023-10"];
    let table = j.out(&report);
    let mut lines = table.lines();
    assert_eq!(lines.next(), Some(NOTICE), "{table}");
    assert!(lines.next().unwrap().starts_with("Journal completion"));
    // CSV and JSON stay data: the notice goes to stderr, and --quiet silences it.
    for format in ["csv", "json"] {
        j.cmd()
            .args(report)
            .args(["--format", format])
            .assert()
            .success()
            .stdout(contains(NOTICE).not())
            .stderr(contains(NOTICE));
    }
    j.cmd()
        .args(report)
        .args(["--out", "r.csv", "--quiet"])
        .assert()
        .success()
        .stderr("");
    assert!(!std::fs::read_to_string(j.path("r.csv"))
        .unwrap()
        .contains(NOTICE));
    // A table written to a file is the same table.
    j.run(&[&report[..], &["--out", "r.txt"]].concat())
        .success();
    let text = std::fs::read_to_string(j.path("r.txt")).unwrap();
    assert_eq!(text.lines().next(), Some(NOTICE));
    j.run(&[&report[..], &["--out", "r.xlsx"]].concat())
        .success();
    let sheets = first_rows(&j.path("r.xlsx"));
    // fill-rate: the summary, by course, by class, by teacher
    assert_eq!(sheets.len(), 4, "{sheets:?}");
    for (name, first) in &sheets {
        assert_eq!(first, NOTICE, "sheet {name}");
    }
    // The report's rows are all there below it.
    let mut book: Xlsx<_> = open_workbook(j.path("r.xlsx")).unwrap();
    let first = book.sheet_names()[0].clone();
    assert!(first.starts_with("1 Total"), "{first}");
    let total = book.worksheet_range(&first).unwrap();
    assert_eq!(
        total.get((3, 0)),
        Some(&Data::String("students".into())),
        "the header row below the notice and the title"
    );
}

/// A real journal on the system clock, with the fixture school's people and courses.
fn real_school() -> Journal {
    let j = Journal::empty();
    let real = |args: &[&str]| {
        j.cmd()
            .env_remove("EJOURNAL_TODAY")
            .args(args)
            .assert()
            .success()
    };
    real(&["init", "--school", "Настоящая школа", "--year", "2023/2024"]);
    for (kind, path) in write_school(&j, Style::Cp1251) {
        if ["staff", "roster", "load"].contains(&kind) {
            real(&["import", kind, path.to_str().unwrap()]);
        }
    }
    j
}

#[test]
fn a_real_journals_documents_say_nothing_of_training() {
    let j = real_school();
    let out = j
        .cmd()
        .env_remove("EJOURNAL_TODAY")
        .args([
            "export", "paper", "--period", "Q1", "--class", "5А", "--out", "copies",
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(!String::from_utf8_lossy(&out.stdout).contains(NOTICE));
    assert!(!String::from_utf8_lossy(&out.stderr).contains(NOTICE));
    let pages = pdf_pages(&j.path("copies/5А_Q1_2023-2024.pdf"));
    assert!(pages.len() > 1);
    for page in &pages {
        assert!(!page.contains("Учебный журнал"), "{page}");
    }
    for (name, first) in first_rows(&j.path("copies/5А_Q1_2023-2024.xlsx")) {
        assert!(!first.contains("Учебный журнал"), "sheet {name}: {first}");
    }
    // The report's table starts with its title, as ever.
    let out = j
        .cmd()
        .env_remove("EJOURNAL_TODAY")
        .args(["report", "fill-rate", "--month", "2023-10"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let table = String::from_utf8(out.stdout).unwrap();
    assert!(table.starts_with("Journal completion"), "{table}");
    assert!(!String::from_utf8_lossy(&out.stderr).contains(NOTICE));
}
