//! The suggested period marks (final suggest): per student and course, the marks of the
//! period, the weighted average of their work types' weights, and the mark it rounds to by
//! the school's threshold; н/а where too few marks and more than half the lessons missed.

use std::collections::HashMap;

use anyhow::Result;
use chrono::NaiveDate;
use rusqlite::{params, Connection};

use crate::db::calendar::SchoolCalendar;
use crate::db::journal::{in_span, Span};
use crate::domain::calendar::PeriodCode;
use crate::domain::date::{from_iso, iso};
use crate::domain::marks::{suggest, weighted_average};

/// One student in one course for a period.
#[derive(Debug, Clone)]
pub struct Suggestion {
    pub course_id: i64,
    pub class: String,
    pub grade: u8,
    pub subject: String,
    pub group: String,
    pub student_id: i64,
    pub student: String,
    /// Marks in the period (numeric and зч/нз).
    pub marks: u32,
    pub average: Option<f64>,
    /// The accumulation minimum (накопляемость) for the course and period.
    pub minimum: u32,
    /// Lessons held in the period while the student was in the class (up to today).
    pub lessons: u32,
    /// Of those, missed (Б, У, Н; not О).
    pub missed: u32,
    pub suggested: Option<String>,
    /// The final mark already set, if any.
    pub current: Option<String>,
}

/// Which courses: a class, a subject, or all.
#[derive(Debug, Clone, Default)]
pub struct Scope {
    pub class_id: Option<i64>,
    pub course_id: Option<i64>,
}

/// Settings the computation follows.
#[derive(Debug, Clone, Copy)]
pub struct Rules {
    pub threshold: f64,
    pub per_hour: f64,
    pub base: f64,
}

impl Rules {
    pub fn load(conn: &Connection) -> Result<Rules> {
        let get = |k: &str, d: f64| -> Result<f64> {
            Ok(crate::db::settings::setting(conn, k)?.parse().unwrap_or(d))
        };
        Ok(Rules {
            threshold: get("rounding_threshold", 0.5)?,
            per_hour: get("accumulation_per_hour", 2.0)?,
            base: get("accumulation_base", 1.0)?,
        })
    }

    /// The minimum number of marks: per quarter per_hour × hours + base; twice that for a
    /// semester, four times for the year.
    pub fn minimum(&self, hours_per_week: f64, period: PeriodCode) -> u32 {
        let quarter = self.per_hour * hours_per_week + self.base;
        let factor = if period.is_quarter() {
            1.0
        } else if period.is_semester() {
            2.0
        } else {
            4.0
        };
        (quarter * factor).ceil() as u32
    }
}

/// A student's marks in a course.
#[derive(Debug, Default)]
struct Tally {
    count: u32,
    /// Σ weight × mark over the numeric marks
    weighted_sum: f64,
    /// Σ weight over the numeric marks
    weights: f64,
    pass: u32,
    fail: u32,
}

struct Member {
    course_id: i64,
    class: String,
    grade: u8,
    subject: String,
    group: String,
    hours: f64,
    student_id: i64,
    student: String,
    spans: Vec<Span>,
}

