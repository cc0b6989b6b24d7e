//! Finding what a journal entry refers to — class, course, student, lesson, work type —
//! from what a user or a file says, with the reason when it cannot be found. Lookups are
//! cached per class and per course, so a file of a million marks costs one query per
//! course, not per row, and a single `mark add` stays cheap.

use crate::domain::class_name::Grade;
use std::collections::hash_map::Entry;
use std::collections::{HashMap, HashSet};
use std::rc::Rc;

use anyhow::Result;
use chrono::NaiveDate;
use rusqlite::{params, Connection};

use super::calendar::SchoolCalendar;
use super::classes::{class_by_name, unknown_class, ClassRow};
use super::courses::find_course;
use super::lock::LockState;
use super::people::{find_person, students_of_class, Person};
use crate::domain::class_name::ClassName;
use crate::domain::date::{from_iso, ru};
use crate::domain::fio::PersonRef;
use crate::domain::text::fold_key;
use crate::error::{Miss, Misses, NameKind, Unresolved};

#[derive(Debug, Clone)]
pub struct WorkType {
    pub id: i64,
    pub name: String,
    pub weight: f64,
    pub grace_days: i64,
}

/// The work type a mark gets when none is named.
pub const DEFAULT_WORK_TYPE: &str = "Ответ на уроке";

#[derive(Debug, Clone)]
pub struct CourseInfo {
    pub id: i64,
    pub class_id: i64,
    pub class: String,
    pub grade: u8,
    pub subject: String,
    pub group: String,
}

/// A lookup's answer: the id, or why the name does not resolve.
type Found = Result<i64, Unresolved>;

/// A span of dates a student belongs to a class; an open end runs to the end of the year.
pub type Span = (NaiveDate, Option<NaiveDate>);

/// Does any of the spans hold the date?
pub fn in_span(spans: &[Span], d: NaiveDate) -> bool {
    spans
        .iter()
        .any(|(a, b)| d >= *a && b.is_none_or(|b| d <= b))
}

pub struct Index {
    pub calendar: SchoolCalendar,
    pub lock: LockState,
    pub today: NaiveDate,
    pub work_types: Vec<WorkType>,
    classes: HashMap<ClassName, Option<ClassRow>>,
    /// Work types' folded names, and names as written → position.
    work_type_keys: Vec<String>,
    work_type_seen: HashMap<String, Result<usize, Unresolved>>,
    /// class → subject as written → group as written → course
    courses: HashMap<i64, HashMap<String, HashMap<String, Found>>>,
    course_info: HashMap<i64, Rc<CourseInfo>>,
    people: HashMap<i64, Vec<Person>>,
    /// class → student as written → student
    who: HashMap<i64, HashMap<String, Found>>,
    /// class → student → enrolment spans
    enrolments: HashMap<i64, HashMap<i64, Vec<Span>>>,
    members: HashMap<i64, HashSet<i64>>,
    /// course → date → [(lesson id, lesson no)]
    lessons: HashMap<i64, HashMap<NaiveDate, Vec<(i64, i64)>>>,
    /// course → (lesson, student) → absence code
    absences: HashMap<i64, HashMap<(i64, i64), String>>,
}

