//! Reading an `.xlsx` sheet without trusting it. A workbook is a ZIP of XML parts, and both
//! can lie: a part that unpacks to gigabytes, a `<dimension>` or a cell reference at
//! `XFD1048576` that a dense reader turns into a 512 GB allocation. So the package is
//! measured before anything is parsed, the sheet's cells are streamed (never a dense range),
//! a value outside the columns an import can have is refused, and the parsing runs on a
//! thread of its own, so that even a reader's panic becomes one clear refusal.

use std::io::{Cursor, Read};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{sync_channel, Receiver};
use std::sync::{Arc, Once};
use std::thread::JoinHandle;

use calamine::{DataRef, Reader, Xlsx};

use crate::domain::limits;

/// A larger file is not a school's list: it is refused before it is read.
pub const MAX_FILE_BYTES: u64 = 32 << 20;
/// All the parts of a workbook together may unpack to this much (what parsing may cost).
pub const MAX_UNPACKED_BYTES: u64 = 128 << 20;
/// A sheet's XML may unpack to this much (about a million short rows): it is streamed.
pub const MAX_SHEET_BYTES: u64 = 64 << 20;
/// Any other part may unpack to this much: the shared strings are held in memory whole
/// (a school's lists repeat a few thousand names and dates).
pub const MAX_PART_BYTES: u64 = 8 << 20;
/// A workbook has a few dozen parts.
pub const MAX_PARTS: usize = 1_000;
/// Columns A–IV (Excel 97's whole width): an import's columns are far to the left, and a
/// value beyond is a sheet made to exhaust its reader.
pub const MAX_COLUMNS: u32 = 256;
/// Excel's last row.
pub const MAX_ROWS: u32 = 1_048_576;

/// The name of the reading thread (its panics are reported as a refusal, not printed).
const READER_THREAD: &str = "xlsx-reader";
/// Rows the reader may run ahead of the import.
const AHEAD: usize = 64;

/// One row of a sheet: its number as Excel shows it, and its non-empty cells by column.
pub struct SheetRow {
    pub line: u64,
    pub cells: Vec<(usize, String)>,
}

enum Msg {
    /// The sheet was found: its name, the workbook's sheets, about how many rows it has.
    Opened {
        sheet: String,
        names: Vec<String>,
        rows_hint: u64,
    },
    Row(SheetRow),
    /// The workbook cannot be read; the message says why (without the file's name).
    Fail(String),
    End,
}

/// A sheet being read on its own thread.
pub struct SheetRows {
    pub sheet: String,
    pub names: Vec<String>,
    pub rows_hint: u64,
    rx: Receiver<Msg>,
    thread: Option<JoinHandle<()>>,
    /// Cells at or right of this column are dropped by the reader (set once the header is
    /// known: they belong to no column the import reads).
    keep: Arc<AtomicUsize>,
    done: bool,
}

impl SheetRows {
    /// Read only the columns left of `width` from now on.
    pub fn keep_columns(&self, width: usize) {
        self.keep.store(width, Ordering::Relaxed);
    }

    /// The next row with a value, or None at the end; Err is why the sheet cannot be read.
    pub fn next_row(&mut self) -> Result<Option<SheetRow>, String> {
        if self.done {
            return Ok(None);
        }
        match self.rx.recv() {
            Ok(Msg::Row(r)) => Ok(Some(r)),
            Ok(Msg::End) => {
                self.done = true;
                Ok(None)
            }
            Ok(Msg::Fail(why)) => {
                self.done = true;
                Err(why)
            }
            Ok(Msg::Opened { .. }) => Err(crate::t!("sheet-opened-twice")),
            Err(_) => {
                self.done = true;
                Err(self.crashed())
            }
        }
    }

    /// The reader stopped without saying why: it panicked.
    fn crashed(&mut self) -> String {
        let why = self
            .thread
            .take()
            .and_then(|t| t.join().err())
            .and_then(|p| {
                p.downcast_ref::<&str>()
                    .map(|s| s.to_string())
                    .or_else(|| p.downcast_ref::<String>().cloned())
            })
            .unwrap_or_else(|| crate::t!("sheet-reader-stopped"));
        crate::t!("sheet-damaged-because", why = why)
    }
}

