//! Helpers for the integration tests: a temporary journal, the real binary, and fixture
//! files written the way schools write them (CSV in UTF-8 or Windows-1251, XLSX).
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use tempfile::TempDir;

pub const TODAY: &str = "2023-10-10";

pub struct Journal {
    pub dir: TempDir,
}

impl Journal {
    /// A fresh directory with no journal yet.
    pub fn empty() -> Journal {
        Journal {
            dir: tempfile::tempdir().unwrap(),
        }
    }

    /// A training journal made by `init` for 2023/2024 (so that `EJOURNAL_TODAY` holds).
    pub fn new() -> Journal {
        let j = Journal::empty();
        j.run(&[
            "init",
            "--training",
            "--school",
            "Тестовая школа",
            "--year",
            "2023/2024",
        ])
        .success();
        j
    }

    pub fn db(&self) -> PathBuf {
        self.dir.path().join("ejournal.db")
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// The binary, pointed at this journal, acting as the fixture school's deputy (who may
    /// do everything), on a fixed today.
    pub fn cmd(&self) -> Command {
        let mut c = Command::cargo_bin("ejournal").unwrap();
        c.current_dir(self.dir.path())
            .env("EJOURNAL_DB", self.db())
            .env("EJOURNAL_ACTOR", DEPUTY)
            .env("EJOURNAL_TODAY", TODAY)
            // A wide terminal: tests read what tables say; tests/terminal_tables.rs reads
            // how they fit a narrow one.
            .env("COLUMNS", "400")
            // The tests read English messages; tests/i18n.rs reads the Russian ones.
            .env("EJOURNAL_LANG", "en")
            .env_remove("EJOURNAL_WIDE")
            .env_remove("EJOURNAL_FORMAT")
            .env_remove("EJOURNAL_QUIET");
        c
    }

    /// The binary in a locale: every language variable cleared, then `LANG` set when
    /// given (None: the default, Russian).
    pub fn in_locale(&self, lang: Option<&str>) -> Command {
        let mut c = self.cmd();
        c.env_remove("EJOURNAL_LANG")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env_remove("LANG");
        if let Some(l) = lang {
            c.env("LANG", l);
        }
        c
    }

    /// Run a command as another member of staff (or anyone).
    pub fn as_actor(&self, actor: &str, args: &[&str]) -> assert_cmd::assert::Assert {
        self.cmd().env("EJOURNAL_ACTOR", actor).args(args).assert()
    }

    pub fn run(&self, args: &[&str]) -> assert_cmd::assert::Assert {
        self.cmd().args(args).assert()
    }

    /// stdout of a successful command.
    pub fn out(&self, args: &[&str]) -> String {
        let a = self.run(args).success();
        String::from_utf8(a.get_output().stdout.clone()).unwrap()
    }

    pub fn json(&self, args: &[&str]) -> serde_json::Value {
        let mut all = args.to_vec();
        all.extend(["--format", "json"]);
        serde_json::from_str(&self.out(&all)).unwrap()
    }

    /// Every row of every table, to check that a refused command changed nothing.
    pub fn dump(&self) -> String {
        let conn = rusqlite::Connection::open(self.db()).unwrap();
        let tables: Vec<String> = conn
            .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .map(Result::unwrap)
            .collect();
        let names: Vec<&str> = tables.iter().map(String::as_str).collect();
        self.dump_tables(&names)
    }

    /// Every row of the named tables, in this order.
    pub fn dump_tables(&self, tables: &[&str]) -> String {
        let conn = rusqlite::Connection::open(self.db()).unwrap();
        let mut out = String::new();
        for t in tables {
            let mut stmt = conn
                .prepare(&format!("SELECT * FROM \"{t}\" ORDER BY 1"))
                .unwrap();
            let n = stmt.column_count();
            let rows = stmt
                .query_map([], |r| {
                    Ok((0..n)
                        .map(|i| format!("{:?}", r.get_ref(i).unwrap()))
                        .collect::<Vec<_>>()
                        .join("|"))
                })
                .unwrap();
            out.push_str(&format!("## {t}\n"));
            for r in rows {
                out.push_str(&r.unwrap());
                out.push('\n');
            }
        }
        out
    }

    /// Change the journal behind the tool's back, as someone with `sqlite3` could.
    pub fn tamper(&self, sql: &str) {
        let conn = rusqlite::Connection::open(self.db()).unwrap();
        conn.execute_batch(sql).unwrap();
    }

    pub fn count(&self, sql: &str) -> i64 {
        let conn = rusqlite::Connection::open(self.db()).unwrap();
        conn.query_row(sql, [], |r| r.get(0)).unwrap()
    }
}

/// How a fixture file is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// Windows-1251, `;`, CRLF, Russian headers: what Russian Excel saves.
    Cp1251,
    /// UTF-8 with a BOM, `,`, English headers.
    Utf8Bom,
    /// .xlsx with Russian headers.
    Xlsx,
}

