//! Finding what a journal entry refers to — class, course, student, lesson, work type —
//! from what a user or a file says, with the reason when it cannot be found. Lookups are
//! cached per class and per course, so a file of a million marks costs one query per
//! course, not per row, and a single `mark add` stays cheap.

use std::collections::hash_map::Entry;
use std::collections::{HashMap, HashSet};

use anyhow::Result;
use chrono::NaiveDate;
use rusqlite::{params, Connection};

use super::calendar::SchoolCalendar;
use super::collation::fold_key;
use super::lock::LockState;
use super::school::{class_by_name, find_course, find_person, students_of_class, ClassRow, Person};
use crate::domain::class_name::ClassName;
use crate::domain::date::{from_iso, iso, ru};
use crate::domain::fio::PersonRef;

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

/// A span of dates; an open end runs to the end of the year.
pub type Span = (NaiveDate, Option<NaiveDate>);

pub struct Index {
    pub calendar: SchoolCalendar,
    pub lock: LockState,
    pub today: NaiveDate,
    pub work_types: Vec<WorkType>,
    classes: HashMap<ClassName, Option<ClassRow>>,
    courses: HashMap<(i64, String, String), Result<i64, String>>,
    course_info: HashMap<i64, CourseInfo>,
    people: HashMap<i64, Vec<Person>>,
    who: HashMap<(i64, String), Result<i64, String>>,
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
        let work_types = stmt
            .query_map([], |r| {
                Ok(WorkType {
                    id: r.get(0)?,
                    name: r.get(1)?,
                    weight: r.get(2)?,
                    grace_days: r.get(3)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(Index {
            calendar: SchoolCalendar::load(conn)?,
            lock: LockState::load(conn, today)?,
            today,
            work_types,
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
    ) -> Result<Result<ClassRow, String>> {
        if !self.classes.contains_key(name) {
            self.classes
                .insert(name.clone(), class_by_name(conn, name)?);
        }
        Ok(self.classes[name].clone().ok_or_else(|| {
            format!(
                "unknown class {name}: no such class in the journal (classes come from the roster)"
            )
        }))
    }

    pub fn course(
        &mut self,
        conn: &Connection,
        class: &ClassRow,
        subject: &str,
        group: &str,
    ) -> Result<Result<i64, String>> {
        let key = (class.id, fold_key(subject), fold_key(group));
        if let Some(found) = self.courses.get(&key) {
            return Ok(found.clone());
        }
        let found = find_course(conn, class, subject, group)?;
        self.courses.insert(key, found.clone());
        Ok(found)
    }

    pub fn course_info(&mut self, conn: &Connection, course_id: i64) -> Result<CourseInfo> {
        if let Some(c) = self.course_info.get(&course_id) {
            return Ok(c.clone());
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
        self.course_info.insert(course_id, info.clone());
        Ok(info)
    }

    /// A student of a class from a name as written (ФИО, optionally with a birth date).
    pub fn student(
        &mut self,
        conn: &Connection,
        class: &ClassRow,
        text: &str,
    ) -> Result<Result<i64, String>> {
        let key = (class.id, fold_key(text));
        if let Some(found) = self.who.get(&key) {
            return Ok(found.clone());
        }
        if let Entry::Vacant(e) = self.people.entry(class.id) {
            e.insert(students_of_class(conn, class.id)?);
        }
        let found = PersonRef::parse(text).and_then(|who| {
            find_person(
                &self.people[&class.id],
                &who,
                &format!("student in {}", class.name),
            )
            .map(|p| p.id)
        });
        self.who.insert(key, found.clone());
        Ok(found)
    }

    /// Was the student in the course's class (and group) on that date?
    pub fn student_on(
        &mut self,
        conn: &Connection,
        course: &CourseInfo,
        student_id: i64,
        date: NaiveDate,
    ) -> Result<Result<(), String>> {
        if let Entry::Vacant(slot) = self.enrolments.entry(course.class_id) {
            let mut stmt = conn.prepare(
                "SELECT student_id, from_date, to_date FROM enrolments WHERE class_id = ?1",
            )?;
            let mut map: HashMap<i64, Vec<Span>> = HashMap::new();
            for row in stmt.query_map([course.class_id], |r| {
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
        let spans = self.enrolments[&course.class_id].get(&student_id);
        let enrolled = spans.is_some_and(|v| {
            v.iter()
                .any(|(a, b)| date >= *a && b.is_none_or(|b| date <= b))
        });
        if !enrolled {
            let when = spans
                .map(|v| {
                    v.iter()
                        .map(|(a, b)| format!("{} – {}", ru(*a), b.map(ru).unwrap_or_default()))
                        .collect::<Vec<_>>()
                        .join(", ")
                })
                .unwrap_or_default();
            return Ok(Err(format!(
                "the student was not in {} on {} (in the class: {when})",
                course.class,
                ru(date)
            )));
        }
        if course.group.is_empty() {
            return Ok(Ok(()));
        }
        if let Entry::Vacant(slot) = self.members.entry(course.id) {
            let mut stmt =
                conn.prepare("SELECT student_id FROM group_members WHERE course_id = ?1")?;
            let set = stmt
                .query_map([course.id], |r| r.get(0))?
                .collect::<rusqlite::Result<HashSet<i64>>>()?;
            slot.insert(set);
        }
        Ok(if self.members[&course.id].contains(&student_id) {
            Ok(())
        } else {
            Err(format!(
                "the student is not in group {} of {} {}",
                course.group, course.class, course.subject
            ))
        })
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
    ) -> Result<Result<i64, String>> {
        let lessons = self.lessons_on(conn, course.id, date)?;
        let name = format!(
            "{} {}{}",
            course.class,
            course.subject,
            group_label(&course.group)
        );
        Ok(match (lessons.as_slice(), lesson_no) {
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
        })
    }

    /// A work type by name; empty means the default. The error lists the allowed ones.
    pub fn work_type(&self, name: &str) -> Result<&WorkType, String> {
        let name = if name.trim().is_empty() {
            DEFAULT_WORK_TYPE
        } else {
            name
        };
        let key = fold_key(name);
        self.work_types
            .iter()
            .find(|w| fold_key(&w.name) == key)
            .ok_or_else(|| {
                format!(
                    "\"{}\" is not a work type (allowed: {})",
                    name.trim(),
                    self.work_types
                        .iter()
                        .map(|w| w.name.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                )
            })
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

/// Date as stored.
pub fn day(d: NaiveDate) -> String {
    iso(d)
}

/// Insert a mark; the triggers check the lock and write the audit trail.
pub fn insert_mark(
    conn: &Connection,
    lesson_id: i64,
    student_id: i64,
    value: &str,
    work_type_id: i64,
    actor: &str,
) -> Result<i64> {
    conn.prepare_cached(
        "INSERT INTO marks (lesson_id, student_id, value, work_type_id, entered_at, entered_by)
         VALUES (?1, ?2, ?3, ?4, (SELECT COALESCE(now, strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')) FROM session WHERE id = 1), ?5)",
    )?
    .execute(params![lesson_id, student_id, value, work_type_id, actor])?;
    Ok(conn.last_insert_rowid())
}
