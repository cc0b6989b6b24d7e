//! Students (учащиеся): the class list as of a date, and the rows the roster import reads
//! and writes. Their classes over time are in [`super::enrolments`], their parents in
//! [`super::guardians`].

use anyhow::{Context, Result};
use chrono::NaiveDate;
use rusqlite::{params, Connection, OptionalExtension};

use super::decode::{date, lift_stored, opt_date, row_id};
use crate::domain::date::iso;
use crate::domain::fio::Fio;

/// One line of `student list`: an enrolment, its student and his parent (empty when the
/// roster gave none).
#[derive(Debug, Clone)]
pub struct StudentListRow {
    pub class: String,
    pub fio: Fio,
    pub birth_date: NaiveDate,
    pub enrolled_on: NaiveDate,
    /// The last day in the class; None while he is still in it.
    pub left_on: Option<NaiveDate>,
    pub guardian: String,
    pub phone: String,
    pub email: String,
    /// The family refused electronic access: a paper diary only.
    pub paper_only: bool,
}

impl StudentListRow {
    /// Decode one row of the query that selects these columns in this order.
    pub fn from_row(r: &rusqlite::Row) -> rusqlite::Result<Self> {
        Ok(StudentListRow {
            class: r.get(0)?,
            fio: Fio {
                last: r.get(1)?,
                first: r.get(2)?,
                middle: r.get(3)?,
            },
            birth_date: date(r, 4, "students", row_id(r.get(11)?))?,
            enrolled_on: date(r, 5, "enrolments", row_id(r.get(12)?))?,
            left_on: opt_date(r, 6, "enrolments", row_id(r.get(12)?))?,
            guardian: r.get(7)?,
            phone: r.get(8)?,
            email: r.get(9)?,
            paper_only: r.get(10)?,
        })
    }
}

/// Which enrolments `student list` shows.
#[derive(Debug, Clone, Copy)]
pub enum Enrolled {
    /// Those that hold on this date.
    On(NaiveDate),
    /// Every enrolment of the year, including students who left or moved.
    Ever,
}

/// Enrolments of one class (or all), by class, then students in Russian alphabetical order.
pub fn student_list(
    conn: &Connection,
    class_id: Option<i64>,
    which: Enrolled,
) -> Result<Vec<StudentListRow>> {
    let (all, on) = match which {
        Enrolled::On(d) => (false, Some(iso(d))),
        Enrolled::Ever => (true, None),
    };
    let mut stmt = conn.prepare(
        "SELECT c.name, s.last_name COLLATE RU, s.first_name COLLATE RU, s.middle_name COLLATE RU, s.birth_date, e.from_date, e.to_date,
                coalesce(g.name, ''), coalesce(g.phone, ''), coalesce(g.email, ''), coalesce(g.paper_only, 0),
                s.id, e.id
         FROM enrolments e
         JOIN students s ON s.id = e.student_id
         JOIN classes c ON c.id = e.class_id
         LEFT JOIN guardians g ON g.student_id = s.id
         WHERE (?1 IS NULL OR e.class_id = ?1)
           AND (?2 OR (e.from_date <= ?3 AND (e.to_date IS NULL OR e.to_date >= ?3)))
         ORDER BY c.grade, c.letter COLLATE RU, s.last_name COLLATE RU, s.first_name COLLATE RU, s.middle_name COLLATE RU, s.birth_date, e.from_date",
    )?;
    let rows = stmt.query_map(params![class_id, all, on], StudentListRow::from_row)?;
    rows.collect::<rusqlite::Result<_>>()
        .map_err(lift_stored)
        .with_context(|| crate::t!("db-reading-class-list"))
}

/// A student as stored.
#[derive(Debug, Clone)]
pub struct StudentRow {
    pub id: i64,
    pub fio: Fio,
}

impl StudentRow {
    /// Decode one row of the query that selects these columns in this order.
    pub fn from_row(r: &rusqlite::Row) -> rusqlite::Result<Self> {
        Ok(StudentRow {
            id: r.get(0)?,
            fio: Fio {
                last: r.get(1)?,
                first: r.get(2)?,
                middle: r.get(3)?,
            },
        })
    }
}

/// The student with this folded ФИО key and birth date (together they identify him).
pub fn student_by_key(
    conn: &Connection,
    fio_key: &str,
    birth_date: NaiveDate,
) -> Result<Option<StudentRow>> {
    conn.prepare_cached(
        "SELECT id, last_name, first_name, middle_name FROM students
         WHERE fio_key = ?1 AND birth_date = ?2",
    )?
    .query_row(params![fio_key, iso(birth_date)], StudentRow::from_row)
    .optional()
    .with_context(|| crate::t!("db-reading-students"))
}

/// Add a student; returns his id.
pub fn insert_student(conn: &Connection, fio: &Fio, birth_date: NaiveDate) -> Result<i64> {
    conn.prepare_cached(
        "INSERT INTO students (last_name, first_name, middle_name, birth_date, fio_key)
         VALUES (?1, ?2, ?3, ?4, ?5)",
    )?
    .execute(params![
        fio.last,
        fio.first,
        fio.middle,
        iso(birth_date),
        fio.key()
    ])
    .with_context(|| crate::t!("db-adding-student", name = fio.full()))?;
    Ok(conn.last_insert_rowid())
}

/// Rewrite a student's name (the same folded key: only case or letters like ё changed).
pub fn rename_student(conn: &Connection, id: i64, fio: &Fio) -> Result<()> {
    conn.prepare_cached(
        "UPDATE students SET last_name = ?2, first_name = ?3, middle_name = ?4 WHERE id = ?1",
    )?
    .execute(params![id, fio.last, fio.first, fio.middle])
    .with_context(|| crate::t!("db-renaming-student", name = fio.full()))?;
    Ok(())
}