impl Style {
    pub const ALL: [Style; 3] = [Style::Cp1251, Style::Utf8Bom, Style::Xlsx];

    pub fn ext(self) -> &'static str {
        if self == Style::Xlsx {
            "xlsx"
        } else {
            "csv"
        }
    }
}

/// A table: header (Russian, English) pairs and rows.
pub struct Sheet<'a> {
    pub ru: Vec<&'a str>,
    pub en: Vec<&'a str>,
    pub rows: Vec<Vec<&'a str>>,
}

pub fn csv_text(header: &[&str], rows: &[Vec<&str>], delimiter: char) -> String {
    let quote = |c: &str| {
        if c.contains(delimiter) || c.contains('"') {
            format!("\"{}\"", c.replace('"', "\"\""))
        } else {
            c.to_string()
        }
    };
    let mut s = String::new();
    for r in std::iter::once(header.to_vec()).chain(rows.iter().cloned()) {
        s.push_str(
            &r.iter()
                .map(|c| quote(c))
                .collect::<Vec<_>>()
                .join(&delimiter.to_string()),
        );
        s.push_str("\r\n");
    }
    s
}

pub fn write_cp1251(path: &Path, text: &str) {
    let (bytes, _, bad) = encoding_rs::WINDOWS_1251.encode(text);
    assert!(!bad, "text not representable in Windows-1251");
    std::fs::write(path, bytes).unwrap();
}

pub fn write_sheet(path: &Path, style: Style, sheet: &Sheet) {
    match style {
        Style::Cp1251 => write_cp1251(path, &csv_text(&sheet.ru, &sheet.rows, ';')),
        Style::Utf8Bom => {
            let mut bytes = vec![0xEF, 0xBB, 0xBF];
            bytes.extend(csv_text(&sheet.en, &sheet.rows, ',').into_bytes());
            std::fs::write(path, bytes).unwrap();
        }
        Style::Xlsx => {
            let mut book = rust_xlsxwriter::Workbook::new();
            let ws = book.add_worksheet();
            for (c, h) in sheet.ru.iter().enumerate() {
                ws.write_string(0, c as u16, *h).unwrap();
            }
            for (r, row) in sheet.rows.iter().enumerate() {
                for (c, v) in row.iter().enumerate() {
                    // Numbers as numbers, the way a spreadsheet holds them.
                    match v.parse::<f64>() {
                        Ok(n) if !v.is_empty() && !v.contains('.') => {
                            ws.write_number(r as u32 + 1, c as u16, n).unwrap();
                        }
                        _ => {
                            ws.write_string(r as u32 + 1, c as u16, *v).unwrap();
                        }
                    }
                }
            }
            book.save(path).unwrap();
        }
    }
}

pub fn staff_sheet() -> Sheet<'static> {
    Sheet {
        ru: vec!["Фамилия", "Имя", "Отчество", "Роль", "Класс"],
        en: vec!["last_name", "first_name", "middle_name", "role", "class"],
        rows: vec![
            vec![
                "Иванова",
                "Анна",
                "Петровна",
                "учитель, классный руководитель",
                "5А",
            ],
            vec!["Петров", "Сергей", "Ильич", "учитель", ""],
            vec!["Сидорова", "Ольга", "Николаевна", "заместитель", ""],
            vec!["Орлова", "Ирина", "Юрьевна", "учитель", "10А"],
        ],
    }
}

