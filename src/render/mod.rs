//! Rendering computed rows to the user's format. Commands build [`Rows`] once; how they
//! look is decided here: a comfy-table for people (control characters escaped), CSV and
//! JSON for scripts (the exact data).

pub mod diary_pdf;
pub mod paper_pdf;
pub mod paper_xlsx;
pub mod pdf;
pub mod report;
pub mod report_pdf;
pub mod short;
pub mod stream;
pub mod terminal;

use std::io::Write;

use anyhow::Result;
use chrono::NaiveDate;
use serde_json::{Map, Value};

/// How rows print (`--format`, `EJOURNAL_FORMAT`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum, Default)]
pub enum Format {
    /// An aligned table for reading (dates as dd.mm.yyyy)
    #[default]
    Table,
    /// CSV with a header row of the JSON keys (UTF-8, ISO dates)
    Csv,
    /// A JSON array of objects (ISO dates)
    Json,
    /// Reports only, with --out FILE.xlsx: a workbook with a sheet per section
    Xlsx,
    /// Deprecated: `export paper --as pdf`
    #[value(hide = true)]
    Pdf,
    /// Deprecated: `export paper --as both`
    #[value(hide = true)]
    Both,
}

impl Format {
    /// The documents an old `--format pdf|xlsx|both` asked `export` for. Kept for one release
    /// (`--as` replaces it); everywhere else these values are refused.
    pub fn as_document(self) -> Option<DocFormat> {
        match self {
            Format::Pdf => Some(DocFormat::Pdf),
            Format::Xlsx => Some(DocFormat::Xlsx),
            Format::Both => Some(DocFormat::Both),
            Format::Table | Format::Csv | Format::Json => None,
        }
    }
}

/// Which documents `export paper` writes (`--as`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum, Default)]
pub enum DocFormat {
    /// The PDF to print, sign and seal
    Pdf,
    /// The XLSX workbook, a sheet per course and the summary sheet
    Xlsx,
    /// Both files
    #[default]
    Both,
}

impl DocFormat {
    pub fn as_str(self) -> &'static str {
        match self {
            DocFormat::Pdf => "pdf",
            DocFormat::Xlsx => "xlsx",
            DocFormat::Both => "both",
        }
    }

    pub fn pdf(self) -> bool {
        matches!(self, DocFormat::Pdf | DocFormat::Both)
    }

    pub fn xlsx(self) -> bool {
        matches!(self, DocFormat::Xlsx | DocFormat::Both)
    }
}

/// One value in a row.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Null,
    Text(String),
    Int(i64),
    Num(f64),
    /// A number shown with this many decimals (percentages: one).
    Fixed(f64, usize),
    Date(NaiveDate),
    Bool(bool),
    /// A stable code for scripts (CSV, JSON: `insert`, `holiday`) shown to people by its
    /// label in their language (tables, workbooks, PDF: «добавление», «каникулы»).
    Coded {
        value: String,
        label: String,
    },
}

impl Cell {
    pub fn text(s: impl Into<String>) -> Cell {
        Cell::Text(s.into())
    }

    /// Text, or null when empty.
    pub fn opt_text(s: impl Into<String>) -> Cell {
        let s = s.into();
        if s.is_empty() {
            Cell::Null
        } else {
            Cell::Text(s)
        }
    }

    /// A code scripts read, with the label people see.
    pub fn coded(value: impl Into<String>, label: impl Into<String>) -> Cell {
        Cell::Coded {
            value: value.into(),
            label: label.into(),
        }
    }

    pub fn opt_date(d: Option<NaiveDate>) -> Cell {
        d.map(Cell::Date).unwrap_or(Cell::Null)
    }

    /// For people: control characters escaped, so that a stored value cannot drive the
    /// terminal (CSV and JSON stay the exact data: they are for programs, and JSON escapes
    /// them anyway).
    pub(crate) fn for_table(&self) -> String {
        match self {
            Cell::Null => String::new(),
            Cell::Text(s) => crate::domain::text::printable(s).into_owned(),
            Cell::Int(i) => i.to_string(),
            // The Russian decimal comma, for people; CSV and JSON keep the dot.
            Cell::Num(f) => format_num(*f).replace('.', ","),
            Cell::Fixed(f, n) => format!("{f:.n$}").replace('.', ","),
            Cell::Date(d) => crate::domain::date::ru(*d),
            Cell::Bool(b) => yes(*b),
            Cell::Coded { label, .. } => crate::domain::text::printable(label).into_owned(),
        }
    }

    /// Numbers are right-aligned in a table.
    fn is_number(&self) -> bool {
        matches!(self, Cell::Int(_) | Cell::Num(_) | Cell::Fixed(..))
    }

    fn for_csv(&self) -> String {
        match self {
            Cell::Null => String::new(),
            Cell::Text(s) => s.clone(),
            Cell::Int(i) => i.to_string(),
            Cell::Num(f) => format_num(*f),
            Cell::Fixed(f, n) => format!("{f:.n$}"),
            Cell::Date(d) => crate::domain::date::iso(*d),
            Cell::Bool(b) => b.to_string(),
            Cell::Coded { value, .. } => value.clone(),
        }
    }

