//! The timetable as schools keep it: a grid. The first columns are the day and the lesson
//! number (the day written once, on the first row of its lessons, or in a merged cell); then
//! a column per class, headed by its name (`5А`, `9 А`, `10-А`), each cell the subject as
//! the school writes it (`Матем.`, `Англ. яз. (1 гр.) / Англ. яз. (2 гр.)`). This module
//! reads the shape; the subjects are resolved against the teaching load by the import
//! ([`resolve_subject`] does the matching).

use super::raw::{column_letters, RawTable, HEADER_SEARCH_ROWS};
use super::Problems;
use crate::domain::class_name::ClassName;
use crate::domain::text::fold_key;

/// One subject written in a cell, with the group it names (if any).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CellPart {
    pub subject: String,
    pub group: Option<String>,
}

/// One class's column of the grid.
#[derive(Debug, Clone)]
pub struct GridClass {
    pub column: usize,
    /// The header as written (`9 А`).
    pub header: String,
    pub name: ClassName,
}

/// One non-empty cell of a class's column.
#[derive(Debug, Clone)]
pub struct GridEntry {
    pub line: u64,
    /// Index into [`Grid::classes`].
    pub class: usize,
    /// How messages name the cell's column: the class's header (with the cell, `D7`, in a
    /// workbook).
    pub label: String,
    pub weekday: u32,
    pub lesson_no: i64,
    /// The cell as written.
    pub text: String,
    pub parts: Vec<CellPart>,
}

/// A grid read: its classes and their lessons.
#[derive(Debug, Clone)]
pub struct Grid {
    pub header_line: u64,
    pub classes: Vec<GridClass>,
    pub entries: Vec<GridEntry>,
}

/// The header row of a grid: the first of the first rows that heads columns with class
/// names, right of at least two other columns.
pub fn find_header(raw: &RawTable) -> Option<usize> {
    raw.rows.iter().take(HEADER_SEARCH_ROWS).position(|r| {
        let classes: Vec<usize> = r
            .cells
            .iter()
            .enumerate()
            .filter(|(_, c)| ClassName::parse(c).is_ok())
            .map(|(i, _)| i)
            .collect();
        classes.first().is_some_and(|&first| first >= 2)
    })
}

