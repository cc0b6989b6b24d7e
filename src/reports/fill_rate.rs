//! `report fill-rate` (заполнение журнала и накопляемость отметок): what the teachers did in
//! the range — lessons given and recorded by their teacher (on the lesson day, later, not at
//! all), topics recorded, homework set, marks and marks on time — per course, per teacher and
//! per class; students counted as people (a class's students with no mark or one mark across
//! all its courses), and per course as a second view; overdue remarks; how many students and
//! parents looked at the electronic diary.
//!
//! A lesson's topic bound from the КТП is the plan: only the teacher's record
//! (`lesson confirm`, `lesson set`, `import lessons`) makes a lesson recorded.

use std::collections::{BTreeMap, HashMap, HashSet};

use anyhow::{Context, Result};
use chrono::NaiveDate;
use rusqlite::{params, Connection};

use crate::db::remarks;
use crate::domain::class_name::Grade;
use crate::domain::date::in_span;
use crate::domain::date::iso;
use crate::domain::fio::{Fio, PersonRef};
use crate::error::stored;
use crate::reports::scope::{self, Scope};

/// What teachers recorded of the lessons held in the range (up to today).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct LessonCounts {
    /// Lessons held in the range (up to today), by the timetable.
    pub lessons: u64,
    /// Recorded as given by the teacher (or the substitute).
    pub recorded: u64,
    /// Of them, recorded on the lesson day, as the school's order asks.
    pub recorded_on_day: u64,
    /// Recorded on a later day (inside the entry window or under a permit).
    pub recorded_later: u64,
    /// Recorded lessons with a topic.
    pub topics_recorded: u64,
    /// Recorded lessons with homework.
    pub homework_set: u64,
}

impl LessonCounts {
    fn add(&mut self, o: &LessonCounts) {
        self.lessons += o.lessons;
        self.recorded += o.recorded;
        self.recorded_on_day += o.recorded_on_day;
        self.recorded_later += o.recorded_later;
        self.topics_recorded += o.topics_recorded;
        self.homework_set += o.homework_set;
    }

    pub fn not_recorded(&self) -> u64 {
        self.lessons - self.recorded
    }
}

/// Marks in the range: how many, how many entered in time (the lesson day plus the work
/// type's checking grace), how many last written under a deputy's permit.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct MarkCounts {
    pub marks: u64,
    pub on_time: u64,
    pub under_permit: u64,
}

impl MarkCounts {
    fn add(&mut self, o: &MarkCounts) {
        self.marks += o.marks;
        self.on_time += o.on_time;
        self.under_permit += o.under_permit;
    }
}

/// Students and how many of them have no mark, or one, in the range. Per class and in total
/// they are people (across all their courses); per course, the course's students.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct StudentCounts {
    /// Students who had at least one of the lessons.
    pub students: u64,
    /// Of them, with no mark (never counted in grade 1, which gets no marks).
    pub without_marks: u64,
    pub with_one_mark: u64,
}

/// The counts fill-rate gives for a course, a teacher, a class or the whole scope.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct FillCounts {
    pub lessons: LessonCounts,
    pub students: StudentCounts,
    pub marks: MarkCounts,
    /// Remarks not resolved by their deadline.
    pub remarks_overdue: u64,
}

impl FillCounts {
    /// Lessons and marks add up; students do not (people are counted once, by the caller).
    fn add_work(&mut self, o: &FillCounts) {
        self.lessons.add(&o.lessons);
        self.marks.add(&o.marks);
        self.remarks_overdue += o.remarks_overdue;
    }

    /// A shortfall: lessons whose topic the teacher did not record, students without marks,
    /// or overdue remarks.
    fn has_issue(&self) -> bool {
        self.lessons.lessons > 0
            && (self.lessons.topics_recorded < self.lessons.lessons
                || self.students.without_marks > 0)
            || self.remarks_overdue > 0
    }
}

