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
use crate::domain::date::ru;
use crate::domain::date::{in_span, Span};
use crate::domain::fio::Fio;
use crate::domain::journal::JournalKind;
use crate::domain::marks::AbsenceCode;
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
    /// One column per lesson: date and number in the day.
    pub columns: Vec<(NaiveDate, i64)>,
    pub rows: Vec<GridRow>,
    pub register: Vec<RegisterRow>,
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
    /// Lessons missed in the period (Б, У, Н), and of those for illness (Б).
    pub missed: u32,
    pub missed_ill: u32,
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
    /// Фамилия И. О.
    name: String,
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
        grids.push(CourseGrid {
            subject: course.subject.clone(),
            group: course.group.clone(),
            teacher: course.teacher.trim().to_string(),
            columns: lessons.iter().map(|l| (l.date, l.no)).collect(),
            rows,
            register: lessons
                .into_iter()
                .map(|l| RegisterRow {
                    date: l.date,
                    lesson_no: l.no,
                    topic: l.topic,
                    homework: l.homework,
                    substitute: l.substitute.trim().to_string(),
                })
                .collect(),
        });
    }

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
        summary: summary(Grade(class.grade), &students, &courses, &entries, &missing),
        marks: n_marks,
        absences: n_absences,
        finals: n_finals,
        missing_finals,
    })
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
    let mut missed: HashMap<i64, (u32, u32)> = HashMap::new();
    for ((_, s), code) in &entries.absences {
        if code.is_missed() {
            let e = missed.entry(*s).or_default();
            e.0 += 1;
            if *code == AbsenceCode::Ill {
                e.1 += 1;
            }
        }
    }
    let rows = students
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let finals = subjects
                .iter()
                .map(|subject| {
                    courses
                        .iter()
                        .filter(|c| &c.subject == subject)
                        .find_map(|c| entries.finals.get(&(c.id, s.id)).cloned())
                        .or_else(|| {
                            courses
                                .iter()
                                .any(|c| &c.subject == subject && missing.contains(&(c.id, s.id)))
                                .then(|| NO_FINAL.to_string())
                        })
                        .unwrap_or_default()
                })
                .collect();
            let (m, ill) = missed.get(&s.id).copied().unwrap_or_default();
            SummaryRow {
                no: i + 1,
                name: s.name.clone(),
                finals,
                missed: m,
                missed_ill: ill,
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
            .with_context(|| format!("reading who is {role}"))?;
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
        "SELECT s.id, s.last_name, s.first_name, s.middle_name, e.from_date, e.to_date
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
        ))
    })?;
    let mut students: Vec<Student> = Vec::new();
    for row in rows {
        let (id, fio, span) =
            row.with_context(|| format!("reading the students of {}", class.name))?;
        match students.iter_mut().find(|s| s.id == id) {
            Some(s) => s.spans.push(span),
            None => students.push(Student {
                id,
                name: fio.short(),
                spans: vec![span],
            }),
        }
    }
    Ok(students)
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
        .with_context(|| format!("reading the courses of {}", class.name))
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
        "SELECT l.course_id, l.id, l.date, l.lesson_no, l.topic, l.homework, coalesce(sn.full_name, '')
         FROM lessons l JOIN courses c ON c.id = l.course_id LEFT JOIN staff_names sn ON sn.id = l.teacher_id
         WHERE c.class_id = ?1 AND l.date BETWEEN ?2 AND ?3 ORDER BY l.date, l.lesson_no",
    )?;
    for row in stmt.query_map(params![class.id, from, until], Lesson::from_row)? {
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
    .context("reading the class teacher")
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
        .context("reading the classes")
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