/// Read the grid whose header is row `header` of `raw`; what is wrong goes to `p`.
pub fn read_grid(raw: &RawTable, header: usize, p: &mut Problems) -> Grid {
    let head = &raw.rows[header];
    let first = head
        .cells
        .iter()
        .position(|c| ClassName::parse(c).is_ok())
        .unwrap_or(head.cells.len());
    let body = &raw.rows[header + 1..];
    // The day and lesson columns are left of the classes: the day column is the one whose
    // cells are weekdays, the lesson column the one whose cells are numbers.
    let score = |col: usize, f: &dyn Fn(&str) -> bool| {
        body.iter().filter(|r| f(RawTable::at(r, col))).count()
    };
    let day_col = (0..first)
        .max_by_key(|&c| {
            (
                score(c, &|s| weekday_name(s).is_some()),
                std::cmp::Reverse(c),
            )
        })
        .unwrap_or(0);
    let lesson_col = (0..first)
        .filter(|&c| c != day_col)
        .max_by_key(|&c| {
            (
                score(c, &|s| lesson_number(s).is_some()),
                std::cmp::Reverse(c),
            )
        })
        .unwrap_or(1);
    let name_of = |col: usize, fallback: &str| {
        let h = RawTable::at(head, col);
        if h.is_empty() {
            fallback.to_string()
        } else {
            h.to_string()
        }
    };
    let day_label = name_of(day_col, "День");
    let lesson_label = name_of(lesson_col, "Урок");

    let mut classes: Vec<GridClass> = Vec::new();
    for (col, h) in head.cells.iter().enumerate().skip(first) {
        if h.is_empty() {
            continue;
        }
        match ClassName::parse(h) {
            Ok(name) => {
                if let Some(other) = classes.iter().find(|c| c.name == name) {
                    p.at(
                        head.line,
                        Some(h),
                        crate::t!(
                            "grid-class-twice",
                            class = name.to_string(),
                            other = other.header.as_str()
                        ),
                    );
                } else {
                    classes.push(GridClass {
                        column: col,
                        header: h.clone(),
                        name,
                    });
                }
            }
            Err(e) => p.at(
                head.line,
                Some(&cell_label(raw, h, col, head.line)),
                crate::t!("grid-not-a-class-column", why = e.to_string()),
            ),
        }
    }

    let mut entries = Vec::new();
    let mut day: Option<u32> = None;
    let mut day_known = true;
    for row in body {
        let day_cell = RawTable::at(row, day_col);
        let lesson_cell = RawTable::at(row, lesson_col);
        let any_class = classes
            .iter()
            .any(|c| !is_blank_lesson(RawTable::at(row, c.column)));
        if !day_cell.is_empty() {
            match parse_weekday(day_cell) {
                Ok(d) => {
                    day = Some(d);
                    day_known = true;
                }
                Err(e) => {
                    p.at(row.line, Some(&day_label), e);
                    day = None;
                    day_known = false;
                }
            }
        }
        // A row naming only a day (a day's title across the grid) begins that day.
        if let Some(d) = weekday_name(lesson_cell) {
            day = Some(d);
            day_known = true;
            continue;
        }
        if lesson_cell.is_empty() && !any_class {
            continue;
        }
        let Some(lesson_no) = lesson_number(lesson_cell) else {
            p.at(
                row.line,
                Some(&lesson_label),
                if lesson_cell.is_empty() {
                    crate::t!("grid-lesson-empty")
                } else {
                    crate::t!("grid-not-a-lesson-number", value = lesson_cell)
                },
            );
            continue;
        };
        let Some(weekday) = day else {
            if day_known {
                p.at(row.line, Some(&day_label), crate::t!("grid-day-empty"));
                day_known = false;
            }
            continue;
        };
        for (i, class) in classes.iter().enumerate() {
            let text = RawTable::at(row, class.column);
            if is_blank_lesson(text) {
                continue;
            }
            entries.push(GridEntry {
                line: row.line,
                class: i,
                label: cell_label(raw, &class.header, class.column, row.line),
                weekday,
                lesson_no,
                text: text.to_string(),
                parts: split_cell(text),
            });
        }
    }
    Grid {
        header_line: head.line,
        classes,
        entries,
    }
}

/// A cell's column as messages name it: its header, and in a workbook the cell (`5А (D7)`).
fn cell_label(raw: &RawTable, header: &str, column: usize, line: u64) -> String {
    if raw.workbook {
        format!("{header} ({}{line})", column_letters(column))
    } else {
        header.to_string()
    }
}

fn parse_weekday(s: &str) -> Result<u32, String> {
    crate::domain::date::parse_weekday(s)
}

/// A weekday written as a name (`Пн`, `ПОНЕДЕЛЬНИК`), not a number.
fn weekday_name(s: &str) -> Option<u32> {
    if s.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    parse_weekday(s).ok()
}

/// No lesson: an empty cell or a dash.
fn is_blank_lesson(s: &str) -> bool {
    matches!(s.trim(), "" | "-" | "—" | "–" | "--" | "---")
}

/// `1`, `1.`, `1 урок`, `1-й` → 1 (1–12).
fn lesson_number(s: &str) -> Option<i64> {
    let digits: String = s.trim().chars().take_while(char::is_ascii_digit).collect();
    let rest = s.trim()[digits.len()..].trim();
    let rest_ok =
        rest.is_empty() || rest.starts_with(['.', ')', '-']) || fold_key(rest).starts_with("урок");
    let n: i64 = digits.parse().ok()?;
    (rest_ok && (1..=12).contains(&n)).then_some(n)
}

/// `Англ. яз. (1 гр.) / Англ. яз. (2 гр.)` → two parts with their groups.
pub fn split_cell(text: &str) -> Vec<CellPart> {
    text.split('/')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|part| match split_group(part) {
            Some((subject, group)) => CellPart {
                subject,
                group: Some(group),
            },
            None => CellPart {
                subject: part.to_string(),
                group: None,
            },
        })
        .collect()
}

