//! Control reports as documents: named sections of rows, printed as tables, CSV (the main
//! section), JSON (an object of sections) or an XLSX workbook (a sheet per section). The
//! reports compute plain structs (`crate::reports::*`); [`sections`] lays them out.

pub mod fill;
pub mod sections;

use std::io::Write;
use std::path::Path;

use anyhow::{anyhow, Result};
use rust_xlsxwriter::{Format as XFormat, FormatAlign, FormatBorder, Workbook};
use serde_json::{Map, Value};

use super::{Cell, Format, Rows};
use crate::domain::journal::JournalKind;
use crate::domain::text::printable;

/// One part of a report: its JSON key, its title, its rows; `single` makes it a JSON
/// object (a summary) instead of an array.
pub struct Section {
    pub key: &'static str,
    pub title: String,
    pub rows: Rows,
    pub single: bool,
}

pub struct Report {
    pub title: String,
    pub sections: Vec<Section>,
    /// Shortfalls found (for --fail-on-issues).
    pub issues: usize,
    /// A training journal's notice: the first line of the table, the first row of every
    /// sheet and its print header; never in CSV or JSON, which stay data only.
    pub notice: Option<&'static str>,
}

impl Report {
    /// The report of a journal of this kind (a training journal's carries its notice).
    pub fn of_journal(mut self, kind: JournalKind) -> Report {
        self.notice = kind.notice();
        self
    }

    pub fn to_json(&self) -> Value {
        let mut m = Map::new();
        for s in &self.sections {
            let v = s.rows.to_json();
            let v = if s.single {
                v.as_array()
                    .and_then(|a| a.first().cloned())
                    .unwrap_or(Value::Null)
            } else {
                v
            };
            m.insert(s.key.to_string(), v);
        }
        Value::Object(m)
    }

    /// Write in a text format; CSV carries the first section that is not a summary.
    pub fn write(&self, format: Format, out: &mut dyn Write) -> Result<()> {
        match format {
            Format::Json => {
                let mut text = serde_json::to_string_pretty(&self.to_json())?;
                text.push('\n');
                out.write_all(text.as_bytes())?;
            }
            Format::Csv => {
                let main = self
                    .sections
                    .iter()
                    .find(|s| !s.single)
                    .or(self.sections.first());
                if let Some(s) = main {
                    s.rows.write(Format::Csv, out)?;
                }
            }
            Format::Table => {
                if let Some(notice) = self.notice {
                    writeln!(out, "{notice}")?;
                }
                writeln!(out, "{}", printable(&self.title))?;
                for s in &self.sections {
                    writeln!(out, "\n{}", printable(&s.title))?;
                    s.rows.write(Format::Table, out)?;
                }
            }
            Format::Xlsx => return Err(crate::error::usage(crate::t!("render-xlsx-needs-out"))),
            Format::Pdf | Format::Both => {
                return Err(crate::error::usage(crate::t!("render-pdf-needs-out")))
            }
        }
        Ok(())
    }

