//! What a control report covers (a range of dates, optionally one class or one teacher) and
//! the set-based reads the reports share: the courses in scope, their students with the
//! spans they belong to the class, and the lessons held.

use std::collections::HashMap;

use anyhow::{Context, Result};
use chrono::{Datelike, Duration, NaiveDate};
use rusqlite::{params, Connection, Row};

use crate::domain::calendar::PeriodCode;
use crate::domain::date::Span;
use crate::domain::date::{iso, ru};

/// What a report covers.
#[derive(Debug, Clone)]
pub struct Scope {
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// "октябрь 2023", "I четверть (01.09.2023 – 27.10.2023)", "01.10.2023 – 15.10.2023",
    /// in the user's language ([`month_label`], [`period_label`], [`range_label`])
    pub label: String,
    pub period: Option<PeriodCode>,
    pub class_id: Option<i64>,
    pub teacher_id: Option<i64>,
    pub today: NaiveDate,
}

impl Scope {
    /// The last day lessons count for: the range's end, or today if that is earlier
    /// (lessons not held yet are not shortfalls).
    pub fn until(&self) -> NaiveDate {
        self.to.min(self.today)
    }
}

/// A month's scope, «октябрь 2023» (`first` is any day of it).
pub fn month_label(first: NaiveDate) -> String {
    crate::t!(
        "report-scope-month",
        month = first.month(),
        year = first.year().to_string()
    )
}

/// A period by its name in the user's language: «I четверть», «1st quarter».
pub fn period_name(p: PeriodCode) -> String {
    crate::t!("period-name", code = p.code())
}

/// A period's scope with its dates: «I четверть (01.09.2023 – 27.10.2023)».
pub fn period_label(p: PeriodCode, from: NaiveDate, to: NaiveDate) -> String {
    crate::t!(
        "report-scope-period",
        period = period_name(p),
        from = ru(from),
        to = ru(to)
    )
}

/// A range's scope: «01.10.2023 – 15.10.2023».
pub fn range_label(from: NaiveDate, to: NaiveDate) -> String {
    format!("{} – {}", ru(from), ru(to))
}

/// A course in scope, with what the reports print about it.
#[derive(Debug, Clone)]
pub struct Course {
    pub id: i64,
    pub class_id: i64,
    pub class: String,
    pub grade: u8,
    pub subject: String,
    pub group: String,
    pub teacher_id: i64,
    /// The teacher's ФИО (фамилия, имя, отчество: the full name).
    pub teacher: String,
    pub hours: f64,
}

impl Course {
    fn from_row(r: &Row) -> rusqlite::Result<Course> {
        Ok(Course {
            id: r.get(0)?,
            class_id: r.get(1)?,
            class: r.get(2)?,
            grade: r.get(3)?,
            subject: r.get(4)?,
            group: r.get(5)?,
            teacher_id: r.get(6)?,
            teacher: r.get::<_, String>(7)?.trim().to_string(),
            hours: r.get(8)?,
        })
    }
}

/// The courses of the scope's class and teacher, by class, subject and group.
pub fn courses(conn: &Connection, scope: &Scope) -> Result<Vec<Course>> {
    let mut stmt = conn.prepare(
        "SELECT c.id, c.class_id, cl.name, cl.grade, s.name, c.group_name, c.teacher_id,
                tn.full_name, c.hours_per_week
         FROM courses c JOIN classes cl ON cl.id = c.class_id JOIN subjects s ON s.id = c.subject_id
         JOIN staff_names tn ON tn.id = c.teacher_id
         WHERE (?1 IS NULL OR c.class_id = ?1) AND (?2 IS NULL OR c.teacher_id = ?2)
         ORDER BY cl.grade, cl.letter COLLATE RU, s.name COLLATE RU, c.group_name COLLATE RU",
    )?;
    let rows = stmt.query_map(params![scope.class_id, scope.teacher_id], Course::from_row)?;
    rows.collect::<rusqlite::Result<_>>()
        .with_context(|| crate::t!("err-reading-report-courses"))
}

