//! Classes (классы): finding one by name, creating one when a roster names it.

use anyhow::{Context, Result};
use rusqlite::{params, Connection, OptionalExtension};

use crate::domain::class_name::ClassName;
use crate::error::{NameKind, Unresolved};

#[derive(Debug, Clone)]
pub struct ClassRow {
    pub id: i64,
    pub grade: u8,
    pub name: String,
}

pub fn class_by_name(conn: &Connection, name: &ClassName) -> Result<Option<ClassRow>> {
    conn.query_row(
        "SELECT id, grade, name FROM classes WHERE grade = ?1 AND letter = ?2",
        params![name.grade, name.letter],
        |r| {
            Ok(ClassRow {
                id: r.get(0)?,
                grade: r.get(1)?,
                name: r.get(2)?,
            })
        },
    )
    .optional()
    .context("looking up a class")
}

/// What is said of a class the journal does not have (one message, wherever it is named).
pub fn unknown_class(name: &ClassName) -> Unresolved {
    Unresolved::new(
        NameKind::Class,
        format!("there is no class {name} in the journal (see `ejournal class list`; classes come from the roster)"),
    )
}

/// The class, or an error naming it as unknown (exit 2).
pub fn class_required(conn: &Connection, name: &ClassName) -> Result<ClassRow> {
    Ok(class_by_name(conn, name)?.ok_or_else(|| unknown_class(name))?)
}

/// The class's id, creating it when new; the flag says whether it was created.
pub fn ensure_class(conn: &Connection, name: &ClassName) -> Result<(i64, bool)> {
    if let Some(c) = class_by_name(conn, name)? {
        return Ok((c.id, false));
    }
    conn.execute(
        "INSERT INTO classes (grade, letter, name) VALUES (?1, ?2, ?3)",
        params![name.grade, name.letter, name.to_string()],
    )
    .with_context(|| format!("adding class {name}"))?;
    Ok((conn.last_insert_rowid(), true))
}
