//! A small file read whole, every cell where the file puts it: for the shapes that are not
//! one header row over rows of records (a timetable grid, an edsoo.ru КТП export). A merged
//! cell of a workbook gives its value to every cell it covers (a day written once beside its
//! lessons); a CSV file saved from such a sheet has it only in its first cell.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;

use anyhow::{Context, Result};

use super::sheet;
use super::source::{cell, csv_reader, decode, record_line};
use super::{ReadOptions, Record};
use crate::error::refused;

/// More rows than this is not a timetable grid or a КТП: such a file is left to the reader
/// of records.
pub const MAX_ROWS: usize = 5_000;

/// A header is among the first rows of a file (a title may stand above it).
pub const HEADER_SEARCH_ROWS: usize = 10;

/// A file's non-blank rows, each with all its cells (trimmed).
#[derive(Debug, Clone)]
pub struct RawTable {
    /// The file as messages name it.
    pub label: String,
    pub rows: Vec<Record>,
    /// A workbook: a cell is named `D7`; in a CSV file by its column's header.
    pub workbook: bool,
}

impl RawTable {
    /// A table made of these rows (for tests and for callers that have the cells).
    pub fn new(label: &str, rows: Vec<Record>, workbook: bool) -> RawTable {
        RawTable {
            label: label.to_string(),
            rows,
            workbook,
        }
    }

    /// The cell of a row, or "".
    pub fn at(row: &Record, column: usize) -> &str {
        row.cells.get(column).map(String::as_str).unwrap_or("")
    }
}

/// `D` for column 3 (0-based): the letters a spreadsheet shows.
pub fn column_letters(column: usize) -> String {
    let mut letters = Vec::new();
    let mut n = column + 1;
    while n > 0 {
        letters.push(b'A' + ((n - 1) % 26) as u8);
        n = (n - 1) / 26;
    }
    letters.reverse();
    String::from_utf8_lossy(&letters).into_owned()
}

/// Read a whole file; None when it is standard input, or has more than [`MAX_ROWS`] rows
/// (then it is no grid: the reader of records takes it as it is).
pub fn read_raw(path: &Path, opts: &ReadOptions) -> Result<Option<RawTable>> {
    let label = path.display().to_string();
    if label == "-" {
        return Ok(None);
    }
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    let Ok(meta) = std::fs::metadata(path) else {
        // The reader of records says what is wrong with it.
        return Ok(None);
    };
    if meta.len() > sheet::MAX_FILE_BYTES {
        return Ok(None);
    }
    if matches!(ext.as_str(), "xlsx" | "xlsm") {
        return read_workbook(path, &label, opts);
    }
    if matches!(ext.as_str(), "xls" | "xlsb" | "ods") {
        return Ok(None);
    }
    let bytes = std::fs::read(path)
        .with_context(|| crate::t!("input-reading-file", file = label.as_str()))?;
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        return Ok(None);
    }
    let text: Arc<[u8]> = decode(&bytes, opts.encoding).into_bytes().into();
    let delimiter = opts.delimiter.unwrap_or_else(|| guess_delimiter(&text));
    let mut rdr = csv_reader(&text, delimiter);
    let mut rows = Vec::new();
    let mut raw = csv::StringRecord::new();
    loop {
        match rdr.read_record(&mut raw) {
            Ok(true) => {}
            Ok(false) => break,
            // Not readable as CSV: the reader of records says so.
            Err(_) => return Ok(None),
        }
        let cells: Vec<String> = raw.iter().map(cell).collect();
        if cells.iter().all(String::is_empty) {
            continue;
        }
        if rows.len() >= MAX_ROWS {
            return Ok(None);
        }
        rows.push(Record {
            line: record_line(&raw, &text),
            cells,
        });
    }
    Ok(Some(RawTable {
        label,
        rows,
        workbook: false,
    }))
}

/// The delimiter found on most of the first lines (outside quotes); `;` first on a tie, as
/// Russian Excel saves.
fn guess_delimiter(text: &[u8]) -> u8 {
    let candidates = [b';', b'\t', b','];
    let mut lines = [0usize; 3];
    for line in text.split(|&b| b == b'\n').take(20) {
        let mut quoted = false;
        let mut seen = [false; 3];
        for &b in line {
            if b == b'"' {
                quoted = !quoted;
            } else if !quoted {
                if let Some(i) = candidates.iter().position(|&c| c == b) {
                    seen[i] = true;
                }
            }
        }
        for i in 0..3 {
            lines[i] += usize::from(seen[i]);
        }
    }
    let best = (0..3).max_by_key(|&i| (lines[i], 3 - i)).unwrap_or(0);
    candidates[best]
}

fn read_workbook(path: &Path, label: &str, opts: &ReadOptions) -> Result<Option<RawTable>> {
    let bytes =
        std::fs::read(path).with_context(|| crate::t!("input-reading-file", file = label))?;
    let mut reader = match sheet::open(bytes.clone(), opts.sheet.as_deref()) {
        Ok(r) => r,
        // The reader of records refuses it with the same reason.
        Err(_) => return Ok(None),
    };
    let mut rows: BTreeMap<u64, Vec<String>> = BTreeMap::new();
    loop {
        match reader.next_row() {
            Ok(Some(r)) => {
                if rows.len() >= MAX_ROWS {
                    return Ok(None);
                }
                let width = r.cells.iter().map(|(c, _)| c + 1).max().unwrap_or(0);
                let mut cells = vec![String::new(); width];
                for (c, text) in r.cells {
                    cells[c] = cell(&text);
                }
                rows.insert(r.line, cells);
            }
            Ok(None) => break,
            Err(why) => return Err(refused(format!("{label}: {why}"))),
        }
    }
    let merged = sheet::merged_regions(bytes, &reader.sheet)
        .map_err(|why| refused(format!("{label}: {why}")))?;
    // A region reaching below the last row with a value adds no rows (nor beyond the columns
    // an import reads).
    let last = rows.keys().next_back().copied().unwrap_or(0);
    for m in merged {
        let (top, left) = (u64::from(m.rows.0) + 1, m.columns.0 as usize);
        let value = rows
            .get(&top)
            .and_then(|r| r.get(left))
            .cloned()
            .unwrap_or_default();
        if value.is_empty() {
            continue;
        }
        for line in top..=(u64::from(m.rows.1) + 1).min(last) {
            let row = rows.entry(line).or_default();
            for c in left..=(m.columns.1 as usize).min(sheet::MAX_COLUMNS as usize - 1) {
                if row.len() <= c {
                    row.resize(c + 1, String::new());
                }
                if row[c].is_empty() {
                    row[c] = value.clone();
                }
            }
        }
    }
    Ok(Some(RawTable {
        label: label.to_string(),
        rows: rows
            .into_iter()
            .filter(|(_, cells)| cells.iter().any(|c| !c.is_empty()))
            .map(|(line, cells)| Record { line, cells })
            .collect(),
        workbook: true,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters() {
        assert_eq!(column_letters(0), "A");
        assert_eq!(column_letters(3), "D");
        assert_eq!(column_letters(26), "AA");
    }

    #[test]
    fn delimiter_of_most_lines() {
        assert_eq!(guess_delimiter("a;b\n1;\"x, y\"\n".as_bytes()), b';');
        assert_eq!(guess_delimiter("a,b\n1,2\n".as_bytes()), b',');
        assert_eq!(guess_delimiter("a\tb\n1\t2\n".as_bytes()), b'\t');
    }
}
