//! Remarks (замечания): a deputy's note on how a course's journal is kept, with a deadline,
//! resolved later by the teacher or the deputy.

use std::collections::HashMap;

use anyhow::{Context, Result};
use chrono::NaiveDate;
use rusqlite::{params, Connection, Row};

use crate::domain::date::{iso, parse_iso};
use crate::error::stored;

/// A remark as `remark list` shows it.
#[derive(Debug, Clone)]
pub struct Remark {
    pub id: i64,
    pub class: String,
    pub subject: String,
    pub group: String,
    /// The course's teacher, ФИО.
    pub teacher: String,
    pub text: String,
    pub due: NaiveDate,
    pub created_by: String,
    /// The day it was resolved (the date part of `resolved_at`).
    pub resolved_on: Option<NaiveDate>,
}

impl Remark {
    fn from_row(r: &Row) -> rusqlite::Result<Remark> {
        Ok(Remark {
            id: r.get(0)?,
            class: r.get(1)?,
            subject: r.get(2)?,
            group: r.get(3)?,
            teacher: r.get::<_, String>(4)?.trim().to_string(),
            text: r.get(5)?,
            due: r.get(6)?,
            created_by: r.get(7)?,
            resolved_on: None,
        })
    }

    /// Not resolved, and its deadline has passed.
    pub fn is_overdue(&self, today: NaiveDate) -> bool {
        self.resolved_on.is_none() && self.due < today
    }
}

/// Which remarks to list.
#[derive(Debug, Clone, Copy, Default)]
pub struct Filter {
    pub class_id: Option<i64>,
    /// Only those not resolved yet.
    pub open: bool,
    /// Only those not resolved by their deadline (as of `today`).
    pub overdue: bool,
}

/// The time the session writes at: its fixed clock (`now`, for tests and the demo) or the
/// local time.
const SESSION_NOW: &str =
    "(SELECT coalesce(now, strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')) FROM session)";

/// Add a remark on a course; returns its number.
pub fn add(
    conn: &Connection,
    course_id: i64,
    text: &str,
    due: NaiveDate,
    actor: &str,
) -> Result<i64> {
    conn.execute(
        &format!(
            "INSERT INTO remarks (course_id, text, due, created_at, created_by)
             VALUES (?1, ?2, ?3, {SESSION_NOW}, ?4)"
        ),
        params![course_id, text, iso(due), actor],
    )
    .with_context(|| crate::t!("db-adding-remark"))?;
    Ok(conn.last_insert_rowid())
}

/// Remarks by deadline, then number.
pub fn list(conn: &Connection, filter: Filter, today: NaiveDate) -> Result<Vec<Remark>> {
    let mut stmt = conn.prepare(
        "SELECT r.id, cl.name, s.name, c.group_name, tn.full_name,
                r.text, r.due, r.created_by, r.resolved_at
         FROM remarks r JOIN courses c ON c.id = r.course_id JOIN classes cl ON cl.id = c.class_id
         JOIN subjects s ON s.id = c.subject_id JOIN staff_names tn ON tn.id = c.teacher_id
         WHERE (?1 IS NULL OR c.class_id = ?1) AND (NOT ?2 OR r.resolved_at IS NULL)
           AND (NOT ?3 OR (r.resolved_at IS NULL AND r.due < ?4))
         ORDER BY r.due, r.id",
    )?;
    let rows = stmt.query_map(
        params![filter.class_id, filter.open, filter.overdue, iso(today)],
        |r| Ok((Remark::from_row(r)?, r.get::<_, Option<String>>(8)?)),
    )?;
    let mut out = Vec::new();
    for row in rows {
        let (mut remark, resolved_at) = row.with_context(|| crate::t!("db-reading-remarks"))?;
        if let Some(at) = resolved_at {
            // A timestamp: its first ten characters are the day.
            let day = at.get(..10).unwrap_or(&at);
            remark.resolved_on = Some(
                parse_iso(day)
                    .map_err(|e| stored("remarks", remark.id, format!("resolved_at: {e}")))?,
            );
        }
        out.push(remark);
    }
    Ok(out)
}

/// Mark an open remark resolved; false when there is no open remark with that number.
pub fn resolve(conn: &Connection, id: i64, actor: &str) -> Result<bool> {
    let n = conn
        .execute(
            &format!(
                "UPDATE remarks SET resolved_at = {SESSION_NOW}, resolved_by = ?2
                 WHERE id = ?1 AND resolved_at IS NULL"
            ),
            params![id, actor],
        )
        .with_context(|| crate::t!("db-resolving-remark", id = id.to_string()))?;
    Ok(n > 0)
}

/// Per course: how many remarks were not resolved by their deadline, as of `today`.
pub fn overdue_by_course(conn: &Connection, today: NaiveDate) -> Result<HashMap<i64, u64>> {
    let mut stmt = conn.prepare(
        "SELECT course_id, count(*) FROM remarks WHERE resolved_at IS NULL AND due < ?1 GROUP BY course_id",
    )?;
    let rows = stmt.query_map([iso(today)], |r| Ok((r.get(0)?, r.get(1)?)))?;
    rows.collect::<rusqlite::Result<_>>()
        .with_context(|| crate::t!("db-counting-overdue-remarks"))
}

/// Per course: how many remarks are not resolved yet.
pub fn open_by_course(conn: &Connection) -> Result<HashMap<i64, u64>> {
    let mut stmt = conn.prepare(
        "SELECT course_id, count(*) FROM remarks WHERE resolved_at IS NULL GROUP BY course_id",
    )?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
    rows.collect::<rusqlite::Result<_>>()
        .with_context(|| crate::t!("db-counting-open-remarks"))
}