    fn for_json(&self) -> Value {
        match self {
            Cell::Null => Value::Null,
            Cell::Text(s) => Value::String(s.clone()),
            Cell::Int(i) => Value::from(*i),
            Cell::Num(f) | Cell::Fixed(f, _) => serde_json::Number::from_f64(*f)
                .map(Value::Number)
                .unwrap_or(Value::Null),
            Cell::Date(d) => Value::String(crate::domain::date::iso(*d)),
            Cell::Bool(b) => Value::Bool(*b),
            Cell::Coded { value, .. } => Value::String(value.clone()),
        }
    }
}

/// Numbers print without a trailing `.0` when whole.
fn format_num(f: f64) -> String {
    if f.fract() == 0.0 && f.abs() < 1e15 {
        format!("{}", f as i64)
    } else {
        let s = format!("{f:.2}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

/// A true flag as a table or workbook shows it («да»; "yes" in English); false is blank.
pub fn yes(b: bool) -> String {
    if b {
        crate::t!("cell-yes")
    } else {
        String::new()
    }
}

/// A column: its JSON/CSV key and its title in a table, in the user's language.
#[derive(Debug, Clone)]
pub struct Col {
    pub key: &'static str,
    pub title: String,
}

impl Col {
    /// A column whose Russian title the code gives; in English its title is the
    /// catalogue's `col-KEY`, or else the key in words («pct_on_time» → «% on time»).
    pub fn new(key: &'static str, russian: &'static str) -> Col {
        let title = match crate::i18n::lang() {
            crate::i18n::Lang::Ru => russian.to_string(),
            crate::i18n::Lang::En => {
                crate::i18n::lookup(crate::i18n::Lang::En, &format!("col-{key}"))
                    .unwrap_or_else(|| english_title(key))
            }
        };
        Col { key, title }
    }
}

/// A stable key read as an English title: words apart, `pct_` as `%`.
fn english_title(key: &str) -> String {
    let words = key.replace('_', " ");
    match words.strip_prefix("pct ") {
        Some(rest) => format!("% {rest}"),
        None => words,
    }
}

/// Rows ready to print.
#[derive(Debug, Clone)]
pub struct Rows {
    pub columns: Vec<Col>,
    pub rows: Vec<Vec<Cell>>,
    /// The columns a narrow terminal shows first (by key), before the rest in their order.
    pub first: Vec<&'static str>,
}

impl Rows {
    pub fn new(columns: &[(&'static str, &'static str)]) -> Rows {
        Rows {
            columns: columns
                .iter()
                .map(|&(key, title)| Col::new(key, title))
                .collect(),
            rows: Vec::new(),
            first: Vec::new(),
        }
    }

    /// The columns a terminal too narrow for all shows first (the rest follow as they
    /// fit; `--wide` shows all). Scripts get every column whatever this says.
    pub fn narrow(mut self, keys: &[&'static str]) -> Rows {
        debug_assert!(keys
            .iter()
            .all(|k| self.columns.iter().any(|c| c.key == *k)));
        self.first = keys.to_vec();
        self
    }

    pub fn push(&mut self, row: Vec<Cell>) {
        debug_assert_eq!(row.len(), self.columns.len());
        self.rows.push(row);
    }

    /// JSON: an array of objects keyed by column key, in column order.
    pub fn to_json(&self) -> Value {
        Value::Array(
            self.rows
                .iter()
                .map(|r| {
                    let mut m = Map::new();
                    for (c, v) in self.columns.iter().zip(r) {
                        m.insert(c.key.to_string(), v.for_json());
                    }
                    Value::Object(m)
                })
                .collect(),
        )
    }

    pub fn write(&self, format: Format, out: &mut dyn Write) -> Result<()> {
        match format {
            Format::Xlsx | Format::Pdf | Format::Both => {
                return Err(crate::error::usage(crate::t!("render-rows-format")))
            }
            Format::Table => terminal::write_table(self, out)?,
            // CSV and JSON are built in memory and written in one go, so a closed pipe
            // surfaces as a plain I/O error (which exits quietly).
            Format::Csv => {
                let mut w = csv::Writer::from_writer(Vec::new());
                w.write_record(self.columns.iter().map(|c| c.key))?;
                for r in &self.rows {
                    w.write_record(r.iter().map(Cell::for_csv))?;
                }
                let bytes = w.into_inner().map_err(|e| {
                    anyhow::anyhow!(crate::t!("err-writing-csv", error = e.to_string()))
                })?;
                out.write_all(&bytes)?;
            }
            Format::Json => {
                let mut text = serde_json::to_string_pretty(&self.to_json())?;
                text.push('\n');
                out.write_all(text.as_bytes())?;
            }
        }
        Ok(())
    }

    /// Print to stdout.
    pub fn print(&self, format: Format) -> Result<()> {
        let stdout = std::io::stdout();
        let mut lock = stdout.lock();
        self.write(format, &mut lock)?;
        lock.flush()?;
        Ok(())
    }
}