pub fn roster_sheet() -> Sheet<'static> {
    Sheet {
        ru: vec![
            "Класс",
            "Фамилия",
            "Имя",
            "Отчество",
            "Дата рождения",
            "Дата зачисления",
            "Родитель",
            "Телефон",
            "Без электронного доступа",
        ],
        en: vec![
            "class",
            "last_name",
            "first_name",
            "middle_name",
            "birth_date",
            "enrolled_on",
            "guardian",
            "phone",
            "paper_only",
        ],
        rows: vec![
            vec![
                "5А",
                "Жуков",
                "Матвей",
                "Романович",
                "25.06.2013",
                "",
                "Жукова Мария Вадимовна",
                "+7 (914) 858-17-36",
                "",
            ],
            vec![
                "5А",
                "Ёлкин",
                "Фёдор",
                "Андреевич",
                "19.02.2013",
                "",
                "Ёлкина Оксана",
                "",
                "да",
            ],
            vec![
                "5А",
                "Елисеев",
                "Пётр",
                "Игоревич",
                "07.10.2012",
                "",
                "",
                "",
                "",
            ],
            vec!["5А", "Абрамова", "Кира", "", "23.07.2013", "", "", "", ""],
            vec![
                "5а",
                "Ершов",
                "Артём",
                "Денисович",
                "03.12.2012",
                "",
                "",
                "",
                "",
            ],
            vec![
                "10А",
                "Смирнов",
                "Александр",
                "Сергеевич",
                "02.11.2007",
                "",
                "",
                "",
                "",
            ],
            vec![
                "10А",
                "Смирнов",
                "Александр",
                "Сергеевич",
                "14.03.2008",
                "",
                "",
                "",
                "",
            ],
            vec![
                "10А",
                "Алиева",
                "Амина",
                "",
                "01.01.2008",
                "01.09.2023",
                "",
                "",
                "",
            ],
        ],
    }
}

pub fn load_sheet() -> Sheet<'static> {
    Sheet {
        ru: vec!["Класс", "Предмет", "Учитель", "Часов в неделю", "Группа"],
        en: vec!["class", "subject", "teacher", "hours_per_week", "group"],
        rows: vec![
            vec!["5А", "Математика", "Иванова Анна Петровна", "5", ""],
            vec!["5А", "Английский язык", "Петров Сергей Ильич", "3", "1"],
            vec!["5А", "Английский язык", "Орлова И.Ю.", "3", "2"],
            vec!["10А", "История", "Петров С. И.", "2", ""],
        ],
    }
}

pub fn groups_sheet() -> Sheet<'static> {
    Sheet {
        ru: vec!["Класс", "Предмет", "Группа", "Ученик"],
        en: vec!["class", "subject", "group", "student"],
        rows: vec![
            vec!["5А", "Английский язык", "1", "Жуков Матвей Романович"],
            vec!["5А", "Английский язык", "1", "Ёлкин Фёдор Андреевич"],
            vec!["5А", "Английский язык", "2", "Елисеев Пётр Игоревич"],
            vec!["5А", "Английский язык", "2", "Абрамова Кира"],
            vec!["5А", "английский  язык", "2", "Ершов Артем Денисович"],
        ],
    }
}

pub fn timetable_sheet() -> Sheet<'static> {
    Sheet {
        ru: vec!["Класс", "День", "Урок", "Предмет", "Группа"],
        en: vec!["class", "weekday", "lesson_no", "subject", "group"],
        rows: vec![
            vec!["5А", "Пн", "1", "Математика", ""],
            vec!["5А", "Пн", "2", "Английский язык", ""],
            vec!["5А", "Вт", "1", "Математика", ""],
            vec!["5А", "3", "1", "Английский язык", "1"],
            vec!["5А", "3", "1", "Английский язык", "2"],
            vec!["10А", "Чт", "4", "История", ""],
        ],
    }
}

