//! Group membership (группы): which students of a split class learn a course's group.

use anyhow::{Context, Result};
use rusqlite::{params, Connection};

/// Whether the student is in the course's group.
pub fn is_member(conn: &Connection, course_id: i64, student_id: i64) -> Result<bool> {
    conn.prepare_cached(
        "SELECT EXISTS (SELECT 1 FROM group_members WHERE course_id = ?1 AND student_id = ?2)",
    )?
    .query_row(params![course_id, student_id], |r| r.get(0))
    .with_context(|| crate::t!("db-reading-group-members"))
}

/// Take the student out of the course's group.
pub fn remove_member(conn: &Connection, course_id: i64, student_id: i64) -> Result<()> {
    conn.prepare_cached("DELETE FROM group_members WHERE course_id = ?1 AND student_id = ?2")?
        .execute(params![course_id, student_id])
        .with_context(|| crate::t!("db-leaving-group", student_id = student_id.to_string()))?;
    Ok(())
}

/// Put the student into the course's group.
pub fn add_member(conn: &Connection, course_id: i64, student_id: i64) -> Result<()> {
    conn.prepare_cached("INSERT INTO group_members (course_id, student_id) VALUES (?1, ?2)")?
        .execute(params![course_id, student_id])
        .with_context(|| crate::t!("db-joining-group", student_id = student_id.to_string()))?;
    Ok(())
}

/// The students of a group course.
pub fn group_members(conn: &Connection, course_id: i64) -> Result<Vec<i64>> {
    let mut stmt =
        conn.prepare_cached("SELECT student_id FROM group_members WHERE course_id = ?1")?;
    let rows = stmt.query_map([course_id], |r| r.get(0))?;
    rows.collect::<rusqlite::Result<_>>()
        .with_context(|| crate::t!("db-reading-group-members"))
}
