//! The paper copy of a class's journal for a period (бумажная копия ЭЖ), computed once into
//! plain structs that the PDF and XLSX renderers draw: per course the grid of students ×
//! lesson dates with marks and absences and the final mark, the lesson register, and the
//! summary sheet (сводная ведомость) of final marks and missed lessons.

use std::collections::HashMap;

use anyhow::{Context, Result};
use chrono::NaiveDate;
use rusqlite::{params, Connection, OptionalExtension, Row};

use crate::db::calendar::SchoolCalendar;
use crate::db::classes::ClassRow;
use crate::domain::calendar::PeriodCode;
use crate::domain::class_name::Grade;
use crate::domain::date::{in_span, Span};
use crate::domain::date::{parse_iso, ru};
use crate::domain::fio::Fio;
use crate::domain::journal::JournalKind;
use crate::domain::marks::{AbsenceCode, FinalMark};
use crate::error::stored;

#[derive(Debug, Clone)]
pub struct PaperCopy {
    pub school: String,
    pub year: String,
    pub class: String,
    pub grade: u8,
    pub period: PeriodCode,
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub class_teacher: String,
    pub director: String,
    pub deputy: String,
    pub printed_on: NaiveDate,
    /// The journal's fingerprint when it was printed (`ejournal verify --fingerprint`
    /// confirms the journal's history still holds that state).
    pub fingerprint: String,
    /// A training journal's copy says on every page that it is not a document.
    pub kind: JournalKind,
    pub courses: Vec<CourseGrid>,
    pub summary: Summary,
    /// Per subject and for the class: успеваемость, качество, средний балл, absences.
    pub totals: Vec<SubjectTotals>,
    pub class_totals: SubjectTotals,
    /// The deputy's remarks on the class's courses made or due in the period.
    pub remarks: Vec<RemarkLine>,
    /// What the copy holds, to report and to check against the journal.
    pub marks: usize,
    pub absences: usize,
    pub finals: usize,
    /// Final marks due and not set: the period has ended (today is its last day or later)
    /// and a student of the course is in the class on that day. Never silent: the cells say
    /// [`NO_FINAL`], `export paper` names them, and `--fail-on-issues` exits 3.
    pub missing_finals: Vec<MissingFinals>,
}

/// What an empty final-mark cell says once the period has ended.
pub const NO_FINAL: &str = "нет отметки";

/// A course's students without their final mark of the period.
#[derive(Debug, Clone)]
pub struct MissingFinals {
    pub subject: String,
    pub group: String,
    /// Фамилия И. О.
    pub students: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct CourseGrid {
    pub subject: String,
    pub group: String,
    pub teacher: String,
    /// Lessons of the course dated in the whole period (made from the timetable): the hours
    /// by plan.
    pub planned: usize,
    /// Of those, the lessons the teacher recorded as given (`lesson_records`).
    pub given: usize,
    /// One column per lesson up to the copy's date.
    pub columns: Vec<GridColumn>,
    /// The date columns split into parts a page holds (`c0..c1`), evenly: both renderers
    /// print the same parts.
    pub parts: Vec<(usize, usize)>,
    pub rows: Vec<GridRow>,
    pub register: Vec<RegisterRow>,
}

#[derive(Debug, Clone)]
pub struct GridColumn {
    pub date: NaiveDate,
    /// The lesson's number in the day.
    pub no: i64,
    /// The lesson was a control work ([`is_control_work`]).
    pub control: bool,
}

/// The most date columns one part of a grid holds: what an A4 landscape page takes beside
/// the number, the name and the final mark at the renderers' widths (`render::paper_pdf`
/// and `render::paper_xlsx` check they fit).
pub const DATES_PER_PART: usize = 23;

/// Split `n` items into as few parts of at most `max` as possible, their sizes differing by
/// at most one (40 by 25 → 20 + 20, 10 by 4 → 4 + 3 + 3): no part is left with a few
/// columns.
pub fn balanced_parts(n: usize, max: usize) -> Vec<(usize, usize)> {
    if n == 0 {
        return vec![(0, 0)];
    }
    let parts = n.div_ceil(max.max(1));
    let (base, extra) = (n / parts, n % parts);
    let mut out = Vec::with_capacity(parts);
    let mut a = 0;
    for i in 0..parts {
        let b = a + base + usize::from(i < extra);
        out.push((a, b));
        a = b;
    }
    out
}

/// The work type whose marks make a lesson a control work.
pub const CONTROL_WORK: &str = "Контрольная работа";

/// What is known of a lesson to tell whether it was a control work.
#[derive(Debug, Clone, Copy)]
pub struct ControlFacts<'a> {
    pub topic: &'a str,
    /// Some mark of the lesson has the work type [`CONTROL_WORK`].
    pub control_mark: bool,
    /// The lesson's КТП lesson is a control work.
    pub planned: bool,
}

