//! Locked dates. The rule lives in SQLite triggers (migration 002), which refuse any write
//! with `ejournal: date locked`; this is the same rule in Rust, so the tool can check a
//! whole file first and name every locked row, and turn a trigger's refusal into words.

use anyhow::Result;
use chrono::{Duration, NaiveDate};
use rusqlite::Connection;

use crate::domain::date::{from_iso, ru};

/// The lock settings as of a day.
#[derive(Debug, Clone, Copy)]
pub struct LockState {
    /// Every date up to this one is locked.
    pub locked_until: Option<NaiveDate>,
    /// The rolling lock: dates older than this many days before today are locked.
    pub older_than: Option<i64>,
    pub today: NaiveDate,
}

impl LockState {
    pub fn load(conn: &Connection, today: NaiveDate) -> Result<LockState> {
        let until = super::settings::setting(conn, "locked_until")?;
        let older = super::settings::setting(conn, "lock_older_than")?;
        Ok(LockState {
            locked_until: (!until.is_empty()).then(|| from_iso(&until)),
            older_than: older.parse().ok(),
            today,
        })
    }

    /// Why a date is locked for work with this checking grace, or None when it is open.
    pub fn why_locked(&self, date: NaiveDate, grace_days: i64) -> Option<String> {
        if let Some(until) = self.locked_until {
            if date <= until {
                return Some(format!(
                    "{} is locked: the journal is locked up to {}",
                    ru(date),
                    ru(until)
                ));
            }
        }
        if let Some(n) = self.older_than {
            let limit = self.today - Duration::days(n + grace_days);
            if date < limit {
                let grace = if grace_days > 0 {
                    format!(" (+{grace_days} days to check written work)")
                } else {
                    String::new()
                };
                return Some(format!(
                    "{} is locked: entries older than {n} days{grace} are locked (before {})",
                    ru(date),
                    ru(limit)
                ));
            }
        }
        None
    }
}

/// Turn a lock trigger's refusal into a plain message naming the date and the lock; any
/// other error passes through.
pub fn lock_message(err: anyhow::Error, date: NaiveDate) -> anyhow::Error {
    if is_lock_refusal(&err) {
        crate::error::refused(format!(
            "{} is locked: nothing on a locked date can be added, changed or deleted (see `ejournal lock status`)",
            ru(date)
        ))
    } else {
        err
    }
}

/// True when an error is a lock trigger's refusal.
pub fn is_lock_refusal(err: &anyhow::Error) -> bool {
    err.chain().any(|e| {
        let s = e.to_string();
        s.contains("ejournal: date locked") || s.contains("ejournal: period locked")
    })
}