impl Index {
    pub fn new(conn: &Connection, today: NaiveDate) -> Result<Index> {
        let mut stmt =
            conn.prepare("SELECT id, name, weight, grace_days FROM work_types ORDER BY position")?;
        let work_types: Vec<WorkType> = stmt
            .query_map([], |r| {
                Ok(WorkType {
                    id: r.get(0)?,
                    name: r.get(1)?,
                    weight: r.get(2)?,
                    grace_days: r.get(3)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        let work_type_keys = work_types
            .iter()
            .map(|w: &WorkType| fold_key(&w.name))
            .collect();
        Ok(Index {
            calendar: SchoolCalendar::load(conn)?,
            lock: LockState::load(conn, today)?,
            today,
            work_types,
            work_type_keys,
            work_type_seen: HashMap::new(),
            classes: HashMap::new(),
            courses: HashMap::new(),
            course_info: HashMap::new(),
            people: HashMap::new(),
            who: HashMap::new(),
            enrolments: HashMap::new(),
            members: HashMap::new(),
            lessons: HashMap::new(),
            absences: HashMap::new(),
        })
    }

    pub fn class(
        &mut self,
        conn: &Connection,
        name: &ClassName,
    ) -> Result<Result<ClassRow, Unresolved>> {
        if !self.classes.contains_key(name) {
            self.classes
                .insert(name.clone(), class_by_name(conn, name)?);
        }
        Ok(self.classes[name]
            .clone()
            .ok_or_else(|| unknown_class(name)))
    }

    pub fn course(
        &mut self,
        conn: &Connection,
        class: &ClassRow,
        subject: &str,
        group: &str,
    ) -> Result<Found> {
        let cached = self
            .courses
            .get(&class.id)
            .and_then(|m| m.get(subject))
            .and_then(|m| m.get(group));
        if let Some(found) = cached {
            return Ok(found.clone());
        }
        let found = find_course(conn, class, subject, group)?;
        self.courses
            .entry(class.id)
            .or_default()
            .entry(subject.to_string())
            .or_default()
            .insert(group.to_string(), found.clone());
        Ok(found)
    }

    pub fn course_info(&mut self, conn: &Connection, course_id: i64) -> Result<Rc<CourseInfo>> {
        if let Some(c) = self.course_info.get(&course_id) {
            return Ok(Rc::clone(c));
        }
        let info = conn.query_row(
            "SELECT c.id, c.class_id, cl.name, cl.grade, s.name, c.group_name
             FROM courses c JOIN classes cl ON cl.id = c.class_id JOIN subjects s ON s.id = c.subject_id
             WHERE c.id = ?1",
            [course_id],
            |r| {
                Ok(CourseInfo {
                    id: r.get(0)?,
                    class_id: r.get(1)?,
                    class: r.get(2)?,
                    grade: r.get(3)?,
                    subject: r.get(4)?,
                    group: r.get(5)?,
                })
            },
        )?;
        let info = Rc::new(info);
        self.course_info.insert(course_id, Rc::clone(&info));
        Ok(info)
    }

    /// A student of a class from a name as written (ФИО, optionally with a birth date).
    pub fn student(&mut self, conn: &Connection, class: &ClassRow, text: &str) -> Result<Found> {
        if let Some(found) = self.who.get(&class.id).and_then(|m| m.get(text)) {
            return Ok(found.clone());
        }
        if let Entry::Vacant(e) = self.people.entry(class.id) {
            e.insert(students_of_class(conn, class.id)?);
        }
        let found = PersonRef::parse(text)
            .map_err(|e| Unresolved::new(NameKind::Student, e))
            .and_then(|who| {
                find_person(
                    &self.people[&class.id],
                    &who,
                    NameKind::Student,
                    &format!("student in {}", class.name),
                )
                .map(|p| p.id)
            });
        self.who
            .entry(class.id)
            .or_default()
            .insert(text.to_string(), found.clone());
        Ok(found)
    }

    fn load_enrolments(&mut self, conn: &Connection, class_id: i64) -> Result<()> {
        if let Entry::Vacant(slot) = self.enrolments.entry(class_id) {
            let mut stmt = conn.prepare_cached(
                "SELECT student_id, from_date, to_date FROM enrolments WHERE class_id = ?1",
            )?;
            let mut map: HashMap<i64, Vec<Span>> = HashMap::new();
            for row in stmt.query_map([class_id], |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, Option<String>>(2)?,
                ))
            })? {
                let (s, a, b) = row?;
                map.entry(s)
                    .or_default()
                    .push((from_iso(&a), b.map(|b| from_iso(&b))));
            }
            slot.insert(map);
        }
        Ok(())
    }

    fn load_members(&mut self, conn: &Connection, course_id: i64) -> Result<()> {
        if let Entry::Vacant(slot) = self.members.entry(course_id) {
            let mut stmt =
                conn.prepare_cached("SELECT student_id FROM group_members WHERE course_id = ?1")?;
            let set = stmt
                .query_map([course_id], |r| r.get(0))?
                .collect::<rusqlite::Result<HashSet<i64>>>()?;
            slot.insert(set);
        }
        Ok(())
    }

    /// Is the student in the course's group (always, for a whole-class course)?
    fn in_group(
        &mut self,
        conn: &Connection,
        course: &CourseInfo,
        student_id: i64,
    ) -> Result<bool> {
        if course.group.is_empty() {
            return Ok(true);
        }
        self.load_members(conn, course.id)?;
        Ok(self.members[&course.id].contains(&student_id))
    }

    /// Was the student in the course's class (and group) on that date?
    pub fn student_on(
        &mut self,
        conn: &Connection,
        course: &CourseInfo,
        student_id: i64,
        date: NaiveDate,
    ) -> Result<Result<(), Miss>> {
        self.load_enrolments(conn, course.class_id)?;
        let spans = self.enrolments[&course.class_id].get(&student_id);
        let enrolled = spans.is_some_and(|v| in_span(v, date));
        if !enrolled {
            let when = spans
                .map(|v| {
                    v.iter()
                        .map(|(a, b)| format!("{} – {}", ru(*a), b.map(ru).unwrap_or_default()))
                        .collect::<Vec<_>>()
                        .join(", ")
                })
                .unwrap_or_default();
            return Ok(Err(Miss::rule(
                "student",
                format!(
                    "the student was not in {} on {} (in the class: {when})",
                    course.class,
                    ru(date)
                ),
            )));
        }
        Ok(if self.in_group(conn, course, student_id)? {
            Ok(())
        } else {
            Err(Miss::rule(
                "student",
                format!(
                    "the student is not in group {} of {} {}",
                    course.group, course.class, course.subject
                ),
            ))
        })
    }

    /// Did the student attend the course (class and group) on any day of a span?
    pub fn attended(
        &mut self,
        conn: &Connection,
        course: &CourseInfo,
        student_id: i64,
        from: NaiveDate,
        to: NaiveDate,
    ) -> Result<bool> {
        self.load_enrolments(conn, course.class_id)?;
        let overlap = self.enrolments[&course.class_id]
            .get(&student_id)
            .is_some_and(|v| {
                v.iter()
                    .any(|(a, b)| *a <= to && b.is_none_or(|b| b >= from))
            });
        Ok(overlap && self.in_group(conn, course, student_id)?)
    }

    fn load_lessons(&mut self, conn: &Connection, course_id: i64) -> Result<()> {
        if self.lessons.contains_key(&course_id) {
            return Ok(());
        }
        let mut stmt =
            conn.prepare_cached("SELECT id, date, lesson_no FROM lessons WHERE course_id = ?1")?;
        let mut map: HashMap<NaiveDate, Vec<(i64, i64)>> = HashMap::new();
        for row in stmt.query_map([course_id], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, i64>(2)?,
            ))
        })? {
            let (id, d, no) = row?;
            map.entry(from_iso(&d)).or_default().push((id, no));
        }
        for v in map.values_mut() {
            v.sort_by_key(|x| x.1);
        }
        self.lessons.insert(course_id, map);
        Ok(())
    }

    /// The lessons of a course on a date: [(id, lesson no)].
    pub fn lessons_on(
        &mut self,
        conn: &Connection,
        course_id: i64,
        date: NaiveDate,
    ) -> Result<Vec<(i64, i64)>> {
        self.load_lessons(conn, course_id)?;
        Ok(self.lessons[&course_id]
            .get(&date)
            .cloned()
            .unwrap_or_default())
    }

    /// The one lesson of a course on a date (by number when there are several).
    pub fn lesson(
        &mut self,
        conn: &Connection,
        course: &CourseInfo,
        date: NaiveDate,
        lesson_no: Option<i64>,
    ) -> Result<Found> {
        let lessons = self.lessons_on(conn, course.id, date)?;
        let name = format!(
            "{} {}{}",
            course.class,
            course.subject,
            group_label(&course.group)
        );
        let found = match (lessons.as_slice(), lesson_no) {
            ([], _) => Err(format!(
                "{name} has no lesson on {} ({}; see `ejournal lesson list`)",
                ru(date),
                if self.calendar.is_study_day(date, course.grade) {
                    "not in its timetable that day".to_string()
                } else {
                    "not a study day".to_string()
                }
            )),
            ([(id, _)], None) => Ok(*id),
            (many, None) => Err(format!(
                "{name} has {} lessons on {} (№ {}): give the lesson number",
                many.len(),
                ru(date),
                many.iter()
                    .map(|l| l.1.to_string())
                    .collect::<Vec<_>>()
                    .join(", ")
            )),
            (many, Some(no)) => many.iter().find(|l| l.1 == no).map(|l| l.0).ok_or_else(|| {
                format!(
                    "{name} has no lesson № {no} on {} (it has № {})",
                    ru(date),
                    many.iter()
                        .map(|l| l.1.to_string())
                        .collect::<Vec<_>>()
                        .join(", ")
                )
            }),
        };
        Ok(found.map_err(|e| Unresolved::new(NameKind::Lesson, e)))
    }

    /// A work type by name; empty means the default. The error lists the allowed ones.
    pub fn work_type(&mut self, name: &str) -> Result<&WorkType, Unresolved> {
        if !self.work_type_seen.contains_key(name) {
            let wanted = if name.trim().is_empty() {
                DEFAULT_WORK_TYPE
            } else {
                name
            };
            let key = fold_key(wanted);
            let found = self
                .work_type_keys
                .iter()
                .position(|k| *k == key)
                .ok_or_else(|| {
                    Unresolved::new(
                        NameKind::WorkType,
                        format!(
                            "\"{}\" is not a work type (allowed: {})",
                            wanted.trim(),
                            self.work_types
                                .iter()
                                .map(|w| w.name.as_str())
                                .collect::<Vec<_>>()
                                .join(", ")
                        ),
                    )
                });
            self.work_type_seen.insert(name.to_string(), found);
        }
        match &self.work_type_seen[name] {
            Ok(i) => Ok(&self.work_types[*i]),
            Err(e) => Err(e.clone()),
        }
    }

    /// The absence code recorded for a student in a lesson, if any.
    pub fn absence(
        &mut self,
        conn: &Connection,
        course_id: i64,
        lesson_id: i64,
        student_id: i64,
    ) -> Result<Option<String>> {
        if let Entry::Vacant(slot) = self.absences.entry(course_id) {
            let mut stmt = conn.prepare_cached(
                "SELECT a.lesson_id, a.student_id, a.code FROM absences a JOIN lessons l ON l.id = a.lesson_id
                 WHERE l.course_id = ?1",
            )?;
            let map = stmt
                .query_map([course_id], |r| Ok(((r.get(0)?, r.get(1)?), r.get(2)?)))?
                .collect::<rusqlite::Result<HashMap<(i64, i64), String>>>()?;
            slot.insert(map);
        }
        Ok(self.absences[&course_id]
            .get(&(lesson_id, student_id))
            .cloned())
    }

    /// Keep the cache true after writing an absence.
    pub fn note_absence(&mut self, course_id: i64, lesson_id: i64, student_id: i64, code: &str) {
        if let Some(m) = self.absences.get_mut(&course_id) {
            m.insert((lesson_id, student_id), code.to_string());
        }
    }

    /// Refuse a date in the future: marks and absences are entered on the lesson day.
    pub fn check_not_future(&self, date: NaiveDate) -> Result<(), String> {
        if date > self.today {
            return Err(format!(
                "{} is in the future (today is {})",
                ru(date),
                ru(self.today)
            ));
        }
        Ok(())
    }
}