/// The courses in scope by id.
pub fn courses_by_id(conn: &Connection, scope: &Scope) -> Result<HashMap<i64, Course>> {
    Ok(courses(conn, scope)?
        .into_iter()
        .map(|c| (c.id, c))
        .collect())
}

/// course → student → the spans he belongs to the course's class (group courses: members
/// only), for enrolments that overlap the range.
pub type Members = HashMap<i64, HashMap<i64, Vec<Span>>>;

/// Students of each course with their spans in the class, in one query.
pub fn members(conn: &Connection, scope: &Scope) -> Result<Members> {
    let mut stmt = conn.prepare(
        "SELECT c.id, e.student_id, e.from_date, e.to_date FROM courses c JOIN enrolments e ON e.class_id = c.class_id
         WHERE (?1 IS NULL OR c.class_id = ?1) AND e.from_date <= ?3 AND (e.to_date IS NULL OR e.to_date >= ?2)
           AND (c.group_name = '' OR EXISTS (SELECT 1 FROM group_members gm WHERE gm.course_id = c.id AND gm.student_id = e.student_id))",
    )?;
    let mut out: Members = HashMap::new();
    let rows = stmt.query_map(
        params![scope.class_id, iso(scope.from), iso(scope.to)],
        |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, i64>(1)?,
                (r.get::<_, NaiveDate>(2)?, r.get::<_, Option<NaiveDate>>(3)?),
            ))
        },
    )?;
    for row in rows {
        let (course, student, span) = row.with_context(|| crate::t!("err-reading-enrolments"))?;
        out.entry(course)
            .or_default()
            .entry(student)
            .or_default()
            .push(span);
    }
    Ok(out)
}

/// A lesson held: its day, and whether its topic and homework are written.
#[derive(Debug, Clone, Copy)]
pub struct Held {
    pub date: NaiveDate,
    pub has_topic: bool,
    pub has_homework: bool,
}

impl Held {
    fn from_row(r: &Row) -> rusqlite::Result<(i64, Held)> {
        Ok((
            r.get(0)?,
            Held {
                date: r.get(1)?,
                has_topic: r.get(2)?,
                has_homework: r.get(3)?,
            },
        ))
    }
}

/// Lessons held in the range (up to today), per course.
pub fn lessons(conn: &Connection, scope: &Scope) -> Result<HashMap<i64, Vec<Held>>> {
    let mut stmt = conn.prepare(
        "SELECT l.course_id, l.date, l.topic <> '', l.homework <> '' FROM lessons l JOIN courses c ON c.id = l.course_id
         WHERE l.date BETWEEN ?1 AND ?2 AND (?3 IS NULL OR c.class_id = ?3)",
    )?;
    let mut out: HashMap<i64, Vec<Held>> = HashMap::new();
    let rows = stmt.query_map(
        params![iso(scope.from), iso(scope.until()), scope.class_id],
        Held::from_row,
    )?;
    for row in rows {
        let (course, held) = row.with_context(|| crate::t!("err-reading-lessons"))?;
        out.entry(course).or_default().push(held);
    }
    Ok(out)
}

/// The first and the last day of a month written "2023-10" or "10.2023". The month is taken
/// as given: one outside the school year is not refused here.
pub fn month_range(s: &str) -> Result<(NaiveDate, NaiveDate), String> {
    let t = s.trim();
    let (y, m) = if let Some((y, m)) = t.split_once('-') {
        (y, m)
    } else if let Some((m, y)) = t.split_once('.') {
        (y, m)
    } else {
        return Err(crate::t!("report-not-a-month", value = t));
    };
    let (y, m): (i32, u32) = (
        y.parse()
            .map_err(|_| crate::t!("report-not-a-month", value = t))?,
        m.parse()
            .map_err(|_| crate::t!("report-not-a-month", value = t))?,
    );
    let first = NaiveDate::from_ymd_opt(y, m, 1)
        .ok_or_else(|| crate::t!("report-not-a-month", value = t))?;
    let next = if m == 12 {
        NaiveDate::from_ymd_opt(y + 1, 1, 1)
    } else {
        NaiveDate::from_ymd_opt(y, m + 1, 1)
    };
    Ok((first, next.map(|n| n - Duration::days(1)).unwrap_or(first)))
}
