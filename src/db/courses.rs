//! Subjects (предметы) and courses: a subject taught to a class or to one of its groups.

use anyhow::{Context, Result};
use chrono::NaiveDate;
use rusqlite::{params, Connection, OptionalExtension, Row};

use super::classes::ClassRow;
use crate::domain::text::{closest, fold_key};
use crate::error::{NameKind, Unresolved};

/// A subject's id by name (case, `ё` and spaces ignored), creating it when `create`.
pub fn subject_id(conn: &Connection, name: &str, create: bool) -> Result<Option<i64>> {
    let key = fold_key(name);
    let found: Option<i64> = conn
        .query_row("SELECT id FROM subjects WHERE key = ?1", [&key], |r| {
            r.get(0)
        })
        .optional()
        .with_context(|| crate::t!("db-looking-up-subject", name = name.to_string()))?;
    if found.is_some() || !create {
        return Ok(found);
    }
    let clean = name.split_whitespace().collect::<Vec<_>>().join(" ");
    conn.execute(
        "INSERT INTO subjects (name, key) VALUES (?1, ?2)",
        params![clean, key],
    )
    .with_context(|| crate::t!("db-adding-subject", clean = clean.to_string()))?;
    Ok(Some(conn.last_insert_rowid()))
}

/// A course of a subject in a class: the whole class (group `""`) or one group.
#[derive(Debug, Clone)]
pub struct CourseRow {
    pub id: i64,
    pub group: String,
}

impl CourseRow {
    /// One row of `id, group_name`.
    fn from_row(r: &Row) -> rusqlite::Result<CourseRow> {
        Ok(CourseRow {
            id: r.get(0)?,
            group: r.get(1)?,
        })
    }
}

/// The courses of a subject in a class: one whole-class course, or one per group.
pub fn courses_of(conn: &Connection, class_id: i64, subject_id: i64) -> Result<Vec<CourseRow>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, group_name FROM courses WHERE class_id = ?1 AND subject_id = ?2
         ORDER BY group_name COLLATE RU",
    )?;
    let rows = stmt.query_map([class_id, subject_id], CourseRow::from_row)?;
    rows.collect::<rusqlite::Result<_>>()
        .with_context(|| crate::t!("db-reading-courses"))
}

/// The subjects a class is taught (its load), by name.
pub fn subjects_of_class(conn: &Connection, class_id: i64) -> Result<Vec<String>> {
    let mut stmt = conn.prepare(
        "SELECT DISTINCT s.name FROM courses c JOIN subjects s ON s.id = c.subject_id
         WHERE c.class_id = ?1 ORDER BY s.name COLLATE RU",
    )?;
    let rows = stmt.query_map([class_id], |r| r.get(0))?;
    rows.collect::<rusqlite::Result<_>>()
        .with_context(|| crate::t!("db-reading-class-subjects"))
}

/// The courses a member of staff teaches (the load names him), by id.
pub fn courses_taught_by(conn: &Connection, staff_id: i64) -> Result<Vec<i64>> {
    let mut stmt = conn.prepare_cached("SELECT id FROM courses WHERE teacher_id = ?1")?;
    let rows = stmt.query_map([staff_id], |r| r.get(0))?;
    rows.collect::<rusqlite::Result<_>>()
        .with_context(|| crate::t!("db-reading-teacher-courses"))
}

/// Find one course from what a user or file says: class, subject, group. The error says
/// what exists instead.
pub fn find_course(
    conn: &Connection,
    class: &ClassRow,
    subject: &str,
    group: &str,
) -> Result<std::result::Result<i64, Unresolved>> {
    // Only on the error path: the class's subjects, for "did you mean".
    let no_subject = || -> Result<Unresolved> {
        let known = subjects_of_class(conn, class.id)?;
        Ok(Unresolved::new(
            NameKind::Subject,
            crate::t!(
                "course-no-subject",
                class = class.name.as_str(),
                subject = subject
            ),
        )
        .did_you_mean(closest(subject, known.iter().map(String::as_str))))
    };
    let Some(subject_id) = subject_id(conn, subject, false)? else {
        return Ok(Err(no_subject()?));
    };
    let courses = courses_of(conn, class.id, subject_id)?;
    if courses.is_empty() {
        return Ok(Err(no_subject()?));
    }
    let want = fold_key(group);
    if let Some(c) = courses.iter().find(|c| fold_key(&c.group) == want) {
        return Ok(Ok(c.id));
    }
    let groups: Vec<&str> = courses.iter().map(|c| c.group.as_str()).collect();
    Ok(Err(Unresolved::new(
        NameKind::Group,
        if group.is_empty() {
            crate::t!(
                "course-in-groups",
                class = class.name.as_str(),
                subject = subject,
                groups = groups.join(", ")
            )
        } else if groups == [""] {
            crate::t!(
                "course-whole-class",
                class = class.name.as_str(),
                subject = subject
            )
        } else {
            crate::t!(
                "course-no-group",
                class = class.name.as_str(),
                subject = subject,
                group = group,
                groups = groups.join(", ")
            )
        },
    )))
}

/// Who teaches a course and for how many hours a week.
#[derive(Debug, Clone, PartialEq)]
pub struct CourseLoad {
    pub id: i64,
    pub teacher_id: i64,
    pub hours_per_week: f64,
}

