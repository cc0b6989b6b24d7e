//! Paper copies and parents' printouts, read back: the PDF's text (poppler's pdftotext,
//! installed by .ci/run) and the XLSX cells (calamine) against the journal.

mod common;

use std::path::Path;

use calamine::{open_workbook, Data, DataType, Reader, Xlsx};
use common::*;
use predicates::str::contains;

/// The fixture school, with Математика every weekday in 5А and a 5Б to move to.
fn school() -> Journal {
    let j = Journal::new();
    import_school(&j, Style::Cp1251);
    std::fs::write(
        j.path("load5b.csv"),
        "Класс;Предмет;Учитель;Часов в неделю\n5Б;Математика;Иванова Анна Петровна;5\n",
    )
    .unwrap();
    std::fs::write(
        j.path("r5b.csv"),
        "Класс;Фамилия;Имя;Дата рождения\n5Б;Котов;Олег;01.01.2013\n",
    )
    .unwrap();
    let tt = "Класс;День;Урок;Предмет;Группа\n\
              5А;Пн;1;Математика;\n5А;Вт;1;Математика;\n5А;Ср;2;Математика;\n5А;Чт;1;Математика;\n5А;Пт;1;Математика;\n\
              5А;Пн;2;Английский язык;\n5А;Ср;1;Английский язык;1\n5А;Ср;1;Английский язык;2\n10А;Чт;4;История;\n\
              5Б;Пн;3;Математика;\n5Б;Ср;3;Математика;\n";
    std::fs::write(j.path("tt.csv"), tt).unwrap();
    for (k, f) in [
        ("roster", "r5b.csv"),
        ("load", "load5b.csv"),
        ("timetable", "tt.csv"),
    ] {
        j.run(&["import", k, f]).success();
    }
    j.run(&["lessons", "generate", "-q"]).success();
    widen_window(&j);
    j
}

fn mark(j: &Journal, class: &str, date: &str, student: &str, value: &str) {
    j.cmd()
        .env("EJOURNAL_TODAY", "2023-10-27")
        .args([
            "mark",
            "add",
            "--date",
            date,
            "--class",
            class,
            "--subject",
            "Математика",
            "--student",
            student,
            "--mark",
            value,
        ])
        .assert()
        .success();
}

