//! Absences (пропуски) as the journal stores them: one row per student and lesson with its
//! code (see `AbsenceCode`). The triggers check the lock and write the audit trail.

use anyhow::{Context, Result};
use chrono::NaiveDate;
use rusqlite::{params, Connection, OptionalExtension, Row};

use super::decode::{date, row_id};
use super::entry_scope::EntryScope;
use crate::domain::date::iso;

/// What a write did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Written {
    Added,
    Updated,
    Unchanged,
}

/// Record an absence (the lesson must have none for the student yet), under the permit the
/// session names (none: on time).
pub fn insert_absence(
    conn: &Connection,
    lesson_id: i64,
    student_id: i64,
    code: &str,
) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO absences (lesson_id, student_id, code, permit_id)
         VALUES (?1, ?2, ?3, (SELECT permit_id FROM session WHERE id = 1))",
    )?
    .execute(params![lesson_id, student_id, code])?;
    Ok(())
}

/// Write an absence, or change its code (under the permit the session names).
pub fn upsert_absence(
    conn: &Connection,
    lesson_id: i64,
    student_id: i64,
    code: &str,
) -> Result<Written> {
    let old: Option<String> = conn
        .prepare_cached("SELECT code FROM absences WHERE lesson_id = ?1 AND student_id = ?2")?
        .query_row(params![lesson_id, student_id], |r| r.get(0))
        .optional()?;
    match old {
        Some(c) if c == code => Ok(Written::Unchanged),
        Some(_) => {
            conn.prepare_cached(
                "UPDATE absences SET code = ?3, permit_id = (SELECT permit_id FROM session WHERE id = 1)
                 WHERE lesson_id = ?1 AND student_id = ?2",
            )?
            .execute(params![lesson_id, student_id, code])?;
            Ok(Written::Updated)
        }
        None => {
            insert_absence(conn, lesson_id, student_id, code)?;
            Ok(Written::Added)
        }
    }
}

/// An absence's code in a lesson, as a course's absences are cached.
#[derive(Debug, Clone)]
pub struct LessonAbsence {
    pub lesson_id: i64,
    pub student_id: i64,
    pub code: String,
}

impl LessonAbsence {
    fn from_row(r: &Row) -> rusqlite::Result<LessonAbsence> {
        Ok(LessonAbsence {
            lesson_id: r.get("lesson_id")?,
            student_id: r.get("student_id")?,
            code: r.get("code")?,
        })
    }
}

/// Every absence in a course's lessons.
pub fn absences_of_course(conn: &Connection, course_id: i64) -> Result<Vec<LessonAbsence>> {
    let mut stmt = conn.prepare_cached(
        "SELECT a.lesson_id, a.student_id, a.code FROM absences a JOIN lessons l ON l.id = a.lesson_id
         WHERE l.course_id = ?1",
    )?;
    let rows = stmt.query_map([course_id], LessonAbsence::from_row)?;
    rows.collect::<rusqlite::Result<_>>()
        .with_context(|| crate::t!("db-reading-course-absences"))
}

/// An absence found for a change: its id and code.
#[derive(Debug, Clone)]
pub struct AbsenceRow {
    pub id: i64,
    pub code: String,
    /// Whether the student has a mark in the same lesson (then only `О` may stand).
    pub marked: bool,
    /// The lesson's subject and group, for messages.
    pub subject: String,
    pub group: String,
    /// The lesson, its course and class (for the lesson-day rule's permits and for who may
    /// change it: a substitute changes the lesson he took).
    pub lesson_id: i64,
    pub course_id: i64,
    pub class_id: i64,
}

impl AbsenceRow {
    fn from_row(r: &Row) -> rusqlite::Result<AbsenceRow> {
        Ok(AbsenceRow {
            id: r.get("id")?,
            code: r.get("code")?,
            marked: r.get("marked")?,
            subject: r.get("subject")?,
            group: r.get("group_name")?,
            lesson_id: r.get("lesson_id")?,
            course_id: r.get("course_id")?,
            class_id: r.get("class_id")?,
        })
    }
}

/// Which of a student's absences on a day: in his class, optionally one course and one
/// lesson number.
#[derive(Debug, Clone, Copy)]
pub struct DayAbsences {
    pub student_id: i64,
    pub date: NaiveDate,
    pub class_id: i64,
    pub course_id: Option<i64>,
    pub lesson_no: Option<i64>,
}

