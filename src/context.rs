//! What every command is handed: the open journal, who acts, how to print, and today.

use anyhow::Result;
use chrono::NaiveDate;
use rusqlite::Connection;

use crate::render::{Format, Rows};

pub struct Ctx {
    pub conn: Connection,
    pub actor: String,
    pub format: Format,
    /// The format exactly as given (reports take theirs from --out's extension otherwise).
    pub format_given: Option<Format>,
    pub quiet: bool,
    /// Today, or `EJOURNAL_TODAY` when set (tests, re-running a cron job for a past day).
    pub today: NaiveDate,
}

impl Ctx {
    /// A progress or summary line on stderr, unless `--quiet`.
    pub fn say(&self, msg: impl AsRef<str>) {
        if !self.quiet {
            eprintln!("{}", msg.as_ref());
        }
    }

    /// Print rows in the chosen format on stdout.
    pub fn print(&self, rows: &Rows) -> Result<()> {
        rows.print(self.format)
    }
}

/// The OS user, for `--actor`'s default.
pub fn os_user() -> String {
    ["USER", "USERNAME", "LOGNAME"]
        .iter()
        .find_map(|v| std::env::var(v).ok().filter(|s| !s.is_empty()))
        .unwrap_or_else(|| "unknown".into())
}

/// Today's date, or `EJOURNAL_TODAY`.
pub fn today() -> Result<NaiveDate> {
    match std::env::var("EJOURNAL_TODAY") {
        Ok(s) if !s.trim().is_empty() => crate::domain::date::parse_date(&s)
            .map_err(|e| crate::error::usage(format!("EJOURNAL_TODAY: {e}"))),
        _ => Ok(chrono::Local::now().date_naive()),
    }
}
