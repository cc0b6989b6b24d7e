//! Hostile input: files made to crash or exhaust the reader, rows that would clear or
//! corrupt what the journal holds, text that would drive the terminal, a journal file that
//! is not one. Each is refused with one clear message, and nothing is written.

mod common;
use common::*;

use std::io::{Cursor, Read, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use predicates::str::contains;

/// Rewrite an .xlsx: `edit` gets each part's name and bytes and returns the new bytes.
fn rewrite_xlsx(src: &Path, dst: &Path, mut edit: impl FnMut(&str, Vec<u8>) -> Vec<u8>) {
    let bytes = std::fs::read(src).unwrap();
    let mut zin = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
    let mut zout = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for i in 0..zin.len() {
        let mut part = zin.by_index(i).unwrap();
        let name = part.name().unwrap().to_string();
        let mut data = Vec::new();
        part.read_to_end(&mut data).unwrap();
        zout.start_file(name.as_str(), opts).unwrap();
        zout.write_all(&edit(&name, data)).unwrap();
    }
    std::fs::write(dst, zout.finish().unwrap().into_inner()).unwrap();
}

/// The fixture's staff sheet as .xlsx with one more cell, at `cell` (an `A1` reference).
fn staff_with_cell(j: &Journal, cell: &str) -> PathBuf {
    let plain = j.path("staff_plain.xlsx");
    write_sheet(&plain, Style::Xlsx, &staff_sheet());
    let dst = j.path(&format!("staff_{cell}.xlsx"));
    let row: String = cell.chars().filter(char::is_ascii_digit).collect();
    rewrite_xlsx(&plain, &dst, |name, data| {
        if name != "xl/worksheets/sheet1.xml" {
            return data;
        }
        String::from_utf8(data)
            .unwrap()
            .replace(
                "</sheetData>",
                &format!(
                    r#"<row r="{row}"><c r="{cell}" t="inlineStr"><is><t>x</t></is></c></row></sheetData>"#
                ),
            )
            .into_bytes()
    });
    dst
}

/// stderr of a finished command.
fn stderr(a: &assert_cmd::assert::Assert) -> String {
    String::from_utf8_lossy(&a.get_output().stderr).into_owned()
}

#[test]
fn absurd_cell_references_are_refused_at_once() {
    let j = Journal::new();
    import_school(&j, Style::Cp1251);
    let before = j.dump();
    for cell in ["XFD1048576", "ZZ100000", "ZZZZZZ99999999999"] {
        let f = staff_with_cell(&j, cell);
        let started = Instant::now();
        let a = j.run(&["import", "staff", f.to_str().unwrap()]).code(65);
        let took = started.elapsed();
        assert!(took < Duration::from_secs(5), "{cell}: {took:?}");
        let err = stderr(&a);
        assert!(
            err.contains("outside the columns A–IV") && err.lines().count() == 1,
            "{cell}: {err}"
        );
        assert_eq!(j.dump(), before, "{cell}");
    }
    // A cell far down but in a column an import can have is just a row.
    let f = staff_with_cell(&j, "B100000");
    j.run(&["import", "staff", f.to_str().unwrap()])
        .code(65)
        .stderr(contains(":100000: Фамилия: is empty"));
}

#[test]
fn a_damaged_or_false_workbook_is_refused_once_with_its_name() {
    let j = Journal::new();
    let good = j.path("good.xlsx");
    write_sheet(&good, Style::Xlsx, &staff_sheet());
    let bytes = std::fs::read(&good).unwrap();
    let cut = j.path("cut.xlsx");
    std::fs::write(&cut, &bytes[..bytes.len() / 2]).unwrap();
    let noise = j.path("noise.xlsx");
    std::fs::write(
        &noise,
        (0..5000u32)
            .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
            .collect::<Vec<_>>(),
    )
    .unwrap();
    let text = j.path("text.xlsx");
    std::fs::write(&text, "Фамилия;Имя\nИванова;Анна\n").unwrap();
    // A package whose sheet XML is broken half-way.
    let broken = j.path("broken.xlsx");
    rewrite_xlsx(&good, &broken, |name, data| {
        if name == "xl/worksheets/sheet1.xml" {
            data[..data.len() * 2 / 3].to_vec()
        } else {
            data
        }
    });
    for (f, says) in [
        (&cut, "not an .xlsx workbook, or a damaged one"),
        (&noise, "not an .xlsx workbook, or a damaged one"),
        (&text, "a CSV file needs a .csv name"),
        (&broken, "is damaged"),
    ] {
        let a = j.run(&["import", "staff", f.to_str().unwrap()]).code(65);
        let err = stderr(&a);
        let name = f.file_name().unwrap().to_str().unwrap();
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(err.contains(name) && err.contains(says), "{err}");
        assert_eq!(err.matches(says).count(), 1, "{err}");
    }
    // Old and other workbooks are not read at all: their readers trust the sizes they state.
    for ext in ["xls", "ods"] {
        let f = j.path(&format!("staff.{ext}"));
        std::fs::write(&f, &bytes).unwrap();
        j.run(&["import", "staff", f.to_str().unwrap()])
            .code(65)
            .stderr(contains(format!(
                "staff.{ext}: .{ext} workbooks are not read"
            )));
    }
}

/// The fixture roster as cp1251 CSV, with `lines` after its header.
fn roster_csv(j: &Journal, name: &str, lines: &[&str]) -> PathBuf {
    let mut text = roster_sheet().ru.join(";");
    text.push_str("\r\n");
    for l in lines {
        text.push_str(l);
        text.push_str("\r\n");
    }
    let p = j.path(name);
    write_cp1251(&p, &text);
    p
}

#[test]
fn a_short_roster_line_is_refused_and_the_parent_kept() {
    let j = Journal::new();
    import_school(&j, Style::Cp1251);
    let before = j.dump();
    let phone = "SELECT count(*) FROM guardians WHERE phone = '+7 (914) 858-17-36'";
    assert_eq!(j.count(phone), 1);
    let f = roster_csv(
        &j,
        "short.csv",
        &[
            "5А;Жуков;Матвей;Романович;25.06.2013",
            // Cut in the middle of the phone number.
            "5А;Ёлкин;Фёдор;Андреевич;19.02.2013;;Ёлкина Оксана;+7 (914) 853-0",
            "5А;Абрамова;Кира;;23.07.2013;;;;",
        ],
    );
    j.run(&["import", "roster", f.to_str().unwrap()])
        .code(65)
        .stderr(contains("short.csv:2: row has 5 cells, the header has 9"))
        .stderr(contains("short.csv:3: row has 8 cells, the header has 9"))
        .stderr(contains("2 problem(s) in 2 row(s); nothing was imported"));
    assert_eq!(j.dump(), before);
    // An explicitly empty cell does clear: the file says so.
    let f = roster_csv(
        &j,
        "full.csv",
        &["5А;Жуков;Матвей;Романович;25.06.2013;;;;"],
    );
    j.run(&["import", "roster", f.to_str().unwrap()]).success();
    assert_eq!(j.count(phone), 0);
}

#[test]
fn a_value_shifted_by_an_unquoted_delimiter_is_refused() {
    let j = Journal::new();
    import_school(&j, Style::Cp1251);
    let before = j.dump();
    let f = roster_csv(
        &j,
        "shifted.csv",
        &[
            "5А;Жуков;Матвей;Романович;25.06.2013;;Жукова Мария; мать;+7 (914) 858-17-36;нет",
            // Empty cells beyond the header are what a spreadsheet leaves: fine.
            "5А;Абрамова;Кира;;23.07.2013;;;;;;;",
        ],
    );
    j.run(&["import", "roster", f.to_str().unwrap()])
        .code(65)
        .stderr(contains(
            "shifted.csv:2: row has 10 cells, the header has 9: is a delimiter inside a value",
        ))
        .stderr(contains("1 problem(s) in 1 row(s)"));
    assert_eq!(j.dump(), before);
}

#[test]
fn control_characters_in_cells_are_refused_by_line_and_column() {
    let j = Journal::new();
    import_school(&j, Style::Cp1251);
    let before = j.dump();
    let f = roster_csv(
        &j,
        "controls.csv",
        &[
            "5А;Жу\0ков;Матвей;Романович;25.06.2013;;;;",
            "5А;Ёлкин;Фёдор;Андреевич;19.02.2013;;Ёлкина \x1b[2JОксана;;",
            "5А;Абрамова;Кира;;23.07.2013;;;+7 914\x07;",
        ],
    );
    let a = j
        .run(&["import", "roster", f.to_str().unwrap()])
        .code(65)
        .stderr(contains(
            "controls.csv:2: Фамилия: has a control character (U+0000) at character 3",
        ))
        .stderr(contains(
            "controls.csv:3: Родитель: has a control character (U+001B)",
        ))
        .stderr(contains(
            "controls.csv:4: Телефон: has a control character (U+0007)",
        ));
    assert!(!stderr(&a).contains('\x1b'));
    assert_eq!(j.dump(), before);

    // In a workbook too (Excel writes a control character as _x001B_).
    let mut sheet = staff_sheet();
    sheet.rows[1][0] = "Пет\u{1b}ров";
    let x = j.path("staff_esc.xlsx");
    write_sheet(&x, Style::Xlsx, &sheet);
    j.run(&["import", "staff", x.to_str().unwrap()])
        .code(65)
        .stderr(contains(
            "staff_esc.xlsx:3: Фамилия: has a control character (U+001B) at character 4",
        ));
    assert_eq!(j.dump(), before);
}

#[test]
fn a_line_break_inside_a_cell_is_a_space() {
    let j = Journal::new();
    import_school(&j, Style::Cp1251);
    let mut plan = plan_sheet();
    plan.rows[0][1] = "Натуральные числа\nи шкалы";
    let f = j.path("5А_Математика.xlsx");
    write_sheet(&f, Style::Xlsx, &plan);
    j.run(&["import", "plan", f.to_str().unwrap()]).success();
    assert_eq!(
        j.count("SELECT count(*) FROM plan_items WHERE topic = 'Натуральные числа и шкалы'"),
        1
    );
}

#[test]
fn overlong_values_are_refused_by_line() {
    let j = Journal::new();
    import_school(&j, Style::Cp1251);
    let before = j.dump();
    let surname = "Ж".repeat(1_000_000);
    let long_mail = format!("{}@mail.ru", "a".repeat(250));
    let line2 = format!("5А;{surname};Матвей;Романович;25.06.2013;;;;");
    let line3 = format!("5А;Ёлкин;Фёдор;Андреевич;19.02.2013;;;;;{long_mail}");
    let mut header = roster_sheet().ru;
    header.push("Email");
    let mut text = header.join(";") + "\r\n";
    text.push_str(&line2);
    text.push_str(";\r\n");
    text.push_str(&line3);
    text.push_str("\r\n");
    let f = j.path("long.csv");
    std::fs::write(&f, text).unwrap();
    let started = Instant::now();
    let a = j
        .run(&["import", "roster", f.to_str().unwrap()])
        .code(65)
        .stderr(contains(
            "long.csv:2: Фамилия: is too long: more than 60 characters",
        ))
        .stderr(contains(
            "long.csv:3: Email: is too long: more than 254 characters",
        ));
    assert!(started.elapsed() < Duration::from_secs(5));
    // The message does not repeat the megabyte.
    assert!(stderr(&a).len() < 1000);
    assert_eq!(j.dump(), before);

    // A topic of a КТП: at most 1000 characters, in a workbook as in CSV.
    let topic = "т".repeat(1001);
    let mut plan = plan_sheet();
    plan.rows[1][1] = &topic;
    let p = j.path("5А_Математика.xlsx");
    write_sheet(&p, Style::Xlsx, &plan);
    j.run(&["import", "plan", p.to_str().unwrap()])
        .code(65)
        .stderr(contains(
            "5А_Математика.xlsx:3: Тема: is too long: more than 1000 characters",
        ));
    assert_eq!(j.dump(), before);
}

#[test]
fn escape_sequences_are_never_printed_raw() {
    let j = Journal::new();
    // Before the staff list anyone may bring it in, under any name.
    let actor = "Злоумышленник\x1b[2J\x1b[H";
    let staff = j.path("staff.csv");
    write_sheet(&staff, Style::Cp1251, &staff_sheet());
    j.as_actor(actor, &["import", "staff", staff.to_str().unwrap()])
        .success();
    j.run(&[
        "settings",
        "set",
        "entry_window_days",
        "5",
        "--reason",
        "причина\x1b]0;title\x07",
    ])
    .success();
    for format in ["table", "csv", "json"] {
        let out = j.out(&["audit", "--format", format]);
        if format == "table" {
            assert!(!out.contains('\x1b') && !out.contains('\x07'), "{out}");
            assert!(out.contains("Злоумышленник\\u{1b}[2J"), "{out}");
        } else if format == "csv" {
            // CSV stays the exact data, for programs.
            assert!(out.contains(actor), "{out}");
        } else {
            assert!(!out.contains('\x1b'), "{out}");
        }
    }
    // Once there is a staff list, the name is refused, and the refusal quotes it escaped.
    import_school(&j, Style::Cp1251);
    let a = j
        .as_actor(actor, &["settings", "set", "entry_window_days", "6"])
        .failure();
    let err = stderr(&a);
    assert!(!err.contains('\x1b') && err.contains("\\u{1b}[2J"), "{err}");

    // A value that got in behind the tool's back is escaped in lists.
    j.tamper(
        "UPDATE students SET last_name = 'Жуков' || char(27) || '[31m' WHERE last_name = 'Жуков'",
    );
    let out = j.out(&["student", "list", "--class", "5А"]);
    assert!(
        !out.contains('\x1b') && out.contains("Жуков\\u{1b}[31m"),
        "{out}"
    );
    j.run(&["lessons", "generate", "-q"]).success();
    // And the command line cannot put one in.
    j.run(&[
        "lesson",
        "set",
        "--class",
        "5А",
        "--subject",
        "Математика",
        "--date",
        "04.09.2023",
        "--topic",
        "a\x1b[2Jb",
    ])
    .code(65)
    .stderr(contains("--topic has a control character (U+001B)"));
}

#[test]
fn a_file_that_is_not_a_journal_is_named() {
    let j = Journal::empty();
    let f = j.path("random.bin");
    std::fs::write(
        &f,
        (0..20_000u32)
            .map(|i| (i.wrapping_mul(2_246_822_519) >> 11) as u8)
            .collect::<Vec<_>>(),
    )
    .unwrap();
    j.cmd()
        .args(["--db", f.to_str().unwrap(), "student", "list"])
        .assert()
        .code(1)
        .stderr(contains(
            "random.bin is not a journal: it is not an SQLite database file",
        ));
    let other = j.path("other.db");
    rusqlite::Connection::open(&other)
        .unwrap()
        .execute_batch("CREATE TABLE t (x)")
        .unwrap();
    j.cmd()
        .args(["--db", other.to_str().unwrap(), "student", "list"])
        .assert()
        .code(1)
        .stderr(contains("other.db is not an ejournal journal"));
    let newer = Journal::new();
    newer.tamper("PRAGMA user_version = 999");
    newer
        .run(&["student", "list"])
        .code(1)
        .stderr(contains("was written by a newer ejournal (schema 999"));
}

#[test]
fn the_session_row_cannot_be_deleted() {
    let j = Journal::new();
    import_school(&j, Style::Cp1251);
    let conn = rusqlite::Connection::open(j.db()).unwrap();
    let err = conn.execute_batch("DELETE FROM session").unwrap_err();
    assert!(
        err.to_string()
            .contains("the session row may not be deleted"),
        "{err}"
    );
    assert!(conn
        .execute_batch("INSERT INTO session (id) VALUES (2)")
        .is_err());
    drop(conn);
    j.run(&[
        "settings",
        "set",
        "entry_window_days",
        "5",
        "--reason",
        "проверка",
    ])
    .success();
    // Were the guard dropped too, a write names what is wrong instead of failing obscurely.
    j.tamper("DROP TRIGGER session_kept; DELETE FROM session;");
    j.run(&[
        "settings",
        "set",
        "entry_window_days",
        "6",
        "--reason",
        "проверка",
    ])
    .code(1)
    .stderr(contains(
        "the journal's session row is missing: the file was changed outside ejournal",
    ));
}

// ---- A deterministic fuzz of the example school's files ----

/// A deputy (заместитель) on the example school's staff list.
const EXAMPLE_DEPUTY: &str = "Литвиненко Сергей Андреевич";

/// xorshift64*: a seeded, dependency-free generator.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Bytes that make readers stumble.
const NASTY: &[&[u8]] = &[
    b"\0",
    b"\x1b[2J",
    b";",
    b",",
    b"\t",
    b"\"",
    b"\n",
    b"\r",
    b"\xef\xbb\xbf",
    b"\xff\xfe",
    b"\xc2\x9b",
    b"\xd0",
    b"99999999999",
    b"-1",
    b"31.02.2023",
    b"<",
    b"&#0;",
    b"XFD1048576",
    b"ZZZZZZ99999999999",
    b"A0",
    b"]]>",
];

/// One random change to a text: a byte flipped or put in, a cut, a line doubled, dropped or
/// moved, a long run of one letter. Lines are `sep`-separated (`\n`, or `<row` in a sheet).
fn mutate(rng: &mut Rng, data: &mut Vec<u8>, sep: &[u8]) {
    if data.is_empty() {
        data.extend_from_slice(b"x");
    }
    let at = rng.below(data.len());
    match rng.below(9) {
        0 => data[at] = rng.next() as u8,
        1 => data.truncate(at),
        2 => {
            let nasty = NASTY[rng.below(NASTY.len())];
            data.splice(at..at, nasty.iter().copied());
        }
        3 => {
            let nasty = NASTY[rng.below(NASTY.len())];
            let end = (at + nasty.len()).min(data.len());
            data.splice(at..end, nasty.iter().copied());
        }
        4..=7 => {
            let mut lines = split_keep(data, sep);
            if lines.len() < 2 {
                data.truncate(at);
                return;
            }
            let i = rng.below(lines.len());
            match rng.below(4) {
                0 => {
                    let l = lines[i].clone();
                    lines.insert(rng.below(lines.len()), l);
                }
                1 => {
                    lines.remove(i);
                }
                2 => {
                    let k = rng.below(lines.len());
                    lines.swap(i, k);
                }
                _ => {
                    let l = &mut lines[i];
                    let cut = rng.below(l.len());
                    l.truncate(cut);
                }
            }
            *data = lines.concat();
        }
        _ => {
            let n = [61, 255, 1001, 40_000][rng.below(4)];
            let run = "Ж".repeat(n).into_bytes();
            data.splice(at..at, run);
        }
    }
}

/// Split before each `sep` (a sheet's rows) or after each `\n` (a text's lines).
fn split_keep(data: &[u8], sep: &[u8]) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i + sep.len() <= data.len() {
        if &data[i..i + sep.len()] == sep {
            let cut = if sep == b"\n" { i + 1 } else { i };
            if cut > start {
                out.push(data[start..cut].to_vec());
                start = cut;
            }
            i += sep.len();
        } else {
            i += 1;
        }
    }
    out.push(data[start..].to_vec());
    out
}

