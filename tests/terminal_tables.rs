//! Issue 11 item 9: terminal tables fit the terminal — the width from the terminal,
//! `COLUMNS`, or 100 when stdout is not one; what does not fit is left out with a word on
//! stderr, or, with `--wide`, printed one block per row; numbers in tables take the Russian
//! decimal comma, CSV and JSON keep the dot.

mod common;

use std::path::PathBuf;

use assert_cmd::Command;
use unicode_width::UnicodeWidthStr;

/// The demo journal, built once for this file's tests.
fn demo() -> PathBuf {
    common::demo_dir().join("ejournal.db")
}

fn run(columns: &str, args: &[&str]) -> (String, String) {
    let out = Command::cargo_bin("ejournal")
        .unwrap()
        // Russian tables (the default), whatever the machine's locale.
        .env("EJOURNAL_LANG", "ru")
        .env("EJOURNAL_DB", demo())
        .env("COLUMNS", columns)
        .env("EJOURNAL_TODAY", "2023-10-27")
        .env_remove("EJOURNAL_FORMAT")
        .env_remove("EJOURNAL_WIDE")
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    (
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

const COMMANDS: &[&[&str]] = &[
    &["report", "fill-rate", "--month", "2023-10"],
    &["report", "teachers", "--month", "2023-10"],
    &["report", "progress", "--period", "Q1"],
    &["report", "attendance", "--period", "Q1"],
    &["report", "forecast", "--period", "Q1"],
    &["report", "accumulation", "--period", "Q1"],
    &["final", "suggest", "--period", "Q1", "--class", "5А"],
    &["final", "list", "--period", "Q1", "--class", "9А"],
    &["mark", "list", "--class", "5А", "--subject", "Математика"],
    &["absence", "list", "--class", "5А"],
    &["lesson", "list", "--class", "5А", "--subject", "Математика"],
    &["audit", "--class", "5А", "--since", "27.10.2023"],
    &["student", "list", "--class", "5А"],
    &["staff", "list"],
    &["course", "list"],
    &["class", "list"],
    &["plan", "show", "--class", "5А", "--subject", "Математика"],
    &["timetable", "show", "--class", "9А"],
    &["calendar", "show"],
    &["lock", "status"],
    &["permit", "list", "--all"],
    &["settings", "show"],
];

#[test]
fn every_table_fits_100_columns() {
    for args in COMMANDS {
        let (out, _) = run("100", args);
        for line in out.lines() {
            assert!(
                line.width() <= 100,
                "{args:?}: a line of {} columns:\n{line}",
                line.width()
            );
        }
    }
}

#[test]
fn a_wider_terminal_shows_more_and_wide_shows_all() {
    let args = ["report", "fill-rate", "--month", "2023-10", "--class", "5А"];
    let (narrow, said) = run("100", &args);
    assert!(said.contains("шире терминала: показаны столбцы"), "{said}");
    let (wide_terminal, _) = run("250", &args);
    // The course table's header row: its column separators.
    let headers = |t: &str| {
        t.lines()
            .find(|l| l.starts_with("│ Класс"))
            .unwrap_or_default()
            .matches('┆')
            .count()
    };
    assert!(headers(&wide_terminal) > headers(&narrow));
    // --wide: every column, one block per row, nothing over the width.
    let (all, said) = run("100", &[&["--wide"][..], &args].concat());
    assert!(!said.contains("шире терминала"), "{said}");
    for title in ["Не записано", "Учащихся", "% учащихся смотрели", "Учитель"]
    {
        assert!(
            all.contains(&format!("{title}:")),
            "{title} missing:\n{all}"
        );
    }
    assert!(all.lines().all(|l| l.width() <= 100));
}

#[test]
fn tables_take_the_decimal_comma_and_scripts_the_dot() {
    let args = ["report", "progress", "--period", "Q1"];
    let (table, _) = run("100", &args);
    assert!(table.contains("70,8"), "{table}");
    assert!(!table.contains("70.8"), "{table}");
    let (json, _) = run("100", &[&args[..], &["--format", "json"]].concat());
    assert!(json.contains("70.8"), "{json}");
    let (csv, _) = run("100", &[&args[..], &["--format", "csv"]].concat());
    assert!(csv.contains("70.8"), "{csv}");
}