/// How many of a class's students, and of their parents, looked at the diary in the range.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DiaryViews {
    pub students: u64,
    pub students_viewed: u64,
    /// Students with a parent on record.
    pub parents: u64,
    pub parents_viewed: u64,
}

/// One course's line.
#[derive(Debug, Clone)]
pub struct CourseFill {
    pub class: String,
    pub subject: String,
    pub group: String,
    pub teacher: String,
    pub counts: FillCounts,
    /// None where no access log was imported.
    pub views: Option<DiaryViews>,
}

/// One class's line: its students as people.
#[derive(Debug, Clone)]
pub struct ClassFill {
    pub class: String,
    pub counts: FillCounts,
    pub views: Option<DiaryViews>,
}

/// One teacher's line: the lessons he gave (his courses' lessons, and those he took as a
/// substitute; a substituted lesson is the substitute's), their marks, his courses' remarks.
#[derive(Debug, Clone)]
pub struct TeacherFill {
    pub teacher_id: i64,
    /// ФИО.
    pub teacher: String,
    /// His courses in scope, like "5А Математика".
    pub courses: Vec<String>,
    pub counts: FillCounts,
    /// Remarks on his courses not resolved yet (overdue ones among them).
    pub remarks_open: u64,
}

impl TeacherFill {
    /// Kept the journal in the range: recorded at least one of the lessons he gave.
    pub fn kept_journal(&self) -> bool {
        self.counts.lessons.recorded > 0
    }
}

/// The report: a line per course, per class, per teacher, and the total.
#[derive(Debug, Clone)]
pub struct FillRate {
    pub label: String,
    pub courses: Vec<CourseFill>,
    pub classes: Vec<ClassFill>,
    pub teachers: Vec<TeacherFill>,
    pub total: FillCounts,
    /// Courses with a shortfall (for --fail-on-issues).
    pub issues: usize,
}

impl FillRate {
    /// Teachers who kept the journal in the range (recorded lessons).
    pub fn teachers_active(&self) -> u64 {
        self.teachers.iter().filter(|t| t.kept_journal()).count() as u64
    }
}

/// The lessons of a range, one row each with its record (see `lesson_counts`).
/// `INDEXED BY`: the range's lessons drive, whatever statistics an `ANALYZE` left (with them
/// SQLite may prefer to scan every lesson in course order). The class is a set of courses
/// found once, not a join per lesson.
pub const LESSON_COUNTS_SQL: &str =
    "SELECT l.course_id, l.teacher_id, l.date, l.topic <> '', l.homework <> '', r.recorded_at
         FROM lessons l INDEXED BY lessons_by_date
         LEFT JOIN lesson_records r ON r.lesson_id = l.id
         WHERE l.date BETWEEN ?1 AND ?2
           AND (?3 IS NULL OR l.course_id IN (SELECT id FROM courses WHERE class_id = ?3))";

/// Every course's own teacher, who gives the lessons no substitute took.
fn course_teachers(conn: &Connection) -> Result<super::FastMap<i64, i64>> {
    let mut stmt = conn.prepare("SELECT id, teacher_id FROM courses")?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
    rows.collect::<rusqlite::Result<_>>()
        .with_context(|| crate::t!("err-reading-course-teachers"))
}

