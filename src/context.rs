//! What every command is handed: the open journal, who acts, how to print, and today.

use std::io::Write;

use anyhow::Result;
use chrono::NaiveDate;
use rusqlite::Connection;

use crate::domain::journal::JournalKind;
use crate::render::{Format, Rows};

pub struct Ctx {
    pub conn: Connection,
    /// Who writes: the actor, and who entered it for him (a deputy acting for someone).
    pub who: crate::db::Who,
    /// Why this login may not write (a write asks [`crate::commands::roles`], which says it).
    pub identity_refusal: Option<String>,
    pub format: Format,
    /// The format exactly as given (reports take theirs from --out's extension otherwise).
    pub format_given: Option<Format>,
    pub quiet: bool,
    /// The system clock's today; in a training journal, `EJOURNAL_TODAY` when set.
    pub today: NaiveDate,
    /// Real or training: a training journal's every output says it is not a document.
    pub kind: JournalKind,
}

impl Ctx {
    /// A progress or summary line on stderr, unless `--quiet` (control characters escaped:
    /// it may quote what was typed).
    pub fn say(&self, msg: impl AsRef<str>) {
        if !self.quiet {
            eprintln!("{}", crate::domain::text::printable(msg.as_ref()));
        }
    }

    /// Print rows in the chosen format on stdout. A training journal's table starts with
    /// its notice; CSV and JSON stay data only, and the notice goes to stderr (unless
    /// `--quiet`).
    pub fn print(&self, rows: &Rows) -> Result<()> {
        self.print_as(rows, self.format)
    }

    /// Print rows in `format` on stdout, with a training journal's notice as `print` does.
    pub fn print_as(&self, rows: &Rows, format: Format) -> Result<()> {
        self.notice_for(format)?;
        rows.print(format)
    }

    /// Say that this is a training journal, where the output in `format` goes to stdout.
    /// (Written, not `println!`: a closed pipe is an error to pass up, not a panic.)
    pub fn notice_for(&self, format: Format) -> Result<()> {
        if let Some(notice) = self.kind.notice() {
            if format == Format::Table {
                writeln!(std::io::stdout(), "{notice}")?;
            } else if !self.quiet {
                eprintln!("ejournal: {notice}");
            }
        }
        Ok(())
    }
}

/// The day `EJOURNAL_TODAY` fixes, if it is set: honoured only in a training journal.
pub fn fixed_today() -> Result<Option<NaiveDate>> {
    match std::env::var("EJOURNAL_TODAY") {
        Ok(s) if !s.trim().is_empty() => crate::domain::date::parse_date(&s)
            .map(Some)
            .map_err(|e| crate::error::usage(crate::t!("context-today-invalid", error = e))),
        _ => Ok(None),
    }
}

/// Today for a journal of this kind: the system clock's, or the fixed day of a training
/// journal. A real journal refuses a fixed day (exit 2): it is a legal document, and a
/// backdated entry would carry a false date.
pub fn today_for(kind: JournalKind, fixed: Option<NaiveDate>) -> Result<NaiveDate> {
    match (fixed, kind) {
        (Some(day), JournalKind::Training) => Ok(day),
        (Some(_), JournalKind::Real) => Err(crate::error::usage(crate::t!("context-today-real"))),
        (None, _) => Ok(chrono::Local::now().date_naive()),
    }
}
