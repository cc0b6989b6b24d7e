//! Which lessons are recorded as given (`lesson_records`, migration 014), read for an import
//! that records many: one query per course, then lookups. Writing a record is
//! `db::lessons::record_given`.

use std::collections::HashSet;

use anyhow::{Context, Result};
use rusqlite::Connection;

/// The lessons of a course already recorded as given, by id.
pub fn recorded_lessons(conn: &Connection, course_id: i64) -> Result<HashSet<i64>> {
    let mut stmt = conn.prepare_cached(
        "SELECT r.lesson_id FROM lesson_records r JOIN lessons l ON l.id = r.lesson_id
         WHERE l.course_id = ?1",
    )?;
    let rows = stmt.query_map([course_id], |r| r.get(0))?;
    rows.collect::<rusqlite::Result<_>>().with_context(|| {
        crate::t!(
            "db-reading-recorded-lessons",
            course_id = course_id.to_string()
        )
    })
}
