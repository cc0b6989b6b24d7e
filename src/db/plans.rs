//! КТП (календарно-тематическое планирование, the thematic plan): a course's ordered
//! lessons with topic, hours, planned date and homework, and the lessons that took their
//! topic from it.

use anyhow::{Context, Result};
use chrono::NaiveDate;
use rusqlite::{params, Connection, Row};

use crate::domain::date::iso;

/// One lesson of a КТП as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanItem {
    pub id: i64,
    pub lesson_no: i64,
    pub topic: String,
    pub hours: i64,
    pub planned_date: Option<NaiveDate>,
    pub homework: String,
    /// The lesson is a control work (контрольная работа).
    pub control_work: bool,
}

impl PlanItem {
    /// One row of `id, lesson_no, topic, hours, planned_date, homework, control_work`; a planned date that
    /// does not read back is an error naming the row.
    fn from_row(r: &Row) -> Result<PlanItem> {
        let id: i64 = r.get(0)?;
        let planned_date = match r.get::<_, Option<String>>(4)? {
            Some(text) => Some(super::decode::parse(
                "plan_items",
                super::decode::row_id(id),
                &text,
            )?),
            None => None,
        };
        Ok(PlanItem {
            id,
            lesson_no: r.get(1)?,
            topic: r.get(2)?,
            hours: r.get(3)?,
            planned_date,
            homework: r.get(5)?,
            control_work: r.get(6)?,
        })
    }
}

const ITEM_COLUMNS: &str = "id, lesson_no, topic, hours, planned_date, homework, control_work";

/// A course's КТП in lesson order.
pub fn plan_of_course(conn: &Connection, course_id: i64) -> Result<Vec<PlanItem>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {ITEM_COLUMNS} FROM plan_items WHERE course_id = ?1 ORDER BY lesson_no"
    ))?;
    let mut rows = stmt.query([course_id])?;
    let mut out = Vec::new();
    while let Some(r) = rows.next().with_context(|| crate::t!("db-reading-plan"))? {
        out.push(PlanItem::from_row(r)?);
    }
    Ok(out)
}

/// The lesson of a course's КТП with this number.
pub fn plan_item(conn: &Connection, course_id: i64, lesson_no: i64) -> Result<Option<PlanItem>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {ITEM_COLUMNS} FROM plan_items WHERE course_id = ?1 AND lesson_no = ?2"
    ))?;
    let mut rows = stmt.query(params![course_id, lesson_no])?;
    match rows.next().with_context(|| crate::t!("db-reading-plan"))? {
        Some(r) => Ok(Some(PlanItem::from_row(r)?)),
        None => Ok(None),
    }
}

/// What a КТП file says of one lesson.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanEntry<'a> {
    pub lesson_no: i64,
    pub topic: &'a str,
    pub hours: i64,
    pub planned_date: Option<NaiveDate>,
    pub homework: &'a str,
    pub control_work: bool,
}

impl PlanEntry<'_> {
    /// Does the stored lesson already say exactly this?
    pub fn same_as(&self, item: &PlanItem) -> bool {
        item.topic == self.topic
            && item.hours == self.hours
            && item.planned_date == self.planned_date
            && item.homework == self.homework
            && item.control_work == self.control_work
    }
}

/// Add a lesson to a course's КТП.
pub fn add_plan_item(conn: &Connection, course_id: i64, entry: &PlanEntry) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO plan_items (course_id, lesson_no, topic, hours, planned_date, homework, control_work)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?
    .execute(params![
        course_id,
        entry.lesson_no,
        entry.topic,
        entry.hours,
        entry.planned_date.map(iso),
        entry.homework,
        entry.control_work
    ])
    .with_context(|| {
        crate::t!(
            "db-adding-plan-lesson",
            lesson_no = entry.lesson_no.to_string()
        )
    })?;
    Ok(())
}

/// Rewrite a stored lesson of a КТП.
pub fn update_plan_item(conn: &Connection, id: i64, entry: &PlanEntry) -> Result<()> {
    conn.prepare_cached(
        "UPDATE plan_items SET topic = ?2, hours = ?3, planned_date = ?4, homework = ?5,
                control_work = ?6 WHERE id = ?1",
    )?
    .execute(params![
        id,
        entry.topic,
        entry.hours,
        entry.planned_date.map(iso),
        entry.homework,
        entry.control_work
    ])
    .with_context(|| {
        crate::t!(
            "db-changing-plan-lesson",
            lesson_no = entry.lesson_no.to_string()
        )
    })?;
    Ok(())
}

/// Remove a lesson from a КТП (lessons that carried it keep their own copy of the topic).
pub fn remove_plan_item(conn: &Connection, id: i64) -> Result<()> {
    conn.prepare_cached("DELETE FROM plan_items WHERE id = ?1")?
        .execute([id])
        .with_context(|| crate::t!("db-removing-plan-lesson"))?;
    Ok(())
}

/// A lesson of the journal that took its topic from a КТП lesson.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BoundLesson {
    pub id: i64,
    pub date: NaiveDate,
}

/// The lessons that took their topic from this КТП lesson and follow it still (a lesson
/// recorded as given keeps the topic it was given with).
pub fn lessons_of_plan_item(conn: &Connection, plan_item_id: i64) -> Result<Vec<BoundLesson>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, date FROM lessons l WHERE plan_item_id = ?1
         AND NOT EXISTS (SELECT 1 FROM lesson_records r WHERE r.lesson_id = l.id)",
    )?;
    let mut rows = stmt.query([plan_item_id])?;
    let mut out = Vec::new();
    while let Some(r) = rows
        .next()
        .with_context(|| crate::t!("db-reading-lessons"))?
    {
        let id: i64 = r.get(0)?;
        let date = super::decode::parse(
            "lessons",
            super::decode::row_id(id),
            &r.get::<_, String>(1)?,
        )?;
        out.push(BoundLesson { id, date });
    }
    Ok(out)
}

/// Take a lesson's topic and homework away with its link to the КТП, so that the next
/// `lessons generate` binds it to the new plan.
pub fn unbind_lesson(conn: &Connection, lesson_id: i64) -> Result<()> {
    conn.prepare_cached(
        "UPDATE lessons SET topic = '', homework = '', plan_item_id = NULL WHERE id = ?1",
    )?
    .execute([lesson_id])
    .with_context(|| crate::t!("db-unbinding-plan-lesson"))?;
    Ok(())
}

/// A КТП's hours against its course's hours a week.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PlanTotals {
    pub hours: i64,
    pub hours_per_week: f64,
}

/// The hours of a course's КТП and the course's hours a week.
pub fn plan_totals(conn: &Connection, course_id: i64) -> Result<PlanTotals> {
    conn.query_row(
        "SELECT (SELECT coalesce(sum(hours), 0) FROM plan_items WHERE course_id = ?1),
                (SELECT hours_per_week FROM courses WHERE id = ?1)",
        [course_id],
        |r| {
            Ok(PlanTotals {
                hours: r.get(0)?,
                hours_per_week: r.get(1)?,
            })
        },
    )
    .with_context(|| crate::t!("db-reading-plan-hours"))
}
