//! Opening a CSV or XLSX file as a stream of trimmed records after its header row.

use std::io::Read;
use std::path::Path;
use std::sync::Arc;

use anyhow::{anyhow, Context, Result};
use calamine::{open_workbook_auto, Data, Reader};

use super::columns::{Column, HeaderMap};
use super::problems::Problems;
use crate::error::refused;

/// A CSV file's text encoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Encoding {
    #[value(name = "utf-8", alias = "utf8")]
    Utf8,
    #[value(name = "windows-1251", alias = "cp1251", alias = "1251")]
    Windows1251,
    #[value(name = "utf-16", alias = "utf16")]
    Utf16,
}

/// How to read a file: everything is detected unless forced.
#[derive(Debug, Clone, Default)]
pub struct ReadOptions {
    pub encoding: Option<Encoding>,
    pub delimiter: Option<u8>,
    pub sheet: Option<String>,
}

/// One data row: its line (CSV) or row number (XLSX) in the file, and its trimmed cells.
#[derive(Debug, Clone)]
pub struct Record {
    pub line: u64,
    pub cells: Vec<String>,
}

impl Record {
    /// The trimmed cell of a column, or "" when the file has no such column.
    pub fn get<'a>(&'a self, map: &HeaderMap, key: &str) -> &'a str {
        map.index(key)
            .and_then(|i| self.cells.get(i))
            .map(String::as_str)
            .unwrap_or("")
    }
}

enum Rows {
    Csv(csv::Reader<std::io::Cursor<Arc<[u8]>>>, Arc<[u8]>),
    Sheet(std::vec::IntoIter<Record>),
}

/// A file opened for import, positioned after its header row.
pub struct TableReader {
    /// The file as messages name it.
    pub label: String,
    pub map: HeaderMap,
    /// Roughly how many rows follow (for the progress bar).
    pub size_hint: u64,
    rows: Rows,
}

impl TableReader {
    /// The next non-blank record.
    pub fn next_record(&mut self) -> Result<Option<Record>> {
        loop {
            let rec = match &mut self.rows {
                Rows::Sheet(it) => it.next(),
                Rows::Csv(rdr, text) => {
                    let mut raw = csv::StringRecord::new();
                    let more = rdr
                        .read_record(&mut raw)
                        .with_context(|| format!("{}: reading CSV", self.label))?;
                    if !more {
                        None
                    } else {
                        let line = record_line(&raw, text);
                        Some(Record {
                            line,
                            cells: raw.iter().map(|c| c.trim().to_string()).collect(),
                        })
                    }
                }
            };
            match rec {
                None => return Ok(None),
                Some(r) if r.cells.iter().all(String::is_empty) => continue,
                Some(r) => return Ok(Some(r)),
            }
        }
    }
}

fn decode(bytes: &[u8], forced: Option<Encoding>) -> String {
    let encoding = forced.unwrap_or_else(|| {
        let nul_odd = bytes
            .iter()
            .skip(1)
            .step_by(2)
            .take(200)
            .filter(|&&b| b == 0)
            .count();
        if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) || nul_odd > 20 {
            Encoding::Utf16
        } else if std::str::from_utf8(bytes).is_ok() {
            Encoding::Utf8
        } else {
            Encoding::Windows1251
        }
    });
    let (text, _, _) = match encoding {
        Encoding::Utf8 => encoding_rs::UTF_8.decode(bytes),
        Encoding::Windows1251 => encoding_rs::WINDOWS_1251.decode(bytes),
        Encoding::Utf16 if bytes.starts_with(&[0xFE, 0xFF]) => encoding_rs::UTF_16BE.decode(bytes),
        Encoding::Utf16 => encoding_rs::UTF_16LE.decode(bytes),
    };
    // `decode` strips a BOM of its own encoding; drop a UTF-8 BOM left by forcing. CRLF
    // becomes LF so that the CSV reader's line numbers are the lines an editor shows.
    text.trim_start_matches('\u{feff}').replace("\r\n", "\n")
}

fn csv_reader(text: &Arc<[u8]>, delimiter: u8) -> csv::Reader<std::io::Cursor<Arc<[u8]>>> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(std::io::Cursor::new(Arc::clone(text)))
}