fn pdf_text(path: &Path, page: Option<usize>) -> String {
    let mut cmd = std::process::Command::new("pdftotext");
    cmd.arg("-layout");
    if let Some(p) = page {
        cmd.args(["-f", &p.to_string(), "-l", &p.to_string()]);
    }
    let out = cmd
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

fn pdf_pages(path: &Path) -> usize {
    let out = std::process::Command::new("pdfinfo")
        .arg(path)
        .output()
        .expect("pdfinfo (poppler-utils)");
    let text = String::from_utf8(out.stdout).unwrap();
    text.lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .unwrap()
        .trim()
        .parse()
        .unwrap()
}

fn export(j: &Journal, args: &[&str]) -> serde_json::Value {
    let mut all = vec!["export", "paper", "--period", "Q1"];
    all.extend(args);
    all.extend(["--out", "copies", "--format", "json"]);
    let out = j
        .cmd()
        .env("EJOURNAL_TODAY", "2023-10-27")
        .args(&all)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn the_pdf_holds_every_mark_of_the_class_and_period_and_nothing_else() {
    let j = school();
    mark(&j, "5А", "02.10.2023", "Ёлкин Фёдор", "5");
    mark(&j, "5А", "02.10.2023", "Ёлкин Фёдор", "4");
    mark(&j, "5А", "03.10.2023", "Абрамова Кира", "3");
    j.cmd()
        .env("EJOURNAL_TODAY", "2023-10-27")
        .args([
            "absence",
            "add",
            "--date",
            "04.10.2023",
            "--class",
            "5А",
            "--student",
            "Елисеев Пётр",
            "--code",
            "Б",
        ])
        .assert()
        .success();
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
            "5",
        ])
        .assert()
        .success();
    // Q2 (not in the copy): a mark after the quarter.
    j.cmd()
        .env("EJOURNAL_TODAY", "2023-11-10")
        .args([
            "mark",
            "add",
            "--date",
            "07.11.2023",
            "--class",
            "5А",
            "--subject",
            "Математика",
            "--student",
            "Жуков Матвей",
            "--mark",
            "2",
        ])
        .assert()
        .success();
    let written = export(&j, &["--class", "5А"]);
    let rows = written.as_array().unwrap();
    assert_eq!(rows.len(), 2, "a PDF and an XLSX");
    let pdf = j.path("copies/5А_Q1_2023-2024.pdf");
    assert!(pdf.exists() && j.path("copies/5А_Q1_2023-2024.xlsx").exists());
    assert!(std::fs::read_dir(j.path("copies")).unwrap().all(|e| !e
        .unwrap()
        .file_name()
        .to_string_lossy()
        .ends_with(".tmp")));
    // The counts it prints are the journal's.
    assert_eq!(rows[0]["marks"], 3);
    assert_eq!(
        rows[0]["absences"], 2,
        "Математика and English on 04.10 (Wednesday)"
    );
    assert_eq!(rows[0]["finals"], 1);
    assert_eq!(rows[0]["pages"].as_u64().unwrap() as usize, pdf_pages(&pdf));
    let text = pdf_text(&pdf, None);
    for s in [
        "Классный журнал",
        "бумажная копия электронного журнала",
        "5А класс",
        "I четверть (01.09.2023 – 27.10.2023)",
        "Сводная ведомость",
        "М.П.",
        "Директор",
    ] {
        assert!(text.contains(s), "{s} missing");
    }
    for name in [
        "Ёлкин Ф. А.",
        "Жуков М. Р.",
        "Абрамова К.",
        "Елисеев П. И.",
        "Ершов А. Д.",
    ] {
        assert!(text.contains(name), "{name} missing");
    }
    for subject in [
        "Математика",
        "Английский язык (группа 1)",
        "Английский язык (группа 2)",
    ] {
        assert!(text.contains(subject), "{subject} missing");
    }
    assert!(text.contains("5/4"), "two marks in one lesson show as 5/4");
    assert!(
        text.contains("Натуральные числа и шкалы"),
        "the lesson register"
    );
    // Nothing of another period or class.
    assert!(!text.contains("07.11"), "a Q2 date leaked in");
    assert!(!text.contains("Смирнов"), "a 10А student leaked in");
    assert!(!text.contains("История"), "a 10А subject leaked in");
    let pages = pdf_pages(&pdf);
    assert!(text.contains(&format!("стр. {pages} из {pages}")));
    // Compressed streams and the embedded font.
    let bytes = std::fs::read(&pdf).unwrap();
    let raw = String::from_utf8_lossy(&bytes);
    assert!(raw.contains("FlateDecode") && raw.contains("FontFile2"));
    // One font, embedded as a subset, with a ToUnicode map (text can be searched and copied).
    let fonts = std::process::Command::new("pdffonts")
        .arg(&pdf)
        .output()
        .unwrap();
    let fonts = String::from_utf8(fonts.stdout).unwrap();
    let rows: Vec<&str> = fonts.lines().skip(2).collect();
    assert_eq!(rows.len(), 1, "{fonts}");
    assert!(
        rows[0].contains("+DejaVuSansCondensed") && rows[0].contains("yes yes yes"),
        "{fonts}"
    );
    assert!(
        bytes.len() < 250_000,
        "only the glyphs used are embedded: {} bytes",
        bytes.len()
    );
}

#[test]
fn forty_dates_spread_over_pages_with_the_names_on_each() {
    let j = school();
    export(&j, &["--class", "5А"]);
    let pdf = j.path("copies/5А_Q1_2023-2024.pdf");
    // Page 2 on: the Математика... find the grid pages by their heading.
    let pages = pdf_pages(&pdf);
    let grid_pages: Vec<String> = (1..=pages)
        .map(|p| pdf_text(&pdf, Some(p)))
        .filter(|t| t.contains("Математика — 5А класс") && t.contains("Фамилия, имя ученика"))
        .collect();
    // 41 dates in two balanced parts (21 + 20); a class of five fits both on one page, and
    // every part repeats the names.
    let all = grid_pages.join("\n");
    assert!(
        all.contains("часть 1 из 2") && all.contains("часть 2 из 2"),
        "{all}"
    );
    for name in ["Абрамова К.", "Ёлкин Ф. А.", "Жуков М. Р."] {
        assert_eq!(all.matches(name).count(), 2, "{name} in each part:\n{all}");
    }
    // Every date of the quarter is on one of them: 41 study days, Monday to Friday.
    let lessons = j.json(&[
        "lesson",
        "list",
        "--class",
        "5А",
        "--subject",
        "Математика",
        "--to",
        "27.10.2023",
    ]);
    let dates: Vec<String> = lessons
        .as_array()
        .unwrap()
        .iter()
        .map(|l| {
            let d = l["date"].as_str().unwrap();
            format!("{}.{}", &d[8..10], &d[5..7])
        })
        .collect();
    assert_eq!(dates.len(), 41, "every weekday of 01.09–27.10.2023");
    for d in &dates {
        assert!(
            grid_pages.iter().any(|t| t.contains(d.as_str())),
            "{d} on no page"
        );
    }
}