struct Target {
    kind: &'static str,
    file: &'static str,
}

/// In the order they import in.
const TARGETS: &[Target] = &[
    Target {
        kind: "staff",
        file: "staff.xlsx",
    },
    Target {
        kind: "roster",
        file: "roster.csv",
    },
    Target {
        kind: "load",
        file: "load.xlsx",
    },
    Target {
        kind: "groups",
        file: "groups.csv",
    },
    Target {
        kind: "timetable",
        file: "timetable.xlsx",
    },
    Target {
        kind: "plan",
        file: "plans/5А_Математика.csv",
    },
    Target {
        kind: "plan",
        file: "plans/9А_Алгебра.xlsx",
    },
];

fn example(file: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples/school")
        .join(file)
}

/// The example school imported: every later case starts from a copy of this journal.
fn example_journal() -> Journal {
    let j = Journal::new();
    for t in TARGETS {
        j.cmd()
            .env("EJOURNAL_ACTOR", EXAMPLE_DEPUTY)
            .args(["import", t.kind, example(t.file).to_str().unwrap(), "-q"])
            .assert()
            .success();
    }
    j
}

/// A mutated copy of a target, written where the import reads it (a plan keeps its name:
/// the course is read from it).
fn mutated(rng: &mut Rng, t: &Target, dir: &Path) -> PathBuf {
    let src = example(t.file);
    let name = src.file_name().unwrap().to_str().unwrap().to_string();
    let dst = dir.join(&name);
    let changes = 1 + rng.below(3);
    if name.ends_with(".xlsx") {
        // Mostly the sheet's XML (what the reader parses), sometimes the package itself.
        if rng.below(5) == 0 {
            let mut bytes = std::fs::read(&src).unwrap();
            for _ in 0..changes {
                mutate(rng, &mut bytes, b"\n");
            }
            std::fs::write(&dst, bytes).unwrap();
        } else {
            rewrite_xlsx(&src, &dst, |part, mut data| {
                if part.starts_with("xl/worksheets/") || part == "xl/sharedStrings.xml" {
                    for _ in 0..changes {
                        mutate(rng, &mut data, b"<row");
                    }
                }
                data
            });
        }
    } else {
        let mut bytes = std::fs::read(&src).unwrap();
        for _ in 0..changes {
            mutate(rng, &mut bytes, b"\n");
        }
        std::fs::write(&dst, bytes).unwrap();
    }
    dst
}