pub fn plan_sheet() -> Sheet<'static> {
    Sheet {
        ru: vec!["№ урока", "Тема", "Часов", "Дата", "Домашнее задание"],
        en: vec!["lesson_no", "topic", "hours", "planned_date", "homework"],
        rows: vec![
            vec!["1", "Натуральные числа и шкалы", "2", "", "§ 1, № 5, 7"],
            vec![
                "2",
                "Сложение натуральных чисел; свойства",
                "3",
                "11.09.2023",
                "§ 2",
            ],
            vec!["3", "Контрольная работа № 1", "1", "", ""],
        ],
    }
}

/// Write every fixture file in a style; returns the files in import order.
pub fn write_school(j: &Journal, style: Style) -> Vec<(&'static str, PathBuf)> {
    let ext = style.ext();
    let files = [
        ("staff", staff_sheet()),
        ("roster", roster_sheet()),
        ("load", load_sheet()),
        ("groups", groups_sheet()),
        ("timetable", timetable_sheet()),
    ];
    let mut out = Vec::new();
    for (kind, sheet) in files {
        let p = j.path(&format!("{kind}.{ext}"));
        write_sheet(&p, style, &sheet);
        out.push((kind, p));
    }
    let p = j.path(&format!("5А_Математика.{ext}"));
    write_sheet(&p, style, &plan_sheet());
    out.push(("plan", p));
    out
}

/// Import the fixture school in a style.
pub fn import_school(j: &Journal, style: Style) {
    for (kind, path) in write_school(j, style) {
        j.run(&["import", kind, path.to_str().unwrap()]).success();
    }
}

/// The fixture school's deputy (заместитель), who may widen the window and issue permits.
pub const DEPUTY: &str = "Сидорова Ольга Николаевна";

/// The entry window the shared fixture opens: the tests enter marks for lessons weeks
/// before today (2023-10-10), which the lesson-day rule (window 0) would refuse; the
/// rule's own tests (tests/entry_window.rs) set it back.
pub const FIXTURE_WINDOW_DAYS: &str = "60";

/// The test school, its files imported, with its lessons generated, and the entry window
/// widened by the deputy to [`FIXTURE_WINDOW_DAYS`].
pub fn school() -> Journal {
    let j = Journal::new();
    import_school(&j, Style::Cp1251);
    j.run(&["lessons", "generate", "-q"]).success();
    widen_window(&j);
    j
}

/// The deputy widens the entry window to [`FIXTURE_WINDOW_DAYS`] (a test fixture that
/// enters marks for lessons weeks before its today).
pub fn widen_window(j: &Journal) {
    j.cmd()
        .env("EJOURNAL_ACTOR", DEPUTY)
        .args([
            "settings",
            "set",
            "entry_window_days",
            FIXTURE_WINDOW_DAYS,
            "--reason",
            "тестовая школа: записи задним числом",
        ])
        .assert()
        .success();
}

/// Run a command as the fixture school's deputy, saying so where a test is about who acts.
pub fn deputy(j: &Journal, args: &[&str]) -> assert_cmd::assert::Assert {
    j.as_actor(DEPUTY, args)
}

/// A mark in the fixture school's 5А Математика, entered by its deputy.
pub fn mark(
    j: &Journal,
    date: &str,
    student: &str,
    value: &str,
    work: &str,
) -> assert_cmd::assert::Assert {
    j.run(&[
        "mark",
        "add",
        "--date",
        date,
        "--class",
        "5А",
        "--subject",
        "Математика",
        "--student",
        student,
        "--mark",
        value,
        "--work-type",
        work,
    ])
}

/// The demo school's folder (journal, copies, printouts, reports), built once per test file
/// that asks for it.
pub fn demo_dir() -> &'static Path {
    static DIR: std::sync::OnceLock<(TempDir, PathBuf)> = std::sync::OnceLock::new();
    &DIR.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        let demo = dir.path().join("demo");
        Command::cargo_bin("ejournal")
            .unwrap()
            // The demo's documents in Russian, whatever the machine's locale.
            .env("EJOURNAL_LANG", "ru")
            .args(["demo", "--dir", demo.to_str().unwrap(), "-q"])
            .env_remove("EJOURNAL_DB")
            .assert()
            .success();
        (dir, demo)
    })
    .1
}