/// The line a record starts on. The CSV reader's position is where it began reading, which
/// is before any blank lines it skipped; count those too.
fn record_line(raw: &csv::StringRecord, text: &[u8]) -> u64 {
    let Some(pos) = raw.position() else { return 0 };
    let mut line = pos.line();
    let mut at = pos.byte() as usize;
    while at < text.len() && matches!(text[at], b'\n' | b'\r') {
        if text[at] == b'\n' {
            line += 1;
        }
        at += 1;
    }
    line
}

/// The first rows of a CSV text split by one delimiter (blank rows left out).
fn first_rows(text: &Arc<[u8]>, delimiter: u8, n: usize) -> Vec<Record> {
    let mut rdr = csv_reader(text, delimiter);
    let mut out = Vec::new();
    let mut raw = csv::StringRecord::new();
    while out.len() < n {
        match rdr.read_record(&mut raw) {
            Ok(true) => {
                let cells: Vec<String> = raw.iter().map(|c| c.trim().to_string()).collect();
                if cells.iter().any(|c| !c.is_empty()) {
                    out.push(Record {
                        line: record_line(&raw, text),
                        cells,
                    });
                }
            }
            _ => break,
        }
    }
    out
}

/// Rows above the header (a title like «Список учащихся 5А») are allowed: the header is
/// the first of the first ten non-blank rows that has every required column.
const HEADER_SEARCH_ROWS: usize = 10;

fn find_header(columns: &[Column], rows: &[Record]) -> Option<(usize, HeaderMap)> {
    rows.iter()
        .enumerate()
        .find_map(|(i, r)| HeaderMap::try_map(columns, &r.cells).map(|m| (i, m)))
}

fn header_problems(label: &str, columns: &[Column], rows: &[Record]) -> anyhow::Error {
    let mut problems = Problems::new(label);
    // The row that looks most like a header is the one to explain.
    let best = rows
        .iter()
        .enumerate()
        .max_by_key(|(i, r)| (HeaderMap::matches(columns, &r.cells), std::cmp::Reverse(*i)))
        .map(|(_, r)| r);
    match best {
        None => problems.file("the file has no rows"),
        Some(row) => HeaderMap::report(columns, &row.cells, row.line, &mut problems),
    }
    problems.print();
    refused(format!(
        "{label}: the header row is not right; nothing was imported"
    ))
}

fn check_duplicate_headers(label: &str, columns: &[Column], header: &Record) -> Result<()> {
    let dups = HeaderMap::duplicates(columns, &header.cells);
    if dups.is_empty() {
        return Ok(());
    }
    let mut problems = Problems::new(label);
    for d in &dups {
        problems.at(header.line, None, format!("column \"{d}\" appears twice"));
    }
    problems.print();
    Err(refused(format!(
        "{label}: the header row is not right; nothing was imported"
    )))
}

