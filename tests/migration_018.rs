//! Migration 018 on journals written by the version before it (schema 17, commit 416d19b),
//! kept in `tests/fixtures/` as made by `tests/fixtures/make_v17.sh`: a 5А Математика with
//! an import of three marks, a mark added, one changed, and a late mark imported under a
//! permit. The marks' entries move to `entries`; what `mark list` and `audit` say does not
//! change; the history goes on, and a mark changed behind the tool's back before the
//! migration is still reported after it.

mod common;

use std::io::Read;

use common::*;
use predicates::str::contains;

/// A journal of schema 17 from its gzipped fixture.
fn journal_v17(fixture: &str) -> Journal {
    let j = Journal::empty();
    let packed = std::fs::read(format!("tests/fixtures/{fixture}")).unwrap();
    let mut bytes = Vec::new();
    flate2::read::GzDecoder::new(&packed[..])
        .read_to_end(&mut bytes)
        .unwrap();
    std::fs::write(j.db(), bytes).unwrap();
    assert_eq!(j.count("PRAGMA user_version"), 17);
    j
}

fn fixture_text(name: &str) -> String {
    std::fs::read_to_string(format!("tests/fixtures/{name}")).unwrap()
}

#[test]
fn marks_entries_and_the_trail_read_as_before() {
    let j = journal_v17("journal-v17.db.gz");
    let marks = j.out(&["mark", "list", "--class", "5А", "--format", "csv"]);
    assert_eq!(j.count("PRAGMA user_version"), ejournal::db::SCHEMA_VERSION);
    assert_eq!(marks, fixture_text("journal-v17-marks.csv"));
    // One write, one actor: one entry for every mark.
    assert_eq!(j.count("SELECT count(*) FROM entries"), 1);
    assert_eq!(j.count("SELECT count(DISTINCT entry_id) FROM marks"), 1);
    // The import of schema 17 is still shown mark by mark, its permit from the old images.
    let audit = j.out(&["audit", "--entity", "mark", "--format", "csv"]);
    assert_eq!(audit, fixture_text("journal-v17-audit.csv"));
    assert!(
        audit.contains("по разрешению № 1: import marks late.csv"),
        "{audit}"
    );
    j.run(&["verify"]).success();
    // The migrated journal takes marks as any other.
    j.as_actor(
        "Сергеева Ольга Ивановна",
        &[
            "mark",
            "add",
            "--date",
            "10.10.2023",
            "--class",
            "5А",
            "--subject",
            "Математика",
            "--student",
            "Ёлкин Фёдор",
            "--mark",
            "4",
        ],
    )
    .success();
    assert_eq!(j.count("SELECT count(*) FROM entries"), 2);
    j.run(&["verify"]).success();
}

#[test]
fn a_mark_changed_outside_the_tool_before_the_migration_is_still_found() {
    // Mark 3 (3 for Ёлкин on 03.10.2023) was set to 5 with the history trigger dropped and
    // put back, before the migration: the history still says 3.
    let j = journal_v17("journal-v17-tampered.db.gz");
    j.run(&["verify"])
        .code(3)
        .stdout(contains(
            "changed outside ejournal: value is \"5\" but the history says \"3\"",
        ))
        // The audit record the change left was found unsealed when the migration began: it
        // is sealed apart, as written outside, not taken into the migration's own block.
        .stdout(contains("records written outside ejournal"))
        .stdout(contains("audit record 19"));
    assert_eq!(j.count("PRAGMA user_version"), ejournal::db::SCHEMA_VERSION);
}
