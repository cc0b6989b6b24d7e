//! Documents: `export paper --as` chooses the documents, `--format` only how rows
//! print (the old `--format pdf|xlsx|both` still works on export, with a warning), and the
//! parents' printout reads the same journal as before its split into a model and a renderer.

mod common;

use std::path::Path;

use common::*;
use predicates::str::contains;

/// The demo school's journal, kept to the end of the first quarter.
fn demo() -> Journal {
    let j = Journal::empty();
    j.cmd()
        .args(["demo", "--dir", ".", "-q"])
        .assert()
        .success();
    assert!(j.db().exists());
    j
}

/// The binary on the demo journal on the quarter's last day.
fn on(j: &Journal) -> assert_cmd::Command {
    let mut c = j.cmd();
    c.env("EJOURNAL_TODAY", "2023-10-27");
    c
}

fn files(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn as_chooses_the_documents_and_format_the_summary() {
    let j = demo();
    let paper = |out: &str, extra: &[&str]| {
        let mut args = vec!["export", "paper", "--period", "Q1", "--class", "5А"];
        args.extend(["--out", out]);
        args.extend(extra);
        on(&j).args(&args).output().unwrap()
    };
    for (out, docs, want) in [
        ("pdf", Some("pdf"), vec!["5А_Q1_2023-2024.pdf"]),
        ("xlsx", Some("xlsx"), vec!["5А_Q1_2023-2024.xlsx"]),
        (
            "both",
            Some("both"),
            vec!["5А_Q1_2023-2024.pdf", "5А_Q1_2023-2024.xlsx"],
        ),
        (
            "default",
            None,
            vec!["5А_Q1_2023-2024.pdf", "5А_Q1_2023-2024.xlsx"],
        ),
    ] {
        let mut extra = vec!["--format", "json"];
        if let Some(d) = docs {
            extra.extend(["--as", d]);
        }
        let o = paper(out, &extra);
        assert!(
            o.status.success(),
            "{out}: {}",
            String::from_utf8_lossy(&o.stderr)
        );
        assert!(
            !String::from_utf8_lossy(&o.stderr).contains("deprecated"),
            "{out}: --as warns of nothing"
        );
        let rows: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
        assert_eq!(rows.as_array().unwrap().len(), want.len(), "{out}");
        assert_eq!(files(&j.path(out)), want, "{out}");
    }
    // EJOURNAL_FORMAT still says how rows print.
    let o = on(&j)
        .env("EJOURNAL_FORMAT", "csv")
        .args([
            "export", "paper", "--period", "Q1", "--class", "5А", "--as", "pdf", "--out", "env",
        ])
        .output()
        .unwrap();
    assert!(o.status.success());
    assert!(String::from_utf8_lossy(&o.stdout).starts_with("class,file,pages,"));
    // --as takes documents only.
    on(&j)
        .args([
            "export", "paper", "--period", "Q1", "--as", "json", "--out", "x",
        ])
        .assert()
        .code(2)
        .stderr(contains("invalid value 'json' for '--as"));
}

#[test]
fn format_pdf_on_export_still_works_for_a_release_with_a_warning() {
    let j = demo();
    for (value, want) in [
        ("pdf", vec!["5А_Q1_2023-2024.pdf"]),
        ("xlsx", vec!["5А_Q1_2023-2024.xlsx"]),
        ("both", vec!["5А_Q1_2023-2024.pdf", "5А_Q1_2023-2024.xlsx"]),
    ] {
        let out = format!("old-{value}");
        // Even with --quiet: the scripts that pass it are what must change.
        on(&j)
            .args([
                "export", "paper", "--period", "Q1", "--class", "5А", "--out", &out, "-q",
                "--format", value,
            ])
            .assert()
            .success()
            .stdout(contains("class"))
            .stderr(format!(
                "warning: --format {value} is deprecated for export: use --as {value}\n"
            ));
        assert_eq!(files(&j.path(&out)), want, "{value}");
    }
    // The diary is a PDF whatever the old option said.
    on(&j)
        .args([
            "export",
            "diary",
            "--class",
            "5А",
            "--paper-only",
            "--from",
            "13.10.2023",
            "--to",
            "27.10.2023",
            "--out",
            "d.pdf",
            "-q",
            "--format",
            "xlsx",
        ])
        .assert()
        .success()
        .stderr(contains("--format xlsx is deprecated for export"));
    assert!(j.path("d.pdf").exists());
}

#[test]
fn other_commands_refuse_document_formats() {
    let j = demo();
    for value in ["pdf", "xlsx", "both"] {
        on(&j)
            .args(["student", "list", "--class", "5А", "--format", value])
            .assert()
            .code(2)
            .stderr(contains("rows print as table, csv or json"))
            .stderr(contains("export paper --as"));
    }
    // The help of --format lists the ways to print rows (and xlsx for reports), not the
    // documents; `export paper --help` documents --as.
    let help = on(&j).args(["student", "list", "--help"]).output().unwrap();
    let help = String::from_utf8_lossy(&help.stdout);
    assert!(
        !help.contains("- pdf") && !help.contains("- both"),
        "{help}"
    );
    let help = on(&j).args(["export", "paper", "--help"]).output().unwrap();
    let help = String::from_utf8_lossy(&help.stdout);
    assert!(help.contains("--as <DOCUMENTS>"), "{help}");
    assert!(help.contains("Which documents to write: pdf, xlsx or both"));
}

#[test]
fn the_printout_lists_each_students_marks_averages_and_absences() {
    let j = demo();
    let o = on(&j)
        .args([
            "export",
            "diary",
            "--class",
            "5А",
            "--from",
            "01.09.2023",
            "--to",
            "27.10.2023",
            "--out",
            "all.pdf",
            "--format",
            "json",
        ])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let rows: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let rows = rows.as_array().unwrap();
    // Counted against the journal itself.
    let conn = rusqlite::Connection::open(j.db()).unwrap();
    let count = |sql: &str| -> i64 { conn.query_row(sql, [], |r| r.get(0)).unwrap() };
    let marks = count(
        "SELECT count(*) FROM marks m JOIN lessons l ON l.id = m.lesson_id
         JOIN courses c ON c.id = l.course_id JOIN classes k ON k.id = c.class_id
         WHERE k.name = '5А' AND l.date BETWEEN '2023-09-01' AND '2023-10-27'",
    );
    let absences = count(
        "SELECT count(*) FROM absences a JOIN lessons l ON l.id = a.lesson_id
         JOIN courses c ON c.id = l.course_id JOIN classes k ON k.id = c.class_id
         WHERE k.name = '5А' AND l.date BETWEEN '2023-09-01' AND '2023-10-27'",
    );
    let sum = |key: &str| rows.iter().map(|r| r[key].as_i64().unwrap()).sum::<i64>();
    assert!(marks > 0);
    assert_eq!(sum("marks"), marks);
    assert_eq!(sum("absences"), absences);
    let info = std::process::Command::new("pdfinfo")
        .arg(j.path("all.pdf"))
        .output();
    if let Ok(info) = info {
        let info = String::from_utf8_lossy(&info.stdout);
        assert!(
            info.contains(&format!("Pages:           {}", sum("pages"))),
            "{info}"
        );
    }
    // Grade 1 is taught without marks: its printout says so.
    on(&j)
        .args([
            "export",
            "diary",
            "--class",
            "1А",
            "--from",
            "13.10.2023",
            "--to",
            "27.10.2023",
            "--out",
            "1a.pdf",
            "-q",
        ])
        .assert()
        .success();
    if let Ok(t) = std::process::Command::new("pdftotext")
        .args([j.path("1a.pdf").to_str().unwrap(), "-"])
        .output()
    {
        let text = String::from_utf8_lossy(&t.stdout);
        assert!(text.contains("1 класс: безотметочное обучение."), "{text}");
    }
}
