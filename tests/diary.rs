//! `ejournal export diary`, the parents' printouts, on the real binary: the whole-school run
//! (a PDF per class), nobody on paper (a message, exit 0), the period's final mark once set,
//! the coming week's homework, and Russian plural forms in the messages.

mod common;

use std::path::Path;

use common::*;
use predicates::str::contains;

fn pdf_text(path: &Path) -> String {
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
    String::from_utf8(out.stdout).unwrap()
}

fn stderr(a: &assert_cmd::assert::Assert) -> String {
    String::from_utf8_lossy(&a.get_output().stderr).into_owned()
}

/// The demo school (5 classes of 21 students, Q1's finals set), built once per test.
fn demo(j: &Journal) -> std::path::PathBuf {
    j.cmd()
        .env("EJOURNAL_ACTOR", "demo")
        .args(["demo", "--dir", "d", "--quiet"])
        .assert()
        .success();
    j.path("d/ejournal.db")
}

fn diary_args<'a>(extra: &[&'a str]) -> Vec<&'a str> {
    let mut args = vec![
        "export",
        "diary",
        "--from",
        "16.10.2023",
        "--to",
        "27.10.2023",
    ];
    args.extend_from_slice(extra);
    args
}

#[test]
fn whole_school_a_pdf_per_class_with_plural_counts() {
    let j = Journal::empty();
    let db = demo(&j);
    // In Russian: the counts take the forms of CLDR's plural rules.
    let run = |extra: &[&str]| {
        j.cmd()
            .env("EJOURNAL_LANG", "ru")
            .env("EJOURNAL_DB", &db)
            .env("EJOURNAL_TODAY", "2023-10-27")
            .args(diary_args(extra))
            .assert()
            .success()
    };
    // Parents on paper: 2 in 5А, 2 in 10А, 1 in 11А — three files in a new folder.
    let a = run(&["--paper-only", "--out", "printouts", "--format", "json"]);
    let rows: serde_json::Value = serde_json::from_slice(&a.get_output().stdout).unwrap();
    assert_eq!(rows.as_array().unwrap().len(), 5);
    assert_eq!(rows[0]["class"], "5А");
    let err = stderr(&a);
    for want in [
        "5А_родителям_2023-10-27.pdf: 2 ученика, 2 страницы",
        "11А_родителям_2023-10-27.pdf: 1 ученик, 1 страница",
        "printouts: 3 класса (по файлу на класс), 5 учеников, 5 страниц",
    ] {
        assert!(err.contains(want), "{want} in:\n{err}");
    }
    assert!(!err.contains("students"), "no English counts: {err}");
    for class in ["5А", "10А", "11А"] {
        let text = pdf_text(&j.path(&format!("printouts/{class}_родителям_2023-10-27.pdf")));
        assert!(text.contains(&format!("{class} класс")), "{class}");
    }
    assert!(!j.path("printouts/9А_родителям_2023-10-27.pdf").exists());
    // Every student of one class: 21 of them, a page each.
    let a = run(&["--class", "9А", "--out", "9А.pdf"]);
    assert!(
        stderr(&a).contains("9А.pdf: 21 ученик, 21 страница"),
        "{}",
        stderr(&a)
    );
    // --out naming a folder with --class: the file is named in it.
    std::fs::create_dir(j.path("one")).unwrap();
    run(&["--class", "11А", "--paper-only", "--out", "one"]);
    assert!(j.path("one/11А_родителям_2023-10-27.pdf").exists());
    // A class with nobody on paper: said, no file.
    let a = run(&["--class", "9А", "--paper-only", "--out", "one"]);
    assert!(stderr(&a).contains("в 9А нет учеников, чьи родители"));
    assert!(!j.path("one/9А_родителям_2023-10-27.pdf").exists());
    // The whole school, everyone: five classes, some students moved on by then.
    let a = run(&["--out", "all"]);
    let err = stderr(&a);
    for want in [
        "1А_родителям_2023-10-27.pdf: 20 учеников, 20 страниц",
        "5А_родителям_2023-10-27.pdf: 24 ученика, 24 страницы",
        "all: 5 классов (по файлу на класс), 103 ученика, 103 страницы",
    ] {
        assert!(err.contains(want), "{want} in:\n{err}");
    }
    assert!(j.path("all/1А_родителям_2023-10-27.pdf").exists());
}

#[test]
fn nobody_on_paper_in_the_whole_school_is_a_message_and_exit_0() {
    let j = school();
    // Ёлкин's parents were the only ones on paper; now they use the portal too.
    j.tamper("UPDATE guardians SET paper_only = 0");
    j.run(&diary_args(&["--paper-only", "--out", "printouts"]))
        .success()
        .stderr(contains(
            "printouts: no class has students whose parents refused electronic access; nothing to print",
        ));
    assert!(!j.path("printouts").exists(), "no folder for nothing");
    // The same for one class.
    j.run(&diary_args(&[
        "--class",
        "5А",
        "--paper-only",
        "--out",
        "5А.pdf",
    ]))
    .success()
    .stderr(contains(
        "5А has no students whose parents refused electronic access",
    ));
    assert!(!j.path("5А.pdf").exists());
    // A student needs his class.
    j.run(&diary_args(&["--student", "Ёлкин Фёдор", "--out", "x.pdf"]))
        .code(2);
}

