//! Backups survive the machine: `backup` writes a verified, private copy named by school and
//! time and keeps the newest N; `restore` puts a verified backup back (keeping the replaced
//! journal) and gives the same journal, row for row; a damaged backup or another school's
//! is not restored without a word.

mod common;

use std::os::unix::fs::PermissionsExt;

use common::*;
use predicates::str::contains;

fn backup(j: &Journal, dir: &str) -> std::path::PathBuf {
    let out = j.out(&["backup", "--to", dir]);
    let path = j.dir.path().join(out.trim());
    assert!(path.exists(), "{out}");
    path
}

#[test]
fn backup_then_restore_gives_the_same_journal() {
    let j = school();
    let before = j.dump();
    let path = backup(&j, "backups");
    assert!(path
        .file_name()
        .unwrap()
        .to_string_lossy()
        .starts_with("Тестовая-школа_2023-2024_"));
    let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&path), 0o600);
    assert_eq!(mode(&j.path("backups")), 0o700);
    // The journal changes after the backup; restoring brings it back as it was.
    j.run(&["settings", "set", "rounding_threshold", "0.6"])
        .success();
    assert_ne!(before, j.dump());
    j.run(&["restore", path.to_str().unwrap()])
        .success()
        .stderr(contains("the replaced journal is kept as"));
    assert_eq!(before, j.dump());
    j.run(&["verify"]).success();
    // The replaced journal is kept beside it.
    let kept: Vec<_> = std::fs::read_dir(j.dir.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().contains("before-restore"))
        .collect();
    assert_eq!(kept.len(), 1);
    // A journal that is gone is restored too.
    std::fs::remove_file(j.db()).unwrap();
    j.run(&["restore", path.to_str().unwrap()]).success();
    assert_eq!(before, j.dump());
}

#[test]
fn keep_leaves_the_newest_backups() {
    let j = school();
    let mut made = Vec::new();
    for _ in 0..3 {
        made.push(backup(&j, "b"));
        std::thread::sleep(std::time::Duration::from_millis(1100));
    }
    j.run(&["backup", "--to", "b", "--keep", "2"]).success();
    let left: Vec<_> = std::fs::read_dir(j.path("b"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(left.len(), 2, "{left:?}");
    assert!(!made[0].exists() && !made[1].exists());
}

#[test]
fn a_damaged_backup_or_another_schools_is_not_restored() {
    let j = school();
    let path = backup(&j, "b");
    let before = j.dump();
    // Someone changed the backup with the guards dropped.
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.execute_batch(
        "DROP TRIGGER guardians_history_update; UPDATE guardians SET phone = '+7 000 000-00-00'",
    )
    .unwrap();
    drop(conn);
    j.run(&["restore", path.to_str().unwrap()])
        .code(65)
        .stderr(contains("does not verify"));
    assert_eq!(before, j.dump());
    // Another school's journal.
    let other = Journal::empty();
    other
        .run(&[
            "init",
            "--training",
            "--school",
            "Другая школа",
            "--year",
            "2023/2024",
        ])
        .success();
    let theirs = backup(&other, "b");
    j.run(&["restore", theirs.to_str().unwrap()])
        .code(2)
        .stderr(contains("is a backup of Другая школа"))
        .stderr(contains("--force"));
    assert_eq!(before, j.dump());
    // Not a journal at all.
    std::fs::write(j.path("notes.db"), "hello").unwrap();
    j.run(&["restore", "notes.db"]).code(65);
    assert_eq!(before, j.dump());
}

#[test]
fn the_years_archive_is_complete_and_checks_with_sha256sum() {
    let j = school();
    // The year has not ended on 10.10.2023.
    j.run(&["archive", "--out", "archive"])
        .code(2)
        .stderr(contains("the school year ends on"));
    assert!(!j.path("archive").exists());
    j.run(&["archive", "--out", "archive", "--force"]).success();
    let dir = j.path("archive");
    let status = std::process::Command::new("sha256sum")
        .args(["-c", "--strict", "--quiet", "MANIFEST.sha256"])
        .current_dir(&dir)
        .status()
        .unwrap();
    assert!(status.success());
    let manifest = std::fs::read_to_string(dir.join("MANIFEST.sha256")).unwrap();
    for expected in [
        "ejournal.db",
        "FINGERPRINT.txt",
        "copies/Q1/5А_Q1_2023-2024.pdf",
        "copies/Y/5А_Y_2023-2024.pdf",
        "reports/progress_Y.xlsx",
        "reports/attendance_Y.xlsx",
        "reports/fill-rate_Y.xlsx",
    ] {
        assert!(
            manifest.contains(&format!("  {expected}\n")),
            "{expected}: {manifest}"
        );
    }
    let journal = dir.join("ejournal.db");
    assert_eq!(
        std::fs::metadata(&journal).unwrap().permissions().mode() & 0o777,
        0o400
    );
    // The archive pins the journal's fingerprint, which the journal still holds.
    let note = std::fs::read_to_string(dir.join("FINGERPRINT.txt")).unwrap();
    let fingerprint = note
        .lines()
        .find_map(|l| l.strip_prefix("fingerprint "))
        .unwrap()
        .to_string();
    j.run(&["verify", "--fingerprint", &fingerprint]).success();
    // The copy in the archive verifies on its own.
    j.cmd()
        .env("EJOURNAL_DB", &journal)
        .args(["verify"])
        .assert()
        .success();
    // An archive never goes into a folder that holds something.
    j.run(&["archive", "--out", "archive", "--force"])
        .code(2)
        .stderr(contains("is not empty"));
}
