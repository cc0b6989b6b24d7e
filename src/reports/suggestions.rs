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
use crate::domain::date::Span;
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

/// A course of the scope, as its lines name it.
struct CourseInfo {
    class: String,
    grade: u8,
    subject: String,
    group: String,
    hours: f64,
    /// The class letter, which orders the classes of a grade.
    letter: String,
}

/// A student, as the lines name and order him: surname, name, patronymic, birth date.
struct StudentInfo {
    name: String,
    names: [String; 3],
    birth_date: Option<String>,
}

/// The courses of the scope from the first marked grade on, by id.
fn scope_courses(conn: &Connection, scope: &Scope) -> Result<super::FastMap<i64, CourseInfo>> {
    let mut stmt = conn.prepare(
        "SELECT c.id, cl.name, cl.grade, s.name, c.group_name, c.hours_per_week, cl.letter
         FROM courses c JOIN classes cl ON cl.id = c.class_id JOIN subjects s ON s.id = c.subject_id
         WHERE cl.grade >= ?3 AND (?1 IS NULL OR c.class_id = ?1) AND (?2 IS NULL OR c.id = ?2)",
    )?;
    let rows = stmt.query_map(
        params![scope.class_id, scope.course_id, Grade::FIRST_MARKED],
        |r| {
            Ok((
                r.get(0)?,
                CourseInfo {
                    class: r.get(1)?,
                    grade: r.get(2)?,
                    subject: r.get(3)?,
                    group: r.get(4)?,
                    hours: r.get(5)?,
                    letter: r.get(6)?,
                },
            ))
        },
    )?;
    rows.collect::<rusqlite::Result<_>>()
        .with_context(|| crate::t!("err-reading-course-students"))
}

/// Every student's name, once each (a student is in a dozen courses).
fn student_infos(conn: &Connection) -> Result<super::FastMap<i64, StudentInfo>> {
    let mut stmt =
        conn.prepare("SELECT id, last_name, first_name, middle_name, birth_date FROM students")?;
    let rows = stmt.query_map([], |r| {
        let names: [String; 3] = [r.get(1)?, r.get(2)?, r.get(3)?];
        Ok((
            r.get(0)?,
            StudentInfo {
                // As the view `student_names` writes the full name, trimmed.
                name: format!("{} {} {}", names[0], names[1], names[2])
                    .trim()
                    .to_string(),
                names,
                birth_date: r.get(4)?,
            },
        ))
    })?;
    rows.collect::<rusqlite::Result<_>>()
        .with_context(|| crate::t!("err-reading-students"))
}

