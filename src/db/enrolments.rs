//! Enrolments: the spans of dates a student belongs to a class. A move closes one span
//! (the day before) and opens another; leaving closes the last one.

use anyhow::{Context, Result};
use chrono::NaiveDate;
use rusqlite::{params, Connection, OptionalExtension, Row};

use super::decode::{date, lift_stored, opt_date, row_id};
use crate::domain::date::iso;

/// The columns [`Enrolment::from_row`] reads, in any query on `enrolments`.
const ENROLMENT_COLUMNS: &str = "id, student_id, class_id, from_date, to_date";

/// One span of a student in a class (зачисление); an open end runs to the end of the year.
#[derive(Debug, Clone, Copy)]
pub struct Enrolment {
    pub id: i64,
    pub student_id: i64,
    pub class_id: i64,
    pub from: NaiveDate,
    /// The last day in the class; None while he is still in it.
    pub to: Option<NaiveDate>,
}

impl Enrolment {
    /// Decode a row that has the [`ENROLMENT_COLUMNS`] by name.
    pub fn from_row(r: &Row) -> rusqlite::Result<Self> {
        let id = r.get("id")?;
        Ok(Enrolment {
            id,
            student_id: r.get("student_id")?,
            class_id: r.get("class_id")?,
            from: date(r, "from_date", "enrolments", row_id(id))?,
            to: opt_date(r, "to_date", "enrolments", row_id(id))?,
        })
    }
}

/// A student's latest enrolment, and how many he has in all.
#[derive(Debug, Clone)]
pub struct Latest {
    pub enrolment: Enrolment,
    pub count: i64,
}

impl Latest {
    /// Decode one row of the query that selects these columns in this order.
    pub fn from_row(r: &Row) -> rusqlite::Result<Self> {
        Ok(Latest {
            enrolment: Enrolment::from_row(r)?,
            count: r.get("count")?,
        })
    }
}

/// The enrolment that began last (every student the roster added has one).
pub fn latest_enrolment(conn: &Connection, student_id: i64) -> Result<Latest> {
    conn.prepare_cached(&format!(
        "SELECT {ENROLMENT_COLUMNS}, (SELECT count(*) FROM enrolments WHERE student_id = ?1) AS count
         FROM enrolments WHERE student_id = ?1 ORDER BY from_date DESC LIMIT 1"
    ))?
    .query_row([student_id], Latest::from_row)
    .map_err(lift_stored)
    .with_context(|| crate::t!("db-reading-student-enrolments", student_id = student_id.to_string()))
}

/// The student's enrolment in the class that has not ended, if any.
pub fn open_enrolment(
    conn: &Connection,
    student_id: i64,
    class_id: i64,
) -> Result<Option<Enrolment>> {
    conn.query_row(
        &format!(
            "SELECT {ENROLMENT_COLUMNS} FROM enrolments
             WHERE student_id = ?1 AND class_id = ?2 AND to_date IS NULL"
        ),
        params![student_id, class_id],
        Enrolment::from_row,
    )
    .optional()
    .map_err(lift_stored)
    .with_context(|| {
        crate::t!(
            "db-reading-student-enrolments",
            student_id = student_id.to_string()
        )
    })
}

/// Enrol a student in a class from a date on.
pub fn insert_enrolment(
    conn: &Connection,
    student_id: i64,
    class_id: i64,
    from: NaiveDate,
) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO enrolments (student_id, class_id, from_date) VALUES (?1, ?2, ?3)",
    )?
    .execute(params![student_id, class_id, iso(from)])
    .with_context(|| crate::t!("db-enrolling-student", student_id = student_id.to_string()))?;
    Ok(())
}

/// Correct the class of an enrolment (it was wrong from its first day).
pub fn set_enrolment_class(conn: &Connection, id: i64, class_id: i64) -> Result<()> {
    conn.prepare_cached("UPDATE enrolments SET class_id = ?2 WHERE id = ?1")?
        .execute(params![id, class_id])
        .with_context(|| crate::t!("db-correcting-enrolment", id = id.to_string()))?;
    Ok(())
}

/// Correct the first day of an enrolment.
pub fn set_enrolment_from(conn: &Connection, id: i64, from: NaiveDate) -> Result<()> {
    conn.prepare_cached("UPDATE enrolments SET from_date = ?2 WHERE id = ?1")?
        .execute(params![id, iso(from)])
        .with_context(|| crate::t!("db-correcting-enrolment", id = id.to_string()))?;
    Ok(())
}

/// End an enrolment: `last_day` is the last day the student is in the class.
pub fn end_enrolment(conn: &Connection, id: i64, last_day: NaiveDate) -> Result<()> {
    conn.prepare_cached("UPDATE enrolments SET to_date = ?2 WHERE id = ?1")?
        .execute(params![id, iso(last_day)])
        .with_context(|| crate::t!("db-ending-enrolment", id = id.to_string()))?;
    Ok(())
}

/// How many marks and absences the student has in the class's lessons on or after a date.
pub fn entries_from(
    conn: &Connection,
    student_id: i64,
    class_id: i64,
    date: NaiveDate,
) -> Result<i64> {
    conn.query_row(
        "SELECT (SELECT count(*) FROM marks m JOIN lessons l ON l.id = m.lesson_id JOIN courses c ON c.id = l.course_id
                 WHERE m.student_id = ?1 AND c.class_id = ?2 AND l.date >= ?3)
              + (SELECT count(*) FROM absences a JOIN lessons l ON l.id = a.lesson_id JOIN courses c ON c.id = l.course_id
                 WHERE a.student_id = ?1 AND c.class_id = ?2 AND l.date >= ?3)",
        params![student_id, class_id, iso(date)],
        |r| r.get(0),
    )
    .with_context(|| crate::t!("db-counting-student-entries", student_id = student_id.to_string()))
}

/// Every enrolment span of a class.
pub fn enrolments_of_class(conn: &Connection, class_id: i64) -> Result<Vec<Enrolment>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {ENROLMENT_COLUMNS} FROM enrolments WHERE class_id = ?1"
    ))?;
    let rows = stmt.query_map([class_id], Enrolment::from_row)?;
    rows.collect::<rusqlite::Result<_>>()
        .map_err(lift_stored)
        .with_context(|| crate::t!("db-reading-enrolments"))
}

/// A student who attends a course for a span of dates.
#[derive(Debug, Clone, Copy)]
pub struct CourseMember {
    pub course_id: i64,
    pub enrolment: Enrolment,
}

impl CourseMember {
    fn from_row(r: &Row) -> rusqlite::Result<CourseMember> {
        Ok(CourseMember {
            course_id: r.get("course_id")?,
            enrolment: Enrolment::from_row(r)?,
        })
    }
}

/// Who attends each course and when: the class's enrolments, and for a group course only
/// the group's students.
pub fn course_members(conn: &Connection) -> Result<Vec<CourseMember>> {
    let mut stmt = conn.prepare(
        "SELECT c.id AS course_id, e.id, e.student_id, e.class_id, e.from_date, e.to_date
         FROM courses c JOIN enrolments e ON e.class_id = c.class_id
         WHERE c.group_name = '' OR EXISTS (SELECT 1 FROM group_members gm WHERE gm.course_id = c.id AND gm.student_id = e.student_id)",
    )?;
    let rows = stmt.query_map([], CourseMember::from_row)?;
    rows.collect::<rusqlite::Result<_>>()
        .map_err(lift_stored)
        .with_context(|| crate::t!("db-reading-attendance"))
}
