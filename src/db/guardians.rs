//! Guardians (законные представители): the one parent the roster gives per student.

use anyhow::{Context, Result};
use rusqlite::{params, Connection, OptionalExtension};

/// A student's parent as stored.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GuardianRow {
    pub name: String,
    pub phone: String,
    pub email: String,
    /// The family refused electronic access: a paper diary only.
    pub paper_only: bool,
}

impl GuardianRow {
    /// Decode one row of the query that selects these columns in this order.
    pub fn from_row(r: &rusqlite::Row) -> rusqlite::Result<Self> {
        Ok(GuardianRow {
            name: r.get(0)?,
            phone: r.get(1)?,
            email: r.get(2)?,
            paper_only: r.get(3)?,
        })
    }
}

/// The student's parent, if the journal has one.
pub fn guardian_of(conn: &Connection, student_id: i64) -> Result<Option<GuardianRow>> {
    conn.prepare_cached(
        "SELECT name, phone, email, paper_only FROM guardians WHERE student_id = ?1",
    )?
    .query_row([student_id], GuardianRow::from_row)
    .optional()
    .with_context(|| crate::t!("db-reading-guardian", student_id = student_id.to_string()))
}

/// Write the student's parent, replacing what was there.
pub fn put_guardian(conn: &Connection, student_id: i64, g: &GuardianRow) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO guardians (student_id, name, phone, email, paper_only) VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT (student_id) DO UPDATE SET name = ?2, phone = ?3, email = ?4, paper_only = ?5",
    )?
    .execute(params![student_id, g.name, g.phone, g.email, g.paper_only])
    .with_context(|| crate::t!("db-writing-guardian", student_id = student_id.to_string()))?;
    Ok(())
}
