//! The one write only the demo makes: its writes are dated in the afternoon of the day it
//! moves its quarter over, whatever the clock says, so that the same demo comes out every run.

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
    .with_context(|| format!("dating the demo's writes on {}", iso(date)))?;
    Ok(())
}
