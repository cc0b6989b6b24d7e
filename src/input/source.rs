//! Opening a CSV or XLSX file as a stream of trimmed records after its header row.

use std::cell::RefCell;
use std::io::Read;
use std::path::Path;
use std::rc::Rc;
use std::sync::Arc;

use std::collections::VecDeque;

use anyhow::{Context, Result};

use super::columns::{Column, HeaderMap};
use super::problems::Problems;
use super::sheet::{self, SheetRow, SheetRows};
use super::stream::{self, DecodedStream, Window};
use crate::domain::limits;
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
    /// A total row (`ИТОГО: 26 учащихся`, `Всего`) under a list: its first non-empty cell
    /// starts with the word итого or всего. Not data: the import skips it.
    pub fn total(&self) -> Option<&str> {
        let first = self.cells.iter().find(|c| !c.is_empty())?;
        let folded = crate::domain::text::fold_key(first);
        ["итого", "всего"]
            .iter()
            .any(|w| {
                folded
                    .strip_prefix(w)
                    .is_some_and(|rest| !rest.starts_with(char::is_alphanumeric))
            })
            .then_some(first.as_str())
    }

    /// The trimmed cell of a column, or "" when the file has no such column.
    pub fn get<'a>(&'a self, map: &HeaderMap, key: &str) -> &'a str {
        map.index(key)
            .and_then(|i| self.cells.get(i))
            .map(String::as_str)
            .unwrap_or("")
    }
}

enum Rows {
    /// A CSV file decoded as it is read; the window counts the blank lines the CSV reader
    /// skips before a record.
    Csv(
        Box<csv::Reader<DecodedStream>>,
        std::rc::Rc<std::cell::RefCell<Window>>,
    ),
    /// A sheet streamed by its reader, after the rows read to find the header.
    Sheet(VecDeque<Record>, Box<SheetRows>),
    /// Records already read and put in the columns' order (a timetable grid, an edsoo plan).
    Memory(VecDeque<Record>),
}

/// A file opened for import, positioned after its header row.
pub struct TableReader {
    /// The file as messages name it.
    pub label: String,
    pub map: HeaderMap,
    /// Roughly how many rows follow (for the progress bar).
    pub size_hint: u64,
    /// The line (CSV) or row (XLSX) of the header.
    pub header_line: u64,
    /// Header cells that name no column of the import, as the file wrote them.
    pub unknown: Vec<String>,
    /// How many cells a CSV row must have: as many as the header names (a sheet has no
    /// such count: Excel leaves empty cells at the end of a row out).
    width: Option<usize>,
    rows: Rows,
}

impl TableReader {
    /// A file read in another shape and turned into records of `map`'s columns.
    pub fn from_records(label: &str, map: HeaderMap, records: Vec<Record>) -> TableReader {
        TableReader {
            label: label.to_string(),
            map,
            size_hint: records.len() as u64,
            // The shape's reader has read its own header and said what it does not take.
            header_line: records.first().map_or(1, |r| r.line.saturating_sub(1)),
            unknown: Vec::new(),
            width: None,
            rows: Rows::Memory(records.into()),
        }
    }

