//! The timetable (расписание): which course a class has at each weekday and lesson number.
//! A split subject's groups may share a slot.

use anyhow::{Context, Result};
use rusqlite::{params, Connection, Row};

/// One lesson of a class's week, as `timetable show` lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimetableEntry {
    /// 1 (Monday) … 6 (Saturday).
    pub weekday: u32,
    pub lesson_no: i64,
    pub subject: String,
    /// `""`: the whole class.
    pub group: String,
    /// The teacher's ФИО.
    pub teacher: String,
}

impl TimetableEntry {
    /// One row of the query in [`class_timetable`].
    fn from_row(r: &Row) -> rusqlite::Result<TimetableEntry> {
        Ok(TimetableEntry {
            weekday: r.get(0)?,
            lesson_no: r.get(1)?,
            subject: r.get(2)?,
            group: r.get(3)?,
            teacher: r.get(4)?,
        })
    }
}

/// A class's week, day by day and lesson by lesson.
pub fn class_timetable(conn: &Connection, class_id: i64) -> Result<Vec<TimetableEntry>> {
    let mut stmt = conn.prepare(
        "SELECT t.weekday, t.lesson_no, s.name, c.group_name, sn.full_name
         FROM timetable t JOIN courses c ON c.id = t.course_id JOIN subjects s ON s.id = c.subject_id
         JOIN staff_names sn ON sn.id = c.teacher_id
         WHERE t.class_id = ?1 ORDER BY t.weekday, t.lesson_no, c.group_name COLLATE RU",
    )?;
    let rows = stmt.query_map([class_id], TimetableEntry::from_row)?;
    rows.collect::<rusqlite::Result<_>>()
        .with_context(|| crate::t!("db-reading-timetable"))
}

/// A slot as stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Slot {
    pub id: i64,
    pub weekday: u32,
    pub lesson_no: i64,
    pub course_id: i64,
}

impl Slot {
    /// One row of `id, weekday, lesson_no, course_id`.
    fn from_row(r: &Row) -> rusqlite::Result<Slot> {
        Ok(Slot {
            id: r.get(0)?,
            weekday: r.get(1)?,
            lesson_no: r.get(2)?,
            course_id: r.get(3)?,
        })
    }
}

/// Every slot of a class.
pub fn slots_of_class(conn: &Connection, class_id: i64) -> Result<Vec<Slot>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, weekday, lesson_no, course_id FROM timetable WHERE class_id = ?1",
    )?;
    let rows = stmt.query_map([class_id], Slot::from_row)?;
    rows.collect::<rusqlite::Result<_>>()
        .with_context(|| crate::t!("db-reading-timetable"))
}

/// Put a course in a class's slot; false when it is already there.
pub fn add_slot(
    conn: &Connection,
    class_id: i64,
    weekday: u32,
    lesson_no: i64,
    course_id: i64,
) -> Result<bool> {
    let n = conn
        .prepare_cached(
            "INSERT OR IGNORE INTO timetable (class_id, weekday, lesson_no, course_id) VALUES (?1, ?2, ?3, ?4)",
        )?
        .execute(params![class_id, weekday, lesson_no, course_id])
        .with_context(|| crate::t!("db-adding-timetable"))?;
    Ok(n > 0)
}

/// Remove a slot.
pub fn remove_slot(conn: &Connection, id: i64) -> Result<()> {
    conn.prepare_cached("DELETE FROM timetable WHERE id = ?1")?
        .execute([id])
        .with_context(|| crate::t!("db-removing-timetable"))?;
    Ok(())
}

/// A course's hours a week in the load against its lessons a week in the timetable.
#[derive(Debug, Clone, PartialEq)]
pub struct CourseHours {
    pub class: String,
    pub subject: String,
    pub group: String,
    pub hours_per_week: f64,
    pub slots: i64,
}

impl CourseHours {
    /// One row of the query in [`course_hours`].
    fn from_row(r: &Row) -> rusqlite::Result<CourseHours> {
        Ok(CourseHours {
            class: r.get(0)?,
            subject: r.get(1)?,
            group: r.get(2)?,
            hours_per_week: r.get(3)?,
            slots: r.get(4)?,
        })
    }
}

/// The courses of these classes with their hours and lessons a week, by class and subject.
pub fn course_hours(conn: &Connection, class_ids: &[i64]) -> Result<Vec<CourseHours>> {
    // Ids are numbers, so the list can be written into the statement.
    let ids: Vec<String> = class_ids.iter().map(i64::to_string).collect();
    let mut stmt = conn.prepare(&format!(
        "SELECT cl.name, s.name, c.group_name, c.hours_per_week,
                (SELECT count(*) FROM timetable t WHERE t.course_id = c.id)
         FROM courses c JOIN classes cl ON cl.id = c.class_id JOIN subjects s ON s.id = c.subject_id
         WHERE c.class_id IN ({}) ORDER BY cl.grade, cl.letter COLLATE RU, s.name COLLATE RU",
        ids.join(",")
    ))?;
    let rows = stmt.query_map([], CourseHours::from_row)?;
    rows.collect::<rusqlite::Result<_>>()
        .with_context(|| crate::t!("db-reading-load"))
}

/// A teacher the timetable puts in two classes at once.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TeacherClash {
    /// The teacher's ФИО.
    pub teacher: String,
    pub weekday: u32,
    pub lesson_no: i64,
    /// The classes, comma-separated.
    pub classes: String,
}

impl TeacherClash {
    /// One row of the query in [`teacher_clashes`].
    fn from_row(r: &Row) -> rusqlite::Result<TeacherClash> {
        Ok(TeacherClash {
            teacher: r.get(0)?,
            weekday: r.get(1)?,
            lesson_no: r.get(2)?,
            classes: r.get(3)?,
        })
    }
}

/// Every slot where one teacher has lessons in more than one class.
pub fn teacher_clashes(conn: &Connection) -> Result<Vec<TeacherClash>> {
    let mut stmt = conn.prepare(
        "SELECT sn.full_name, t.weekday, t.lesson_no, group_concat(DISTINCT cl.name)
         FROM timetable t JOIN courses c ON c.id = t.course_id JOIN staff_names sn ON sn.id = c.teacher_id
         JOIN classes cl ON cl.id = t.class_id
         GROUP BY c.teacher_id, t.weekday, t.lesson_no HAVING count(DISTINCT t.class_id) > 1",
    )?;
    let rows = stmt.query_map([], TeacherClash::from_row)?;
    rows.collect::<rusqlite::Result<_>>()
        .with_context(|| crate::t!("db-reading-timetable"))
}