pub fn group_label(group: &str) -> String {
    if group.is_empty() {
        String::new()
    } else {
        format!(" (группа {group})")
    }
}

/// Marks already in a lesson for a student, to keep imports idempotent:
/// (lesson, student, work type, value) → how many.
pub fn existing_marks(
    conn: &Connection,
    course_id: i64,
) -> Result<HashMap<(i64, i64, i64, String), u32>> {
    let mut stmt = conn.prepare_cached(
        "SELECT m.lesson_id, m.student_id, m.work_type_id, m.value FROM marks m JOIN lessons l ON l.id = m.lesson_id
         WHERE l.course_id = ?1",
    )?;
    let mut map = HashMap::new();
    for row in stmt.query_map([course_id], |r| {
        Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
    })? {
        *map.entry(row?).or_insert(0) += 1;
    }
    Ok(map)
}

/// The time of this write transaction, as `begin_write` set it (marks' entry time).
pub fn write_time(conn: &Connection) -> Result<String> {
    Ok(conn.query_row(
        "SELECT COALESCE(now, strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')) FROM session WHERE id = 1",
        [],
        |r| r.get(0),
    )?)
}

/// Insert a mark entered at `at`; the triggers check the lock and write the audit trail.
pub fn insert_mark(
    conn: &Connection,
    lesson_id: i64,
    student_id: i64,
    value: &str,
    work_type_id: i64,
    actor: &str,
    at: &str,
) -> Result<i64> {
    conn.prepare_cached(
        "INSERT INTO marks (lesson_id, student_id, value, work_type_id, entered_at, entered_by)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?
    .execute(params![
        lesson_id,
        student_id,
        value,
        work_type_id,
        at,
        actor
    ])?;
    Ok(conn.last_insert_rowid())
}

/// A mark as a user or a file gives it.
#[derive(Debug, Clone)]
pub struct MarkRequest<'a> {
    pub date: NaiveDate,
    pub class: &'a ClassName,
    pub subject: &'a str,
    pub group: &'a str,
    pub student: &'a str,
    pub mark: crate::domain::marks::Mark,
    pub work_type: &'a str,
    pub lesson_no: Option<i64>,
}

