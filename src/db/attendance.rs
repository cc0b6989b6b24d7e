//! Who attends a course: the spans of dates a student belongs to a class (зачисление), and
//! the students of a group course.

use anyhow::{Context, Result};
use chrono::NaiveDate;
use rusqlite::{Connection, Row};

use super::decode::{date, opt_date};

/// A student's span in a class; an open end runs to the end of the year.
#[derive(Debug, Clone, Copy)]
pub struct Enrolment {
    pub student_id: i64,
    pub from: NaiveDate,
    pub to: Option<NaiveDate>,
}

impl Enrolment {
    fn from_row(r: &Row) -> rusqlite::Result<Enrolment> {
        let student_id: i64 = r.get("student_id")?;
        let row = format!("student {student_id}");
        Ok(Enrolment {
            student_id,
            from: date(r, "from_date", "enrolments", &row)?,
            to: opt_date(r, "to_date", "enrolments", &row)?,
        })
    }
}

/// Every enrolment span of a class.
pub fn enrolments_of_class(conn: &Connection, class_id: i64) -> Result<Vec<Enrolment>> {
    let mut stmt = conn.prepare_cached(
        "SELECT student_id, from_date, to_date FROM enrolments WHERE class_id = ?1",
    )?;
    let rows = stmt.query_map([class_id], Enrolment::from_row)?;
    rows.collect::<rusqlite::Result<_>>()
        .context("reading enrolments")
}

/// The students of a group course.
pub fn group_members(conn: &Connection, course_id: i64) -> Result<Vec<i64>> {
    let mut stmt =
        conn.prepare_cached("SELECT student_id FROM group_members WHERE course_id = ?1")?;
    let rows = stmt.query_map([course_id], |r| r.get(0))?;
    rows.collect::<rusqlite::Result<_>>()
        .context("reading group members")
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
        "SELECT c.id AS course_id, e.student_id, e.from_date, e.to_date FROM courses c
         JOIN enrolments e ON e.class_id = c.class_id
         WHERE c.group_name = '' OR EXISTS (SELECT 1 FROM group_members gm WHERE gm.course_id = c.id AND gm.student_id = e.student_id)",
    )?;
    let rows = stmt.query_map([], CourseMember::from_row)?;
    rows.collect::<rusqlite::Result<_>>()
        .context("reading who attends each course")
}
