//! The writes only the demo makes: its writes are dated in the afternoon of the day it moves
//! its quarter over, whatever the clock says, so that the same demo comes out every run; and
//! its teachers record their lessons on the days they record them.

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
    .with_context(|| crate::t!("db-dating-demo", date = iso(date)))?;
    Ok(())
}

/// Make the open write session's next entries the work of `actor` on `date`, in the
/// afternoon, under `permit` (the triggers and the audit read the session): the demo's
/// teachers recording their lessons through the quarter.
pub fn enter_as(
    conn: &Connection,
    actor: &str,
    date: NaiveDate,
    permit: Option<i64>,
) -> Result<()> {
    conn.execute(
        "UPDATE session SET actor = ?1, entered_by = NULL, reason = NULL, today = ?2,
                now = ?2 || 'T15:30:00', permit_id = ?3 WHERE id = 1",
        rusqlite::params![actor, iso(date), permit],
    )
    .with_context(|| crate::t!("db-writing-as", actor = actor.to_string(), date = iso(date)))?;
    Ok(())
}