/// Run `cases` mutated imports from `seed`: none may panic or abort, and a refused one
/// leaves the journal exactly as it was. Returns how many were refused.
fn fuzz(seed: u64, cases: usize) -> usize {
    let j = example_journal();
    let base = j.path("base.db");
    std::fs::copy(j.db(), &base).unwrap();
    let before = j.dump();
    let work = j.path("work");
    std::fs::create_dir(&work).unwrap();
    let mut rng = Rng(seed);
    let mut refused = 0;
    let mut changed = false;
    for case in 0..cases {
        if changed {
            // A mutated file that imported changed the journal: start again from the base.
            for ext in ["-wal", "-shm"] {
                let _ = std::fs::remove_file(format!("{}{ext}", j.db().display()));
            }
            std::fs::copy(&base, j.db()).unwrap();
            changed = false;
        }
        let t = &TARGETS[rng.below(TARGETS.len())];
        let f = mutated(&mut rng, t, &work);
        let out = j
            .cmd()
            .env("EJOURNAL_ACTOR", EXAMPLE_DEPUTY)
            .args(["import", t.kind, f.to_str().unwrap(), "-q"])
            .output()
            .unwrap();
        let code = out.status.code();
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            matches!(code, Some(0 | 2 | 65)),
            "case {case} (seed {seed}, {} {}): exit {code:?}\n{err}",
            t.kind,
            t.file
        );
        if code == Some(0) {
            changed = true;
        } else {
            refused += 1;
            assert_eq!(
                j.dump(),
                before,
                "case {case} (seed {seed}, {}): refused, but the journal changed\n{err}",
                t.file
            );
        }
    }
    refused
}

#[test]
fn mutated_example_files_never_crash_or_write_half() {
    let started = Instant::now();
    let cases = 2_000;
    let refused = fuzz(0x5EED_2023_0901, cases);
    eprintln!(
        "fuzz: {cases} cases, {refused} refused, {} imported, in {:.1} s",
        cases - refused,
        started.elapsed().as_secs_f64()
    );
    // Most mutations break something the import checks, but not all.
    assert!(refused > cases / 2 && refused < cases, "{refused}");
}

/// The long run: `cargo test --release --test hostile_input -- --ignored`.
#[test]
#[ignore]
fn mutated_example_files_never_crash_or_write_half_long() {
    for seed in 1..=10u64 {
        let started = Instant::now();
        let refused = fuzz(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15), 2_000);
        eprintln!(
            "fuzz seed {seed}: 2000 cases, {refused} refused, in {:.1} s",
            started.elapsed().as_secs_f64()
        );
    }
}
