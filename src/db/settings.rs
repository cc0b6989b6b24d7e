//! The school's settings (key/value, with the defaults a new journal starts with).

use anyhow::{Context, Result};
use chrono::NaiveDate;
use rusqlite::Connection;

use crate::domain::date::from_iso;

/// A setting's value.
pub fn setting(conn: &Connection, key: &str) -> Result<String> {
    conn.query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| {
        r.get(0)
    })
    .with_context(|| format!("reading setting {key}"))
}

/// The academic year's first and last day.
pub fn year_bounds(conn: &Connection) -> Result<(NaiveDate, NaiveDate)> {
    let start = from_iso(&setting(conn, "year_start")?);
    let end = from_iso(&setting(conn, "year_end")?);
    Ok((start, end))
}