/// A mark checked against the journal, ready to write.
#[derive(Debug, Clone)]
pub struct ResolvedMark {
    pub course: Rc<CourseInfo>,
    pub lesson_id: i64,
    pub student_id: i64,
    pub work_type_id: i64,
    /// Why its date is locked, if it is: nothing may be written there.
    pub locked: Option<String>,
}

/// An absence as a user or a file gives it; no subject means every lesson of the day.
#[derive(Debug, Clone)]
pub struct AbsenceRequest<'a> {
    pub date: NaiveDate,
    pub class: &'a ClassName,
    pub student: &'a str,
    pub code: crate::domain::marks::AbsenceCode,
    pub subject: &'a str,
    pub group: &'a str,
    pub lesson_no: Option<i64>,
}

/// (course, lesson) pairs an absence covers, for one student.
#[derive(Debug, Clone)]
pub struct ResolvedAbsence {
    pub student_id: i64,
    /// Why its date is locked, if it is: nothing may be written there.
    pub locked: Option<String>,
    pub lessons: Vec<(Rc<CourseInfo>, i64)>,
}

impl Index {
    /// Check a mark: class, course, lesson, student on that date, work type, lock, and
    /// that the student is not marked absent in that lesson.
    pub fn resolve_mark(
        &mut self,
        conn: &Connection,
        m: &MarkRequest,
    ) -> Result<Result<ResolvedMark, Misses>> {
        let mut miss: Misses = Vec::new();
        let work_type = match self.work_type(m.work_type) {
            Ok(w) => Some((w.id, w.grace_days)),
            Err(e) => {
                miss.push(e.into());
                None
            }
        };
        if let Err(e) = self.check_not_future(m.date) {
            miss.push(Miss::rule(
                "date",
                format!("{e}: marks are entered on the lesson day"),
            ));
        }
        let class = match self.class(conn, m.class)? {
            Ok(c) => c,
            Err(e) => {
                miss.push(e.into());
                return Ok(Err(miss));
            }
        };
        if !Grade(class.grade).has_marks() {
            miss.push(Miss::rule(
                "class",
                format!(
                    "{} is grade 1: no marks (безотметочное обучение), only attendance and topics",
                    class.name
                ),
            ));
            return Ok(Err(miss));
        }
        let course = match self.course(conn, &class, m.subject, m.group)? {
            Ok(id) => self.course_info(conn, id)?,
            Err(e) => {
                miss.push(e.into());
                return Ok(Err(miss));
            }
        };
        let student = match self.student(conn, &class, m.student)? {
            Ok(id) => Some(id),
            Err(e) => {
                miss.push(e.into());
                None
            }
        };
        let lesson = match self.lesson(conn, &course, m.date, m.lesson_no)? {
            Ok(id) => Some(id),
            Err(e) => {
                miss.push(e.into());
                None
            }
        };
        if let Some(s) = student {
            if let Err(e) = self.student_on(conn, &course, s, m.date)? {
                miss.push(e);
            }
        }
        // A locked date is the caller's to refuse: an import lets an unchanged mark pass.
        let locked = work_type.and_then(|(_, grace)| self.lock.why_locked(m.date, grace));
        if let (Some(lesson_id), Some(student_id)) = (lesson, student) {
            if let Some(code) = self.absence(conn, course.id, lesson_id, student_id)? {
                if code != "О" {
                    miss.push(Miss::rule(
                        "student",
                        format!("is absent ({code}) in that lesson: a mark and an absence Н/Б/У cannot both stand"),
                    ));
                }
            }
        }
        match (miss.is_empty(), lesson, student, work_type) {
            (true, Some(lesson_id), Some(student_id), Some((work_type_id, _))) => {
                Ok(Ok(ResolvedMark {
                    course,
                    lesson_id,
                    student_id,
                    work_type_id,
                    locked,
                }))
            }
            _ => Ok(Err(miss)),
        }
    }