/// The lessons held in the range (up to today): their days per course, and per course and
/// the teacher who gave them (the substitute for his lessons) what was recorded — one pass
/// over the range's lessons.
#[allow(clippy::type_complexity)]
fn lesson_counts(
    conn: &Connection,
    scope: &Scope,
    teachers: &super::FastMap<i64, i64>,
) -> Result<(
    super::FastMap<i64, Vec<NaiveDate>>,
    super::FastMap<(i64, i64), LessonCounts>,
)> {
    let mut stmt = conn.prepare(LESSON_COUNTS_SQL)?;
    let mut rows = stmt.query(params![iso(scope.from), iso(scope.until()), scope.class_id])?;
    let mut days: super::FastMap<i64, Vec<NaiveDate>> = Default::default();
    let mut counts: super::FastMap<(i64, i64), LessonCounts> = Default::default();
    while let Some(r) = rows
        .next()
        .with_context(|| crate::t!("err-reading-lessons"))?
    {
        let course: i64 = r.get(0)?;
        let Some(teacher) = r
            .get::<_, Option<i64>>(1)?
            .or(teachers.get(&course).copied())
        else {
            continue;
        };
        let date_text = r.get_ref(2)?.as_str()?;
        let date = quick_iso(date_text)
            .ok_or_else(|| stored("lessons", format!("course {course}"), date_text))?;
        days.entry(course).or_default().push(date);
        let c = counts.entry((course, teacher)).or_default();
        c.lessons += 1;
        if let Some(at) = r.get_ref(5)?.as_bytes_or_null()? {
            let day = entry_day(at);
            c.recorded += 1;
            c.recorded_on_day += u64::from(day == date_text.as_bytes());
            c.recorded_later += u64::from(day > date_text.as_bytes());
            c.topics_recorded += u64::from(r.get::<_, bool>(3)?);
            c.homework_set += u64::from(r.get::<_, bool>(4)?);
        }
    }
    Ok((days, counts))
}

/// The marks of a range, one row each, lesson after lesson (see `mark_counts`): driven by the
/// range's lessons, every column read from the covering index `marks_by_lesson` (migration
/// 016), and the lesson's columns from `lessons_by_date`. CROSS JOIN keeps the order: lessons,
/// then their marks.
pub const MARK_COUNTS_SQL: &str = "SELECT l.id, l.course_id, l.teacher_id, l.date,
                m.student_id, m.work_type_id, m.entry_id, m.permit_id IS NOT NULL
         FROM lessons l INDEXED BY lessons_by_date CROSS JOIN marks m ON m.lesson_id = l.id
         WHERE l.date BETWEEN ?1 AND ?2
           AND (?3 IS NULL OR l.course_id IN (SELECT id FROM courses WHERE class_id = ?3))";

/// Marks per course, student and the teacher of the lesson, counted in one pass over the
/// range's marks (grouped here rather than by SQLite, whose sort of a year's marks costs more
/// than the pass itself). A mark is on time when its entry day (its entry's `entered_at`,
/// written from the session's clock; the few entries are read once) is no later than the lesson day plus its work type's checking
/// grace.
fn mark_counts(
    conn: &Connection,
    scope: &Scope,
    teachers: &super::FastMap<i64, i64>,
) -> Result<super::FastMap<(i64, i64, i64), MarkCounts>> {
    let grace: super::FastMap<i64, i64> = crate::db::marks::work_types(conn)?
        .into_iter()
        .map(|w| (w.id, w.grace_days))
        .collect();
    let entry_days = entry_days(conn)?;
    let mut stmt = conn.prepare(MARK_COUNTS_SQL)?;
    let mut rows = stmt.query(params![iso(scope.from), iso(scope.until()), scope.class_id])?;
    // (course, teacher) → student → counts: the rows of a lesson share its course and teacher,
    // so that pair is looked up once a lesson and each mark finds its student among the
    // course's few.
    let mut groups: super::FastMap<(i64, i64), usize> = Default::default();
    let mut counts: Vec<((i64, i64), super::FastMap<i64, MarkCounts>)> = Vec::new();
    let mut at: Option<(i64, usize)> = None;
    let mut deadlines = Deadlines::default();
    while let Some(r) = rows
        .next()
        .with_context(|| crate::t!("err-counting-marks"))?
    {
        let lesson: i64 = r.get(0)?;
        if deadlines.lesson != Some(lesson) {
            deadlines.start(lesson, r.get_ref(3)?.as_str_or_null()?);
        }
        if at.is_none_or(|(l, _)| l != lesson) {
            let course: i64 = r.get(1)?;
            let teacher = r
                .get::<_, Option<i64>>(2)?
                .or(teachers.get(&course).copied());
            // A lesson of a course that is not there (or has no teacher) counts for nobody.
            at = teacher.map(|t| {
                let slot = *groups.entry((course, t)).or_insert_with(|| {
                    counts.push(((course, t), Default::default()));
                    counts.len() - 1
                });
                (lesson, slot)
            });
        }
        let Some((_, slot)) = at else {
            continue;
        };
        // A mark counts with its work type (as the join with work_types counted it).
        let Some(&days) = grace.get(&r.get::<_, i64>(5)?) else {
            continue;
        };
        let on_time = match deadlines.of(days) {
            Some(d) => entry_days
                .get(&r.get::<_, i64>(6)?)
                .is_some_and(|day| day.as_slice() <= d.as_slice()),
            None => false,
        };
        let c = counts[slot].1.entry(r.get(4)?).or_default();
        c.marks += 1;
        c.on_time += u64::from(on_time);
        c.under_permit += u64::from(r.get::<_, bool>(7)?);
    }
    Ok(counts
        .into_iter()
        .flat_map(|((course, teacher), students)| {
            students
                .into_iter()
                .map(move |(student, c)| ((course, student, teacher), c))
        })
        .collect())
}