#[test]
fn the_xlsx_matches_the_journal_cell_by_cell_and_a_moved_student_shows_only_his_dates() {
    let j = school();
    mark(&j, "5А", "02.10.2023", "Жуков Матвей", "4");
    mark(&j, "5А", "02.10.2023", "Жуков Матвей", "5");
    mark(&j, "5А", "05.10.2023", "Ёлкин Фёдор", "3");
    // Жуков moves to 5Б on 09.10.
    let rows = vec![vec![
        "5Б",
        "Жуков",
        "Матвей",
        "Романович",
        "25.06.2013",
        "09.10.2023",
    ]];
    write_cp1251(
        &j.path("move.csv"),
        &csv_text(
            &[
                "Класс",
                "Фамилия",
                "Имя",
                "Отчество",
                "Дата рождения",
                "Дата зачисления",
            ],
            &rows,
            ';',
        ),
    );
    j.run(&["import", "roster", "move.csv"]).success();
    mark(&j, "5Б", "11.10.2023", "Жуков Матвей", "2");
    export(&j, &["--class", "5А", "5Б"]);

    let mut book: Xlsx<_> = open_workbook(j.path("copies/5А_Q1_2023-2024.xlsx")).unwrap();
    let names = book.sheet_names().to_vec();
    // The grid in the PDF's parts, a sheet each, then the register and the summary.
    for want in [
        "Математика ч1",
        "Математика ч2",
        "Математика темы",
        "Сводная ведомость",
    ] {
        assert!(names.contains(&want.to_string()), "{names:?}");
    }
    // (surname, date) → the cell, across the parts; marks 1–5 are numbers.
    let mut grid = std::collections::HashMap::new();
    let mut numbers = 0;
    for part in ["Математика ч1", "Математика ч2"] {
        let sheet = book.worksheet_range(part).unwrap();
        let cell = |r: usize, c: usize| -> String {
            match sheet.get((r, c)) {
                Some(Data::String(s)) => s.clone(),
                Some(Data::Float(f)) => f.to_string(),
                _ => String::new(),
            }
        };
        let header_row = (0..10).find(|&r| cell(r, 0) == "№").unwrap();
        for r in header_row + 1..header_row + 6 {
            let name = cell(r, 1);
            let surname = name.split(' ').next().unwrap().to_string();
            if surname == "Жуков" {
                assert!(name.contains("в классе по 08.10"), "{name}");
            }
            for c in 2..60 {
                let header = cell(header_row, c);
                // A control work's date is headed «К» above it.
                let date = header.rsplit('\n').next().unwrap_or_default().to_string();
                if !date.starts_with(|c: char| c.is_ascii_digit()) {
                    continue; // the final-mark column, or past the last
                }
                if matches!(sheet.get((r, c)), Some(Data::Float(_))) {
                    numbers += 1;
                }
                grid.insert((surname.clone(), date), cell(r, c));
            }
        }
    }
    assert!(numbers > 0, "marks are stored as numbers");
    let at = |who: &str, date: &str| grid.get(&(who.to_string(), date.to_string())).cloned();
    assert_eq!(at("Жуков", "02.10").as_deref(), Some("4/5"));
    assert_eq!(at("Ёлкин", "05.10").as_deref(), Some("3"));
    assert_eq!(at("Ёлкин", "02.10").as_deref(), Some(""));
    // Every mark of the journal in those sheets, and no other non-empty grid cell.
    let journal = j.json(&["mark", "list", "--class", "5А", "--subject", "Математика"]);
    let mut expected = std::collections::HashMap::new();
    for m in journal.as_array().unwrap() {
        let d = m["date"].as_str().unwrap();
        let key = (
            m["student"]
                .as_str()
                .unwrap()
                .split(' ')
                .next()
                .unwrap()
                .to_string(),
            format!("{}.{}", &d[8..10], &d[5..7]),
        );
        expected
            .entry(key)
            .or_insert_with(Vec::new)
            .push(m["mark"].as_str().unwrap().to_string());
    }
    let mut seen = 0;
    for (key, value) in &grid {
        let want = expected.get(key).map(|v| v.join("/")).unwrap_or_default();
        assert_eq!(value, &want, "{key:?}");
        seen += usize::from(!want.is_empty());
    }
    assert_eq!(seen, 2);
    // 5Б has him from 09.10 with his mark there, and not his 5А marks.
    let text = pdf_text(&j.path("copies/5Б_Q1_2023-2024.pdf"), None);
    assert!(text.contains("Жуков М. Р. (в классе с 09.10)"), "{text}");
    assert!(text.contains("Котов О."));
    let mut book: Xlsx<_> = open_workbook(j.path("copies/5Б_Q1_2023-2024.xlsx")).unwrap();
    let first = book
        .sheet_names()
        .iter()
        .find(|n| n.starts_with("Математика"))
        .unwrap()
        .clone();
    let sheet = book.worksheet_range(&first).unwrap();
    let values: Vec<String> = sheet
        .rows()
        .flatten()
        .filter_map(|c| c.as_string().or_else(|| c.as_f64().map(|f| f.to_string())))
        .collect();
    assert!(values.contains(&"2".to_string()));
    assert!(!values.contains(&"4/5".to_string()));
}

