//! Marks (отметки) as the journal stores them: work types and their weights, writing a mark,
//! finding, listing, changing and deleting marks. The triggers check the lock and write the
//! audit trail; these functions only say what to write.

use std::collections::HashMap;

use anyhow::{Context, Result};
use chrono::NaiveDate;
use rusqlite::{params, Connection, Row};

use super::decode;
use super::entry_scope::EntryScope;

/// A mark's lesson date (columns `date` and `lesson_id`).
fn lesson_date(r: &Row) -> rusqlite::Result<NaiveDate> {
    let lesson: i64 = r.get("lesson_id")?;
    decode::date(r, "date", "lessons", decode::row_id(lesson))
}

/// A work type (вид работы) and its weight in the weighted average; `grace_days` is how much
/// longer than other entries its marks stay open (time to check written work).
#[derive(Debug, Clone)]
pub struct WorkType {
    pub id: i64,
    pub name: String,
    pub weight: f64,
    pub grace_days: i64,
}

impl WorkType {
    fn from_row(r: &Row) -> rusqlite::Result<WorkType> {
        Ok(WorkType {
            id: r.get("id")?,
            name: r.get("name")?,
            weight: r.get("weight")?,
            grace_days: r.get("grace_days")?,
        })
    }
}

/// The work type a mark gets when none is named.
pub const DEFAULT_WORK_TYPE: &str = "Ответ на уроке";

/// Every work type, in the school's order.
pub fn work_types(conn: &Connection) -> Result<Vec<WorkType>> {
    let mut stmt =
        conn.prepare("SELECT id, name, weight, grace_days FROM work_types ORDER BY position")?;
    let rows = stmt.query_map([], WorkType::from_row)?;
    rows.collect::<rusqlite::Result<_>>()
        .with_context(|| crate::t!("db-reading-work-types"))
}

/// A work type's name by id.
pub fn work_type_name(conn: &Connection, id: i64) -> Result<String> {
    conn.query_row("SELECT name FROM work_types WHERE id = ?1", [id], |r| {
        r.get(0)
    })
    .with_context(|| crate::t!("db-reading-work-type", id = id.to_string()))
}

/// The time of this write transaction, as `begin_write` set it (marks' entry time).
pub fn write_time(conn: &Connection) -> Result<String> {
    conn.query_row(
        "SELECT COALESCE(now, strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')) FROM session WHERE id = 1",
        [],
        |r| r.get(0),
    )
    .with_context(|| crate::t!("db-reading-write-time"))
}

/// The entry (who entered marks, and when: migration 018) that marks entered at `at` for
/// `actor` name: one row a write and actor, made by its first mark.
pub fn entry(conn: &Connection, actor: &str, at: &str) -> Result<i64> {
    conn.prepare_cached(
        "INSERT INTO entries (entered_at, entered_by) VALUES (?1, ?2)
         ON CONFLICT (entered_at, entered_by) DO NOTHING",
    )?
    .execute(params![at, actor])
    .with_context(|| crate::t!("db-context-entry"))?;
    conn.prepare_cached("SELECT id FROM entries WHERE entered_at = ?1 AND entered_by = ?2")?
        .query_row(params![at, actor], |r| r.get(0))
        .with_context(|| crate::t!("db-context-entry"))
}

/// Insert a mark under an entry (see [`entry`]) and the permit the session names (none: on
/// time); the triggers check the lock, the window and that permit, and write the history and
/// the audit trail.
pub fn insert_mark(
    conn: &Connection,
    lesson_id: i64,
    student_id: i64,
    value: &str,
    work_type_id: i64,
    entry_id: i64,
) -> Result<i64> {
    conn.prepare_cached(
        "INSERT INTO marks (lesson_id, student_id, value, work_type_id, entry_id, permit_id)
         VALUES (?1, ?2, ?3, ?4, ?5, (SELECT permit_id FROM session WHERE id = 1))",
    )?
    .execute(params![
        lesson_id,
        student_id,
        value,
        work_type_id,
        entry_id
    ])?;
    Ok(conn.last_insert_rowid())
}

/// One mark as the idempotence check of an import sees it.
struct MarkKeyRow {
    lesson_id: i64,
    student_id: i64,
    work_type_id: i64,
    value: String,
}