/// The day of an entry time ("2023-10-12 14:05:00" → "2023-10-12"), as `substr(…, 1, 10)`
/// takes it (ten characters).
fn entry_day(at: &[u8]) -> &[u8] {
    match std::str::from_utf8(at)
        .ok()
        .and_then(|s| s.char_indices().nth(10))
    {
        Some((i, _)) => &at[..i],
        None => at,
    }
}

/// Each entry's day (migration 018: one entry a write and actor, so few), by entry id.
fn entry_days(conn: &Connection) -> Result<super::FastMap<i64, Vec<u8>>> {
    let mut stmt = conn.prepare("SELECT id, entered_at FROM entries")?;
    let mut rows = stmt.query([])?;
    let mut out = super::FastMap::default();
    while let Some(r) = rows
        .next()
        .with_context(|| crate::t!("err-counting-marks"))?
    {
        out.insert(r.get(0)?, entry_day(r.get_ref(1)?.as_bytes()?).to_vec());
    }
    Ok(out)
}

/// The last day a mark of a lesson is on time, for each checking grace: the lesson day plus
/// the grace, written as SQLite's `date()` writes it (`yyyy-mm-dd`); kept for the lesson the
/// rows are at (they come lesson after lesson).
#[derive(Default)]
struct Deadlines {
    lesson: Option<i64>,
    day: Option<chrono::NaiveDate>,
    by_grace: Vec<(i64, Option<[u8; 10]>)>,
}

impl Deadlines {
    /// The rows are at a new lesson, held on `date` (none: no mark of it is on time).
    fn start(&mut self, lesson: i64, date: Option<&str>) {
        self.lesson = Some(lesson);
        self.day = date.and_then(quick_iso);
        self.by_grace.clear();
    }

    fn of(&mut self, grace: i64) -> Option<[u8; 10]> {
        if let Some((_, d)) = self.by_grace.iter().find(|(g, _)| *g == grace) {
            return *d;
        }
        let day = self
            .day
            .and_then(|d| d.checked_add_signed(chrono::Duration::days(grace)))
            .map(iso_bytes);
        self.by_grace.push((grace, day));
        day
    }
}

/// A stored date (`parse_iso`; trimmed, as the journal's other readers take it).
fn quick_iso(s: &str) -> Option<chrono::NaiveDate> {
    crate::domain::date::parse_iso(s.trim()).ok()
}

/// A date as `yyyy-mm-dd` without a formatter (a year's lessons each need one or two).
fn iso_bytes(d: chrono::NaiveDate) -> [u8; 10] {
    use chrono::Datelike;
    let (y, m, day) = (d.year().clamp(0, 9999) as u32, d.month(), d.day());
    let digit = |n: u32| b'0' + n as u8;
    [
        digit(y / 1000),
        digit(y / 100 % 10),
        digit(y / 10 % 10),
        digit(y % 10),
        b'-',
        digit(m / 10),
        digit(m % 10),
        b'-',
        digit(day / 10),
        digit(day % 10),
    ]
}