/// Students of each course during the period (the class, and the group for a group
/// course), in the order of classes, subjects, groups and students: grade, then the texts
/// in Russian order (`ru_compare`, which `COLLATE RU` is), then the birth date. Each
/// distinct text is ranked once, so a school's lines are not sorted by collating text pair
/// by pair; a course and a student are read once, not once per line.
fn members(
    conn: &Connection,
    period: PeriodCode,
    (from, to): (NaiveDate, NaiveDate),
    scope: &Scope,
) -> Result<Vec<Member>> {
    let courses = scope_courses(conn, scope)?;
    let students = student_infos(conn)?;
    let mut stmt = conn.prepare(
        "SELECT c.id, e.student_id, e.from_date, e.to_date
         FROM courses c JOIN classes cl ON cl.id = c.class_id
         JOIN enrolments e ON e.class_id = c.class_id AND e.from_date <= ?2 AND (e.to_date IS NULL OR e.to_date >= ?1)
         WHERE cl.grade >= ?5 AND (?3 IS NULL OR c.class_id = ?3) AND (?4 IS NULL OR c.id = ?4)
           AND (c.group_name = '' OR EXISTS (SELECT 1 FROM group_members gm WHERE gm.course_id = c.id AND gm.student_id = e.student_id))",
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
            |r| {
                let student: i64 = r.get(1)?;
                let row = crate::db::decode::row_id(student);
                Ok((
                    r.get::<_, i64>(0)?,
                    student,
                    (
                        crate::db::decode::date(r, 2, "enrolments", &row)?,
                        crate::db::decode::opt_date(r, 3, "enrolments", &row)?,
                    ),
                ))
            },
        )?
        .collect::<rusqlite::Result<Vec<_>>>()
        .map_err(crate::db::decode::lift_stored)
        .with_context(|| crate::t!("err-reading-course-students"))?;

    // The rank of every text the order compares, in Russian order.
    let mut texts: Vec<&str> = courses
        .values()
        .flat_map(|c| [c.letter.as_str(), &c.subject, &c.group])
        .chain(
            students
                .values()
                .flat_map(|s| s.names.iter().map(String::as_str)),
        )
        .collect();
    texts.sort_unstable();
    texts.dedup();
    texts.sort_by(|a, b| crate::domain::text::ru_compare(a, b));
    let rank: HashMap<&str, usize> = texts.iter().enumerate().map(|(i, t)| (*t, i)).collect();
    let mut members: Vec<Member> = Vec::new();
    let mut at: HashMap<(i64, i64), usize> = HashMap::new();
    for (course_id, student_id, span) in rows {
        let (Some(course), Some(student)) = (courses.get(&course_id), students.get(&student_id))
        else {
            continue;
        };
        if !period.applies_to_grade(course.grade) {
            continue;
        }
        match at.get(&(course_id, student_id)) {
            Some(&i) => members[i].spans.push(span),
            None => {
                at.insert((course_id, student_id), members.len());
                members.push(Member {
                    course_id,
                    class: course.class.clone(),
                    grade: course.grade,
                    subject: course.subject.clone(),
                    group: course.group.clone(),
                    hours: course.hours,
                    student_id,
                    student: student.name.clone(),
                    spans: vec![span],
                });
            }
        }
    }
    // Stable: lines alike in every key (namesakes born the same day) keep the query's order.
    members.sort_by_cached_key(|m| {
        let (c, s) = (&courses[&m.course_id], &students[&m.student_id]);
        let ranks = [
            &c.letter,
            &c.subject,
            &c.group,
            &s.names[0],
            &s.names[1],
            &s.names[2],
        ]
        .map(|t| rank[t.as_str()]);
        (c.grade, ranks, s.birth_date.as_deref())
    });
    Ok(members)
}

/// The marks of a span, one row each, lesson after lesson (see `tallies`): driven by the
/// range's lessons (`lessons_by_date`), every column of a mark read from the covering index
/// `marks_by_lesson` (migration 016); the class or course is a filter on the lesson's course.
pub const TALLIES_SQL: &str = "SELECT l.id, l.course_id, m.student_id, m.value, m.work_type_id
         FROM lessons l INDEXED BY lessons_by_date CROSS JOIN marks m ON m.lesson_id = l.id
         WHERE l.date BETWEEN ?1 AND ?2 AND (?4 IS NULL OR l.course_id = ?4)
           AND (?3 IS NULL OR l.course_id IN (SELECT id FROM courses WHERE class_id = ?3))";

