//! The КТП as the federal «Конструктор рабочих программ» (edsoo.ru) exports its «поурочное
//! планирование», saved by a school as .xlsx or CSV: a title block («ПОУРОЧНОЕ
//! ПЛАНИРОВАНИЕ», «5 КЛАСС»), then a header of two rows («№ п/п», «Тема урока», «Количество
//! часов» over «Всего» / «Контрольные работы» / «Практические работы», «Дата изучения»,
//! «Электронные цифровые образовательные ресурсы») or of one («№ урока», «Тема урока»,
//! «Количество часов», «Контрольные работы», «Практические работы», «Дата изучения»). Section
//! headings («Раздел 1. …») are skipped; «Итого по разделу» and «ОБЩЕЕ КОЛИЧЕСТВО ЧАСОВ ПО
//! ПРОГРАММЕ» are checked against the lessons above them and skipped.

use super::raw::{RawTable, HEADER_SEARCH_ROWS};
use super::{Problems, Record};
use crate::domain::text::fold_key;

/// What a column of the export holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Field {
    No,
    Topic,
    Hours,
    Control,
    Practical,
    Date,
    Homework,
}

fn field(header: &str) -> Option<Field> {
    let k = fold_key(header.trim().trim_end_matches(['.', ':', '*']));
    Some(match k.as_str() {
        "№" | "№ п/п" | "№ урока" | "n" | "номер урока" | "№ п/п урока" => {
            Field::No
        }
        "тема урока" | "тема" | "темы уроков" | "наименование разделов и тем программы" => {
            Field::Topic
        }
        "всего" | "количество часов" | "кол-во часов" | "часов" => {
            Field::Hours
        }
        // edsoo.ru's plural: the plain plan file's «Контрольная работа» (да/нет) is not this.
        "контрольные работы" => Field::Control,
        "практические работы" | "практическая работа" => {
            Field::Practical
        }
        "дата изучения" | "дата" | "дата проведения" | "дата по плану" => {
            Field::Date
        }
        "домашнее задание" | "д/з" | "дз" => Field::Homework,
        _ => return None,
    })
}

/// Where the export's columns are.
#[derive(Debug, Clone)]
pub struct EdsooHeader {
    /// The index in the table's rows of the header's last row.
    last_row: usize,
    columns: Vec<(Field, usize, String)>,
}

impl EdsooHeader {
    fn index(&self, f: Field) -> Option<usize> {
        self.columns.iter().find(|c| c.0 == f).map(|c| c.1)
    }

    fn label(&self, f: Field) -> String {
        self.columns
            .iter()
            .find(|c| c.0 == f)
            .map(|c| c.2.clone())
            .unwrap_or_default()
    }
}

/// The header of an edsoo.ru export: a row with the lesson's number and topic whose
/// columns (or the row under it) include «Контрольные работы». None: not this shape.
pub fn find_header(raw: &RawTable) -> Option<EdsooHeader> {
    for (i, row) in raw.rows.iter().enumerate().take(HEADER_SEARCH_ROWS + 2) {
        let fields: Vec<Option<Field>> = row.cells.iter().map(|c| field(c)).collect();
        if !fields.contains(&Some(Field::No)) || !fields.contains(&Some(Field::Topic)) {
            continue;
        }
        // A second header row: «Всего» / «Контрольные работы» / «Практические работы».
        let next = raw.rows.get(i + 1);
        let two_rows = next.is_some_and(|n| {
            n.cells
                .iter()
                .any(|c| fold_key(c) == "всего" || field(c) == Some(Field::Control))
                && !n
                    .cells
                    .iter()
                    .any(|c| c.chars().any(|ch| ch.is_ascii_digit()))
        });
        let width = row.cells.len().max(next.map_or(0, |n| n.cells.len()));
        let mut columns: Vec<(Field, usize, String)> = Vec::new();
        for c in 0..width {
            let top = RawTable::at(row, c);
            let sub = if two_rows {
                next.map_or("", |n| RawTable::at(n, c))
            } else {
                ""
            };
            // The lower row names the parts of a merged upper cell; a cell merged down
            // both rows says the same in each.
            let text = if !sub.is_empty() { sub } else { top };
            if let Some(f) = field(text) {
                if !columns.iter().any(|x| x.0 == f) {
                    columns.push((f, c, text.to_string()));
                }
            }
        }
        if !columns.iter().any(|c| c.0 == Field::Control) {
            return None;
        }
        return Some(EdsooHeader {
            last_row: if two_rows { i + 1 } else { i },
            columns,
        });
    }
    None
}