/// Students and their marks: counts how many have none and how many one.
fn count_students<'a>(marks: impl Iterator<Item = &'a u64>, marked: bool) -> StudentCounts {
    let mut c = StudentCounts::default();
    for &n in marks {
        c.students += 1;
        if marked && n == 0 {
            c.without_marks += 1;
        }
        if marked && n == 1 {
            c.with_one_mark += 1;
        }
    }
    c
}

/// `report fill-rate`: заполнение журнала и накопляемость отметок.
pub fn compute(conn: &Connection, scope: &Scope) -> Result<FillRate> {
    let courses = scope::courses(conn, scope)?;
    let members = scope::members(conn, scope)?;
    let teachers = course_teachers(conn)?;
    let (held, lessons) = lesson_counts(conn, scope, &teachers)?;
    let marks = mark_counts(conn, scope, &teachers)?;
    let overdue = remarks::overdue_by_course(conn, scope.today)?;
    let open = remarks::open_by_course(conn)?;
    let views = diary_views(conn, scope)?;
    let names = crate::db::staff::staff_full_names(conn)?;

    // Marks per course and student, and per course and teacher; and each course's lessons
    // and marks by teacher, so a course finds its own without a pass over every course's.
    let mut by_student: super::FastMap<(i64, i64), u64> = Default::default();
    let mut by_teacher: super::FastMap<(i64, i64), MarkCounts> = Default::default();
    for (&(course, student, teacher), m) in &marks {
        *by_student.entry((course, student)).or_default() += m.marks;
        by_teacher.entry((course, teacher)).or_default().add(m);
    }
    let mut course_lessons: super::FastMap<i64, Vec<(i64, &LessonCounts)>> = Default::default();
    for (&(course, teacher), l) in &lessons {
        course_lessons.entry(course).or_default().push((teacher, l));
    }
    let mut course_marks: super::FastMap<i64, Vec<(i64, &MarkCounts)>> = Default::default();
    for (&(course, teacher), m) in &by_teacher {
        course_marks.entry(course).or_default().push((teacher, m));
    }

    let mut total = FillCounts::default();
    let mut issues = 0;
    let mut lines = Vec::with_capacity(courses.len());
    // class → student → marks in all his courses; the same across the scope.
    let mut class_people: BTreeMap<(u8, String, i64), HashMap<i64, u64>> = BTreeMap::new();
    let mut class_work: HashMap<i64, FillCounts> = HashMap::new();
    let mut people: HashMap<i64, u64> = HashMap::new();
    let mut people_marked: HashSet<i64> = HashSet::new();
    let mut teachers: BTreeMap<i64, TeacherFill> = BTreeMap::new();
    let mut teacher_unmarked: HashMap<i64, HashSet<i64>> = HashMap::new();
    for c in &courses {
        let days = held.get(&c.id).map(Vec::as_slice).unwrap_or_default();
        let marked = Grade(c.grade).has_marks();
        // Students who had at least one of the lessons, with their marks in the course.
        let students: Vec<(i64, u64)> = members
            .get(&c.id)
            .into_iter()
            .flatten()
            .filter(|(_, spans)| days.iter().any(|d| in_span(spans, *d)))
            .map(|(s, _)| (*s, by_student.get(&(c.id, *s)).copied().unwrap_or(0)))
            .collect();
        let mut counts = FillCounts {
            students: count_students(students.iter().map(|(_, n)| n), marked),
            remarks_overdue: overdue.get(&c.id).copied().unwrap_or(0),
            ..FillCounts::default()
        };
        for &(teacher, l) in course_lessons.get(&c.id).into_iter().flatten() {
            counts.lessons.add(l);
            let t = teacher_line(&mut teachers, teacher, &names);
            t.counts.lessons.add(l);
            if let Some(m) = by_teacher.get(&(c.id, teacher)) {
                t.counts.marks.add(m);
            }
        }
        for (teacher, m) in course_marks.get(&c.id).into_iter().flatten() {
            counts.marks.add(m);
            // Marks in a lesson of a teacher with no lesson counted above still count.
            if !lessons.contains_key(&(c.id, *teacher)) {
                teacher_line(&mut teachers, *teacher, &names)
                    .counts
                    .marks
                    .add(m);
            }
        }
        let own = teacher_line(&mut teachers, c.teacher_id, &names);
        own.courses.push(format!(
            "{} {}{}",
            c.class,
            c.subject,
            crate::db::resolve::group_label(&c.group)
        ));
        own.counts.remarks_overdue += counts.remarks_overdue;
        own.remarks_open += open.get(&c.id).copied().unwrap_or(0);
        if marked {
            teacher_unmarked
                .entry(c.teacher_id)
                .or_default()
                .extend(students.iter().filter(|(_, n)| *n == 0).map(|(s, _)| *s));
        }
        let class = class_people
            .entry((c.grade, c.class.clone(), c.class_id))
            .or_default();
        for &(s, n) in &students {
            *class.entry(s).or_default() += n;
            *people.entry(s).or_default() += n;
            if marked {
                people_marked.insert(s);
            }
        }
        class_work.entry(c.class_id).or_default().add_work(&counts);
        if counts.has_issue() {
            issues += 1;
        }
        total.add_work(&counts);
        lines.push(CourseFill {
            class: c.class.clone(),
            subject: c.subject.clone(),
            group: c.group.clone(),
            teacher: c.teacher.clone(),
            counts,
            views: views.get(&c.class_id).copied(),
        });
    }
    // A student of a class with marks counts as short of them; of grade 1, never.
    let people_counts = |m: &HashMap<i64, u64>| {
        let mut c = StudentCounts::default();
        for (s, n) in m {
            c.students += 1;
            if people_marked.contains(s) {
                c.without_marks += u64::from(*n == 0);
                c.with_one_mark += u64::from(*n == 1);
            }
        }
        c
    };
    total.students = people_counts(&people);
    let classes = class_people
        .into_iter()
        .map(|((_, name, id), studs)| ClassFill {
            class: name,
            counts: FillCounts {
                students: people_counts(&studs),
                ..class_work.get(&id).copied().unwrap_or_default()
            },
            views: views.get(&id).copied(),
        })
        .collect();
    let mut teachers: Vec<TeacherFill> = teachers
        .into_values()
        .map(|mut t| {
            let unmarked = teacher_unmarked.get(&t.teacher_id).map_or(0, HashSet::len);
            t.counts.students.without_marks = unmarked as u64;
            t
        })
        .collect();
    teachers.sort_by(|a, b| crate::domain::text::ru_compare(&a.teacher, &b.teacher));
    Ok(FillRate {
        label: scope.label.clone(),
        courses: lines,
        classes,
        teachers,
        total,
        issues,
    })
}

