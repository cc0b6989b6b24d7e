//! The benchmark cannot rot (issue 13): `examples/bench/run --small` builds the small school's
//! journal with the binary under test and prints every line of the table.
//!
//! The school's files come from the generator itself (`examples/bench/generate.rs`, compiled
//! into this test), handed to the script with `--files`: no cargo inside the test run.

#[allow(dead_code)]
#[path = "../examples/bench/generate.rs"]
mod generate;

use std::path::Path;
use std::process::Command;

fn small_school(out: &Path) {
    generate::generate(&generate::Args {
        out: out.to_path_buf(),
        classes: 4,
        students: 10,
        marks: vec![2000, 5000],
        seed: 13,
    });
}

#[test]
fn generator_is_deterministic() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = (dir.path().join("a"), dir.path().join("b"));
    small_school(&a);
    small_school(&b);
    let mut names: Vec<_> = std::fs::read_dir(&a)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    names.sort();
    assert_eq!(names.len(), 8, "{names:?}");
    for name in names {
        let (x, y) = (
            std::fs::read(a.join(&name)).unwrap(),
            std::fs::read(b.join(&name)).unwrap(),
        );
        assert!(x == y, "{name:?} differs between two runs");
    }
    // Windows-1251 with `;`: the marks header as a school's Excel saves it.
    let marks = std::fs::read(a.join("marks-2000.csv")).unwrap();
    let (text, _, bad) = encoding_rs::WINDOWS_1251.decode(&marks);
    assert!(!bad);
    assert!(text.starts_with("Дата;Класс;Предмет;Ученик;Отметка;Вид работы\r\n"));
    assert_eq!(text.lines().count(), 2001);
}

#[test]
fn small_benchmark_prints_the_table() {
    let dir = tempfile::tempdir().unwrap();
    let files = dir.path().join("files");
    small_school(&files);
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/bench/run");
    let out = Command::new("bash")
        .arg(&script)
        .args(["--small", "--files"])
        .arg(&files)
        .arg("--dir")
        .arg(dir.path().join("work"))
        .env("EJOURNAL_BIN", env!("CARGO_BIN_EXE_ejournal"))
        .output()
        .expect("bash runs examples/bench/run");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "examples/bench/run --small failed:\n{stderr}\n{stdout}"
    );
    for row in [
        "| `import marks` of 5 k rows",
        "| peak memory of that import |",
        "| `import marks`, 2 k rows",
        "| `report fill-rate`, 2 k-mark year: one month / the whole year |",
        "| `report fill-rate --month`, 5 k marks |",
        "| `final suggest --period Y`: 2 k / 5 k marks |",
        "| `export paper --period Q2`, whole school (3 classes,",
        "| journal size per mark",
        "| `verify` |",
    ] {
        assert!(stdout.contains(row), "no row {row:?} in:\n{stdout}");
    }
    // Every figure measured: no empty cell, no division by nothing.
    for line in stdout.lines().filter(|l| l.starts_with("| `")) {
        assert!(
            !line.contains("|  |")
                && !line.contains("| ms")
                && !line.contains("| MiB")
                && !line.contains("nan")
                && !line.contains("inf"),
            "a figure is missing: {line}\n{stdout}"
        );
    }
    assert!(
        stdout.contains("4 classes, 40 students, 4080 lessons"),
        "{stdout}"
    );
}
