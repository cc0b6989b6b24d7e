//! Missing final marks are never silent: once a period has ended, a paper copy says «нет
//! отметки» in each empty cell, `export paper` names the students on stderr (exit 3 with
//! `--fail-on-issues`), and `report progress` counts them «без отметки», not as passed.

mod common;

use common::*;
use predicates::prelude::*;
use predicates::str::contains;

fn export_q1(j: &Journal, today: &str, extra: &[&str]) -> assert_cmd::assert::Assert {
    j.cmd()
        .env("EJOURNAL_TODAY", today)
        .args([
            "export", "paper", "--period", "Q1", "--class", "5А", "--as", "pdf", "--out", "q1",
        ])
        .args(extra)
        .assert()
}

#[test]
fn an_ended_period_with_missing_final_marks_is_named_and_fails_on_request() {
    let j = school();
    // Before the quarter ends, blanks are marks not set yet: nothing to say.
    export_q1(&j, "2023-10-10", &["--fail-on-issues"])
        .success()
        .stderr(contains("missing").not());
    // On its last day they are due: every course without them is named, with its students.
    export_q1(&j, "2023-10-27", &[])
        .success()
        .stderr(contains(
            "warning: 5А Математика: 5 final marks of Q1 missing: Абрамова К., Елисеев П. И., Ёлкин Ф. А., Ершов А. Д., Жуков М. Р.",
        ))
        .stderr(contains(
            "warning: 5А Английский язык (группа 1): 2 final marks of Q1 missing",
        ));
    export_q1(&j, "2023-10-27", &["--fail-on-issues"]).code(3);
    let text = std::process::Command::new("pdftotext")
        .args(["-layout"])
        .arg(j.path("q1/5А_Q1_2023-2024.pdf"))
        .arg("-")
        .output()
        .unwrap();
    let text = String::from_utf8(text.stdout).unwrap();
    assert!(text.matches("нет отметки").count() >= 10, "{text}");
    // The progress report gives them no verdict.
    let r: serde_json::Value = serde_json::from_slice(
        &j.cmd()
            .env("EJOURNAL_TODAY", "2023-10-27")
            .args(["report", "progress", "--period", "Q1", "--format", "json"])
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    let class = r["classes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["class"] == "5А")
        .unwrap();
    assert_eq!(class["no_final"], 5, "{class}");
    assert_eq!(class["students"], 0, "{class}");
    j.cmd()
        .env("EJOURNAL_TODAY", "2023-10-27")
        .args([
            "report",
            "progress",
            "--period",
            "Q1",
            "--fail-on-issues",
            "-q",
        ])
        .assert()
        .code(3);
}