/// The plan's lessons as records of the columns `№ урока, Тема, Часов, Дата, Домашнее
/// задание, Контрольная работа` (the control-work cell `1` when the lesson has control-work
/// hours); the totals that do not add up go to `p`.
pub fn read_plan(raw: &RawTable, h: &EdsooHeader, p: &mut Problems) -> Vec<Record> {
    let get = |row: &Record, f: Field| {
        h.index(f)
            .map(|i| RawTable::at(row, i).to_string())
            .unwrap_or_default()
    };
    let number = |s: &str| -> Option<f64> {
        let t = s.trim().replace(',', ".");
        if t.is_empty() {
            Some(0.0)
        } else {
            t.parse().ok()
        }
    };
    let mut out = Vec::new();
    // Since the last section heading or «Итого»: hours and the first line.
    let mut section = (0.0f64, None::<u64>);
    // The whole program: hours, control-work hours, practical-work hours.
    let mut program = [0.0f64; 3];
    let fields = [Field::Hours, Field::Control, Field::Practical];
    for row in &raw.rows[h.last_row + 1..] {
        let first = row
            .cells
            .iter()
            .find(|c| !c.is_empty())
            .map(|c| fold_key(c))
            .unwrap_or_default();
        if first.starts_with("итого") {
            let said = get(row, Field::Hours);
            match number(&said) {
                Some(n) if !said.is_empty() && (n - section.0).abs() > 1e-9 => p.at(
                    row.line,
                    Some(&h.label(Field::Hours)),
                    crate::t!(
                        "edsoo-section-total",
                        said = show(n),
                        from = section.1.map_or(String::new(), |l| {
                            format!(" {}", crate::t!("edsoo-from-line", line = l))
                        }),
                        sum = show(section.0)
                    ),
                ),
                None => p.at(
                    row.line,
                    Some(&h.label(Field::Hours)),
                    crate::t!("import-not-a-number", value = said.as_str()),
                ),
                _ => {}
            }
            section = (0.0, None);
            continue;
        }
        if first.starts_with("общее количество часов") {
            for (i, f) in fields.iter().enumerate() {
                let said = get(row, *f);
                match number(&said) {
                    Some(n) if !said.is_empty() && (n - program[i]).abs() > 1e-9 => p.at(
                        row.line,
                        Some(&h.label(*f)),
                        crate::t!(
                            "edsoo-program-total",
                            said = show(n),
                            sum = show(program[i])
                        ),
                    ),
                    None => p.at(
                        row.line,
                        Some(&h.label(*f)),
                        crate::t!("import-not-a-number", value = said.as_str()),
                    ),
                    _ => {}
                }
            }
            continue;
        }
        let no = get(row, Field::No);
        let is_lesson = no
            .trim()
            .trim_end_matches('.')
            .chars()
            .all(|c| c.is_ascii_digit())
            && !no.trim().is_empty();
        if !is_lesson {
            let heading = ["раздел", "модуль", "тема", "часть", "глава"]
                .iter()
                .any(|w| first.starts_with(w));
            if heading || get(row, Field::Hours).is_empty() || get(row, Field::Hours) == no {
                section = (0.0, None);
                continue;
            }
        }
        let hours = get(row, Field::Hours);
        // An empty «Всего» is one lesson (the import's default).
        let h_n = if hours.is_empty() {
            Some(1.0)
        } else {
            number(&hours)
        };
        if let Some(n) = h_n {
            section.0 += n;
            program[0] += n;
        }
        section.1.get_or_insert(row.line);
        let mut control = String::new();
        for (i, f) in [(1, Field::Control), (2, Field::Practical)] {
            let said = get(row, f);
            match number(&said) {
                Some(n) if n < 0.0 => p.at(
                    row.line,
                    Some(&h.label(f)),
                    crate::t!("edsoo-negative-hours", value = said.as_str()),
                ),
                Some(n) => {
                    program[i] += n;
                    if f == Field::Control && n > 0.0 {
                        control = "1".into();
                    }
                }
                None => p.at(
                    row.line,
                    Some(&h.label(f)),
                    crate::t!("import-not-a-number", value = said.as_str()),
                ),
            }
        }
        out.push(Record {
            line: row.line,
            cells: vec![
                no,
                get(row, Field::Topic),
                hours,
                get(row, Field::Date),
                get(row, Field::Homework),
                control,
            ],
        });
    }
    out
}

