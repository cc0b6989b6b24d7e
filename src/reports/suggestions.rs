//! The suggested period marks (final suggest): per student and course, the marks of the
//! period, the weighted average of their work types' weights, and the mark it rounds to by
//! the school's threshold; н/а where too few marks and more than half the lessons missed.

use std::collections::HashMap;

use anyhow::{Context, Result};
use chrono::NaiveDate;
use rusqlite::{params, Connection, Row};

use crate::db::calendar::SchoolCalendar;
use crate::db::finals::finals_of;
use crate::domain::calendar::PeriodCode;
use crate::domain::class_name::Grade;
use crate::domain::date::iso;
use crate::domain::date::{in_span, Span};
use crate::domain::marks::{suggest, weighted_average, AbsenceCode, FinalMark, Mark};
use crate::error::stored;

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
    /// The suggested final mark, as stored (a [`FinalMark`]'s text).
    pub suggested: Option<String>,
    /// The final mark already set, if any, as stored.
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
    /// The numeric marks: (mark, weight of its work type, how many)
    points: Vec<(u8, f64, u32)>,
    pass: u32,
    fail: u32,
}

impl Tally {
    /// The weighted average of the numeric marks, by the one rule of
    /// [`weighted_average`]; None without numeric marks.
    fn average(&self) -> Option<f64> {
        weighted_average(
            self.points
                .iter()
                .flat_map(|&(mark, weight, n)| std::iter::repeat_n((mark, weight), n as usize)),
        )
    }
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

/// A student in a course for one enrolment span (a student who moved has several).
struct MemberRow {
    course_id: i64,
    class: String,
    grade: u8,
    subject: String,
    group: String,
    hours: f64,
    student_id: i64,
    student: String,
    span: Span,
}

impl MemberRow {
    fn from_row(r: &Row) -> rusqlite::Result<MemberRow> {
        Ok(MemberRow {
            course_id: r.get(0)?,
            class: r.get(1)?,
            grade: r.get(2)?,
            subject: r.get(3)?,
            group: r.get(4)?,
            hours: r.get(5)?,
            student_id: r.get(6)?,
            student: r.get(7)?,
            span: (r.get(8)?, r.get(9)?),
        })
    }
}

/// Students of each course during the period (the class, and the group for a group
/// course), in the order of classes, subjects, groups and students.
fn members(
    conn: &Connection,
    period: PeriodCode,
    (from, to): (NaiveDate, NaiveDate),
    scope: &Scope,
) -> Result<Vec<Member>> {
    let mut stmt = conn.prepare(
        "SELECT c.id, cl.name, cl.grade, s.name, c.group_name, c.hours_per_week,
                st.id, sn.full_name, e.from_date, e.to_date
         FROM courses c JOIN classes cl ON cl.id = c.class_id JOIN subjects s ON s.id = c.subject_id
         JOIN enrolments e ON e.class_id = c.class_id AND e.from_date <= ?2 AND (e.to_date IS NULL OR e.to_date >= ?1)
         JOIN students st ON st.id = e.student_id JOIN student_names sn ON sn.id = st.id
         WHERE cl.grade >= ?5 AND (?3 IS NULL OR c.class_id = ?3) AND (?4 IS NULL OR c.id = ?4)
           AND (c.group_name = '' OR EXISTS (SELECT 1 FROM group_members gm WHERE gm.course_id = c.id AND gm.student_id = st.id))
         ORDER BY cl.grade, cl.letter COLLATE RU, s.name COLLATE RU, c.group_name COLLATE RU,
                  st.last_name COLLATE RU, st.first_name COLLATE RU, st.middle_name COLLATE RU, st.birth_date",
    )?;
    let rows = stmt
        .query_map(
            params![
                iso(from),
                iso(to),
                scope.class_id,
                scope.course_id,
                Grade::FIRST_MARKED
            ],
            MemberRow::from_row,
        )?
        .collect::<rusqlite::Result<Vec<_>>>()
        .context("reading the students of the courses")?;
    let mut members: Vec<Member> = Vec::new();
    let mut at: HashMap<(i64, i64), usize> = HashMap::new();
    for row in rows {
        if !period.applies_to_grade(row.grade) {
            continue;
        }
        match at.get(&(row.course_id, row.student_id)) {
            Some(&i) => members[i].spans.push(row.span),
            None => {
                at.insert((row.course_id, row.student_id), members.len());
                members.push(Member {
                    course_id: row.course_id,
                    class: row.class,
                    grade: row.grade,
                    subject: row.subject,
                    group: row.group,
                    hours: row.hours,
                    student_id: row.student_id,
                    student: row.student.trim().to_string(),
                    spans: vec![row.span],
                });
            }
        }
    }
    Ok(members)
}

/// How many marks of one value and one weight a student has in a course.
struct MarkCount {
    course_id: i64,
    student_id: i64,
    value: String,
    weight: f64,
    n: u32,
}

impl MarkCount {
    fn from_row(r: &Row) -> rusqlite::Result<MarkCount> {
        Ok(MarkCount {
            course_id: r.get(0)?,
            student_id: r.get(1)?,
            value: r.get(2)?,
            weight: r.get(3)?,
            n: r.get(4)?,
        })
    }
}

/// Marks of a span counted by course, student, value and weight (see `tallies`).
pub const TALLIES_SQL: &str = "SELECT l.course_id, m.student_id, m.value, w.weight, count(*)
         FROM lessons l INDEXED BY lessons_by_date CROSS JOIN marks m ON m.lesson_id = l.id
         JOIN work_types w ON w.id = m.work_type_id JOIN courses c ON c.id = l.course_id
         WHERE l.date BETWEEN ?1 AND ?2 AND (?3 IS NULL OR c.class_id = ?3) AND (?4 IS NULL OR c.id = ?4)
         GROUP BY l.course_id, m.student_id, m.value, w.weight";

/// Marks of the span per student and course, counted in SQL by value and weight (a few
/// rows per student, however many marks), so that the average is [`weighted_average`]'s.
fn tallies(
    conn: &Connection,
    (from, to): (NaiveDate, NaiveDate),
    scope: &Scope,
) -> Result<HashMap<(i64, i64), Tally>> {
    let mut stmt = conn.prepare(TALLIES_SQL)?;
    let rows = stmt
        .query_map(
            params![iso(from), iso(to), scope.class_id, scope.course_id],
            MarkCount::from_row,
        )?
        .collect::<rusqlite::Result<Vec<_>>>()
        .context("counting marks")?;
    let mut marks: HashMap<(i64, i64), Tally> = HashMap::new();
    for row in rows {
        let mark = Mark::parse(&row.value).map_err(|e| {
            stored(
                "marks",
                format!("course {}, student {}", row.course_id, row.student_id),
                e,
            )
        })?;
        let tally = marks.entry((row.course_id, row.student_id)).or_default();
        tally.count += row.n;
        match mark {
            Mark::Points(p) => tally.points.push((p, row.weight, row.n)),
            Mark::Pass => tally.pass += row.n,
            Mark::Fail => tally.fail += row.n,
        }
    }
    Ok(marks)
}

/// A lesson held: its course and date.
struct Held {
    course_id: i64,
    date: NaiveDate,
}

impl Held {
    fn from_row(r: &Row) -> rusqlite::Result<Held> {
        Ok(Held {
            course_id: r.get(0)?,
            date: r.get(1)?,
        })
    }
}

/// Dates of the lessons held in the span per course, to count per student's spans.
fn lessons_held(
    conn: &Connection,
    (from, to): (NaiveDate, NaiveDate),
    scope: &Scope,
) -> Result<HashMap<i64, Vec<NaiveDate>>> {
    let mut stmt = conn.prepare(
        "SELECT l.course_id, l.date FROM lessons l JOIN courses c ON c.id = l.course_id
         WHERE l.date BETWEEN ?1 AND ?2 AND (?3 IS NULL OR c.class_id = ?3) AND (?4 IS NULL OR c.id = ?4)",
    )?;
    let rows = stmt
        .query_map(
            params![iso(from), iso(to), scope.class_id, scope.course_id],
            Held::from_row,
        )?
        .collect::<rusqlite::Result<Vec<_>>>()
        .context("reading lessons held")?;
    let mut lessons: HashMap<i64, Vec<NaiveDate>> = HashMap::new();
    for h in rows {
        lessons.entry(h.course_id).or_default().push(h.date);
    }
    Ok(lessons)
}

/// Missed lessons of a span by course and student (see `missed_lessons`).
pub const MISSED_SQL: &str = "SELECT l.course_id, a.student_id, count(*)
         FROM lessons l INDEXED BY lessons_by_date CROSS JOIN absences a ON a.lesson_id = l.id
         JOIN courses c ON c.id = l.course_id
         WHERE a.code <> ?5 AND l.date BETWEEN ?1 AND ?2 AND (?3 IS NULL OR c.class_id = ?3) AND (?4 IS NULL OR c.id = ?4)
         GROUP BY l.course_id, a.student_id";

/// Lessons missed in the span per student and course (every absence but lateness).
fn missed_lessons(
    conn: &Connection,
    (from, to): (NaiveDate, NaiveDate),
    scope: &Scope,
) -> Result<HashMap<(i64, i64), u32>> {
    let mut stmt = conn.prepare(MISSED_SQL)?;
    debug_assert!(!AbsenceCode::Late.is_missed());
    let rows = stmt
        .query_map(
            params![
                iso(from),
                iso(to),
                scope.class_id,
                scope.course_id,
                AbsenceCode::Late.as_str()
            ],
            |r| Ok(((r.get(0)?, r.get(1)?), r.get(2)?)),
        )?
        .collect::<rusqlite::Result<HashMap<_, _>>>()
        .context("counting missed lessons")?;
    Ok(rows)
}

/// The periods a year mark is drawn from, where every one that applies has a numeric mark.
const YEAR_PARTS: &[PeriodCode] = &[
    PeriodCode::Q1,
    PeriodCode::Q2,
    PeriodCode::Q3,
    PeriodCode::Q4,
    PeriodCode::H1,
    PeriodCode::H2,
];

/// The suggestions for a period, per student and course in the scope, in the order of
/// classes, subjects, groups and students; marks, lessons and absences count up to `today`.
pub fn compute(
    conn: &Connection,
    period: PeriodCode,
    scope: &Scope,
    today: NaiveDate,
) -> Result<Vec<Suggestion>> {
    let cal = SchoolCalendar::load(conn)?;
    let (from, to) = cal.period(period)?;
    let rules = Rules::load(conn)?;
    let members = members(conn, period, (from, to), scope)?;
    // Marks, lessons and absences up to `today`: a forecast "as of" a day sees only what
    // was known.
    let known = (from, to.min(today));
    let mut marks = tallies(conn, known, scope)?;
    let lessons = lessons_held(conn, known, scope)?;
    let missed = missed_lessons(conn, known, scope)?;
    let finals = finals_of(conn, &[period])?;
    let period_finals = if period == PeriodCode::Y {
        finals_of(conn, YEAR_PARTS)?
    } else {
        HashMap::new()
    };

    let mut out = Vec::with_capacity(members.len());
    for m in members {
        let key = (m.course_id, m.student_id);
        let tally = marks.remove(&key).unwrap_or_default();
        let average = tally.average();
        let held = lessons
            .get(&m.course_id)
            .map(|v| v.iter().filter(|d| in_span(&m.spans, **d)).count())
            .unwrap_or(0) as u32;
        let missed = missed.get(&key).copied().unwrap_or(0);
        let minimum = rules.minimum(m.hours, period);
        let year_from_periods = if period == PeriodCode::Y {
            let wanted: Vec<PeriodCode> = YEAR_PARTS
                .iter()
                .copied()
                .filter(|p| p.applies_to_grade(m.grade))
                .collect();
            let values: Vec<u8> = wanted
                .iter()
                .filter_map(|p| period_finals.get(&(m.course_id, m.student_id, *p)))
                .filter_map(|v| v.points())
                .collect();
            (values.len() == wanted.len())
                .then(|| weighted_average(values.iter().map(|v| (*v, 1.0))))
                .flatten()
        } else {
            None
        };
        let suggested = if let Some(avg) = year_from_periods {
            Some(FinalMark::Points(suggest(avg, rules.threshold)))
        } else if tally.count < minimum && missed * 2 > held {
            Some(FinalMark::NotAssessed)
        } else if let Some(avg) = average {
            Some(FinalMark::Points(suggest(avg, rules.threshold)))
        } else if tally.pass + tally.fail > 0 {
            Some(if tally.pass >= tally.fail {
                FinalMark::Pass
            } else {
                FinalMark::Fail
            })
        } else {
            None
        };
        let current = finals
            .get(&(m.course_id, m.student_id, period))
            .map(|f| f.as_str().to_string());
        out.push(Suggestion {
            course_id: m.course_id,
            class: m.class,
            grade: m.grade,
            subject: m.subject,
            group: m.group,
            student_id: m.student_id,
            student: m.student,
            marks: tally.count,
            average: year_from_periods.or(average),
            minimum,
            lessons: held,
            missed,
            suggested: suggested.map(|f| f.as_str().to_string()),
            current,
        });
    }
    Ok(out)
}