/// Open a file (`-` is stdin, read as CSV) for an import with these columns.
pub fn open_table(path: &Path, columns: &[Column], opts: &ReadOptions) -> Result<TableReader> {
    let label = path.display().to_string();
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    if matches!(ext.as_str(), "xlsx" | "xlsm" | "xls" | "ods") {
        return open_sheet(path, &label, columns, opts);
    }
    let bytes = if label == "-" {
        let mut buf = Vec::new();
        std::io::stdin()
            .read_to_end(&mut buf)
            .context("reading standard input")?;
        buf
    } else {
        std::fs::read(path).with_context(|| format!("reading {label}"))?
    };
    if bytes.starts_with(b"PK\x03\x04") {
        return Err(refused(format!(
            "{label}: this is a spreadsheet (.xlsx), not CSV: give the file an .xlsx name"
        )));
    }
    let text: Arc<[u8]> = decode(&bytes, opts.encoding).into_bytes().into();
    drop(bytes);
    let candidates: Vec<u8> = match opts.delimiter {
        Some(d) => vec![d],
        None => vec![b';', b'\t', b','],
    };
    // The delimiter is the one that makes a proper header row appear.
    let mut found = None;
    for &d in &candidates {
        let rows = first_rows(&text, d, HEADER_SEARCH_ROWS);
        if let Some((i, map)) = find_header(columns, &rows) {
            found = Some((d, rows[i].clone(), map));
            break;
        }
    }
    let Some((delimiter, header, map)) = found else {
        let d = candidates
            .iter()
            .copied()
            .max_by_key(|&d| {
                let first = text.split(|&b| b == b'\n').next().unwrap_or(&[]);
                (first.iter().filter(|&&b| b == d).count(), d == b';')
            })
            .unwrap_or(b';');
        return Err(header_problems(
            &label,
            columns,
            &first_rows(&text, d, HEADER_SEARCH_ROWS),
        ));
    };
    check_duplicate_headers(&label, columns, &header)?;
    let size_hint = text.iter().filter(|&&b| b == b'\n').count() as u64;
    let mut rdr = csv_reader(&text, delimiter);
    // Skip to just after the header row.
    let mut raw = csv::StringRecord::new();
    while rdr.read_record(&mut raw)? {
        if record_line(&raw, &text) == header.line {
            break;
        }
    }
    Ok(TableReader {
        label,
        map,
        size_hint,
        rows: Rows::Csv(rdr, text),
    })
}

fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::String(s) => s.trim().to_string(),
        Data::Int(i) => i.to_string(),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        Data::Float(f) => f.to_string(),
        Data::Bool(b) => if *b { "да" } else { "нет" }.to_string(),
        Data::DateTime(dt) => crate::domain::date::from_excel_serial(dt.as_f64())
            .map(|d| d.format("%Y-%m-%d").to_string())
            .unwrap_or_default(),
        Data::DateTimeIso(s) => s.chars().take(10).collect(),
        Data::DurationIso(s) => s.clone(),
        Data::Error(e) => format!("#{e:?}"),
    }
}

fn open_sheet(
    path: &Path,
    label: &str,
    columns: &[Column],
    opts: &ReadOptions,
) -> Result<TableReader> {
    let mut book = open_workbook_auto(path).with_context(|| format!("opening {label}"))?;
    let names = book.sheet_names().to_vec();
    let sheet = match &opts.sheet {
        Some(wanted) => names
            .iter()
            .find(|n| crate::domain::text::fold_key(n) == crate::domain::text::fold_key(wanted))
            .cloned()
            .ok_or_else(|| {
                refused(format!(
                    "{label}: no sheet \"{wanted}\" (the sheets are: {})",
                    names.join(", ")
                ))
            })?,
        None => names
            .first()
            .cloned()
            .ok_or_else(|| anyhow!("{label}: the workbook has no sheets"))?,
    };
    let range = book
        .worksheet_range(&sheet)
        .with_context(|| format!("{label}: reading sheet \"{sheet}\""))?;
    let first_row = range.start().map(|(r, _)| r as u64).unwrap_or(0);
    let first_col = range.start().map(|(_, c)| c as usize).unwrap_or(0);
    let mut all: Vec<Record> = range
        .rows()
        .enumerate()
        .map(|(i, row)| {
            let mut cells = vec![String::new(); first_col];
            cells.extend(row.iter().map(cell_text));
            Record {
                line: first_row + i as u64 + 1,
                cells,
            }
        })
        .filter(|r| r.cells.iter().any(|c| !c.is_empty()))
        .collect();
    let head: Vec<Record> = all.iter().take(HEADER_SEARCH_ROWS).cloned().collect();
    if head.is_empty() {
        return Err(refused(format!(
            "{label}: sheet \"{sheet}\" is empty (the sheets are: {}; choose one with --sheet)",
            names.join(", ")
        )));
    }
    let Some((i, map)) = find_header(columns, &head) else {
        return Err(header_problems(label, columns, &head));
    };
    check_duplicate_headers(label, columns, &head[i])?;
    let rest = all.split_off(i + 1);
    Ok(TableReader {
        label: label.to_string(),
        map,
        size_hint: rest.len() as u64,
        rows: Rows::Sheet(rest.into_iter()),
    })
}
