//! `report accumulation` (накопляемость отметок): every student with fewer marks in a period
//! than the course's accumulation minimum.

use anyhow::Result;
use rusqlite::Connection;

use crate::domain::calendar::PeriodCode;
use crate::reports::scope::{courses_by_id, Scope};
use crate::reports::suggestions::{self, Scope as SuggestionScope};

/// A student below the minimum in one course.
#[derive(Debug, Clone)]
pub struct Shortfall {
    pub class: String,
    pub subject: String,
    pub group: String,
    pub teacher: String,
    pub student: String,
    pub hours_per_week: f64,
    pub minimum: u32,
    pub marks: u32,
}

impl Shortfall {
    /// How many marks are missing to reach the minimum.
    pub fn missing(&self) -> u32 {
        self.minimum - self.marks
    }
}

/// The report: the students below the minimum, by class, subject, group and student.
#[derive(Debug, Clone)]
pub struct Accumulation {
    pub label: String,
    pub shortfalls: Vec<Shortfall>,
}

impl Accumulation {
    /// Every shortfall is an issue (for --fail-on-issues).
    pub fn issues(&self) -> usize {
        self.shortfalls.len()
    }
}

/// `report accumulation` for a period, as of today.
pub fn compute(conn: &Connection, scope: &Scope, period: PeriodCode) -> Result<Accumulation> {
    let courses = courses_by_id(conn, scope)?;
    let list = suggestions::compute(
        conn,
        period,
        &SuggestionScope {
            class_id: scope.class_id,
            course_id: None,
        },
        scope.today,
    )?;
    let shortfalls = list
        .into_iter()
        .filter(|s| s.marks < s.minimum)
        .filter_map(|s| {
            // Courses outside the scope (another teacher's) are left out.
            let c = courses.get(&s.course_id)?;
            Some(Shortfall {
                class: s.class,
                subject: s.subject,
                group: s.group,
                teacher: c.teacher.clone(),
                student: s.student,
                hours_per_week: c.hours,
                minimum: s.minimum,
                marks: s.marks,
            })
        })
        .collect();
    Ok(Accumulation {
        label: scope.label.clone(),
        shortfalls,
    })
}