pub fn compute(
    conn: &Connection,
    period: PeriodCode,
    scope: &Scope,
    today: NaiveDate,
) -> Result<Vec<Suggestion>> {
    let cal = SchoolCalendar::load(conn)?;
    let (from, to) = cal.period(period)?;
    let rules = Rules::load(conn)?;
    // Students of each course during the period (the class, and the group for a group course).
    let mut members: Vec<Member> = Vec::new();
    let mut at: HashMap<(i64, i64), usize> = HashMap::new();
    {
        let mut stmt = conn.prepare(
            "SELECT c.id, cl.name, cl.grade, s.name, c.group_name, c.hours_per_week,
                    st.id, st.last_name || ' ' || st.first_name || ' ' || st.middle_name, e.from_date, e.to_date
             FROM courses c JOIN classes cl ON cl.id = c.class_id JOIN subjects s ON s.id = c.subject_id
             JOIN enrolments e ON e.class_id = c.class_id AND e.from_date <= ?2 AND (e.to_date IS NULL OR e.to_date >= ?1)
             JOIN students st ON st.id = e.student_id
             WHERE cl.grade >= 2 AND (?3 IS NULL OR c.class_id = ?3) AND (?4 IS NULL OR c.id = ?4)
               AND (c.group_name = '' OR EXISTS (SELECT 1 FROM group_members gm WHERE gm.course_id = c.id AND gm.student_id = st.id))
             ORDER BY cl.grade, cl.letter COLLATE RU, s.name COLLATE RU, c.group_name COLLATE RU,
                      st.last_name COLLATE RU, st.first_name COLLATE RU, st.middle_name COLLATE RU, st.birth_date",
        )?;
        let rows = stmt.query_map(
            params![iso(from), iso(to), scope.class_id, scope.course_id],
            |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, u8>(2)?,
                    r.get::<_, String>(3)?,
                    r.get::<_, String>(4)?,
                    r.get::<_, f64>(5)?,
                    r.get::<_, i64>(6)?,
                    r.get::<_, String>(7)?,
                    r.get::<_, String>(8)?,
                    r.get::<_, Option<String>>(9)?,
                ))
            },
        )?;
        for row in rows {
            let (course_id, class, grade, subject, group, hours, student_id, student, a, b) = row?;
            if !period.applies_to_grade(grade) {
                continue;
            }
            let span = (from_iso(&a), b.map(|b| from_iso(&b)));
            match at.get(&(course_id, student_id)) {
                Some(&i) => members[i].spans.push(span),
                None => {
                    at.insert((course_id, student_id), members.len());
                    members.push(Member {
                        course_id,
                        class,
                        grade,
                        subject,
                        group,
                        hours,
                        student_id,
                        student: student.trim().to_string(),
                        spans: vec![span],
                    });
                }
            }
        }
    }
    // Marks of the period up to `today` (a forecast "as of" a day sees only what was known),
    // summed per student and course in SQL: count, Σ weight × mark and
    // Σ weight over numeric marks, and the зч/нз.
    let mut marks: HashMap<(i64, i64), Tally> = HashMap::new();
    {
        let mut stmt = conn.prepare(
            "SELECT l.course_id, m.student_id, count(*),
                    total(CASE WHEN m.value IN ('1','2','3','4','5') THEN w.weight * m.value END),
                    total(CASE WHEN m.value IN ('1','2','3','4','5') THEN w.weight END),
                    sum(m.value = 'зч'), sum(m.value = 'нз')
             FROM marks m JOIN lessons l ON l.id = m.lesson_id JOIN work_types w ON w.id = m.work_type_id
             JOIN courses c ON c.id = l.course_id
             WHERE l.date BETWEEN ?1 AND ?2 AND (?3 IS NULL OR c.class_id = ?3) AND (?4 IS NULL OR c.id = ?4)
             GROUP BY l.course_id, m.student_id",
        )?;
        let rows = stmt.query_map(
            params![
                iso(from),
                iso(to.min(today)),
                scope.class_id,
                scope.course_id
            ],
            |r| {
                Ok((
                    (r.get::<_, i64>(0)?, r.get::<_, i64>(1)?),
                    Tally {
                        count: r.get(2)?,
                        weighted_sum: r.get(3)?,
                        weights: r.get(4)?,
                        pass: r.get(5)?,
                        fail: r.get(6)?,
                    },
                ))
            },
        )?;
        for row in rows {
            let (key, tally) = row?;
            marks.insert(key, tally);
        }
    }
    // Lessons held (up to today) per course, with dates, to count per student's spans.
    let held_to = to.min(today);
    let mut lessons: HashMap<i64, Vec<(i64, NaiveDate)>> = HashMap::new();
    {
        let mut stmt = conn.prepare(
            "SELECT l.course_id, l.id, l.date FROM lessons l JOIN courses c ON c.id = l.course_id
             WHERE l.date BETWEEN ?1 AND ?2 AND (?3 IS NULL OR c.class_id = ?3) AND (?4 IS NULL OR c.id = ?4)",
        )?;
        let rows = stmt.query_map(
            params![iso(from), iso(held_to), scope.class_id, scope.course_id],
            |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    r.get::<_, i64>(1)?,
                    r.get::<_, String>(2)?,
                ))
            },
        )?;
        for row in rows {
            let (course, id, d) = row?;
            lessons.entry(course).or_default().push((id, from_iso(&d)));
        }
    }
    let mut missed: HashMap<(i64, i64), u32> = HashMap::new();
    {
        let mut stmt = conn.prepare(
            "SELECT l.course_id, a.student_id, count(*) FROM absences a JOIN lessons l ON l.id = a.lesson_id
             JOIN courses c ON c.id = l.course_id
             WHERE a.code <> 'О' AND l.date BETWEEN ?1 AND ?2 AND (?3 IS NULL OR c.class_id = ?3) AND (?4 IS NULL OR c.id = ?4)
             GROUP BY l.course_id, a.student_id",
        )?;
        let rows = stmt.query_map(
            params![iso(from), iso(held_to), scope.class_id, scope.course_id],
            |r| Ok(((r.get(0)?, r.get(1)?), r.get(2)?)),
        )?;
        for row in rows {
            let (k, n) = row?;
            missed.insert(k, n);
        }
    }
    let finals = finals_of(conn, &[period])?;
    // The year mark from the period marks, where every period has a numeric one.
    let parts: &[PeriodCode] = &[
        PeriodCode::Q1,
        PeriodCode::Q2,
        PeriodCode::Q3,
        PeriodCode::Q4,
        PeriodCode::H1,
        PeriodCode::H2,
    ];
    let period_finals = if period == PeriodCode::Y {
        finals_of(conn, parts)?
    } else {
        HashMap::new()
    };

    let mut out = Vec::with_capacity(members.len());
    for m in members {
        let key = (m.course_id, m.student_id);
        let Tally {
            count,
            weighted_sum,
            weights,
            pass,
            fail,
        } = marks.remove(&key).unwrap_or_default();
        let average = (weights > 0.0).then(|| weighted_sum / weights);
        let in_class = |d: NaiveDate| in_span(&m.spans, d);
        let held = lessons
            .get(&m.course_id)
            .map(|v| v.iter().filter(|(_, d)| in_class(*d)).count())
            .unwrap_or(0) as u32;
        let missed = missed.get(&key).copied().unwrap_or(0);
        let minimum = rules.minimum(m.hours, period);
        let year_from_periods = if period == PeriodCode::Y {
            let wanted: Vec<PeriodCode> = parts
                .iter()
                .copied()
                .filter(|p| p.applies_to_grade(m.grade))
                .collect();
            let values: Vec<u8> = wanted
                .iter()
                .filter_map(|p| period_finals.get(&(m.course_id, m.student_id, *p)))
                .filter_map(|v| v.parse().ok())
                .collect();
            (values.len() == wanted.len())
                .then(|| weighted_average(values.iter().map(|v| (*v, 1.0))))
                .flatten()
        } else {
            None
        };
        let suggested = if let Some(avg) = year_from_periods {
            Some(suggest(avg, rules.threshold).to_string())
        } else if count < minimum && missed * 2 > held {
            Some("н/а".to_string())
        } else if let Some(avg) = average {
            Some(suggest(avg, rules.threshold).to_string())
        } else if pass + fail > 0 {
            Some(if pass >= fail { "зч" } else { "нз" }.to_string())
        } else {
            None
        };
        out.push(Suggestion {
            course_id: m.course_id,
            class: m.class,
            grade: m.grade,
            subject: m.subject,
            group: m.group,
            student_id: m.student_id,
            student: m.student,
            marks: count,
            average: year_from_periods.or(average),
            minimum,
            lessons: held,
            missed,
            suggested,
            current: finals.get(&(m.course_id, m.student_id, period)).cloned(),
        });
    }
    Ok(out)
}

/// Final marks of some periods: (course, student, period) → value.
pub fn finals_of(
    conn: &Connection,
    periods: &[PeriodCode],
) -> Result<HashMap<(i64, i64, PeriodCode), String>> {
    let mut stmt = conn.prepare("SELECT course_id, student_id, period, value FROM final_marks")?;
    let rows = stmt.query_map([], |r| {
        Ok((
            r.get::<_, i64>(0)?,
            r.get::<_, i64>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, String>(3)?,
        ))
    })?;
    let mut out = HashMap::new();
    for row in rows {
        let (c, s, p, v) = row?;
        if let Ok(p) = p.parse::<PeriodCode>() {
            if periods.contains(&p) {
                out.insert((c, s, p), v);
            }
        }
    }
    Ok(out)
}