/// A part's subject and the group it names: `(1 гр.)`, `(гр. 2)`, `(2)`, `1 гр`, `гр.1`,
/// `1 подгр.`, `(1 группа)`.
fn split_group(part: &str) -> Option<(String, String)> {
    let t = part.trim();
    if let Some(inner) = t.strip_suffix(')') {
        if let Some(open) = inner.rfind('(') {
            if let Some(g) = group_number(&inner[open + 1..], true) {
                return Some((inner[..open].trim().to_string(), g));
            }
        }
    }
    let words: Vec<&str> = t.split_whitespace().collect();
    for n in [1, 2] {
        if words.len() > n {
            let tail = words[words.len() - n..].join(" ");
            if let Some(g) = group_number(&tail, false) {
                return Some((words[..words.len() - n].join(" "), g));
            }
        }
    }
    // `Англ. яз. гр.1` glued: a last word ending in `гр.N`.
    None
}

/// The group number a text names: `1 гр.`, `гр. 2`, `1 подгруппа`; a bare number only when
/// `bare` (inside parentheses).
fn group_number(text: &str, bare: bool) -> Option<String> {
    let k: String = fold_key(text)
        .chars()
        .filter(|c| !matches!(c, ' ' | '.' | '-' | '№'))
        .collect();
    let marked = ["подгруппа", "подгр", "группа", "гр", "п/г", "пг"]
        .iter()
        .find_map(|m| k.strip_suffix(m).or_else(|| k.strip_prefix(m)));
    let digits = match marked {
        Some(d) => d,
        None if bare => k.as_str(),
        None => return None,
    };
    let digits = digits.trim_end_matches(['я', 'й']);
    (!digits.is_empty() && digits.len() <= 2 && digits.chars().all(|c| c.is_ascii_digit()))
        .then(|| digits.trim_start_matches('0').to_string())
        .filter(|d| !d.is_empty())
}

/// What a cell's subject is among the subjects a class is taught.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SubjectMatch<'a> {
    One(&'a str),
    None,
    Many(Vec<&'a str>),
}

/// Abbreviations schools write that no rule below finds: the abbreviation (letters only,
/// lower case) and the subjects it may stand for.
const ABBREVIATIONS: &[(&[&str], &[&str])] = &[
    (&["изо"], &["изобразительное искусство"]),
    (
        &["физра", "физкультура", "физвоспитание"],
        &["физическая культура"],
    ),
    (
        &["технология", "техн", "технол", "труд"],
        &["труд (технология)", "технология", "труд"],
    ),
    (
        &["обж", "обзр"],
        &[
            "обзр",
            "обж",
            "основы безопасности и защиты родины",
            "основы безопасности жизнедеятельности",
        ],
    ),
    (&["проект", "индпроект"], &["индивидуальный проект"]),
    (&["чтение"], &["литературное чтение"]),
    (&["теорвер", "вероятность"], &["вероятность и статистика"]),
    (
        &["иняз", "иностряз"],
        &["иностранный язык", "английский язык", "немецкий язык"],
    ),
];

/// Letters only, lower case, `ё` as `е`.
fn letters(s: &str) -> String {
    fold_key(s).chars().filter(|c| c.is_alphabetic()).collect()
}

/// The words of a subject's name, lower case (`Труд (технология)` → труд, технология).
fn words(s: &str) -> Vec<String> {
    fold_key(s)
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// Find the subject a cell names among `subjects` (the class's load): the name itself; a
/// known abbreviation (`ИЗО`, `Физ-ра`); initials (`ВиС`); a contraction (`Лит-ра`: begins
/// `лит`, ends `ра`); or each word cut short (`Рус. яз.`, `Матем.`, `Окр. мир`).
pub fn resolve_subject<'a>(text: &str, subjects: &'a [String]) -> SubjectMatch<'a> {
    let key = fold_key(text);
    if let Some(s) = subjects.iter().find(|s| fold_key(s) == key) {
        return SubjectMatch::One(s);
    }
    let pick = |found: Vec<&'a str>| match found.len() {
        0 => SubjectMatch::None,
        1 => SubjectMatch::One(found[0]),
        _ => SubjectMatch::Many(found),
    };
    let abbr = letters(text);
    if abbr.is_empty() {
        return SubjectMatch::None;
    }
    // A known abbreviation.
    let known: Vec<&'a str> = ABBREVIATIONS
        .iter()
        .filter(|(keys, _)| keys.contains(&abbr.as_str()))
        .flat_map(|(_, names)| names.iter())
        .filter_map(|n| subjects.iter().find(|s| fold_key(s) == *n))
        .map(String::as_str)
        .collect();
    if !known.is_empty() {
        return pick(dedup(known));
    }
    let mut found: Vec<&'a str> = Vec::new();
    let plain = text.trim();
    // Initials: `ВиС`, `ИП` (no dots or spaces, at least two capitals).
    if !plain.contains(['.', ' ', '-']) && plain.chars().filter(|c| c.is_uppercase()).count() >= 2 {
        found.extend(
            subjects
                .iter()
                .filter(|s| {
                    let w = words(s);
                    w.len() >= 2
                        && w.iter()
                            .filter_map(|w| w.chars().next())
                            .collect::<String>()
                            == abbr
                })
                .map(String::as_str),
        );
    }
    // A contraction: `Лит-ра`, `Физ-ра`.
    if let Some((head, tail)) = plain.split_once('-') {
        let (head, tail) = (letters(head), letters(tail));
        if !head.is_empty() && !tail.is_empty() && !tail.contains(' ') && tail.chars().count() <= 3
        {
            found.extend(
                subjects
                    .iter()
                    .filter(|s| {
                        let l = letters(s);
                        l.starts_with(&head)
                            && l.ends_with(&tail)
                            && l.len() > head.len() + tail.len()
                    })
                    .map(String::as_str),
            );
        }
    }
    // Each word cut short, in order; the first word is the subject's first.
    let tokens = words(text);
    if tokens.first().is_some_and(|t| t.chars().count() >= 2) {
        found.extend(
            subjects
                .iter()
                .filter(|s| prefixes_in_order(&tokens, &words(s)))
                .map(String::as_str),
        );
    }
    pick(dedup(found))
}

