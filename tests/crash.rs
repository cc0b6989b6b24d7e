//! A crash leaves the journal whole: an import killed with SIGKILL at several points leaves
//! a journal that verifies and holds either all of the file's marks or none of them.

mod common;

use std::time::{Duration, Instant};

use common::*;

/// A marks file of about `rows` rows for 5А Математика (every lesson up to today, every
/// student, repeated).
fn big_marks_file(j: &Journal, rows: usize) -> std::path::PathBuf {
    let lessons = j.json(&[
        "lesson",
        "list",
        "--class",
        "5А",
        "--subject",
        "Математика",
        "--to",
        "10.10.2023",
    ]);
    let dates: Vec<String> = lessons
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["date"].as_str().unwrap().to_string())
        .collect();
    let students = j.json(&["student", "list", "--class", "5А"]);
    let names: Vec<String> = students
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            format!(
                "{} {}",
                s["last_name"].as_str().unwrap(),
                s["first_name"].as_str().unwrap()
            )
        })
        .collect();
    assert!(!dates.is_empty() && !names.is_empty());
    let mut text = String::from("Дата;Класс;Предмет;Ученик;Отметка\n");
    let mut n = 0;
    'outer: loop {
        for d in &dates {
            let (y, m, day) = (&d[0..4], &d[5..7], &d[8..10]);
            for s in &names {
                text.push_str(&format!("{day}.{m}.{y};5А;Математика;{s};{}\n", 2 + n % 4));
                n += 1;
                if n >= rows {
                    break 'outer;
                }
            }
        }
    }
    let path = j.path("big.csv");
    write_cp1251(&path, &text);
    path
}

#[test]
fn a_killed_import_leaves_all_or_nothing_and_a_journal_that_verifies() {
    let j = school();
    let rows = 20_000;
    let file = big_marks_file(&j, rows);
    let mut expected = j.count("SELECT count(*) FROM marks");
    let mut outcomes = Vec::new();
    for delay_ms in [5u64, 40, 120, 250, 400, 700, 1500] {
        let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("ejournal"))
            .current_dir(j.dir.path())
            .env("EJOURNAL_DB", j.db())
            .env("EJOURNAL_ACTOR", DEPUTY)
            .env("EJOURNAL_TODAY", TODAY)
            .env("EJOURNAL_QUIET", "1")
            .args(["import", "marks", file.to_str().unwrap()])
            .spawn()
            .unwrap();
        let started = Instant::now();
        std::thread::sleep(Duration::from_millis(delay_ms));
        if child.try_wait().unwrap().is_none() {
            child.kill().unwrap(); // SIGKILL
        }
        let status = child.wait().unwrap();
        let after = j.count("SELECT count(*) FROM marks");
        // All or nothing (a kill just after the commit leaves all).
        assert!(
            after == expected || after == expected + rows as i64,
            "after a kill at {delay_ms} ms: {after} marks, expected {expected} or {}",
            expected + rows as i64
        );
        let committed = after != expected;
        expected = after;
        // Whatever happened, the journal is whole and its history agrees with it.
        j.run(&["verify"]).success();
        outcomes.push(committed);
        eprintln!(
            "kill at {delay_ms} ms ({:?}): {}",
            started.elapsed(),
            if status.success() {
                "the import had finished"
            } else if committed {
                "killed after its commit: all written"
            } else {
                "killed: nothing written"
            }
        );
    }
    // At least one run was killed mid-way (the file is big enough to be caught).
    assert!(outcomes.iter().any(|committed| !committed), "{outcomes:?}");
}