impl MarkKeyRow {
    fn from_row(r: &Row) -> rusqlite::Result<MarkKeyRow> {
        Ok(MarkKeyRow {
            lesson_id: r.get("lesson_id")?,
            student_id: r.get("student_id")?,
            work_type_id: r.get("work_type_id")?,
            value: r.get("value")?,
        })
    }
}

/// Marks already in a course, to keep imports idempotent:
/// (lesson, student, work type, value) → how many.
pub fn existing_marks(
    conn: &Connection,
    course_id: i64,
) -> Result<HashMap<(i64, i64, i64, crate::domain::marks::Mark), u32>> {
    let mut stmt = conn.prepare_cached(
        "SELECT m.lesson_id, m.student_id, m.work_type_id, m.value FROM marks m JOIN lessons l ON l.id = m.lesson_id
         WHERE l.course_id = ?1",
    )?;
    let mut map = HashMap::new();
    for row in stmt.query_map([course_id], MarkKeyRow::from_row)? {
        let m = row?;
        // A value the table's CHECK admits is a mark.
        if let Ok(value) = crate::domain::marks::Mark::parse(&m.value) {
            *map.entry((m.lesson_id, m.student_id, m.work_type_id, value))
                .or_insert(0) += 1;
        }
    }
    Ok(map)
}

/// Has the student any mark in the lesson?
pub fn has_mark(conn: &Connection, lesson_id: i64, student_id: i64) -> Result<bool> {
    conn.prepare_cached(
        "SELECT EXISTS (SELECT 1 FROM marks WHERE lesson_id = ?1 AND student_id = ?2)",
    )?
    .query_row(params![lesson_id, student_id], |r| r.get(0))
    .with_context(|| crate::t!("db-looking-for-mark"))
}

/// An existing mark, with what a message about it names.
#[derive(Debug, Clone)]
pub struct StoredMark {
    pub id: i64,
    pub date: NaiveDate,
    pub value: String,
    pub work_type_id: i64,
    pub grace_days: i64,
    pub work_type: String,
    pub class_id: i64,
    pub course_id: i64,
    pub class: String,
    pub subject: String,
    pub last_name: String,
    pub first_name: String,
}

impl StoredMark {
    fn from_row(r: &Row) -> rusqlite::Result<StoredMark> {
        Ok(StoredMark {
            id: r.get("id")?,
            date: lesson_date(r)?,
            value: r.get("value")?,
            work_type_id: r.get("work_type_id")?,
            grace_days: r.get("grace_days")?,
            work_type: r.get("work_type")?,
            class_id: r.get("class_id")?,
            course_id: r.get("course_id")?,
            class: r.get("class")?,
            subject: r.get("subject")?,
            last_name: r.get("last_name")?,
            first_name: r.get("first_name")?,
        })
    }

    /// "5А Математика, Фамилия Имя": what the mark is, for messages.
    pub fn label(&self) -> String {
        format!(
            "{} {}, {} {}",
            self.class, self.subject, self.last_name, self.first_name
        )
    }
}

const STORED_MARK: &str =
    "SELECT m.id, l.id AS lesson_id, l.date, m.value, m.work_type_id, w.grace_days, w.name AS work_type,
        c.class_id, c.id AS course_id, cl.name AS class, s.name AS subject, st.last_name, st.first_name
 FROM marks m JOIN lessons l ON l.id = m.lesson_id JOIN courses c ON c.id = l.course_id
 JOIN classes cl ON cl.id = c.class_id JOIN subjects s ON s.id = c.subject_id
 JOIN students st ON st.id = m.student_id JOIN work_types w ON w.id = m.work_type_id";

/// The mark with this id (none or one).
pub fn mark_by_id(conn: &Connection, id: i64) -> Result<Vec<StoredMark>> {
    let mut stmt = conn.prepare(&format!("{STORED_MARK} WHERE m.id = ?1"))?;
    let rows = stmt.query_map([id], StoredMark::from_row)?;
    rows.collect::<rusqlite::Result<_>>()
        .with_context(|| crate::t!("db-reading-mark", id = id.to_string()))
}

