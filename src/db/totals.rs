//! How much the journal holds, for summaries (the demo's closing lines).

use anyhow::{Context, Result};
use rusqlite::{Connection, Row};

/// Counts of the journal's main entities.
#[derive(Debug, Clone, Copy, Default)]
pub struct Totals {
    pub classes: i64,
    /// Lessons of the year, generated from the timetable and the КТП (thematic plans).
    pub lessons: i64,
}

impl Totals {
    fn from_row(r: &Row) -> rusqlite::Result<Self> {
        Ok(Totals {
            classes: r.get(0)?,
            lessons: r.get(1)?,
        })
    }
}

/// Count the journal's classes and lessons.
pub fn totals(conn: &Connection) -> Result<Totals> {
    conn.query_row(
        "SELECT (SELECT count(*) FROM classes), (SELECT count(*) FROM lessons)",
        [],
        Totals::from_row,
    )
    .with_context(|| crate::t!("db-counting-classes-lessons"))
}