/// Marks of the span per student and course, counted by value and weight in one pass over
/// the span's marks; the average is then [`weighted_average`]'s over the counts in the order
/// of value and weight, as SQL's `GROUP BY value, weight` gave them.
fn tallies(
    conn: &Connection,
    (from, to): (NaiveDate, NaiveDate),
    scope: &Scope,
) -> Result<HashMap<(i64, i64), Tally>> {
    // The distinct weights, in order; each work type counts in its weight's column.
    let work_types = crate::db::marks::work_types(conn)?;
    let mut weights: Vec<f64> = work_types.iter().map(|w| w.weight).collect();
    weights.sort_by(f64::total_cmp);
    weights.dedup_by(|a, b| a.to_bits() == b.to_bits());
    let column: super::FastMap<i64, usize> = work_types
        .iter()
        .map(|w| {
            let col = weights
                .iter()
                .position(|x| x.to_bits() == w.weight.to_bits());
            (w.id, col.unwrap_or(0))
        })
        .collect();
    // A line per student and course: marks, зч, нз, then how many of each mark 1–5 (rows)
    // of each weight (columns), all lines in one block.
    let width = 3 + 5 * weights.len();
    let mut stmt = conn.prepare(TALLIES_SQL)?;
    let mut rows = stmt.query(params![iso(from), iso(to), scope.class_id, scope.course_id])?;
    // Each stored value parsed once.
    let mut values: Vec<(Vec<u8>, Mark)> = Vec::new();
    // course → student → its line; the course is found once a lesson.
    let mut courses: super::FastMap<i64, usize> = Default::default();
    let mut students: Vec<super::FastMap<i64, usize>> = Vec::new();
    let mut keys: Vec<(i64, i64)> = Vec::new();
    let mut cells: Vec<u32> = Vec::new();
    let mut at: Option<(i64, usize)> = None;
    while let Some(r) = rows
        .next()
        .with_context(|| crate::t!("err-counting-marks"))?
    {
        let lesson: i64 = r.get(0)?;
        let course: i64 = r.get(1)?;
        if at.is_none_or(|(l, _)| l != lesson) {
            let slot = *courses.entry(course).or_insert_with(|| {
                students.push(Default::default());
                students.len() - 1
            });
            at = Some((lesson, slot));
        }
        let Some((_, slot)) = at else { continue };
        let student: i64 = r.get(2)?;
        // A mark counts with its work type (as the join with work_types counted it).
        let Some(&col) = column.get(&r.get::<_, i64>(4)?) else {
            continue;
        };
        let value = r.get_ref(3)?.as_bytes()?;
        let mark = match (value, values.iter().find(|(v, _)| v.as_slice() == value)) {
            ([d @ b'1'..=b'5'], _) => Mark::Points(d - b'0'),
            (_, Some((_, m))) => *m,
            (_, None) => {
                let text = String::from_utf8_lossy(value);
                let m = Mark::parse(&text).map_err(|e| {
                    stored("marks", format!("course {course}, student {student}"), e)
                })?;
                values.push((value.to_vec(), m));
                m
            }
        };
        let line = *students[slot].entry(student).or_insert_with(|| {
            keys.push((course, student));
            cells.resize(cells.len() + width, 0);
            keys.len() - 1
        });
        let c = &mut cells[line * width..(line + 1) * width];
        c[0] += 1;
        match mark {
            Mark::Points(p @ 1..=5) => c[3 + usize::from(p - 1) * weights.len() + col] += 1,
            Mark::Points(p) => {
                return Err(stored(
                    "marks",
                    format!("course {course}, student {student}"),
                    format!("{p} is not a mark"),
                )
                .into())
            }
            Mark::Pass => c[1] += 1,
            Mark::Fail => c[2] += 1,
        }
    }
    Ok(keys
        .into_iter()
        .zip(cells.chunks_exact(width))
        .map(|(key, c)| {
            let points = (1..=5u8)
                .flat_map(|p| {
                    let row = 3 + usize::from(p - 1) * weights.len();
                    weights
                        .iter()
                        .zip(&c[row..row + weights.len()])
                        .filter(|(_, n)| **n > 0)
                        .map(move |(w, n)| (p, *w, *n))
                })
                .collect();
            let tally = Tally {
                count: c[0],
                points,
                pass: c[1],
                fail: c[2],
            };
            (key, tally)
        })
        .collect())
}

/// A lesson held: its course and date.
struct Held {
    course_id: i64,
    date: NaiveDate,
}

