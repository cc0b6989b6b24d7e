//! Subjects (предметы) and courses: a subject taught to a class or to one of its groups.

use anyhow::{Context, Result};
use rusqlite::{params, Connection, OptionalExtension};

use super::classes::ClassRow;
use crate::domain::text::fold_key;
use crate::error::{NameKind, Unresolved};

/// A subject's id by name (case, `ё` and spaces ignored), creating it when `create`.
pub fn subject_id(conn: &Connection, name: &str, create: bool) -> Result<Option<i64>> {
    let key = fold_key(name);
    let found: Option<i64> = conn
        .query_row("SELECT id FROM subjects WHERE key = ?1", [&key], |r| {
            r.get(0)
        })
        .optional()?;
    if found.is_some() || !create {
        return Ok(found);
    }
    let clean = name.split_whitespace().collect::<Vec<_>>().join(" ");
    conn.execute(
        "INSERT INTO subjects (name, key) VALUES (?1, ?2)",
        params![clean, key],
    )?;
    Ok(Some(conn.last_insert_rowid()))
}

#[derive(Debug, Clone)]
pub struct CourseRow {
    pub id: i64,
    pub group: String,
}

/// The courses of a subject in a class: one whole-class course, or one per group.
pub fn courses_of(conn: &Connection, class_id: i64, subject_id: i64) -> Result<Vec<CourseRow>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, group_name FROM courses WHERE class_id = ?1 AND subject_id = ?2
         ORDER BY group_name COLLATE RU",
    )?;
    let rows = stmt.query_map([class_id, subject_id], |r| {
        Ok(CourseRow {
            id: r.get(0)?,
            group: r.get(1)?,
        })
    })?;
    rows.collect::<rusqlite::Result<_>>()
        .context("reading courses")
}

/// Find one course from what a user or file says: class, subject, group. The error says
/// what exists instead.
pub fn find_course(
    conn: &Connection,
    class: &ClassRow,
    subject: &str,
    group: &str,
) -> Result<std::result::Result<i64, Unresolved>> {
    let no_subject = || {
        Unresolved::new(
            NameKind::Subject,
            format!(
                "{} has no subject \"{subject}\" in the teaching load",
                class.name
            ),
        )
    };
    let Some(subject_id) = subject_id(conn, subject, false)? else {
        return Ok(Err(no_subject()));
    };
    let courses = courses_of(conn, class.id, subject_id)?;
    if courses.is_empty() {
        return Ok(Err(no_subject()));
    }
    let want = fold_key(group);
    if let Some(c) = courses.iter().find(|c| fold_key(&c.group) == want) {
        return Ok(Ok(c.id));
    }
    let groups: Vec<&str> = courses.iter().map(|c| c.group.as_str()).collect();
    Ok(Err(Unresolved::new(
        NameKind::Group,
        if group.is_empty() {
            format!(
                "{} {subject} is taught in groups ({}): name the group",
                class.name,
                groups.join(", ")
            )
        } else if groups == [""] {
            format!(
                "{} {subject} is taught to the whole class, not in groups",
                class.name
            )
        } else {
            format!(
                "{} {subject} has no group \"{group}\" (groups: {})",
                class.name,
                groups.join(", ")
            )
        },
    )))
}