/// A teacher's line, made when first met.
fn teacher_line<'a>(
    teachers: &'a mut BTreeMap<i64, TeacherFill>,
    id: i64,
    names: &HashMap<i64, String>,
) -> &'a mut TeacherFill {
    teachers.entry(id).or_insert_with(|| TeacherFill {
        teacher_id: id,
        teacher: names.get(&id).cloned().unwrap_or_default(),
        courses: Vec::new(),
        counts: FillCounts::default(),
        remarks_open: 0,
    })
}

/// Every student's ФИО in parts, for matching the names the portal's log writes.
fn student_fios(conn: &Connection) -> Result<HashMap<i64, Fio>> {
    let mut stmt = conn.prepare("SELECT id, last_name, first_name, middle_name FROM students")?;
    let rows = stmt.query_map([], |r| {
        Ok((
            r.get::<_, i64>(0)?,
            Fio {
                last: r.get(1)?,
                first: r.get(2)?,
                middle: r.get(3)?,
            },
        ))
    })?;
    rows.collect::<rusqlite::Result<_>>()
        .with_context(|| crate::t!("err-reading-students"))
}

/// A parent's name as the guardians table holds it, split into ФИО parts.
fn parent_fio(name: &str) -> Fio {
    let mut parts = name.split_whitespace();
    Fio::from_parts(
        parts.next().unwrap_or(""),
        parts.next().unwrap_or(""),
        &parts.collect::<Vec<_>>().join(" "),
    )
}