#[test]
fn periods_pick_their_classes() {
    let j = school();
    j.cmd()
        .env("EJOURNAL_TODAY", "2023-10-27")
        .args(["export", "paper", "--period", "Q1", "--out", "copies"])
        .assert()
        .success()
        .stderr(contains(
            "Q1: skipping 10А (grades 10–11 report by semesters)",
        ));
    assert!(j.path("copies/5А_Q1_2023-2024.pdf").exists());
    assert!(!j.path("copies/10А_Q1_2023-2024.pdf").exists());
    j.cmd()
        .env("EJOURNAL_TODAY", "2023-12-29")
        .args([
            "export", "paper", "--period", "H1", "--out", "copies", "--format", "xlsx",
        ])
        .assert()
        .success()
        .stderr(contains(
            "H1: skipping 5А, 5Б (grades 2–9 report by quarters)",
        ));
    assert!(j.path("copies/10А_H1_2023-2024.xlsx").exists());
    assert!(!j.path("copies/10А_H1_2023-2024.pdf").exists());
    j.run(&[
        "export", "paper", "--period", "Q1", "--class", "10А", "--out", "copies",
    ])
    .code(2)
    .stderr(contains("10А has no period Q1"));
}

#[test]
fn parents_printouts_for_paper_only_families() {
    let j = school();
    mark(&j, "5А", "02.10.2023", "Ёлкин Фёдор", "5");
    mark(&j, "5А", "03.10.2023", "Ёлкин Фёдор", "4");
    mark(&j, "5А", "03.10.2023", "Жуков Матвей", "3");
    let out = j
        .cmd()
        .env("EJOURNAL_TODAY", "2023-10-27")
        .args([
            "export",
            "diary",
            "--class",
            "5А",
            "--paper-only",
            "--from",
            "01.10.2023",
            "--to",
            "14.10.2023",
            "--out",
            "diary.pdf",
            "--format",
            "json",
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let rows: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        rows.as_array().unwrap().len(),
        1,
        "only Ёлкин's parents refused electronic access"
    );
    assert_eq!(rows[0]["marks"], 2);
    let text = pdf_text(&j.path("diary.pdf"), None);
    assert!(text.contains("Ёлкин Фёдор Андреевич"));
    assert!(!text.contains("Жуков"));
    assert!(text.contains("02.10 — 5 (отв.)") && text.contains("03.10 — 4 (отв.)"));
    assert!(
        text.contains("4,50"),
        "the weighted average, with the decimal comma"
    );
    assert!(text.contains("Подпись родителя"));
}

#[test]
fn no_parent_on_paper_is_nothing_to_print_not_an_error() {
    let j = school();
    // Жуков's parents use the electronic diary: nothing is owed on paper.
    j.run(&[
        "export",
        "diary",
        "--class",
        "5А",
        "--student",
        "Жуков Матвей",
        "--paper-only",
        "--from",
        "02.10.2023",
        "--to",
        "10.10.2023",
        "--out",
        "zhukov.pdf",
    ])
    .success()
    .stderr(predicates::str::contains(
        "5А has no students whose parents refused electronic access; nothing to print",
    ));
    assert!(!j.path("zhukov.pdf").exists());
}

/// Issue 13 item 4: the classes' copies are drawn on every core, and the files are the same
/// bytes as when drawn one after another.
#[test]
fn copies_drawn_in_parallel_are_the_serial_bytes() {
    let j = school();
    let run = |dir: &str, threads: &str| {
        j.cmd()
            .env("RAYON_NUM_THREADS", threads)
            .args(["export", "paper", "--period", "Q1", "--out", dir, "-q"])
            .assert()
            .success();
    };
    run("serial", "1");
    run("parallel", "4");
    let mut names: Vec<_> = std::fs::read_dir(j.path("serial"))
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    names.sort();
    assert!(names.len() >= 2, "{names:?}");
    for name in names {
        let name = name.to_string_lossy();
        let a = std::fs::read(j.path(&format!("serial/{name}"))).unwrap();
        let b = std::fs::read(j.path(&format!("parallel/{name}"))).unwrap();
        if name.ends_with(".pdf") {
            assert!(a == b, "{name} differs");
        } else {
            assert_eq!(a.len(), b.len(), "{name}");
        }
    }
}