    /// Check an absence: one lesson of a subject, or every lesson of the day the student
    /// attends (his class's courses and his groups).
    pub fn resolve_absence(
        &mut self,
        conn: &Connection,
        a: &AbsenceRequest,
    ) -> Result<Result<ResolvedAbsence, Misses>> {
        let mut miss: Misses = Vec::new();
        if let Err(e) = self.check_not_future(a.date) {
            miss.push(Miss::rule("date", e));
        }
        let class = match self.class(conn, a.class)? {
            Ok(c) => c,
            Err(e) => {
                miss.push(e.into());
                return Ok(Err(miss));
            }
        };
        let student_id = match self.student(conn, &class, a.student)? {
            Ok(id) => id,
            Err(e) => {
                miss.push(e.into());
                return Ok(Err(miss));
            }
        };
        let mut courses: Vec<Rc<CourseInfo>> = Vec::new();
        if a.subject.is_empty() {
            let ids: Vec<i64> = {
                let mut stmt = conn.prepare_cached("SELECT id FROM courses WHERE class_id = ?1")?;
                let rows = stmt.query_map([class.id], |r| r.get(0))?;
                rows.collect::<rusqlite::Result<_>>()?
            };
            for id in ids {
                let info = self.course_info(conn, id)?;
                if self.student_on(conn, &info, student_id, a.date)?.is_ok() {
                    courses.push(info);
                }
            }
        } else {
            match self.course(conn, &class, a.subject, a.group)? {
                Ok(id) => courses.push(self.course_info(conn, id)?),
                Err(e) => {
                    miss.push(e.into());
                    return Ok(Err(miss));
                }
            }
        }
        let mut lessons = Vec::new();
        if a.subject.is_empty() {
            for course in &courses {
                for (id, no) in self.lessons_on(conn, course.id, a.date)? {
                    if a.lesson_no.is_none_or(|n| n == no) {
                        lessons.push((Rc::clone(course), id));
                    }
                }
            }
            if lessons.is_empty() {
                miss.push(Miss::rule(
                    "date",
                    format!(
                        "{} has no lessons for this student on {}",
                        class.name,
                        ru(a.date)
                    ),
                ));
            }
        } else if let Some(course) = courses.first() {
            match self.lesson(conn, course, a.date, a.lesson_no)? {
                Ok(id) => lessons.push((Rc::clone(course), id)),
                Err(e) => miss.push(e.into()),
            }
            if let Err(e) = self.student_on(conn, course, student_id, a.date)? {
                miss.push(e);
            }
        }
        if a.subject.is_empty() {
            // The whole day: he must have been in the class.
            let any = self.course_info_any(conn, class.id)?;
            if let Some(c) = any {
                if let Err(e) = self.student_on(conn, &c, student_id, a.date)? {
                    miss.push(e);
                }
            }
        }
        let locked = self.lock.why_locked(a.date, 0);
        if a.code.is_missed() {
            for (course, lesson_id) in &lessons {
                let has_mark: bool = conn
                    .prepare_cached("SELECT EXISTS (SELECT 1 FROM marks WHERE lesson_id = ?1 AND student_id = ?2)")?
                    .query_row(params![lesson_id, student_id], |r| r.get(0))?;
                if has_mark {
                    miss.push(Miss::rule(
                        "code",
                        format!(
                            "the student has a mark in {}{} that lesson: a mark and an absence {} cannot both stand",
                            course.subject,
                            group_label(&course.group),
                            a.code.as_str()
                        ),
                    ));
                }
            }
        }
        Ok(if miss.is_empty() {
            Ok(ResolvedAbsence {
                student_id,
                locked,
                lessons,
            })
        } else {
            Err(miss)
        })
    }