/// A student's marks in a lesson, optionally only those of one value, in entry order.
pub fn marks_in_lesson(
    conn: &Connection,
    lesson_id: i64,
    student_id: i64,
    value: Option<&str>,
) -> Result<Vec<StoredMark>> {
    let mut stmt = conn.prepare(&format!(
        "{STORED_MARK} WHERE m.lesson_id = ?1 AND m.student_id = ?2 AND (?3 IS NULL OR m.value = ?3) ORDER BY m.id"
    ))?;
    let rows = stmt.query_map(params![lesson_id, student_id, value], StoredMark::from_row)?;
    rows.collect::<rusqlite::Result<_>>()
        .with_context(|| crate::t!("db-reading-student-lesson-marks"))
}

/// Change a mark's value and work type, under the permit the session names (none: on time).
pub fn update_mark(conn: &Connection, id: i64, value: &str, work_type_id: i64) -> Result<()> {
    conn.execute(
        "UPDATE marks SET value = ?2, work_type_id = ?3,
                permit_id = (SELECT permit_id FROM session WHERE id = 1)
         WHERE id = ?1",
        params![id, value, work_type_id],
    )
    .with_context(|| crate::t!("db-changing-mark", id = id.to_string()))?;
    Ok(())
}

/// Delete a mark (the audit trail keeps it).
pub fn delete_mark(conn: &Connection, id: i64) -> Result<()> {
    conn.execute("DELETE FROM marks WHERE id = ?1", [id])
        .with_context(|| crate::t!("db-deleting-mark", id = id.to_string()))?;
    Ok(())
}

/// A mark as `mark list` shows it.
#[derive(Debug, Clone)]
pub struct MarkListRow {
    pub id: i64,
    pub date: NaiveDate,
    pub lesson_no: i64,
    pub class: String,
    pub subject: String,
    pub group: String,
    pub student: String,
    pub value: String,
    pub work_type: String,
    pub weight: f64,
    pub entered_at: String,
    pub entered_by: String,
    /// The permit the mark was last written under (None: on time).
    pub permit: Option<i64>,
}

impl MarkListRow {
    fn from_row(r: &Row) -> rusqlite::Result<MarkListRow> {
        Ok(MarkListRow {
            id: r.get("id")?,
            date: lesson_date(r)?,
            lesson_no: r.get("lesson_no")?,
            class: r.get("class")?,
            subject: r.get("subject")?,
            group: r.get("group_name")?,
            student: r.get("student")?,
            value: r.get("value")?,
            work_type: r.get("work_type")?,
            weight: r.get("weight")?,
            entered_at: r.get("entered_at")?,
            entered_by: r.get("entered_by")?,
            permit: r.get("permit_id")?,
        })
    }
}

/// Marks of a class (a course, a student, dates), by date, lesson, subject and student.
pub fn list_marks(conn: &Connection, scope: &EntryScope) -> Result<Vec<MarkListRow>> {
    let mut stmt = conn.prepare(
        "SELECT m.id, l.id AS lesson_id, l.date, l.lesson_no, cl.name AS class, s.name AS subject, c.group_name,
                sn.full_name AS student, m.value, w.name AS work_type, w.weight, e.entered_at, e.entered_by,
                m.permit_id
         FROM marks m JOIN entries e ON e.id = m.entry_id
         JOIN lessons l ON l.id = m.lesson_id JOIN courses c ON c.id = l.course_id
         JOIN classes cl ON cl.id = c.class_id JOIN subjects s ON s.id = c.subject_id
         JOIN students st ON st.id = m.student_id JOIN student_names sn ON sn.id = m.student_id
         JOIN work_types w ON w.id = m.work_type_id
         WHERE c.class_id = ?1 AND (?2 IS NULL OR c.id = ?2) AND (?3 IS NULL OR m.student_id = ?3)
           AND l.date >= ?4 AND l.date <= ?5
         ORDER BY l.date, l.lesson_no, s.name COLLATE RU, st.last_name COLLATE RU, st.first_name COLLATE RU, m.id",
    )?;
    let (from, to) = scope.iso_bounds();
    let rows = stmt.query_map(
        params![scope.class_id, scope.course_id, scope.student_id, from, to],
        MarkListRow::from_row,
    )?;
    rows.collect::<rusqlite::Result<_>>()
        .with_context(|| crate::t!("db-reading-marks"))
}