    /// The next non-blank record.
    pub fn next_record(&mut self) -> Result<Option<Record>> {
        loop {
            let rec = match &mut self.rows {
                Rows::Sheet(head, sheet) => match head.pop_front() {
                    Some(r) => Some(r),
                    None => sheet
                        .next_row()
                        .map_err(|why| refused(format!("{}: {why}", self.label)))?
                        .map(|r| sheet_record(r, self.map.width())),
                },
                Rows::Memory(recs) => recs.pop_front(),
                Rows::Csv(rdr, window) => {
                    let mut raw = csv::StringRecord::new();
                    let more = rdr.read_record(&mut raw).map_err(|e| {
                        refused(crate::t!(
                            "input-not-csv",
                            file = self.label.as_str(),
                            error = e.to_string()
                        ))
                    })?;
                    if !more {
                        None
                    } else {
                        let line = stream_line(&raw, &window.borrow());
                        Some(Record {
                            line,
                            cells: raw.iter().map(cell).collect(),
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

    /// What is wrong with a record whatever the import: a CSV row with fewer cells than
    /// the header (a missing cell must never read as an empty one, which would clear what
    /// the journal holds) or with values beyond it (a delimiter inside an unquoted value
    /// shifts the cells after it); and in every column the import reads, a control
    /// character or a value longer than the column's limit. Problems go to `p`.
    pub fn check(&self, rec: &Record, p: &mut Problems) {
        if let Some(width) = self.width {
            let n = rec.cells.len();
            let used = rec
                .cells
                .iter()
                .rposition(|c| !c.is_empty())
                .map_or(0, |i| i + 1);
            if n < width {
                p.at(
                    rec.line,
                    None,
                    crate::t!("input-row-short", cells = n, width = width),
                );
            } else if used > width {
                p.at(
                    rec.line,
                    None,
                    crate::t!("input-row-long", cells = used, width = width),
                );
            }
        }
        for (i, label, max) in self.map.known() {
            if let Some(Err(e)) = rec.cells.get(i).map(|c| limits::check_text(c, max)) {
                p.at(rec.line, Some(label), e);
            }
        }
    }
}

/// A cell as read: trimmed; a line break or tab inside it (Alt+Enter in Excel) is a space;
/// cut just after the longest any column accepts (its column refuses it all the same).
pub(super) fn cell(raw: &str) -> String {
    let t = raw.trim();
    let t = match t.char_indices().nth(limits::LONGEST + 1) {
        Some((at, _)) => &t[..at],
        None => t,
    };
    if t.contains(['\t', '\n', '\r']) {
        t.replace("\r\n", " ").replace(['\t', '\n', '\r'], " ")
    } else {
        t.to_string()
    }
}

/// A sheet's row as a record: its cells up to `width` in their columns.
fn sheet_record(row: SheetRow, width: usize) -> Record {
    let n = row
        .cells
        .iter()
        .map(|(c, _)| c + 1)
        .filter(|&c| c <= width)
        .max()
        .unwrap_or(0);
    let mut cells = vec![String::new(); n];
    for (c, text) in row.cells {
        if c < n {
            cells[c] = cell(&text);
        }
    }
    Record {
        line: row.line,
        cells,
    }
}

/// A small file's whole text (a grid, a КТП), decoded as [`stream::DecodedStream`] decodes
/// a big one.
pub(super) fn decode(bytes: &[u8], forced: Option<Encoding>) -> String {
    let encoding = stream::encoding_of(bytes, std::str::from_utf8(bytes).is_ok(), forced);
    let (text, _, _) = encoding.decode(bytes);
    // `decode` strips a BOM of its own encoding; drop a UTF-8 BOM left by forcing. CRLF
    // becomes LF so that the CSV reader's line numbers are the lines an editor shows.
    text.trim_start_matches('\u{feff}').replace("\r\n", "\n")
}

pub(super) fn csv_reader(
    text: &Arc<[u8]>,
    delimiter: u8,
) -> csv::Reader<std::io::Cursor<Arc<[u8]>>> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(std::io::Cursor::new(Arc::clone(text)))
}

/// The line a record starts on. The CSV reader's position is where it began reading, which
/// is before any blank lines it skipped; count those too.
pub(super) fn record_line(raw: &csv::StringRecord, text: &[u8]) -> u64 {
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

/// The line a streamed record starts on.
fn stream_line(raw: &csv::StringRecord, window: &Window) -> u64 {
    raw.position()
        .map_or(0, |pos| window.line_at(pos.line(), pos.byte()))
}

/// The first rows of a streamed CSV text (blank rows left out).
fn first_stream_rows(
    rdr: &mut csv::Reader<DecodedStream>,
    window: &Rc<RefCell<Window>>,
    n: usize,
) -> Vec<Record> {
    let mut out = Vec::new();
    let mut raw = csv::StringRecord::new();
    while out.len() < n {
        match rdr.read_record(&mut raw) {
            Ok(true) => {
                let cells: Vec<String> = raw.iter().map(cell).collect();
                if cells.iter().any(|c| !c.is_empty()) {
                    out.push(Record {
                        line: stream_line(&raw, &window.borrow()),
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
        None => problems.file(crate::t!("input-no-rows")),
        Some(row) => HeaderMap::report(columns, &row.cells, row.line, &mut problems),
    }
    problems.print();
    refused(crate::t!("input-header-not-right", file = label))
}

fn check_duplicate_headers(label: &str, columns: &[Column], header: &Record) -> Result<()> {
    let dups = HeaderMap::duplicates(columns, &header.cells);
    let conflicts = HeaderMap::conflicts(columns, &header.cells);
    if dups.is_empty() && conflicts.is_empty() {
        return Ok(());
    }
    let mut problems = Problems::new(label);
    for d in &dups {
        problems.at(
            header.line,
            None,
            crate::t!("input-column-twice", column = d.to_string()),
        );
    }
    for (mine, others) in &conflicts {
        let others: Vec<String> = others
            .iter()
            .map(|o| crate::t!("input-quoted", text = o.to_string()))
            .collect();
        problems.at(
            header.line,
            None,
            crate::t!(
                "input-header-ambiguous",
                column = mine.to_string(),
                others = others.join(", ")
            ),
        );
    }
    problems.print();
    Err(refused(crate::t!("input-header-not-right", file = label)))
}

/// Open a file (`-` is stdin, read as CSV) for an import with these columns.
pub fn open_table(path: &Path, columns: &[Column], opts: &ReadOptions) -> Result<TableReader> {
    let label = path.display().to_string();
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    if matches!(ext.as_str(), "xlsx" | "xlsm") {
        return open_sheet(path, &label, columns, opts);
    }
    if matches!(ext.as_str(), "xls" | "xlsb" | "ods") {
        // Their readers build the whole sheet in memory from sizes the file states: a
        // crafted file exhausts it. Excel and LibreOffice both save .xlsx.
        return Err(refused(crate::t!(
            "input-old-workbook",
            file = label.as_str(),
            ext = ext.as_str()
        )));
    }
    let origin = stream::origin(path, &label)?;
    let sniffed = stream::sniff(&origin, opts.encoding, &label)?;
    if sniffed.head.starts_with(b"PK\x03\x04") {
        return Err(refused(crate::t!(
            "input-xlsx-not-csv",
            file = label.as_str()
        )));
    }
    if sniffed.head.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        return Err(refused(crate::t!(
            "input-xls-not-csv",
            file = label.as_str()
        )));
    }
    let reader = |delimiter: u8| -> Result<(csv::Reader<DecodedStream>, Rc<RefCell<Window>>)> {
        let text = DecodedStream::open(&origin, sniffed.encoding)
            .with_context(|| crate::t!("input-reading-file", file = label.as_str()))?;
        let window = text.window();
        let rdr = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .delimiter(delimiter)
            .from_reader(text);
        Ok((rdr, window))
    };
    let candidates: Vec<u8> = match opts.delimiter {
        Some(d) => vec![d],
        None => vec![b';', b'\t', b','],
    };
    // The delimiter is the one that makes a proper header row appear.
    let mut found = None;
    for &d in &candidates {
        let (mut rdr, window) = reader(d)?;
        let rows = first_stream_rows(&mut rdr, &window, HEADER_SEARCH_ROWS);
        if let Some((i, map)) = find_header(columns, &rows) {
            found = Some((d, rows[i].clone(), map));
            break;
        }
    }
    let Some((delimiter, header, map)) = found else {
        let mut first = Vec::new();
        let mut text = DecodedStream::open(&origin, sniffed.encoding)
            .with_context(|| crate::t!("input-reading-file", file = label.as_str()))?;
        let mut byte = [0u8; 1];
        while first.len() < 64 * 1024 && text.read(&mut byte).unwrap_or(0) == 1 && byte[0] != b'\n'
        {
            first.push(byte[0]);
        }
        let d = candidates
            .iter()
            .copied()
            .max_by_key(|&d| (first.iter().filter(|&&b| b == d).count(), d == b';'))
            .unwrap_or(b';');
        let (mut rdr, window) = reader(d)?;
        return Err(header_problems(
            &label,
            columns,
            &first_stream_rows(&mut rdr, &window, HEADER_SEARCH_ROWS),
        ));
    };
    check_duplicate_headers(&label, columns, &header)?;
    let size_hint = sniffed.lines;
    let (mut rdr, window) = reader(delimiter)?;
    // Skip to just after the header row.
    let mut raw = csv::StringRecord::new();
    while rdr.read_record(&mut raw)? {
        if stream_line(&raw, &window.borrow()) == header.line {
            break;
        }
    }
    let width = header
        .cells
        .iter()
        .rposition(|c| !c.is_empty())
        .map_or(0, |i| i + 1);
    Ok(TableReader {
        label,
        map,
        size_hint,
        header_line: header.line,
        unknown: HeaderMap::unknown(columns, &header.cells),
        width: Some(width),
        rows: Rows::Csv(Box::new(rdr), window),
    })
}

fn open_sheet(
    path: &Path,
    label: &str,
    columns: &[Column],
    opts: &ReadOptions,
) -> Result<TableReader> {
    let size = std::fs::metadata(path)
        .with_context(|| crate::t!("input-reading-file", file = label))?
        .len();
    if size > sheet::MAX_FILE_BYTES {
        return Err(refused(format!(
            "{label}: {}",
            crate::t!(
                "sheet-too-big",
                size = size >> 20,
                max = sheet::MAX_FILE_BYTES >> 20
            )
        )));
    }
    let bytes =
        std::fs::read(path).with_context(|| crate::t!("input-reading-file", file = label))?;
    let mut rows = sheet::open(bytes, opts.sheet.as_deref())
        .map_err(|why| refused(format!("{label}: {why}")))?;
    // The header is among the first non-blank rows.
    let mut head: Vec<Record> = Vec::new();
    while head.len() < HEADER_SEARCH_ROWS {
        match rows.next_row() {
            Ok(Some(r)) => {
                let rec = sheet_record(r, sheet::MAX_COLUMNS as usize);
                if rec.cells.iter().any(|c| !c.is_empty()) {
                    head.push(rec);
                }
            }
            Ok(None) => break,
            Err(why) => return Err(refused(format!("{label}: {why}"))),
        }
    }
    if head.is_empty() {
        return Err(refused(crate::t!(
            "input-sheet-empty",
            file = label,
            sheet = rows.sheet.as_str(),
            sheets = rows.names.join(", ")
        )));
    }
    let Some((i, map)) = find_header(columns, &head) else {
        return Err(header_problems(label, columns, &head));
    };
    check_duplicate_headers(label, columns, &head[i])?;
    let header_line = head[i].line;
    let unknown = HeaderMap::unknown(columns, &head[i].cells);
    rows.keep_columns(map.width());
    let rest: VecDeque<Record> = head
        .split_off(i + 1)
        .into_iter()
        .map(|mut r| {
            r.cells.truncate(map.width());
            r
        })
        .collect();
    Ok(TableReader {
        label: label.to_string(),
        map,
        size_hint: rows.rows_hint,
        header_line,
        unknown,
        width: None,
        rows: Rows::Sheet(rest, Box::new(rows)),
    })
}
