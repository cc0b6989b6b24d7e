//! Control reports: one file per report, reports that do not know how they are
//! rendered, the remark command without SQL, and no silent fallback on a bad stored value.

mod common;

use chrono::NaiveDate;
use common::*;
use ejournal::reports::scope::month_range;
use predicates::str::contains;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

#[test]
fn month_range_gives_the_first_and_the_last_day() {
    assert_eq!(
        month_range("2023-10"),
        Ok((d(2023, 10, 1), d(2023, 10, 31)))
    );
    assert_eq!(
        month_range(" 02.2024 "),
        Ok((d(2024, 2, 1), d(2024, 2, 29)))
    );
    assert_eq!(
        month_range("2023-12"),
        Ok((d(2023, 12, 1), d(2023, 12, 31)))
    );
    // Outside the school year: taken as given (the report is simply empty).
    assert_eq!(month_range("2031-07"), Ok((d(2031, 7, 1), d(2031, 7, 31))));
    // The refusal is in the language of the test's environment: it names the value and
    // shows a month as it is written.
    assert!(month_range("2023-13").unwrap_err().contains("2023-13"));
    assert!(month_range("октябрь").unwrap_err().contains("2023-10"));
}

/// Every file of a folder, with its text.
fn sources(dir: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut todo = vec![std::path::PathBuf::from(dir)];
    while let Some(p) = todo.pop() {
        for e in std::fs::read_dir(&p).unwrap() {
            let path = e.unwrap().path();
            if path.is_dir() {
                todo.push(path);
            } else {
                let text = std::fs::read_to_string(&path).unwrap();
                out.push((path.display().to_string(), text));
            }
        }
    }
    out
}

#[test]
fn reports_do_not_import_render() {
    for (path, text) in sources(concat!(env!("CARGO_MANIFEST_DIR"), "/src/reports")) {
        assert!(!text.contains("crate::render"), "{path} imports render");
    }
}

#[test]
fn report_and_remark_commands_hold_no_sql() {
    for name in ["report.rs", "remark.rs"] {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/src/commands/").to_string() + name;
        let text = std::fs::read_to_string(&path).unwrap();
        for sql in [
            "SELECT ",
            "INSERT ",
            "UPDATE ",
            "DELETE ",
            ".prepare(",
            ".execute(",
        ] {
            assert!(!text.contains(sql), "{path} holds {sql}");
        }
    }
}

#[test]
fn remark_add_list_resolve() {
    let j = Journal::new();
    import_school(&j, Style::Cp1251);
    j.run(&[
        "remark",
        "add",
        "--class",
        "5А",
        "--subject",
        "Математика",
        "--text",
        "  нет тем уроков  ",
        "--due",
        "05.10.2023",
    ])
    .success()
    .stderr(contains("remark 1: 5А Математика, due 05.10.2023"));
    let list = j.json(&["remark", "list", "--overdue"]);
    let r = &list[0];
    assert_eq!(r["id"], 1);
    assert_eq!(r["class"], "5А");
    assert_eq!(r["subject"], "Математика");
    assert_eq!(r["text"], "нет тем уроков");
    assert_eq!(r["due"], "2023-10-05");
    assert_eq!(r["created_by"], DEPUTY);
    assert_eq!(r["resolved_on"], serde_json::Value::Null);
    assert_eq!(r["overdue"], true);
    assert!(!r["teacher"].as_str().unwrap().ends_with(' '));

    j.run(&["remark", "resolve", "1"])
        .success()
        .stderr(contains("remark 1 resolved"));
    assert_eq!(j.json(&["remark", "list", "--open"]), serde_json::json!([]));
    let all = j.json(&["remark", "list", "--class", "5А"]);
    assert_eq!(all[0]["overdue"], false);
    assert!(all[0]["resolved_on"].is_string());
    j.run(&["remark", "resolve", "1"])
        .code(2)
        .stderr(contains("there is no open remark 1"));
    // A name on the command line that does not resolve exits 2.
    j.run(&[
        "remark",
        "add",
        "--class",
        "5А",
        "--subject",
        "Химия",
        "--text",
        "x",
        "--due",
        "05.10.2023",
    ])
    .code(2)
    .stderr(contains("no subject \"Химия\""));
    j.run(&[
        "report",
        "fill-rate",
        "--month",
        "2023-10",
        "--teacher",
        "Никто Такой",
    ])
    .code(2)
    .stderr(contains("no member of staff named"));
}

#[test]
fn a_bad_stored_resolution_date_names_the_table_and_row() {
    let j = Journal::new();
    import_school(&j, Style::Cp1251);
    j.run(&[
        "remark",
        "add",
        "--class",
        "5А",
        "--subject",
        "Математика",
        "--text",
        "x",
        "--due",
        "05.10.2023",
    ])
    .success();
    let conn = rusqlite::Connection::open(j.db()).unwrap();
    conn.execute("UPDATE remarks SET resolved_at = 'вчера' WHERE id = 1", [])
        .unwrap();
    drop(conn);
    j.run(&["remark", "list"]).code(1).stderr(contains(
        "in remarks (1): resolved_at: \"вчера\" is not a date",
    ));
}