/// A student's absences on a day.
pub fn absences_on_day(conn: &Connection, which: &DayAbsences) -> Result<Vec<AbsenceRow>> {
    let mut stmt = conn.prepare(
        "SELECT a.id, a.code, a.lesson_id, s.name AS subject, c.group_name, c.id AS course_id, c.class_id,
                EXISTS (SELECT 1 FROM marks m WHERE m.lesson_id = a.lesson_id AND m.student_id = a.student_id) AS marked
         FROM absences a JOIN lessons l ON l.id = a.lesson_id JOIN courses c ON c.id = l.course_id
         JOIN subjects s ON s.id = c.subject_id
         WHERE a.student_id = ?1 AND l.date = ?2 AND c.class_id = ?3 AND (?4 IS NULL OR c.id = ?4)
           AND (?5 IS NULL OR l.lesson_no = ?5)",
    )?;
    let rows = stmt.query_map(
        params![
            which.student_id,
            iso(which.date),
            which.class_id,
            which.course_id,
            which.lesson_no
        ],
        AbsenceRow::from_row,
    )?;
    rows.collect::<rusqlite::Result<_>>()
        .with_context(|| crate::t!("db-reading-student-absences"))
}

/// Change an absence's code, under the permit the session names; returns how many rows
/// changed.
pub fn set_absence_code(conn: &Connection, id: i64, code: &str) -> Result<usize> {
    conn.execute(
        "UPDATE absences SET code = ?2, permit_id = (SELECT permit_id FROM session WHERE id = 1)
         WHERE id = ?1",
        params![id, code],
    )
    .with_context(|| crate::t!("db-changing-absence", id = id.to_string()))
}

/// Delete an absence (the audit trail keeps it); returns how many rows went.
pub fn delete_absence(conn: &Connection, id: i64) -> Result<usize> {
    conn.execute("DELETE FROM absences WHERE id = ?1", [id])
        .with_context(|| crate::t!("db-deleting-absence", id = id.to_string()))
}

/// An absence as `absence list` shows it.
#[derive(Debug, Clone)]
pub struct AbsenceListRow {
    pub date: NaiveDate,
    pub lesson_no: i64,
    pub class: String,
    pub subject: String,
    pub group: String,
    pub student: String,
    pub code: String,
}

impl AbsenceListRow {
    fn from_row(r: &Row) -> rusqlite::Result<AbsenceListRow> {
        let lesson: i64 = r.get("lesson_id")?;
        Ok(AbsenceListRow {
            date: date(r, "date", "lessons", row_id(lesson))?,
            lesson_no: r.get("lesson_no")?,
            class: r.get("class")?,
            subject: r.get("subject")?,
            group: r.get("group_name")?,
            student: r.get("student")?,
            code: r.get("code")?,
        })
    }
}

/// Absences of a class (a course, a student, dates), by date, student and lesson.
pub fn list_absences(conn: &Connection, scope: &EntryScope) -> Result<Vec<AbsenceListRow>> {
    let mut stmt = conn.prepare(
        "SELECT l.id AS lesson_id, l.date, l.lesson_no, cl.name AS class, s.name AS subject, c.group_name,
                sn.full_name AS student, a.code
         FROM absences a JOIN lessons l ON l.id = a.lesson_id JOIN courses c ON c.id = l.course_id
         JOIN classes cl ON cl.id = c.class_id JOIN subjects s ON s.id = c.subject_id
         JOIN students st ON st.id = a.student_id JOIN student_names sn ON sn.id = a.student_id
         WHERE c.class_id = ?1 AND (?2 IS NULL OR c.id = ?2) AND (?3 IS NULL OR a.student_id = ?3)
           AND l.date >= ?4 AND l.date <= ?5
         ORDER BY l.date, st.last_name COLLATE RU, st.first_name COLLATE RU, l.lesson_no",
    )?;
    let (from, to) = scope.iso_bounds();
    let rows = stmt.query_map(
        params![scope.class_id, scope.course_id, scope.student_id, from, to],
        AbsenceListRow::from_row,
    )?;
    rows.collect::<rusqlite::Result<_>>()
        .with_context(|| crate::t!("db-reading-absences"))
}