impl CourseLoad {
    /// One row of `id, teacher_id, hours_per_week`.
    fn from_row(r: &Row) -> rusqlite::Result<CourseLoad> {
        Ok(CourseLoad {
            id: r.get(0)?,
            teacher_id: r.get(1)?,
            hours_per_week: r.get(2)?,
        })
    }
}

/// The course of a subject in a class for exactly this group (`""`: the whole class).
pub fn course_load(
    conn: &Connection,
    class_id: i64,
    subject_id: i64,
    group: &str,
) -> Result<Option<CourseLoad>> {
    conn.prepare_cached(
        "SELECT id, teacher_id, hours_per_week FROM courses
         WHERE class_id = ?1 AND subject_id = ?2 AND group_name = ?3",
    )?
    .query_row(params![class_id, subject_id, group], CourseLoad::from_row)
    .optional()
    .with_context(|| crate::t!("db-reading-course"))
}

/// A course to add to the teaching load.
#[derive(Debug, Clone, PartialEq)]
pub struct NewCourse<'a> {
    pub class_id: i64,
    pub subject_id: i64,
    /// `""`: the whole class.
    pub group: &'a str,
    pub teacher_id: i64,
    pub hours_per_week: f64,
}

/// Add a course to the teaching load.
pub fn add_course(conn: &Connection, course: &NewCourse) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO courses (class_id, subject_id, group_name, teacher_id, hours_per_week)
         VALUES (?1, ?2, ?3, ?4, ?5)",
    )?
    .execute(params![
        course.class_id,
        course.subject_id,
        course.group,
        course.teacher_id,
        course.hours_per_week
    ])
    .with_context(|| crate::t!("db-adding-course"))?;
    Ok(())
}

/// Give a course another teacher, hours a week and group spelling.
pub fn update_course(
    conn: &Connection,
    id: i64,
    teacher_id: i64,
    hours_per_week: f64,
    group: &str,
) -> Result<()> {
    conn.prepare_cached(
        "UPDATE courses SET teacher_id = ?2, hours_per_week = ?3, group_name = ?4 WHERE id = ?1",
    )?
    .execute(params![id, teacher_id, hours_per_week, group])
    .with_context(|| crate::t!("db-changing-course"))?;
    Ok(())
}

/// A course as `course list` shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct CourseSummary {
    pub class: String,
    pub subject: String,
    /// `""`: the whole class.
    pub group: String,
    /// The teacher's ФИО (фамилия, имя, отчество).
    pub teacher: String,
    pub hours_per_week: f64,
    /// Students enrolled on the day asked about: the class's, or the group's members.
    pub students: i64,
    /// Lessons and hours in the course's КТП.
    pub plan_lessons: i64,
    pub plan_hours: i64,
    /// Lessons a week in the timetable.
    pub timetable_slots: i64,
}

impl CourseSummary {
    /// One row of the query in [`course_summaries`].
    fn from_row(r: &Row) -> rusqlite::Result<CourseSummary> {
        Ok(CourseSummary {
            class: r.get(0)?,
            subject: r.get(1)?,
            group: r.get(2)?,
            teacher: r.get(3)?,
            hours_per_week: r.get(4)?,
            students: r.get(5)?,
            plan_lessons: r.get(6)?,
            plan_hours: r.get(7)?,
            timetable_slots: r.get(8)?,
        })
    }
}

/// Every course (or a class's), by class, subject and group, with students counted on `on`.
pub fn course_summaries(
    conn: &Connection,
    class_id: Option<i64>,
    on: NaiveDate,
) -> Result<Vec<CourseSummary>> {
    let mut stmt = conn.prepare(
        "SELECT cl.name, s.name, c.group_name, sn.full_name, c.hours_per_week,
                CASE WHEN c.group_name = '' THEN
                    (SELECT count(DISTINCT e.student_id) FROM enrolments e WHERE e.class_id = c.class_id
                     AND e.from_date <= ?2 AND (e.to_date IS NULL OR e.to_date >= ?2))
                ELSE (SELECT count(*) FROM group_members gm JOIN enrolments e ON e.student_id = gm.student_id
                     AND e.class_id = c.class_id AND e.from_date <= ?2 AND (e.to_date IS NULL OR e.to_date >= ?2)
                     WHERE gm.course_id = c.id) END,
                (SELECT count(*) FROM plan_items p WHERE p.course_id = c.id),
                (SELECT coalesce(sum(hours), 0) FROM plan_items p WHERE p.course_id = c.id),
                (SELECT count(*) FROM timetable t WHERE t.course_id = c.id)
         FROM courses c JOIN classes cl ON cl.id = c.class_id JOIN subjects s ON s.id = c.subject_id
         JOIN staff_names sn ON sn.id = c.teacher_id
         WHERE ?1 IS NULL OR c.class_id = ?1
         ORDER BY cl.grade, cl.letter COLLATE RU, s.name COLLATE RU, c.group_name COLLATE RU",
    )?;
    let rows = stmt.query_map(
        params![class_id, crate::domain::date::iso(on)],
        CourseSummary::from_row,
    )?;
    rows.collect::<rusqlite::Result<_>>()
        .with_context(|| crate::t!("db-reading-load"))
}
