//! The journal and everything written from it hold children's personal data: nobody but
//! their owner may read them, whatever the umask; and no output ever lands on a journal.

mod common;

use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use common::*;
use predicates::str::contains;

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

/// Run the binary under umask 000, as the fixture's deputy.
fn under_umask_000(j: &Journal, args: &[&str]) {
    let bin = assert_cmd::cargo::cargo_bin("ejournal");
    let mut script = format!("umask 000; exec '{}'", bin.display());
    for a in args {
        script.push_str(&format!(" '{a}'"));
    }
    let status = std::process::Command::new("sh")
        .arg("-c")
        .arg(&script)
        .current_dir(j.dir.path())
        .env("EJOURNAL_DB", j.db())
        .env("EJOURNAL_ACTOR", DEPUTY)
        .env("EJOURNAL_TODAY", TODAY)
        .env("EJOURNAL_QUIET", "1")
        .status()
        .unwrap();
    assert!(status.success(), "{args:?}");
}

#[test]
fn the_journal_and_its_documents_are_their_owners_only_under_umask_000() {
    let j = Journal::empty();
    under_umask_000(
        &j,
        &[
            "init",
            "--training",
            "--school",
            "Школа",
            "--year",
            "2023/2024",
        ],
    );
    assert_eq!(mode(&j.db()), 0o600);
    let wal = j.path("ejournal.db-wal");
    if wal.exists() {
        assert_eq!(mode(&wal), 0o600);
    }
    import_school(&j, Style::Cp1251);
    j.run(&["lessons", "generate", "-q"]).success();
    under_umask_000(
        &j,
        &[
            "report",
            "fill-rate",
            "--month",
            "2023-09",
            "--out",
            "r.xlsx",
        ],
    );
    assert_eq!(mode(&j.path("r.xlsx")), 0o600);
    under_umask_000(
        &j,
        &[
            "export",
            "paper",
            "--period",
            "Q1",
            "--class",
            "5А",
            "--out",
            "copies/q1",
        ],
    );
    assert_eq!(mode(&j.path("copies")), 0o700);
    assert_eq!(mode(&j.path("copies/q1")), 0o700);
    for f in std::fs::read_dir(j.path("copies/q1")).unwrap() {
        let f = f.unwrap().path();
        assert_eq!(mode(&f), 0o600, "{}", f.display());
    }
    // No temporary file is left behind.
    assert!(std::fs::read_dir(j.dir.path()).unwrap().all(|f| !f
        .unwrap()
        .file_name()
        .to_string_lossy()
        .ends_with(".tmp")));
}

#[test]
fn a_report_never_replaces_the_journal_or_another_database() {
    let j = school();
    let before = std::fs::read(j.db()).unwrap();
    let db = j.db();
    let db = db.to_str().unwrap();
    j.run(&["report", "fill-rate", "--month", "2023-09", "--out", db])
        .code(2)
        .stderr(contains("is a SQLite database"));
    assert_eq!(before, std::fs::read(j.db()).unwrap());
    // Another school's journal under a harmless name, by its header.
    std::fs::copy(j.db(), j.path("other.csv")).unwrap();
    j.run(&[
        "report",
        "fill-rate",
        "--month",
        "2023-09",
        "--out",
        "other.csv",
    ])
    .code(2)
    .stderr(contains("other.csv is a SQLite database"));
    // Its write-ahead log, and a folder.
    j.run(&[
        "report",
        "fill-rate",
        "--month",
        "2023-09",
        "--out",
        &format!("{db}-wal"),
    ])
    .code(2)
    .stderr(contains("belongs to the database"));
    std::fs::create_dir(j.path("folder.csv")).unwrap();
    j.run(&[
        "report",
        "fill-rate",
        "--month",
        "2023-09",
        "--out",
        "folder.csv",
    ])
    .code(2)
    .stderr(contains("is a folder"));
    assert_eq!(before, std::fs::read(j.db()).unwrap());
}

#[test]
fn the_demo_never_replaces_a_real_journal() {
    let j = Journal::empty();
    std::fs::create_dir(j.path("d")).unwrap();
    j.cmd()
        .env("EJOURNAL_DB", j.path("d/ejournal.db"))
        .env_remove("EJOURNAL_TODAY")
        .args(["init", "--school", "Настоящая школа", "--year", "2023/2024"])
        .assert()
        .success();
    let before = std::fs::read(j.path("d/ejournal.db")).unwrap();
    j.cmd()
        .env_remove("EJOURNAL_TODAY")
        .args(["demo", "--dir", "d"])
        .assert()
        .code(2)
        .stderr(contains("is not a demo's training journal"));
    assert_eq!(before, std::fs::read(j.path("d/ejournal.db")).unwrap());
    assert!(!j.path("d/files").exists());
}