/// Open a workbook's sheet (`wanted`, or the first one) for reading. Err is why it cannot be
/// read, for a refusal that names the file.
pub fn open(bytes: Vec<u8>, wanted: Option<&str>) -> Result<SheetRows, String> {
    check_package(&bytes)?;
    quiet_reader_panics();
    let (tx, rx) = sync_channel(AHEAD);
    let keep = Arc::new(AtomicUsize::new(MAX_COLUMNS as usize));
    let keep_r = Arc::clone(&keep);
    let wanted = wanted.map(str::to_string);
    let thread = std::thread::Builder::new()
        .name(READER_THREAD.into())
        .spawn(move || {
            let send = |m: Msg| tx.send(m).is_ok();
            if let Err(why) = read(bytes, wanted.as_deref(), &keep_r, &send) {
                send(Msg::Fail(why));
            }
        })
        .map_err(|e| crate::t!("sheet-cannot-start", error = e.to_string()))?;
    let mut rows = SheetRows {
        sheet: String::new(),
        names: Vec::new(),
        rows_hint: 0,
        rx,
        thread: Some(thread),
        keep,
        done: false,
    };
    match rows.rx.recv() {
        Ok(Msg::Opened {
            sheet,
            names,
            rows_hint,
        }) => {
            rows.sheet = sheet;
            rows.names = names;
            rows.rows_hint = rows_hint;
            Ok(rows)
        }
        Ok(Msg::Fail(why)) => Err(why),
        Ok(_) => Err(crate::t!("sheet-damaged")),
        Err(_) => Err(rows.crashed()),
    }
}

/// A merged region of a sheet: first and last row and column, 0-based, inclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Merged {
    pub rows: (u32, u32),
    pub columns: (u32, u32),
}

/// The merged regions of a workbook's sheet (a day written once beside its lessons). The
/// package is measured first and parsed on a reader thread, as [`open`] does.
pub fn merged_regions(bytes: Vec<u8>, sheet: &str) -> Result<Vec<Merged>, String> {
    check_package(&bytes)?;
    quiet_reader_panics();
    let sheet = sheet.to_string();
    let thread = std::thread::Builder::new()
        .name(READER_THREAD.into())
        .spawn(move || -> Result<Vec<Merged>, String> {
            let mut book = Xlsx::new(Cursor::new(bytes))
                .map_err(|e| crate::t!("sheet-not-xlsx-or-damaged", error = e.to_string()))?;
            let regions = book.merge_cells_by_sheet_name(&sheet).map_err(|e| {
                crate::t!(
                    "sheet-cannot-read",
                    sheet = sheet.as_str(),
                    error = e.to_string()
                )
            })?;
            Ok(regions
                .into_iter()
                .filter(|d| d.end.0 < MAX_ROWS && d.end.1 < MAX_COLUMNS)
                .map(|d| Merged {
                    rows: (d.start.0, d.end.0),
                    columns: (d.start.1, d.end.1),
                })
                .collect())
        })
        .map_err(|e| crate::t!("sheet-cannot-start", error = e.to_string()))?;
    thread.join().map_err(|_| crate::t!("sheet-damaged"))?
}

