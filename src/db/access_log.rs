//! The portal's access log: who looked at a class's electronic diary on which day.

use anyhow::{Context, Result};
use chrono::NaiveDate;
use rusqlite::{params, Connection};

use crate::domain::date::iso;

/// Record one view; false when the log already holds it.
pub fn record_view(
    conn: &Connection,
    date: NaiveDate,
    class_id: i64,
    who: &str,
    role: &str,
) -> Result<bool> {
    let n = conn
        .prepare_cached(
            "INSERT OR IGNORE INTO access_log (date, class_id, who, role) VALUES (?1, ?2, ?3, ?4)",
        )?
        .execute(params![iso(date), class_id, who, role])
        .with_context(|| crate::t!("db-writing-access-log"))?;
    Ok(n > 0)
}