/// Was the lesson a control work? The one place that decides it: its КТП lesson is marked
/// a control work, a mark of the work type «Контрольная работа», or a topic that starts
/// with «Контрольная работа».
pub fn is_control_work(f: ControlFacts) -> bool {
    f.planned
        || f.control_mark
        || f.topic
            .trim_start()
            .to_lowercase()
            .starts_with(&CONTROL_WORK.to_lowercase())
}

/// A subject's (or the class's) figures from the period's final marks and absences.
#[derive(Debug, Clone, Default)]
pub struct SubjectTotals {
    pub subject: String,
    /// The course's teacher(s), joined with ", " for a split subject.
    pub teacher: String,
    /// Students with a final mark other than осв.
    pub assessed: usize,
    /// % of the assessed passing (5, 4, 3, зч; not 2, 1, нз, н/а).
    pub pass_pct: Option<f64>,
    /// % of the assessed with 4 or 5 (for the class: with only 4 and 5); None when the
    /// subject has no numeric marks.
    pub quality_pct: Option<f64>,
    /// Mean of the numeric final marks.
    pub average: Option<f64>,
    /// Lessons missed: all, for illness (Б), excused (У), unexcused (Н). Lateness is not
    /// a missed lesson.
    pub missed: Missed,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Missed {
    pub all: u32,
    pub ill: u32,
    pub excused: u32,
    pub unexcused: u32,
}

impl Missed {
    fn add(&mut self, code: AbsenceCode) {
        if !code.is_missed() {
            return;
        }
        self.all += 1;
        match code {
            AbsenceCode::Ill => self.ill += 1,
            AbsenceCode::Excused => self.excused += 1,
            AbsenceCode::Unexcused => self.unexcused += 1,
            AbsenceCode::Late => {}
        }
    }
}

/// A remark on one of the class's courses, with its status on the day of printing.
#[derive(Debug, Clone)]
pub struct RemarkLine {
    pub id: i64,
    pub made_on: NaiveDate,
    pub subject: String,
    pub teacher: String,
    pub text: String,
    pub due: NaiveDate,
    /// «устранено 02.11.2023», «не устранено, срок 10.11.2023», «не устранено, срок истёк …».
    pub status: String,
}

#[derive(Debug, Clone)]
pub struct GridRow {
    pub no: usize,
    /// Фамилия И. О.
    pub name: String,
    /// "в классе с 15.01", "в классе по 02.10" when he was in the class for part of the period.
    pub note: String,
    pub cells: Vec<GridCell>,
    pub final_mark: String,
}

#[derive(Debug, Clone, Default)]
pub struct GridCell {
    /// Marks joined with "/", then the absence code: "5/4", "Н", "О 5".
    pub text: String,
    /// The student was not in the class (or group) that day.
    pub outside: bool,
}

#[derive(Debug, Clone)]
pub struct RegisterRow {
    /// The running number of the lesson in the period: 1, 2, 3…
    pub n: usize,
    pub control: bool,
    pub date: NaiveDate,
    pub lesson_no: i64,
    pub topic: String,
    pub homework: String,
    /// The substitute who took the lesson, if any.
    pub substitute: String,
}

#[derive(Debug, Clone, Default)]
pub struct Summary {
    pub subjects: Vec<String>,
    pub rows: Vec<SummaryRow>,
}

#[derive(Debug, Clone)]
pub struct SummaryRow {
    pub no: usize,
    pub name: String,
    pub finals: Vec<String>,
    /// Lessons missed in the period, split by reason.
    pub missed: Missed,
}

/// The copy's signatories.
struct Signatories {
    class_teacher: String,
    director: String,
    deputy: String,
}

/// A student of the class in the period, with his spans in it.
struct Student {
    id: i64,
    /// Фамилия И. О., with the birth date when a namesake in the class prints the same.
    name: String,
    birth: NaiveDate,
    spans: Vec<Span>,
}

/// A course of the class.
struct Course {
    id: i64,
    subject: String,
    group: String,
    teacher: String,
}

impl Course {
    fn from_row(r: &Row) -> rusqlite::Result<Self> {
        Ok(Course {
            id: r.get(0)?,
            subject: r.get(1)?,
            group: r.get(2)?,
            teacher: r.get(3)?,
        })
    }
}

/// A lesson as the copy needs it.
struct Lesson {
    course_id: i64,
    id: i64,
    date: NaiveDate,
    no: i64,
    topic: String,
    homework: String,
    /// The substitute's ФИО, empty when the course's teacher took it.
    substitute: String,
    control_mark: bool,
    planned_control: bool,
}

impl Lesson {
    fn from_row(r: &Row) -> rusqlite::Result<Self> {
        Ok(Lesson {
            course_id: r.get(0)?,
            id: r.get(1)?,
            date: r.get(2)?,
            no: r.get(3)?,
            topic: r.get(4)?,
            homework: r.get(5)?,
            substitute: r.get(6)?,
            control_mark: r.get(7)?,
            planned_control: r.get(8)?,
        })
    }
}

/// What the class's journal holds in the period, read in one query each.
struct Entries {
    /// Who is in each group course.
    members: HashMap<i64, Vec<i64>>,
    /// Lessons up to today by course, by date and number.
    lessons: HashMap<i64, Vec<Lesson>>,
    /// (lesson, student) → marks, in the order entered.
    marks: HashMap<(i64, i64), Vec<String>>,
    /// (lesson, student) → absence.
    absences: HashMap<(i64, i64), AbsenceCode>,
    /// (course, student) → final mark of the period.
    finals: HashMap<(i64, i64), String>,
}

/// Compute the paper copy of one class for one period (lessons up to `today`).
pub fn compute(
    conn: &Connection,
    class: &ClassRow,
    period: PeriodCode,
    today: NaiveDate,
) -> Result<PaperCopy> {
    let cal = SchoolCalendar::load(conn)?;
    let (from, to) = cal.period(period)?;
    let setting = |k: &str| crate::db::settings::setting(conn, k);
    let signatories = signatories(conn, class)?;
    let students = students(conn, class, from, to)?;
    let courses = courses(conn, class)?;
    let mut entries = entries(conn, class, period, from, to.min(today))?;
    let plan = plan_and_given(conn, class, from, to)?;
    // Which course each lesson of the grids is, for the absences by subject.
    let lesson_course: HashMap<i64, i64> = entries
        .lessons
        .values()
        .flatten()
        .map(|l| (l.id, l.course_id))
        .collect();

    let note = |spans: &[Span]| -> String {
        let mut parts = Vec::new();
        for (a, b) in spans {
            if *a > from {
                parts.push(format!("в классе с {}", a.format("%d.%m")));
            }
            if let Some(b) = b {
                if *b < to {
                    parts.push(format!("в классе по {}", b.format("%d.%m")));
                }
            }
        }
        parts.join(", ")
    };
    let (mut n_marks, mut n_absences, mut n_finals) = (0, 0, 0);
    let mut grids = Vec::new();
    // Final marks are due from the period's last day, of the students in the class then.
    let finals_due = Grade(class.grade).has_marks() && today >= to;
    let mut missing = std::collections::HashSet::new();
    let mut missing_finals = Vec::new();
    for course in &courses {
        let lessons = entries.lessons.remove(&course.id).unwrap_or_default();
        let in_course = |s: &Student| {
            course.group.is_empty()
                || entries
                    .members
                    .get(&course.id)
                    .is_some_and(|m| m.contains(&s.id))
        };
        let mut rows = Vec::new();
        for s in students.iter().filter(|s| in_course(s)) {
            let cells: Vec<GridCell> = lessons
                .iter()
                .map(|lesson| {
                    let key = (lesson.id, s.id);
                    let m = entries.marks.get(&key);
                    let a = entries.absences.get(&key);
                    n_marks += m.map(Vec::len).unwrap_or(0);
                    n_absences += usize::from(a.is_some());
                    let mut text = a.map(|a| a.as_str().to_string()).unwrap_or_default();
                    if let Some(m) = m {
                        if !text.is_empty() {
                            text.push(' ');
                        }
                        text.push_str(&m.join("/"));
                    }
                    GridCell {
                        text,
                        outside: !in_span(&s.spans, lesson.date),
                    }
                })
                .collect();
            let mut final_mark = entries
                .finals
                .get(&(course.id, s.id))
                .cloned()
                .unwrap_or_default();
            n_finals += usize::from(!final_mark.is_empty());
            if final_mark.is_empty() && finals_due && in_span(&s.spans, to) {
                final_mark = NO_FINAL.to_string();
                missing.insert((course.id, s.id));
            }
            rows.push(GridRow {
                no: rows.len() + 1,
                name: s.name.clone(),
                note: note(&s.spans),
                cells,
                final_mark,
            });
        }
        let absent: Vec<String> = rows
            .iter()
            .filter(|r| r.final_mark == NO_FINAL)
            .map(|r| r.name.clone())
            .collect();
        if !absent.is_empty() {
            missing_finals.push(MissingFinals {
                subject: course.subject.clone(),
                group: course.group.clone(),
                students: absent,
            });
        }
        let columns: Vec<GridColumn> = lessons
            .iter()
            .map(|l| GridColumn {
                date: l.date,
                no: l.no,
                control: is_control_work(ControlFacts {
                    topic: &l.topic,
                    control_mark: l.control_mark,
                    planned: l.planned_control,
                }),
            })
            .collect();
        let (planned, given) = plan.get(&course.id).copied().unwrap_or_default();
        grids.push(CourseGrid {
            subject: course.subject.clone(),
            group: course.group.clone(),
            teacher: course.teacher.trim().to_string(),
            planned,
            given,
            parts: balanced_parts(columns.len(), DATES_PER_PART),
            register: lessons
                .into_iter()
                .zip(&columns)
                .enumerate()
                .map(|(i, (l, col))| RegisterRow {
                    n: i + 1,
                    control: col.control,
                    date: l.date,
                    lesson_no: l.no,
                    topic: l.topic,
                    homework: l.homework,
                    substitute: l.substitute.trim().to_string(),
                })
                .collect(),
            columns,
            rows,
        });
    }

    let summary = summary(Grade(class.grade), &students, &courses, &entries, &missing);
    let (totals, class_totals) = totals(&summary, &courses, &entries, &lesson_course);
    Ok(PaperCopy {
        school: setting("school_name")?,
        year: setting("academic_year")?,
        class: class.name.clone(),
        grade: class.grade,
        period,
        from,
        to,
        class_teacher: signatories.class_teacher,
        director: signatories.director,
        deputy: signatories.deputy,
        printed_on: today,
        fingerprint: crate::db::history::fingerprint(conn)?,
        kind: crate::db::journal_kind::kind(conn)?,
        courses: grids,
        summary,
        totals,
        class_totals,
        remarks: remarks(conn, class, from, to, today)?,
        marks: n_marks,
        absences: n_absences,
        finals: n_finals,
        missing_finals,
    })
}

/// Per course: the lessons dated in the period (the plan the timetable made) and how many
/// of them the teacher recorded as given. One query for the class.
fn plan_and_given(
    conn: &Connection,
    class: &ClassRow,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<HashMap<i64, (usize, usize)>> {
    let mut stmt = conn.prepare(
        "SELECT l.course_id, count(*), count(r.lesson_id)
         FROM lessons l JOIN courses c ON c.id = l.course_id
         LEFT JOIN lesson_records r ON r.lesson_id = l.id
         WHERE c.class_id = ?1 AND l.date BETWEEN ?2 AND ?3 GROUP BY l.course_id",
    )?;
    let rows = stmt.query_map(params![class.id, from, to], |r| {
        Ok((
            r.get::<_, i64>(0)?,
            (r.get::<_, i64>(1)? as usize, r.get::<_, i64>(2)? as usize),
        ))
    })?;
    rows.collect::<rusqlite::Result<_>>()
        .with_context(|| crate::t!("err-counting-class-lessons", class = class.name.as_str()))
}

/// The class's remarks made or due in the period, with their status on `today`.
fn remarks(
    conn: &Connection,
    class: &ClassRow,
    from: NaiveDate,
    to: NaiveDate,
    today: NaiveDate,
) -> Result<Vec<RemarkLine>> {
    let mut stmt = conn.prepare(
        "SELECT r.id, substr(r.created_at, 1, 10), s.name, c.group_name, tn.full_name, r.text, r.due,
                substr(r.resolved_at, 1, 10)
         FROM remarks r JOIN courses c ON c.id = r.course_id JOIN subjects s ON s.id = c.subject_id
         JOIN staff_names tn ON tn.id = c.teacher_id
         WHERE c.class_id = ?1
           AND (substr(r.created_at, 1, 10) BETWEEN ?2 AND ?3 OR r.due BETWEEN ?2 AND ?3)
         ORDER BY r.created_at, r.id",
    )?;
    let rows = stmt.query_map(params![class.id, from, to], |r| {
        Ok((
            r.get::<_, i64>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, String>(3)?,
            r.get::<_, String>(4)?,
            r.get::<_, String>(5)?,
            r.get::<_, String>(6)?,
            r.get::<_, Option<String>>(7)?,
        ))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (id, made, subject, group, teacher, text, due, resolved) = row
            .with_context(|| crate::t!("err-reading-class-remarks", class = class.name.as_str()))?;
        let day = |s: &str, what: &str| {
            parse_iso(s).map_err(|e| stored("remarks", id, format!("{what}: {e}")))
        };
        let due = day(&due, "due")?;
        let status = match resolved {
            Some(r) => format!("устранено {}", ru(day(&r, "resolved_at")?)),
            None if due < today => format!("не устранено, срок истёк {}", ru(due)),
            None => format!("не устранено, срок {}", ru(due)),
        };
        out.push(RemarkLine {
            id,
            made_on: day(&made, "created_at")?,
            subject: format!("{subject}{}", crate::db::resolve::group_label(&group)),
            teacher: teacher.trim().to_string(),
            text,
            due,
            status,
        });
    }
    Ok(out)
}

/// The per-subject and class totals, from the summary's final marks and the grids'
/// absences.
fn totals(
    summary: &Summary,
    courses: &[Course],
    entries: &Entries,
    lesson_course: &HashMap<i64, i64>,
) -> (Vec<SubjectTotals>, SubjectTotals) {
    let marks_of = |i: usize| {
        summary
            .rows
            .iter()
            .filter_map(move |r| FinalMark::from_stored(&r.finals[i]))
    };
    let pct = |n: usize, of: usize| (of > 0).then(|| n as f64 * 100.0 / of as f64);
    let mean = |points: &[u8]| {
        (!points.is_empty())
            .then(|| points.iter().map(|&p| f64::from(p)).sum::<f64>() / points.len() as f64)
    };
    let subject_of: HashMap<i64, &str> =
        courses.iter().map(|c| (c.id, c.subject.as_str())).collect();
    let mut missed: HashMap<&str, Missed> = HashMap::new();
    let mut class_missed = Missed::default();
    for ((lesson, _), code) in &entries.absences {
        if let Some(subject) = lesson_course.get(lesson).and_then(|c| subject_of.get(c)) {
            missed.entry(subject).or_default().add(*code);
        }
        class_missed.add(*code);
    }
    let mut subjects: Vec<&str> = courses.iter().map(|c| c.subject.as_str()).collect();
    subjects.dedup();
    let totals = subjects
        .iter()
        .map(|subject| {
            let i = summary.subjects.iter().position(|s| s == subject);
            let marks: Vec<FinalMark> = i
                .map(|i| marks_of(i).filter(|m| m.is_assessed()).collect())
                .unwrap_or_default();
            let points: Vec<u8> = marks.iter().filter_map(|m| m.points()).collect();
            let mut teachers: Vec<String> = Vec::new();
            for c in courses.iter().filter(|c| c.subject == *subject) {
                let t = c.teacher.trim().to_string();
                if !teachers.contains(&t) {
                    teachers.push(t);
                }
            }
            SubjectTotals {
                subject: subject.to_string(),
                teacher: teachers.join(", "),
                assessed: marks.len(),
                pass_pct: pct(
                    marks.iter().filter(|m| !m.is_failing()).count(),
                    marks.len(),
                ),
                quality_pct: if points.is_empty() {
                    None
                } else {
                    pct(marks.iter().filter(|m| m.is_good()).count(), marks.len())
                },
                average: mean(&points),
                missed: missed.get(subject).copied().unwrap_or_default(),
            }
        })
        .collect();
    // The class: a student counts once, from all his final marks (the deputies' count).
    let (mut assessed, mut passing, mut good) = (0, 0, 0);
    let mut points = Vec::new();
    for r in &summary.rows {
        let marks: Vec<FinalMark> = r
            .finals
            .iter()
            .filter_map(|f| FinalMark::from_stored(f))
            .filter(|m| m.is_assessed())
            .collect();
        if marks.is_empty() {
            continue;
        }
        assessed += 1;
        passing += usize::from(!marks.iter().any(|m| m.is_failing()));
        let numeric: Vec<FinalMark> = marks
            .iter()
            .copied()
            .filter(|m| m.points().is_some())
            .collect();
        good += usize::from(
            !numeric.is_empty()
                && numeric.iter().all(|m| m.is_good())
                && !marks.iter().any(|m| m.is_failing()),
        );
        points.extend(marks.iter().filter_map(|m| m.points()));
    }
    let class_totals = SubjectTotals {
        subject: "По классу".into(),
        teacher: String::new(),
        assessed,
        pass_pct: pct(passing, assessed),
        quality_pct: if points.is_empty() {
            None
        } else {
            pct(good, assessed)
        },
        average: mean(&points),
        missed: class_missed,
    };
    (totals, class_totals)
}

/// The summary sheet: a column per subject (a student's group course gives his mark), and
/// the lessons each student missed. Grade 1 has no final marks, so no subject columns.
fn summary(
    grade: Grade,
    students: &[Student],
    courses: &[Course],
    entries: &Entries,
    missing: &std::collections::HashSet<(i64, i64)>,
) -> Summary {
    let mut subjects: Vec<String> = courses.iter().map(|c| c.subject.clone()).collect();
    subjects.dedup();
    let mut missed: HashMap<i64, Missed> = HashMap::new();
    for ((_, s), code) in &entries.absences {
        missed.entry(*s).or_default().add(*code);
    }
    let rows = students
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let finals = if grade.has_marks() {
                subjects
                    .iter()
                    .map(|subject| {
                        courses
                            .iter()
                            .filter(|c| &c.subject == subject)
                            .find_map(|c| entries.finals.get(&(c.id, s.id)).cloned())
                            .or_else(|| {
                                courses
                                    .iter()
                                    .any(|c| {
                                        &c.subject == subject && missing.contains(&(c.id, s.id))
                                    })
                                    .then(|| NO_FINAL.to_string())
                            })
                            .unwrap_or_default()
                    })
                    .collect()
            } else {
                Vec::new()
            };
            SummaryRow {
                no: i + 1,
                name: s.name.clone(),
                finals,
                missed: missed.get(&s.id).copied().unwrap_or_default(),
            }
        })
        .collect();
    Summary {
        subjects: if grade.has_marks() {
            subjects
        } else {
            Vec::new()
        },
        rows,
    }
}

/// The class teacher, the director and the deputy (the first of staff with the role).
fn signatories(conn: &Connection, class: &ClassRow) -> Result<Signatories> {
    let by_role = |role: &str| -> Result<String> {
        let name: Option<String> = conn
            .query_row(
                "SELECT sn.full_name FROM staff st JOIN staff_names sn ON sn.id = st.id
                 WHERE st.roles LIKE '%' || ?1 || '%' ORDER BY st.id LIMIT 1",
                [role],
                |r| r.get(0),
            )
            .optional()
            .with_context(|| crate::t!("err-reading-role", role = role))?;
        Ok(name.unwrap_or_default().trim().to_string())
    };
    let class_teacher = class_teacher(conn, class.id)?;
    Ok(Signatories {
        class_teacher: class_teacher.unwrap_or_default().trim().to_string(),
        director: by_role("директор")?,
        deputy: by_role("заместитель")?,
    })
}

/// Students of the class in the period, with their spans, in Russian order.
fn students(
    conn: &Connection,
    class: &ClassRow,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Vec<Student>> {
    let mut stmt = conn.prepare(
        "SELECT s.id, s.last_name, s.first_name, s.middle_name, e.from_date, e.to_date, s.birth_date
         FROM enrolments e JOIN students s ON s.id = e.student_id
         WHERE e.class_id = ?1 AND e.from_date <= ?3 AND (e.to_date IS NULL OR e.to_date >= ?2)
         ORDER BY s.last_name COLLATE RU, s.first_name COLLATE RU, s.middle_name COLLATE RU, s.birth_date, e.from_date",
    )?;
    let rows = stmt.query_map(params![class.id, from, to], |r| {
        Ok((
            r.get::<_, i64>(0)?,
            Fio::from_parts(
                &r.get::<_, String>(1)?,
                &r.get::<_, String>(2)?,
                &r.get::<_, String>(3)?,
            ),
            (r.get::<_, NaiveDate>(4)?, r.get::<_, Option<NaiveDate>>(5)?),
            r.get::<_, NaiveDate>(6)?,
        ))
    })?;
    let mut students: Vec<Student> = Vec::new();
    for row in rows {
        let (id, fio, span, birth) = row.with_context(|| {
            crate::t!("err-reading-class-students", class = class.name.as_str())
        })?;
        match students.iter_mut().find(|s| s.id == id) {
            Some(s) => s.spans.push(span),
            None => students.push(Student {
                id,
                name: fio.short(),
                birth,
                spans: vec![span],
            }),
        }
    }
    tell_namesakes_apart(&mut students);
    Ok(students)
}

/// Students who print the same short name (two «Смирнов А. С.») get their birth date after
/// it, so that a reader of the copy tells them apart.
fn tell_namesakes_apart(students: &mut [Student]) {
    let mut count: HashMap<String, usize> = HashMap::new();
    for s in students.iter() {
        *count.entry(s.name.clone()).or_default() += 1;
    }
    for s in students.iter_mut() {
        if count.get(&s.name).copied().unwrap_or(0) > 1 {
            s.name = format!("{} ({})", s.name, ru(s.birth));
        }
    }
}

/// The class's courses by subject and group.
fn courses(conn: &Connection, class: &ClassRow) -> Result<Vec<Course>> {
    let mut stmt = conn.prepare(
        "SELECT c.id, s.name, c.group_name, sn.full_name
         FROM courses c JOIN subjects s ON s.id = c.subject_id JOIN staff_names sn ON sn.id = c.teacher_id
         WHERE c.class_id = ?1 ORDER BY s.name COLLATE RU, c.group_name COLLATE RU",
    )?;
    let rows = stmt.query_map([class.id], Course::from_row)?;
    rows.collect::<rusqlite::Result<_>>()
        .with_context(|| crate::t!("err-reading-class-courses", class = class.name.as_str()))
}

/// Group members, lessons, marks, absences (from `from` to `until`) and the period's final
/// marks of the class: one query each.
fn entries(
    conn: &Connection,
    class: &ClassRow,
    period: PeriodCode,
    from: NaiveDate,
    until: NaiveDate,
) -> Result<Entries> {
    let context = || format!("reading the journal of {}", class.name);
    let mut members: HashMap<i64, Vec<i64>> = HashMap::new();
    let mut stmt = conn.prepare(
        "SELECT gm.course_id, gm.student_id FROM group_members gm JOIN courses c ON c.id = gm.course_id WHERE c.class_id = ?1",
    )?;
    for row in stmt.query_map([class.id], |r| Ok((r.get(0)?, r.get(1)?)))? {
        let (c, s): (i64, i64) = row.with_context(context)?;
        members.entry(c).or_default().push(s);
    }
    let mut lessons: HashMap<i64, Vec<Lesson>> = HashMap::new();
    let mut stmt = conn.prepare(
        "SELECT l.course_id, l.id, l.date, l.lesson_no, l.topic, l.homework, coalesce(sn.full_name, ''),
                EXISTS (SELECT 1 FROM marks m JOIN work_types w ON w.id = m.work_type_id
                        WHERE m.lesson_id = l.id AND w.name = ?4),
                coalesce((SELECT p.control_work FROM plan_items p WHERE p.id = l.plan_item_id), 0)
         FROM lessons l JOIN courses c ON c.id = l.course_id LEFT JOIN staff_names sn ON sn.id = l.teacher_id
         WHERE c.class_id = ?1 AND l.date BETWEEN ?2 AND ?3 ORDER BY l.date, l.lesson_no",
    )?;
    for row in stmt.query_map(
        params![class.id, from, until, CONTROL_WORK],
        Lesson::from_row,
    )? {
        let lesson = row.with_context(context)?;
        lessons.entry(lesson.course_id).or_default().push(lesson);
    }
    let mut marks: HashMap<(i64, i64), Vec<String>> = HashMap::new();
    let mut stmt = conn.prepare(
        "SELECT m.lesson_id, m.student_id, m.value FROM marks m JOIN lessons l ON l.id = m.lesson_id
         JOIN courses c ON c.id = l.course_id
         WHERE c.class_id = ?1 AND l.date BETWEEN ?2 AND ?3 ORDER BY m.id",
    )?;
    for row in stmt.query_map(params![class.id, from, until], |r| {
        Ok(((r.get(0)?, r.get(1)?), r.get(2)?))
    })? {
        let (key, value): ((i64, i64), String) = row.with_context(context)?;
        marks.entry(key).or_default().push(value);
    }
    let mut absences: HashMap<(i64, i64), AbsenceCode> = HashMap::new();
    let mut stmt = conn.prepare(
        "SELECT a.id, a.lesson_id, a.student_id, a.code FROM absences a JOIN lessons l ON l.id = a.lesson_id
         JOIN courses c ON c.id = l.course_id
         WHERE c.class_id = ?1 AND l.date BETWEEN ?2 AND ?3",
    )?;
    for row in stmt.query_map(params![class.id, from, until], |r| {
        Ok((r.get(0)?, (r.get(1)?, r.get(2)?), r.get(3)?))
    })? {
        let (id, key, code): (i64, (i64, i64), String) = row.with_context(context)?;
        let code = AbsenceCode::parse(&code).map_err(|e| stored("absences", id, e))?;
        absences.insert(key, code);
    }
    let mut finals: HashMap<(i64, i64), String> = HashMap::new();
    let mut stmt = conn.prepare(
        "SELECT f.course_id, f.student_id, f.value FROM final_marks f JOIN courses c ON c.id = f.course_id
         WHERE c.class_id = ?1 AND f.period = ?2",
    )?;
    for row in stmt.query_map(params![class.id, period.code()], |r| {
        Ok(((r.get(0)?, r.get(1)?), r.get(2)?))
    })? {
        let (key, value): ((i64, i64), String) = row.with_context(context)?;
        finals.insert(key, value);
    }
    Ok(Entries {
        members,
        lessons,
        marks,
        absences,
        finals,
    })
}

/// The class teacher's ФИО, if the class has one.
pub fn class_teacher(conn: &Connection, class_id: i64) -> Result<Option<String>> {
    conn.query_row(
        "SELECT sn.full_name FROM classes c JOIN staff_names sn ON sn.id = c.class_teacher_id
         WHERE c.id = ?1",
        [class_id],
        |r| r.get(0),
    )
    .optional()
    .with_context(|| crate::t!("err-reading-class-teacher"))
}

/// Every class, by grade and letter: the order copies are made in.
pub fn classes(conn: &Connection) -> Result<Vec<ClassRow>> {
    let mut stmt =
        conn.prepare("SELECT id, grade, name FROM classes ORDER BY grade, letter COLLATE RU")?;
    let rows = stmt.query_map([], |r| {
        Ok(ClassRow {
            id: r.get(0)?,
            grade: r.get(1)?,
            name: r.get(2)?,
        })
    })?;
    rows.collect::<rusqlite::Result<_>>()
        .with_context(|| crate::t!("err-reading-classes"))
}

impl PaperCopy {
    /// The file name, sorting well in a folder: `5А_Q1_2023-2024`.
    pub fn file_stem(&self) -> String {
        format!(
            "{}_{}_{}",
            self.class,
            self.period.code(),
            self.year.replace('/', "-")
        )
    }

    /// "I четверть (01.09.2023 – 27.10.2023)"
    pub fn period_label(&self) -> String {
        format!("{} ({} – {})", self.period.ru(), ru(self.from), ru(self.to))
    }
}