fn dedup(mut v: Vec<&str>) -> Vec<&str> {
    let mut seen = Vec::new();
    v.retain(|s| {
        if seen.contains(s) {
            false
        } else {
            seen.push(*s);
            true
        }
    });
    v
}

/// Is each token the beginning of a word of `words`, in order, the first token of the first
/// word?
fn prefixes_in_order(tokens: &[String], words: &[String]) -> bool {
    let mut w = words.iter();
    for (i, t) in tokens.iter().enumerate() {
        loop {
            match w.next() {
                Some(word) if word.starts_with(t.as_str()) => break,
                Some(_) if i > 0 => continue,
                _ => return false,
            }
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::Record;

    fn subjects(names: &[&str]) -> Vec<String> {
        names.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn abbreviations_resolve_against_the_load() {
        let five = subjects(&[
            "Английский язык",
            "Биология",
            "География",
            "Изобразительное искусство",
            "История",
            "Литература",
            "Математика",
            "Музыка",
            "ОДНКНР",
            "Русский язык",
            "Труд (технология)",
            "Физическая культура",
        ]);
        for (cell, want) in [
            ("Математика", "Математика"),
            ("Рус. яз.", "Русский язык"),
            ("Русск.яз.", "Русский язык"),
            ("Лит-ра", "Литература"),
            ("Матем.", "Математика"),
            ("Физ-ра", "Физическая культура"),
            ("ИЗО", "Изобразительное искусство"),
            ("Англ. яз.", "Английский язык"),
            ("Технология", "Труд (технология)"),
            ("Труд", "Труд (технология)"),
            ("однкнр", "ОДНКНР"),
            ("Ист.", "История"),
        ] {
            assert_eq!(
                resolve_subject(cell, &five),
                SubjectMatch::One(want),
                "{cell}"
            );
        }
        assert_eq!(resolve_subject("Химия", &five), SubjectMatch::None);
        let nine = subjects(&[
            "Алгебра",
            "Вероятность и статистика",
            "Геометрия",
            "Информатика",
            "ОБЗР",
            "Обществознание",
            "Физика",
            "Физическая культура",
            "Индивидуальный проект",
        ]);
        for (cell, want) in [
            ("Алг.", "Алгебра"),
            ("Геом.", "Геометрия"),
            ("ОБЗР", "ОБЗР"),
            ("ОБЖ", "ОБЗР"),
            ("Информ.", "Информатика"),
            ("Общ.", "Обществознание"),
            ("ВиС", "Вероятность и статистика"),
            ("Вер. и стат.", "Вероятность и статистика"),
            ("ИП", "Индивидуальный проект"),
        ] {
            assert_eq!(
                resolve_subject(cell, &nine),
                SubjectMatch::One(want),
                "{cell}"
            );
        }
        assert_eq!(
            resolve_subject("Физ.", &nine),
            SubjectMatch::Many(vec!["Физика", "Физическая культура"])
        );
        let one = subjects(&["Окружающий мир", "Литературное чтение", "Математика"]);
        assert_eq!(
            resolve_subject("Окр. мир", &one),
            SubjectMatch::One("Окружающий мир")
        );
        assert_eq!(
            resolve_subject("Лит. чт.", &one),
            SubjectMatch::One("Литературное чтение")
        );
    }

    #[test]
    fn groups_in_a_cell() {
        assert_eq!(
            split_cell("Англ. яз. (1 гр.) / Англ. яз. (2 гр.)"),
            vec![
                CellPart {
                    subject: "Англ. яз.".into(),
                    group: Some("1".into())
                },
                CellPart {
                    subject: "Англ. яз.".into(),
                    group: Some("2".into())
                },
            ]
        );
        for (cell, subject, group) in [
            ("Информатика (гр. 2)", "Информатика", Some("2")),
            ("Англ. яз. 1 гр.", "Англ. яз.", Some("1")),
            ("Англ. яз. (2)", "Англ. яз.", Some("2")),
            ("Англ. яз. (1 подгруппа)", "Англ. яз.", Some("1")),
            ("Труд (технология)", "Труд (технология)", None),
            ("Математика", "Математика", None),
        ] {
            let parts = split_cell(cell);
            assert_eq!(parts.len(), 1);
            assert_eq!(parts[0].subject, subject, "{cell}");
            assert_eq!(parts[0].group.as_deref(), group, "{cell}");
        }
    }

    #[test]
    fn lesson_numbers() {
        assert_eq!(lesson_number("1"), Some(1));
        assert_eq!(lesson_number("2."), Some(2));
        assert_eq!(lesson_number("3 урок"), Some(3));
        assert_eq!(lesson_number("13"), None);
        assert_eq!(lesson_number("Пн"), None);
    }

    fn rec(line: u64, cells: &[&str]) -> Record {
        Record {
            line,
            cells: cells.iter().map(|s| s.to_string()).collect(),
        }
    }

    #[test]
    fn a_grid_with_the_day_on_its_first_row() {
        let raw = RawTable::new(
            "t.csv",
            vec![
                rec(1, &["Расписание уроков"]),
                rec(2, &["День", "Урок", "5А", "9 А"]),
                rec(3, &["ПН", "1", "Математика", "Алг."]),
                rec(4, &["", "2", "", "Физ-ра"]),
                rec(5, &["Вторник", "1", "Рус. яз.", "-"]),
            ],
            false,
        );
        let h = find_header(&raw).unwrap();
        assert_eq!(h, 1);
        let mut p = Problems::new("t.csv");
        let g = read_grid(&raw, h, &mut p);
        assert!(p.is_empty(), "{:?}", p.list);
        assert_eq!(g.classes.len(), 2);
        let got: Vec<(u64, usize, u32, i64, &str)> = g
            .entries
            .iter()
            .map(|e| (e.line, e.class, e.weekday, e.lesson_no, e.text.as_str()))
            .collect();
        assert_eq!(
            got,
            vec![
                (3, 0, 1, 1, "Математика"),
                (3, 1, 1, 1, "Алг."),
                (4, 1, 1, 2, "Физ-ра"),
                (5, 0, 2, 1, "Рус. яз."),
            ]
        );
    }
}