/// Measure the package before a parser sees it: a ZIP, of few parts, none unpacking to
/// more than it may (the sizes are counted while unpacking, not taken from the headers).
fn check_package(bytes: &[u8]) -> Result<(), String> {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(crate::t!(
            "sheet-too-big",
            size = bytes.len() >> 20,
            max = MAX_FILE_BYTES >> 20
        ));
    }
    if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        return Err(crate::t!("sheet-xls"));
    }
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| {
        if looks_like_text(bytes) {
            crate::t!("sheet-text-file")
        } else {
            crate::t!("sheet-not-xlsx-or-damaged", error = e.to_string())
        }
    })?;
    if zip.len() > MAX_PARTS {
        return Err(crate::t!("sheet-too-many-parts", count = zip.len()));
    }
    let mut total = 0u64;
    for i in 0..zip.len() {
        let part = zip
            .by_index(i)
            .map_err(|e| crate::t!("sheet-damaged-error", error = e.to_string()))?;
        let name = part
            .name()
            .map_err(|e| crate::t!("sheet-damaged-error", error = e.to_string()))?
            .to_string();
        // Pictures are never parsed.
        if name.starts_with("xl/media/") {
            continue;
        }
        let max = if name.starts_with("xl/worksheets/") {
            MAX_SHEET_BYTES
        } else {
            MAX_PART_BYTES
        };
        let mut size = 0u64;
        let mut limited = part.take(max + 1);
        let mut buf = [0u8; 64 * 1024];
        loop {
            let n = limited.read(&mut buf).map_err(|e| {
                crate::t!(
                    "sheet-damaged-part",
                    part = name.as_str(),
                    error = e.to_string()
                )
            })?;
            if n == 0 {
                break;
            }
            size += n as u64;
            total += n as u64;
            if size > max {
                return Err(crate::t!(
                    "sheet-part-too-big",
                    part = name.as_str(),
                    size = max >> 20,
                    max = MAX_SHEET_BYTES >> 20
                ));
            }
            if total > MAX_UNPACKED_BYTES {
                return Err(crate::t!(
                    "sheet-unpacks-too-big",
                    size = MAX_UNPACKED_BYTES >> 20,
                    max = MAX_SHEET_BYTES >> 20
                ));
            }
        }
    }
    Ok(())
}

/// Text rather than a package: no NUL in its first kilobyte.
fn looks_like_text(bytes: &[u8]) -> bool {
    !bytes.is_empty() && !bytes.iter().take(1024).any(|&b| b == 0)
}

/// A panic of the reading thread is reported once, as the file's refusal; the default
/// hook would print it too.
fn quiet_reader_panics() {
    static HOOK: Once = Once::new();
    HOOK.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if std::thread::current().name() != Some(READER_THREAD) {
                previous(info);
            }
        }));
    });
}

/// The reading thread: open the workbook, find the sheet, stream its rows. Returns when the
/// import stops listening.
fn read(
    bytes: Vec<u8>,
    wanted: Option<&str>,
    keep: &AtomicUsize,
    send: &dyn Fn(Msg) -> bool,
) -> Result<(), String> {
    let mut book = Xlsx::new(Cursor::new(bytes))
        .map_err(|e| crate::t!("sheet-not-xlsx-or-damaged", error = e.to_string()))?;
    let names = book.sheet_names().to_vec();
    let sheet = match wanted {
        Some(w) => {
            let key = crate::domain::text::fold_key(w);
            names
                .iter()
                .find(|n| crate::domain::text::fold_key(n) == key)
                .cloned()
                .ok_or_else(|| {
                    crate::t!("sheet-no-such-sheet", sheet = w, sheets = names.join(", "))
                })?
        }
        None => names
            .first()
            .cloned()
            .ok_or_else(|| crate::t!("sheet-no-sheets"))?,
    };
    let mut cells = book.worksheet_cells_reader(&sheet).map_err(|e| {
        crate::t!(
            "sheet-cannot-read",
            sheet = sheet.as_str(),
            error = e.to_string()
        )
    })?;
    // The sheet's own idea of its size is only a hint for the progress bar; it may lie.
    let d = cells.dimensions();
    let rows_hint = u64::from(d.end.0.saturating_sub(d.start.0)).min(u64::from(MAX_ROWS));
    if !send(Msg::Opened {
        sheet: sheet.clone(),
        names: names.clone(),
        rows_hint,
    }) {
        return Ok(());
    }
    let mut row: Option<SheetRow> = None;
    loop {
        let cell = cells.next_cell().map_err(|e| {
            crate::t!(
                "sheet-sheet-damaged",
                sheet = sheet.as_str(),
                error = e.to_string()
            )
        })?;
        let Some(cell) = cell else { break };
        let (r, c) = cell.get_position();
        let Some(text) = cell_text(cell.get_value()) else {
            continue;
        };
        if r >= MAX_ROWS || c >= MAX_COLUMNS {
            return Err(crate::t!(
                "sheet-cell-outside",
                sheet = sheet.as_str(),
                cell = cell_name(r, c),
                rows = MAX_ROWS
            ));
        }
        if c as usize >= keep.load(Ordering::Relaxed) {
            continue;
        }
        let line = u64::from(r) + 1;
        if row.as_ref().is_some_and(|row| row.line != line) {
            if let Some(done) = row.take() {
                if !send(Msg::Row(done)) {
                    return Ok(());
                }
            }
        }
        row.get_or_insert_with(|| SheetRow {
            line,
            cells: Vec::new(),
        })
        .cells
        .push((c as usize, text));
    }
    if let Some(done) = row {
        if !send(Msg::Row(done)) {
            return Ok(());
        }
    }
    send(Msg::End);
    Ok(())
}

