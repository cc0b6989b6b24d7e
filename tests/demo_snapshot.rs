//! The demo's journal and every document it writes, held against a snapshot: a change to
//! the code that changes what a director would sign shows up here, file by file.
//!
//! PDFs are compared byte for byte but for their creation dates and document ID; XLSX by
//! every sheet's name and cell values (the zip's own timestamps vary); CSV, JSON and text as
//! they are. `tests/snapshots/demo.sha256` holds one SHA-256 per file. When a change to a
//! document is intended, regenerate it with `UPDATE_SNAPSHOTS=1 cargo test --release --test
//! demo_snapshot` and say in the commit what changed.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use calamine::{Reader, Xlsx};
use sha2::{Digest, Sha256};

const SNAPSHOT: &str = "tests/snapshots/demo.sha256";

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            files(&p, out);
        } else {
            out.push(p);
        }
    }
}

/// What of a file is its content.
fn content(path: &Path) -> Vec<u8> {
    let bytes = std::fs::read(path).unwrap();
    match path.extension().and_then(|e| e.to_str()) {
        Some("pdf") => {
            let dates = regex::bytes::Regex::new(r"\(D:[0-9]{14}[^)]*\)").unwrap();
            let id = regex::bytes::Regex::new(r"/ID\s*\[[^\]]*\]").unwrap();
            let b = dates.replace_all(&bytes, &b"(D:)"[..]);
            id.replace_all(&b, &b"/ID[]"[..]).into_owned()
        }
        Some("xlsx") => {
            let mut book: Xlsx<_> = calamine::open_workbook(path).unwrap();
            let mut text = String::new();
            for name in book.sheet_names() {
                text.push_str(&format!("## {name}\n"));
                let range = book.worksheet_range(&name).unwrap();
                for row in range.rows() {
                    let cells: Vec<String> = row.iter().map(|c| c.to_string()).collect();
                    text.push_str(&cells.join("\t"));
                    text.push('\n');
                }
            }
            text.into_bytes()
        }
        // The journal itself holds the real clock's entry times: its content is checked
        // through the documents and reports made from it.
        Some("db" | "db-wal" | "db-shm") => Vec::new(),
        _ => bytes,
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[test]
fn the_demo_writes_the_same_documents() {
    let dir = tempfile::tempdir().unwrap();
    Command::cargo_bin("ejournal")
        .unwrap()
        // The demo's documents in Russian, whatever the machine's locale.
        .env("EJOURNAL_LANG", "ru")
        .current_dir(dir.path())
        .env_remove("EJOURNAL_TODAY")
        .env_remove("EJOURNAL_DB")
        .env_remove("EJOURNAL_FORMAT")
        .env("EJOURNAL_ACTOR", "demo")
        .args(["demo", "--dir", "d", "--quiet"])
        .assert()
        .success();
    let root = dir.path().join("d");
    let mut all = Vec::new();
    files(&root, &mut all);
    let got: BTreeMap<String, String> = all
        .iter()
        .filter(|p| !p.to_string_lossy().contains("ejournal.db"))
        .map(|p| {
            let rel = p
                .strip_prefix(&root)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            (rel, hex(&Sha256::digest(content(p))))
        })
        .collect();
    let text: String = got.iter().map(|(p, h)| format!("{h}  {p}\n")).collect();
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(SNAPSHOT, &text).unwrap();
        return;
    }
    let want: BTreeMap<String, String> = std::fs::read_to_string(SNAPSHOT)
        .expect("tests/snapshots/demo.sha256 (make it with UPDATE_SNAPSHOTS=1)")
        .lines()
        .filter_map(|l| l.split_once("  "))
        .map(|(h, p)| (p.to_string(), h.to_string()))
        .collect();
    let mut differ: Vec<String> = Vec::new();
    for (p, h) in &want {
        match got.get(p) {
            None => differ.push(format!("missing: {p}")),
            Some(g) if g != h => differ.push(format!("changed: {p}")),
            _ => {}
        }
    }
    differ.extend(
        got.keys()
            .filter(|p| !want.contains_key(*p))
            .map(|p| format!("new: {p}")),
    );
    assert!(
        differ.is_empty(),
        "the demo's documents differ from the snapshot:\n{}",
        differ.join("\n")
    );
}