    /// Any whole-class course of a class (to check enrolment for a whole day).
    fn course_info_any(&mut self, conn: &Connection, class_id: i64) -> Result<Option<CourseInfo>> {
        let id: Option<i64> = conn
            .prepare_cached(
                "SELECT id FROM courses WHERE class_id = ?1 ORDER BY group_name = '' DESC LIMIT 1",
            )?
            .query_row([class_id], |r| r.get(0))
            .ok();
        match id {
            Some(id) => {
                let mut info = (*self.course_info(conn, id)?).clone();
                info.group.clear(); // enrolment only
                Ok(Some(info))
            }
            None => Ok(None),
        }
    }
}

/// What a write did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Written {
    Added,
    Updated,
    Unchanged,
}

/// Write an absence, or change its code.
pub fn upsert_absence(
    conn: &Connection,
    lesson_id: i64,
    student_id: i64,
    code: &str,
) -> Result<Written> {
    let old: Option<String> = conn
        .prepare_cached("SELECT code FROM absences WHERE lesson_id = ?1 AND student_id = ?2")?
        .query_row(params![lesson_id, student_id], |r| r.get(0))
        .ok();
    match old {
        Some(c) if c == code => Ok(Written::Unchanged),
        Some(_) => {
            conn.prepare_cached(
                "UPDATE absences SET code = ?3 WHERE lesson_id = ?1 AND student_id = ?2",
            )?
            .execute(params![lesson_id, student_id, code])?;
            Ok(Written::Updated)
        }
        None => {
            conn.prepare_cached(
                "INSERT INTO absences (lesson_id, student_id, code) VALUES (?1, ?2, ?3)",
            )?
            .execute(params![lesson_id, student_id, code])?;
            Ok(Written::Added)
        }
    }
}
