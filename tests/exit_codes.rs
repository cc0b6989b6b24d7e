//! The guide's table of error kinds ("Every kind of error and its code") is executable:
//! every row's command runs against the test school, and its exit code and message must be
//! what the row says. A row without a scenario here, or an error kind of `ejournal::error`
//! with no row, fails the test — the table cannot drift from the program.

mod common;

use common::*;
use ejournal::error::{
    NameKind, EXIT_BUSY, EXIT_DATA, EXIT_FAILURE, EXIT_ISSUES, EXIT_NOT_ALLOWED, EXIT_USAGE,
};

const GUIDE: &str = include_str!("../docs/guide.md");
const HEADING: &str = "### Every kind of error and its code";

struct Row {
    kind: String,
    code: i32,
    command: String,
    message: String,
}

/// The rows of the guide's table, cells unquoted from their backticks.
fn table() -> Vec<Row> {
    let start = GUIDE.find(HEADING).expect("the guide has the error table");
    let cell = |c: &str| {
        let c = c.trim();
        c.strip_prefix('`')
            .and_then(|c| c.strip_suffix('`'))
            .unwrap_or(c)
            .to_string()
    };
    GUIDE[start..]
        .lines()
        .skip_while(|l| !l.starts_with("| kind |"))
        .skip(2)
        .take_while(|l| l.starts_with('|'))
        .map(|l| {
            let cells: Vec<&str> = l.trim_matches('|').split(" | ").collect();
            assert_eq!(cells.len(), 4, "a row of four cells: {l}");
            Row {
                kind: cells[0].trim().to_string(),
                code: cells[1].trim().parse().expect("a numeric code"),
                command: cell(cells[2]),
                message: cell(cells[3]),
            }
        })
        .collect()
}

#[test]
fn every_row_of_the_guides_error_table_holds() {
    let rows = table();
    assert!(rows.len() >= 12, "the table lost rows: {}", rows.len());
    let j = school();
    std::fs::write(
        j.path("bad-marks.csv"),
        "Дата;Класс;Предмет;Ученик;Отметка\n09.10.2023;5А;Математика;Ёлкин Фёдор;7\n",
    )
    .unwrap();
    for row in &rows {
        let words = shlex::split(&row.command).expect("a command in shell words");
        assert_eq!(words[0], "ejournal", "{}", row.command);
        // The busy row needs another writer holding the journal while it runs.
        let holder = (row.kind == "the journal is busy").then(|| {
            let conn = rusqlite::Connection::open(j.db()).unwrap();
            conn.execute_batch("BEGIN IMMEDIATE").unwrap();
            conn
        });
        let out = j
            .cmd()
            .env("EJOURNAL_BUSY_TIMEOUT_MS", "100")
            .args(&words[1..])
            .output()
            .unwrap();
        drop(holder);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(
            out.status.code(),
            Some(row.code),
            "{}: `{}` exited {:?}:\n{stderr}",
            row.kind,
            row.command,
            out.status.code()
        );
        assert!(
            stderr.contains(&row.message),
            "{}: expected {:?} in:\n{stderr}",
            row.kind,
            row.message
        );
        if row.code != 0 {
            assert!(out.stdout.is_empty() || row.code == 3, "{}", row.kind);
        }
    }
}

#[test]
fn every_kind_of_name_and_code_has_a_row() {
    let rows = table();
    let kinds: Vec<&str> = rows.iter().map(|r| r.kind.as_str()).collect();
    for name in NameKind::ALL {
        let wanted = match name {
            NameKind::Class => "unknown class",
            NameKind::Subject => "unknown subject",
            NameKind::Group => "unknown group",
            NameKind::Student => "unknown student",
            NameKind::Teacher => "unknown teacher",
            NameKind::WorkType => "unknown work type",
            NameKind::Period => "a period the program does not know",
            NameKind::Lesson => "no such lesson",
        };
        assert!(kinds.contains(&wanted), "no row for {wanted:?}");
    }
    let codes: std::collections::BTreeSet<i32> = rows.iter().map(|r| r.code).collect();
    for code in [
        EXIT_FAILURE,
        EXIT_USAGE,
        EXIT_ISSUES,
        EXIT_DATA,
        EXIT_BUSY,
        EXIT_NOT_ALLOWED,
    ] {
        assert!(codes.contains(&code), "no row exits with {code}");
    }
}
