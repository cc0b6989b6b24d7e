//! Classes (классы): finding one by name, creating one when a roster names it.

use anyhow::{Context, Result};
use chrono::NaiveDate;
use rusqlite::{params, Connection, OptionalExtension};

use crate::domain::class_name::ClassName;
use crate::domain::date::iso;
use crate::domain::text::closest;
use crate::error::{NameKind, Unresolved};

/// A class as commands and imports name it.
#[derive(Debug, Clone)]
pub struct ClassRow {
    pub id: i64,
    pub grade: u8,
    pub name: String,
}

impl ClassRow {
    /// Decode one row of the query that selects these columns in this order.
    pub fn from_row(r: &rusqlite::Row) -> rusqlite::Result<Self> {
        Ok(ClassRow {
            id: r.get(0)?,
            grade: r.get(1)?,
            name: r.get(2)?,
        })
    }
}

/// The class of that name, if the journal has it.
pub fn class_by_name(conn: &Connection, name: &ClassName) -> Result<Option<ClassRow>> {
    conn.query_row(
        "SELECT id, grade, name FROM classes WHERE grade = ?1 AND letter = ?2",
        params![name.grade, name.letter],
        ClassRow::from_row,
    )
    .optional()
    .with_context(|| crate::t!("db-looking-up-class"))
}

/// What is said of a class the journal does not have (one message, wherever it is named),
/// with the closest class's name.
pub fn unknown_class(conn: &Connection, name: &ClassName) -> Result<Unresolved> {
    let known = class_names(conn)?;
    Ok(Unresolved::new(
        NameKind::Class,
        crate::t!("class-unknown", class = name.to_string()),
    )
    .did_you_mean(closest(&name.to_string(), known.iter().map(String::as_str))))
}

/// The class, or an error naming it as unknown (exit 2).
pub fn class_required(conn: &Connection, name: &ClassName) -> Result<ClassRow> {
    match class_by_name(conn, name)? {
        Some(c) => Ok(c),
        None => Err(unknown_class(conn, name)?.into()),
    }
}

/// Every class's name.
pub fn class_names(conn: &Connection) -> Result<Vec<String>> {
    let mut stmt = conn.prepare("SELECT name FROM classes ORDER BY grade, letter COLLATE RU")?;
    let rows = stmt.query_map([], |r| r.get(0))?;
    rows.collect::<rusqlite::Result<_>>()
        .with_context(|| crate::t!("db-reading-class-names"))
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
    .with_context(|| crate::t!("db-adding-class", name = name.to_string()))?;
    Ok((conn.last_insert_rowid(), true))
}

/// One line of `class list`: a class, its class teacher's ФИО (Фамилия Имя Отчество, empty
/// when it has none), its students on a date and its courses.
#[derive(Debug, Clone)]
pub struct ClassSummary {
    pub name: String,
    pub grade: u8,
    pub class_teacher: String,
    pub students: i64,
    pub courses: i64,
}

impl ClassSummary {
    /// Decode one row of the query that selects these columns in this order.
    pub fn from_row(r: &rusqlite::Row) -> rusqlite::Result<Self> {
        Ok(ClassSummary {
            name: r.get(0)?,
            grade: r.get(1)?,
            class_teacher: r.get(2)?,
            students: r.get(3)?,
            courses: r.get(4)?,
        })
    }
}

/// Every class by grade and letter, counting the students enrolled on `on`.
pub fn class_summaries(conn: &Connection, on: NaiveDate) -> Result<Vec<ClassSummary>> {
    let mut stmt = conn.prepare(
        "SELECT c.name, c.grade, coalesce(st.full_name, ''),
                (SELECT count(DISTINCT e.student_id) FROM enrolments e
                 WHERE e.class_id = c.id AND e.from_date <= ?1 AND (e.to_date IS NULL OR e.to_date >= ?1)),
                (SELECT count(*) FROM courses co WHERE co.class_id = c.id)
         FROM classes c LEFT JOIN staff_names st ON st.id = c.class_teacher_id
         ORDER BY c.grade, c.letter COLLATE RU",
    )?;
    let rows = stmt.query_map([iso(on)], ClassSummary::from_row)?;
    rows.collect::<rusqlite::Result<_>>()
        .with_context(|| crate::t!("db-reading-classes"))
}

/// Make a member of staff the class teacher of a class; true when that changed something.
pub fn set_class_teacher(conn: &Connection, class_id: i64, staff_id: i64) -> Result<bool> {
    let n = conn
        .prepare_cached(
            "UPDATE classes SET class_teacher_id = ?2 WHERE id = ?1 AND class_teacher_id IS NOT ?2",
        )?
        .execute(params![class_id, staff_id])
        .with_context(|| crate::t!("db-setting-class-teacher"))?;
    Ok(n > 0)
}

/// The class teacher (классный руководитель) of a class, if it has one.
pub fn class_teacher_id(conn: &Connection, class_id: i64) -> Result<Option<i64>> {
    conn.query_row(
        "SELECT class_teacher_id FROM classes WHERE id = ?1",
        [class_id],
        |r| r.get(0),
    )
    .with_context(|| crate::t!("db-reading-class-teacher", class_id = class_id.to_string()))
}

/// The classes a member of staff is the class teacher (классный руководитель) of, by id.
pub fn classes_led_by(conn: &Connection, staff_id: i64) -> Result<Vec<i64>> {
    let mut stmt = conn.prepare_cached("SELECT id FROM classes WHERE class_teacher_id = ?1")?;
    let rows = stmt.query_map([staff_id], |r| r.get(0))?;
    rows.collect::<rusqlite::Result<_>>()
        .with_context(|| crate::t!("db-reading-led-classes"))
}
