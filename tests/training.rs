//! Real and training journals (учебный журнал): only a training journal takes a fixed
//! today from `EJOURNAL_TODAY`; a real one refuses it (exit 2) and changes nothing; the kind
//! is set once by `init` and plain SQL cannot change it; a training journal's every listing
//! says it is not a document.

mod common;

use assert_cmd::Command;
use common::*;
use predicates::prelude::*;
use predicates::str::contains;

const NOTICE: &str = "Учебный журнал — не является документом";

/// A real journal, made and used on the system clock.
fn real() -> Journal {
    let j = Journal::empty();
    j.cmd()
        .env_remove("EJOURNAL_TODAY")
        .args(["init", "--school", "Настоящая школа", "--year", "2023/2024"])
        .assert()
        .success();
    j
}

#[test]
fn a_real_journal_refuses_a_fixed_today_and_changes_nothing() {
    let j = real();
    let before = j.dump();
    for args in [
        vec!["calendar", "show"],
        vec![
            "calendar",
            "add-holiday",
            "--from",
            "01.11.2023",
            "--to",
            "01.11.2023",
            "--name",
            "x",
        ],
        vec!["class", "list"],
    ] {
        j.run(&args).code(2).stdout("").stderr(contains(
            "EJOURNAL_TODAY is honoured only in a training journal",
        ));
    }
    assert_eq!(before, j.dump());
    // On the system clock the same journal works, and says nothing about training.
    j.cmd()
        .env_remove("EJOURNAL_TODAY")
        .args(["calendar", "show"])
        .assert()
        .success()
        .stdout(contains(NOTICE).not());
}

#[test]
fn init_of_a_real_journal_refuses_a_fixed_today() {
    let j = Journal::empty();
    j.run(&["init", "--school", "Ш", "--year", "2023/2024"])
        .code(2)
        .stderr(contains("honoured only in a training journal"));
    assert!(!j.db().exists(), "a refused init left a file");
    j.run(&["init", "--training", "--school", "Ш", "--year", "2023/2024"])
        .success();
}

#[test]
fn plain_sql_cannot_turn_a_training_journal_real_or_back() {
    for (make, kind) in [(Journal::new as fn() -> Journal, 1), (real, 0)] {
        let j = make();
        let before = j.dump();
        let conn = rusqlite::Connection::open(j.db()).unwrap();
        for sql in [
            "UPDATE journal_kind SET training = 1 - training",
            "DELETE FROM journal_kind",
            "INSERT OR REPLACE INTO journal_kind (id, training) VALUES (1, 0)",
            "INSERT OR REPLACE INTO journal_kind (id, training) VALUES (1, 1)",
            "INSERT INTO journal_kind (id, training) VALUES (2, 1)",
        ] {
            let err = conn.execute(sql, []).unwrap_err().to_string();
            assert!(
                err.contains("set once, by init") || err.contains("CHECK"),
                "{sql}: {err}"
            );
        }
        drop(conn);
        assert_eq!(before, j.dump());
        assert_eq!(j.count("SELECT training FROM journal_kind"), kind);
    }
}

#[test]
fn a_training_journal_says_so_in_every_listing() {
    let j = Journal::new();
    let table = j.out(&["calendar", "show"]);
    assert_eq!(table.lines().next(), Some(NOTICE), "{table}");
    // CSV and JSON stay data: the notice goes to stderr, and --quiet silences it.
    j.run(&["calendar", "show", "--format", "csv"])
        .success()
        .stdout(contains(NOTICE).not())
        .stderr(contains(NOTICE));
    j.run(&["calendar", "show", "--format", "json", "--quiet"])
        .success()
        .stderr("");
}

#[test]
fn the_demo_is_a_training_journal() {
    let dir = tempfile::tempdir().unwrap();
    Command::cargo_bin("ejournal")
        .unwrap()
        .env("EJOURNAL_LANG", "en")
        .current_dir(dir.path())
        .env_remove("EJOURNAL_TODAY")
        .args(["demo", "--dir", "d", "--quiet"])
        .assert()
        .success();
    Command::cargo_bin("ejournal")
        .unwrap()
        .env("EJOURNAL_LANG", "en")
        .current_dir(dir.path())
        .env("EJOURNAL_DB", dir.path().join("d/ejournal.db"))
        .env("EJOURNAL_TODAY", "2023-10-27")
        .args(["class", "list"])
        .assert()
        .success()
        .stdout(contains(NOTICE));
}