    /// The workbook: a sheet per section, set to print on landscape pages.
    pub fn xlsx(&self) -> Result<Vec<u8>> {
        let err = |e: rust_xlsxwriter::XlsxError| {
            anyhow!(crate::t!("err-writing-workbook", error = e.to_string()))
        };
        let mut book = Workbook::new();
        let head = XFormat::new()
            .set_bold()
            .set_border(FormatBorder::Thin)
            .set_text_wrap()
            .set_align(FormatAlign::Center);
        let cell = XFormat::new().set_border(FormatBorder::Thin);
        let title = XFormat::new().set_bold().set_font_size(12);
        let notice = XFormat::new().set_bold().set_font_size(11);
        // Below a training journal's notice, everything moves down a row.
        let top = u32::from(self.notice.is_some());
        for (i, s) in self.sections.iter().enumerate() {
            let ws = book.add_worksheet();
            let name: String = s
                .title
                .chars()
                .filter(|c| !"[]:*?/\\".contains(*c))
                .take(28)
                .collect();
            ws.set_name(format!("{} {}", i + 1, name.trim()))
                .map_err(err)?;
            if let Some(text) = self.notice {
                ws.write_string_with_format(0, 0, text, &notice)
                    .map_err(err)?;
                ws.set_header(format!("&C{}", text.replace('&', "&&")));
            }
            let head_row = top + 2;
            ws.write_string_with_format(top, 0, format!("{} — {}", self.title, s.title), &title)
                .map_err(err)?;
            for (c, col) in s.rows.columns.iter().enumerate() {
                ws.write_string_with_format(head_row, c as u16, &col.title, &head)
                    .map_err(err)?;
                ws.set_column_width(
                    c as u16,
                    (col.title.chars().count() as f64 * 1.1).clamp(8.0, 30.0),
                )
                .map_err(err)?;
            }
            for (r, row) in s.rows.rows.iter().enumerate() {
                let r = r as u32 + head_row + 1;
                for (c, v) in row.iter().enumerate() {
                    let c = c as u16;
                    match v {
                        Cell::Null => ws.write_blank(r, c, &cell).map_err(err)?,
                        Cell::Int(i) => ws
                            .write_number_with_format(r, c, *i as f64, &cell)
                            .map_err(err)?,
                        Cell::Num(f) | Cell::Fixed(f, _) => {
                            ws.write_number_with_format(r, c, *f, &cell).map_err(err)?
                        }
                        Cell::Bool(b) => ws
                            .write_string_with_format(r, c, super::yes(*b), &cell)
                            .map_err(err)?,
                        Cell::Date(d) => ws
                            .write_string_with_format(r, c, crate::domain::date::ru(*d), &cell)
                            .map_err(err)?,
                        Cell::Text(t) | Cell::Coded { label: t, .. } => {
                            ws.write_string_with_format(r, c, t, &cell).map_err(err)?
                        }
                    };
                }
            }
            ws.set_landscape();
            ws.set_paper_size(9);
            ws.set_print_fit_to_pages(1, 0);
            ws.set_repeat_rows(head_row, head_row).map_err(err)?;
        }
        book.save_to_buffer().map_err(err)
    }

    /// The format a report is written in: the one given, else the one the file's
    /// extension names, else a table (on stdout the given one, else a table).
    pub fn format_for(given: Option<Format>, out: Option<&Path>) -> Result<Format> {
        let Some(path) = out else {
            return Ok(given.unwrap_or_default());
        };
        let by_ext = match path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
            .as_deref()
        {
            Some("xlsx") => Format::Xlsx,
            Some("pdf") => Format::Pdf,
            Some("csv") => Format::Csv,
            Some("json") => Format::Json,
            _ => Format::Table,
        };
        if let Some(g) = given {
            if by_ext != Format::Table && g != by_ext {
                return Err(crate::error::usage(crate::t!(
                    "render-format-mismatch",
                    path = path.display().to_string(),
                    ext = format!("{by_ext:?}").to_lowercase(),
                    format = format!("{g:?}").to_lowercase()
                )));
            }
        }
        Ok(given.unwrap_or(by_ext))
    }

    /// Print on stdout, or write to a file (through a temporary name) in the format given
    /// or the one the file's extension names.
    pub fn emit(&self, given: Option<Format>, out: Option<&Path>) -> Result<()> {
        let format = Report::format_for(given, out)?;
        match out {
            None => {
                let stdout = std::io::stdout();
                let mut lock = stdout.lock();
                self.write(format, &mut lock)?;
                lock.flush()?;
                Ok(())
            }
            Some(path) => {
                let bytes = match format {
                    Format::Xlsx => self.xlsx()?,
                    Format::Pdf => super::report_pdf::report_pdf(self, &self.title)?,
                    Format::Both => {
                        return Err(crate::error::usage(crate::t!("render-report-formats")))
                    }
                    f => {
                        let mut buf = Vec::new();
                        self.write(f, &mut buf)?;
                        buf
                    }
                };
                crate::output::write_file(path, &bytes)
            }
        }
    }
}

/// A percentage with one decimal; a share of nothing is null, never NaN.
pub fn pct(part: u64, whole: u64) -> Cell {
    if whole == 0 {
        Cell::Null
    } else {
        Cell::Fixed((part as f64 * 1000.0 / whole as f64).round() / 10.0, 1)
    }
}