#[test]
fn the_final_mark_replaces_the_forecast_once_set() {
    let j = school();
    mark(&j, "02.10.2023", "Ёлкин Фёдор", "5", "Ответ на уроке").success();
    mark(&j, "03.10.2023", "Ёлкин Фёдор", "4", "Контрольная работа").success();
    let print = |out: &str| {
        j.cmd()
            .env("EJOURNAL_TODAY", "2023-10-27")
            .args([
                "export",
                "diary",
                "--class",
                "5А",
                "--paper-only",
                "--from",
                "02.10.2023",
                "--to",
                "13.10.2023",
                "--out",
                out,
            ])
            .assert()
            .success();
        pdf_text(&j.path(out))
    };
    let before = print("before.pdf");
    assert!(before.contains("Прогноз: I четверть"), "{before}");
    assert!(!before.contains("Четвертная"));
    // A Russian document: averages with the decimal comma, never a dot.
    let averages: Vec<&str> = before
        .split_whitespace()
        .filter(|w| {
            w.len() == 4
                && w.as_bytes()[1] == b','
                && w.chars().all(|c| c.is_ascii_digit() || c == ',')
        })
        .collect();
    assert!(!averages.is_empty(), "{before}");
    assert!(
        !before.split_whitespace().any(|w| w.len() == 4
            && w.as_bytes()[1] == b'.'
            && w.bytes().filter(u8::is_ascii_digit).count() == 3),
        "{before}"
    );
    j.cmd()
        .env("EJOURNAL_TODAY", "2023-10-27")
        .args([
            "final",
            "set",
            "--period",
            "Q1",
            "--class",
            "5А",
            "--subject",
            "Математика",
            "--student",
            "Ёлкин Фёдор",
            "--mark",
            "3",
        ])
        .assert()
        .success();
    let after = print("after.pdf");
    assert!(after.contains("Четвертная: I четверть"), "{after}");
    assert!(!after.contains("Прогноз: I четверть"));
    let row = after
        .lines()
        .find(|l| l.trim_start().starts_with("Математика"))
        .unwrap();
    assert!(
        row.trim_end().ends_with(" 3"),
        "the final mark, not the forecast (4): {row}"
    );
    assert!(after.contains("Четвертная — отметка за период, выставленная"));
    // A subject without its final yet keeps the forecast, and each cell says which it is.
    j.run(&[
        "mark",
        "add",
        "--date",
        "04.10.2023",
        "--class",
        "5А",
        "--subject",
        "Английский язык",
        "--group",
        "1",
        "--student",
        "Ёлкин Фёдор",
        "--mark",
        "5",
    ])
    .success();
    let mixed = print("mixed.pdf");
    assert!(mixed.contains("Итог / прогноз: I четверть"), "{mixed}");
    assert!(mixed.contains("3 (четвертная)"), "{mixed}");
    assert!(mixed.contains("5 (прогноз)"), "{mixed}");
}

#[test]
fn the_coming_weeks_homework_is_listed() {
    let j = school();
    // Lessons of Математика on Mondays and Tuesdays: 16.10 and 17.10 are the week after.
    for (date, homework) in [
        ("16.10.2023", "№ 101, 102"),
        ("17.10.2023", "§ 9, выучить правило"),
    ] {
        j.run(&[
            "lesson",
            "set",
            "--class",
            "5А",
            "--subject",
            "Математика",
            "--date",
            date,
            "--homework",
            homework,
        ])
        .success();
    }
    // A lesson further on is not this week's.
    j.run(&[
        "lesson",
        "set",
        "--class",
        "5А",
        "--subject",
        "Математика",
        "--date",
        "24.10.2023",
        "--homework",
        "не эта неделя",
    ])
    .success();
    j.run(&[
        "export",
        "diary",
        "--class",
        "5А",
        "--paper-only",
        "--from",
        "02.10.2023",
        "--to",
        "13.10.2023",
        "--out",
        "d.pdf",
    ])
    .success();
    let text = pdf_text(&j.path("d.pdf"));
    assert!(
        text.contains("Домашнее задание на неделю с 14.10.2023 по 20.10.2023:"),
        "{text}"
    );
    assert!(
        text.contains("Математика: 16.10 — № 101, 102; 17.10 — § 9, выучить правило"),
        "{text}"
    );
    assert!(!text.contains("не эта неделя"));
}
