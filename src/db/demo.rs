//! The one write only the demo makes: it keeps a journal for two months in one run, so it
//! moves the write session's day along.

use anyhow::{Context, Result};
use chrono::NaiveDate;
use rusqlite::Connection;

use crate::domain::date::iso;

/// Make the open write session's entries dated on `date`, in the afternoon (the triggers
/// and `write_time` read the session).
pub fn set_entry_day(conn: &Connection, date: NaiveDate) -> Result<()> {
    conn.execute(
        "UPDATE session SET today = ?1, now = ?1 || 'T15:30:00' WHERE id = 1",
        [iso(date)],
    )
    .with_context(|| format!("moving the demo to {}", iso(date)))?;
    Ok(())
}