impl Held {
    fn from_row(r: &Row) -> rusqlite::Result<Held> {
        let course_id = r.get(0)?;
        Ok(Held {
            course_id,
            date: crate::db::decode::date(r, 1, "lessons", format!("course {course_id}"))?,
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
        .map_err(crate::db::decode::lift_stored)
        .with_context(|| crate::t!("err-reading-lessons-held"))?;
    let mut lessons: HashMap<i64, Vec<NaiveDate>> = HashMap::new();
    for h in rows {
        lessons.entry(h.course_id).or_default().push(h.date);
    }
    // In date order, so that a student's lessons are counted by span (`held_in`).
    for dates in lessons.values_mut() {
        dates.sort_unstable();
    }
    Ok(lessons)
}

/// How many of a course's lessons (dates in order) fall in any of a student's spans: each
/// lesson once, as `in_span` would count them one by one.
fn held_in(dates: &[NaiveDate], spans: &[Span]) -> usize {
    let mut spans: Vec<Span> = spans.to_vec();
    spans.sort_unstable();
    // Spans that overlap or touch are merged, so no lesson is counted twice.
    let mut merged: Vec<Span> = Vec::with_capacity(spans.len());
    for (from, to) in spans {
        match merged.last_mut() {
            Some((_, last_to)) if last_to.is_none_or(|t| from <= t) => {
                if let (Some(t), Some(new)) = (*last_to, to) {
                    *last_to = Some(t.max(new));
                } else {
                    *last_to = None;
                }
            }
            _ => merged.push((from, to)),
        }
    }
    merged
        .iter()
        .map(|(from, to)| {
            let start = dates.partition_point(|d| d < from);
            let end = match to {
                Some(to) => dates.partition_point(|d| d <= to),
                None => dates.len(),
            };
            end.saturating_sub(start)
        })
        .sum()
}

/// The absences of a span but lateness, one row each (see `missed_lessons`), read through the
/// covering index `absences_by_lesson` (migration 016).
pub const MISSED_SQL: &str = "SELECT l.course_id, a.student_id
         FROM lessons l INDEXED BY lessons_by_date CROSS JOIN absences a ON a.lesson_id = l.id
         WHERE a.code <> ?5 AND l.date BETWEEN ?1 AND ?2 AND (?4 IS NULL OR l.course_id = ?4)
           AND (?3 IS NULL OR l.course_id IN (SELECT id FROM courses WHERE class_id = ?3))";

/// Lessons missed in the span per student and course (every absence but lateness), counted
/// in one pass.
fn missed_lessons(
    conn: &Connection,
    (from, to): (NaiveDate, NaiveDate),
    scope: &Scope,
) -> Result<super::FastMap<(i64, i64), u32>> {
    let mut stmt = conn.prepare(MISSED_SQL)?;
    debug_assert!(!AbsenceCode::Late.is_missed());
    let mut rows = stmt.query(params![
        iso(from),
        iso(to),
        scope.class_id,
        scope.course_id,
        AbsenceCode::Late.as_str()
    ])?;
    let mut out: super::FastMap<(i64, i64), u32> = Default::default();
    while let Some(r) = rows
        .next()
        .with_context(|| crate::t!("err-counting-missed"))?
    {
        *out.entry((r.get(0)?, r.get(1)?)).or_default() += 1;
    }
    Ok(out)
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
            .map(|v| held_in(v, &m.spans))
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::date::in_span;

    /// Counting by spans gives what counting lesson by lesson gives, for spans that overlap,
    /// touch, nest, end before they begin, or stay open.
    #[test]
    fn held_in_counts_as_in_span() {
        let day = |n: i64| NaiveDate::from_ymd_opt(2023, 9, 1).unwrap() + chrono::Duration::days(n);
        let dates: Vec<NaiveDate> = [0, 1, 1, 3, 4, 7, 8, 8, 10, 15, 20].map(day).to_vec();
        let cases: Vec<Vec<Span>> = vec![
            vec![(day(0), None)],
            vec![(day(2), Some(day(8)))],
            vec![(day(1), Some(day(4))), (day(3), Some(day(9)))],
            vec![(day(1), Some(day(4))), (day(5), Some(day(9)))],
            vec![(day(0), Some(day(20))), (day(3), Some(day(4)))],
            vec![(day(9), Some(day(2))), (day(8), None)],
            vec![(day(12), None), (day(0), Some(day(1)))],
            vec![(day(30), None)],
            vec![],
        ];
        for spans in cases {
            let one_by_one = dates.iter().filter(|d| in_span(&spans, **d)).count();
            assert_eq!(held_in(&dates, &spans), one_by_one, "{spans:?}");
        }
    }
}