/// Per class: how many students, and parents, looked at the diary in the range (nothing
/// where no access log was imported). The log's names are matched against the class's
/// students and parents through hash maps, one pass over each.
fn diary_views(conn: &Connection, scope: &Scope) -> Result<HashMap<i64, DiaryViews>> {
    let any: bool = conn
        .query_row("SELECT EXISTS (SELECT 1 FROM access_log)", [], |r| r.get(0))
        .with_context(|| crate::t!("err-reading-access-log"))?;
    if !any {
        return Ok(HashMap::new());
    }
    let names = student_fios(conn)?;
    // Students of each class in the range, with their parent's name.
    let mut stmt = conn.prepare(
        "SELECT DISTINCT e.class_id, e.student_id, coalesce(g.name, '') FROM enrolments e
         LEFT JOIN guardians g ON g.student_id = e.student_id
         WHERE e.from_date <= ?2 AND (e.to_date IS NULL OR e.to_date >= ?1)",
    )?;
    let mut classes: HashMap<i64, Vec<(i64, String)>> = HashMap::new();
    let rows = stmt.query_map(params![iso(scope.from), iso(scope.to)], |r| {
        Ok((
            r.get::<_, i64>(0)?,
            r.get::<_, i64>(1)?,
            r.get::<_, String>(2)?,
        ))
    })?;
    for row in rows {
        let (c, s, g) = row.with_context(|| crate::t!("err-reading-enrolments-guardians"))?;
        classes.entry(c).or_default().push((s, g));
    }
    let mut stmt =
        conn.prepare("SELECT class_id, who, role FROM access_log WHERE date BETWEEN ?1 AND ?2")?;
    // class → (students seen, parents seen), as the log names them.
    let mut seen: HashMap<i64, (Vec<PersonRef>, Vec<PersonRef>)> = HashMap::new();
    let rows = stmt.query_map(params![iso(scope.from), iso(scope.to)], |r| {
        Ok((
            r.get::<_, i64>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
        ))
    })?;
    for row in rows {
        let (c, who, role) = row.with_context(|| crate::t!("err-reading-access-log"))?;
        // A name the log writes that is not a ФИО matches nobody.
        let Ok(who) = PersonRef::parse(&who) else {
            continue;
        };
        let entry = seen.entry(c).or_default();
        match role.as_str() {
            "student" => entry.0.push(who),
            "parent" => entry.1.push(who),
            _ => {}
        }
    }
    let nobody = (Vec::new(), Vec::new());
    let mut out = HashMap::new();
    for (class, studs) in classes {
        let (students_seen, parents_seen) = seen.get(&class).unwrap_or(&nobody);
        let students_viewed = studs
            .iter()
            .filter(|(s, _)| {
                names
                    .get(s)
                    .is_some_and(|f| students_seen.iter().any(|r| r.matches(f)))
            })
            .count() as u64;
        let parents: Vec<Fio> = studs
            .iter()
            .filter(|(_, g)| !g.is_empty())
            .map(|(_, g)| parent_fio(g))
            .collect();
        let parents_viewed = parents
            .iter()
            .filter(|f| parents_seen.iter().any(|r| r.matches(f)))
            .count() as u64;
        out.insert(
            class,
            DiaryViews {
                students: studs.len() as u64,
                students_viewed,
                parents: parents.len() as u64,
                parents_viewed,
            },
        );
    }
    Ok(out)
}