/// A cell as text; None when it is empty. Text longer than any column may hold is cut just
/// after [`limits::LONGEST`] characters (its column refuses it all the same), so a sheet
/// whose every cell points at one huge shared string costs no more than its XML.
fn cell_text(cell: &DataRef) -> Option<String> {
    let text = match cell {
        DataRef::Empty => return None,
        DataRef::String(s) | DataRef::DateTimeIso(s) | DataRef::DurationIso(s)
            if s.trim().is_empty() =>
        {
            return None
        }
        DataRef::SharedString(s) if s.trim().is_empty() => return None,
        DataRef::String(s) => cut(s),
        DataRef::SharedString(s) => cut(s),
        DataRef::Int(i) => i.to_string(),
        DataRef::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        DataRef::Float(f) => f.to_string(),
        DataRef::Bool(b) => if *b { "да" } else { "нет" }.to_string(),
        DataRef::DateTime(dt) => crate::domain::date::from_excel_serial(dt.as_f64())
            .map(|d| d.format("%Y-%m-%d").to_string())
            .unwrap_or_default(),
        DataRef::DateTimeIso(s) => s.chars().take(10).collect(),
        DataRef::DurationIso(s) => cut(s),
        DataRef::Error(e) => format!("#{e:?}"),
    };
    Some(text)
}

/// At most one character more than the longest cell any column accepts.
fn cut(s: &str) -> String {
    match s.char_indices().nth(limits::LONGEST + 1) {
        Some((at, _)) => s[..at].to_string(),
        None => s.to_string(),
    }
}

/// `A1`-style name of a cell (0-based row and column), for messages.
fn cell_name(row: u32, col: u32) -> String {
    let mut letters = Vec::new();
    let mut n = u64::from(col) + 1;
    while n > 0 {
        let d = ((n - 1) % 26) as u8;
        letters.push(b'A' + d);
        n = (n - 1) / 26;
    }
    letters.reverse();
    format!(
        "{}{}",
        String::from_utf8_lossy(&letters),
        u64::from(row) + 1
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cell_names() {
        assert_eq!(cell_name(0, 0), "A1");
        assert_eq!(cell_name(99_999, 701), "ZZ100000");
        assert_eq!(cell_name(1_048_575, 16_383), "XFD1048576");
    }

    #[test]
    fn long_text_is_cut_after_the_longest_limit() {
        assert_eq!(cut(&"я".repeat(5000)).chars().count(), limits::LONGEST + 1);
        assert_eq!(cut("Жуков"), "Жуков");
    }

    #[test]
    fn not_a_package_is_refused_with_a_reason() {
        assert_eq!(
            check_package(b"a;b;c\n1;2;3\n").unwrap_err(),
            crate::t!("sheet-text-file")
        );
        assert!(check_package(&[0xD0, 0xCF, 0x11, 0xE0, 0, 0])
            .unwrap_err()
            .contains(".xls"));
        let bytes = [0x50, 0x4B, 3, 4, 0, 0, 0];
        let why = zip::ZipArchive::new(Cursor::new(&bytes[..])).unwrap_err();
        assert_eq!(
            check_package(&bytes).unwrap_err(),
            crate::t!("sheet-not-xlsx-or-damaged", error = why.to_string())
        );
    }
}