/// A number of hours as people write it: `3`, `0,5`.
fn show(n: f64) -> String {
    if n.fract() == 0.0 {
        format!("{}", n as i64)
    } else {
        format!("{n}").replace('.', ",")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rec(line: u64, cells: &[&str]) -> Record {
        Record {
            line,
            cells: cells.iter().map(|s| s.to_string()).collect(),
        }
    }

    #[test]
    fn two_row_header_sections_and_totals() {
        let raw = RawTable::new(
            "p.csv",
            vec![
                rec(1, &["ПОУРОЧНОЕ ПЛАНИРОВАНИЕ"]),
                rec(2, &["5 КЛАСС"]),
                rec(
                    3,
                    &[
                        "№ п/п",
                        "Тема урока",
                        "Количество часов",
                        "",
                        "",
                        "Дата изучения",
                        "Электронные цифровые образовательные ресурсы",
                    ],
                ),
                rec(
                    4,
                    &["", "", "Всего", "Контрольные работы", "Практические работы"],
                ),
                rec(5, &["Раздел 1. Натуральные числа"]),
                rec(
                    6,
                    &[
                        "1",
                        "Натуральный ряд",
                        "2",
                        "",
                        "",
                        "",
                        "https://m.edsoo.ru/1",
                    ],
                ),
                rec(7, &["2", "Контрольная работа № 1", "1", "1", ""]),
                rec(8, &["Итого по разделу", "", "3"]),
                rec(9, &["Раздел 2. Углы"]),
                rec(10, &["3", "Угол", "1", "", "0,5"]),
                rec(11, &["Итого по разделу", "", "2"]),
                rec(
                    12,
                    &["ОБЩЕЕ КОЛИЧЕСТВО ЧАСОВ ПО ПРОГРАММЕ", "", "4", "2", "0,5"],
                ),
            ],
            false,
        );
        let h = find_header(&raw).unwrap();
        let mut p = Problems::new("p.csv");
        let recs = read_plan(&raw, &h, &mut p);
        let got: Vec<(u64, Vec<String>)> = recs.into_iter().map(|r| (r.line, r.cells)).collect();
        assert_eq!(got.len(), 3);
        assert_eq!(got[0].1[..3], ["1", "Натуральный ряд", "2"]);
        assert_eq!(got[1].1[5], "1");
        assert_eq!(got[2].1[5], "");
        let lines: Vec<String> = p.lines().collect();
        assert_eq!(
            lines,
            [
                format!(
                    "p.csv:11: Всего: {}",
                    crate::t!(
                        "edsoo-section-total",
                        said = "2",
                        from = format!(" {}", crate::t!("edsoo-from-line", line = 10)),
                        sum = "1"
                    )
                ),
                format!(
                    "p.csv:12: Контрольные работы: {}",
                    crate::t!("edsoo-program-total", said = "2", sum = "1")
                ),
            ]
        );
    }

    #[test]
    fn flat_header() {
        let raw = RawTable::new(
            "p.csv",
            vec![
                rec(
                    1,
                    &[
                        "№ урока",
                        "Тема урока",
                        "Количество часов",
                        "Контрольные работы",
                        "Практические работы",
                        "Дата изучения",
                    ],
                ),
                rec(2, &["1", "Повторение", "1", "0", "0", "04.09.2023"]),
                rec(3, &["2", "Контрольная работа", "1", "1", "0", ""]),
                rec(
                    4,
                    &["ОБЩЕЕ КОЛИЧЕСТВО ЧАСОВ ПО ПРОГРАММЕ", "", "2", "1", "0"],
                ),
            ],
            false,
        );
        let h = find_header(&raw).unwrap();
        let mut p = Problems::new("p.csv");
        let recs = read_plan(&raw, &h, &mut p);
        assert!(p.is_empty(), "{:?}", p.list);
        assert_eq!(recs.len(), 2);
        assert_eq!(recs[0].cells[3], "04.09.2023");
        assert_eq!(recs[1].cells[5], "1");
    }

    #[test]
    fn the_ordinary_plan_is_not_this_shape() {
        let raw = RawTable::new(
            "p.csv",
            vec![
                rec(1, &["№ урока", "Тема", "Часов"]),
                rec(2, &["1", "Повторение", "1"]),
            ],
            false,
        );
        assert!(find_header(&raw).is_none());
    }
}
