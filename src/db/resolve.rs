//! Finding what a journal entry refers to — class, course, student, lesson, work type —
//! from what a user or a file says, with the reason when it cannot be found. Lookups are
//! cached per class and per course, so a file of a million marks costs one query per
//! course, not per row, and a single `mark add` stays cheap.

use std::collections::hash_map::Entry;
use std::collections::{HashMap, HashSet};
use std::rc::Rc;

use anyhow::{Context, Result};
use chrono::NaiveDate;
use rusqlite::{Connection, Row};

use super::absences::absences_of_course;
use super::calendar::SchoolCalendar;
use super::classes::{class_by_name, unknown_class, ClassRow};
use super::courses::find_course;
use super::enrolments::enrolments_of_class;
use super::groups::group_members;
use super::lessons::lessons_of_course;
use super::lock::LockState;
use super::marks::{work_types, WorkType, DEFAULT_WORK_TYPE};
use super::people::{find_person, students_of_class, Person};
use super::permits::EntryWindow;
use crate::domain::class_name::ClassName;
use crate::domain::date::{in_span, ru, Span};
use crate::domain::fio::PersonRef;
use crate::domain::marks::AbsenceCode;
use crate::domain::text::fold_key;
use crate::error::{stored, Miss, NameKind, Unresolved};

/// A course with the names messages use.
#[derive(Debug, Clone)]
pub struct CourseInfo {
    pub id: i64,
    pub class_id: i64,
    pub class: String,
    pub grade: u8,
    pub subject: String,
    pub group: String,
}

impl CourseInfo {
    fn from_row(r: &Row) -> rusqlite::Result<CourseInfo> {
        Ok(CourseInfo {
            id: r.get("id")?,
            class_id: r.get("class_id")?,
            class: r.get("class")?,
            grade: r.get("grade")?,
            subject: r.get("subject")?,
            group: r.get("group_name")?,
        })
    }

    fn load(conn: &Connection, course_id: i64) -> Result<CourseInfo> {
        conn.prepare_cached(
            "SELECT c.id, c.class_id, cl.name AS class, cl.grade, s.name AS subject, c.group_name
             FROM courses c JOIN classes cl ON cl.id = c.class_id JOIN subjects s ON s.id = c.subject_id
             WHERE c.id = ?1",
        )?
        .query_row([course_id], CourseInfo::from_row)
        .with_context(|| crate::t!("course-context-read", id = course_id))
    }

    /// The course as messages name it: `5А Английский язык (группа 1)`.
    pub fn name(&self) -> String {
        format!(
            "{} {}{}",
            self.class,
            self.subject,
            group_label(&self.group)
        )
    }
}

/// A lookup's answer: the id, or why the name does not resolve.
pub(super) type Found = Result<i64, Unresolved>;

/// " (группа 1)" after a course's name, or nothing for a whole-class course.
pub fn group_label(group: &str) -> String {
    if group.is_empty() {
        String::new()
    } else {
        format!(" (группа {group})")
    }
}

/// The journal's lookups, cached.
pub struct Index {
    pub calendar: SchoolCalendar,
    pub lock: LockState,
    /// The lesson-day rule and the permits valid today.
    pub window: EntryWindow,
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
    absences: HashMap<i64, HashMap<(i64, i64), AbsenceCode>>,
}

impl Index {
    pub fn new(conn: &Connection, today: NaiveDate) -> Result<Index> {
        let work_types = work_types(conn)?;
        let work_type_keys = work_types.iter().map(|w| fold_key(&w.name)).collect();
        Ok(Index {
            calendar: SchoolCalendar::load(conn)?,
            lock: LockState::load(conn, today)?,
            window: EntryWindow::load(conn, today)?,
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
        match self.classes[name].clone() {
            Some(c) => Ok(Ok(c)),
            None => Ok(Err(unknown_class(conn, name)?)),
        }
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
        let info = Rc::new(CourseInfo::load(conn, course_id)?);
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
                    &crate::t!("people-what-student", class = class.name.as_str()),
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
            let mut map: HashMap<i64, Vec<Span>> = HashMap::new();
            for e in enrolments_of_class(conn, class_id)? {
                map.entry(e.student_id).or_default().push((e.from, e.to));
            }
            slot.insert(map);
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
        if let Entry::Vacant(slot) = self.members.entry(course.id) {
            slot.insert(group_members(conn, course.id)?.into_iter().collect());
        }
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
                crate::t!(
                    "resolve-not-enrolled",
                    class = course.class.as_str(),
                    date = ru(date),
                    when = when
                ),
            )));
        }
        Ok(if self.in_group(conn, course, student_id)? {
            Ok(())
        } else {
            Err(Miss::rule(
                "student",
                crate::t!(
                    "resolve-not-in-group",
                    group = course.group.as_str(),
                    class = course.class.as_str(),
                    subject = course.subject.as_str()
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

    /// The lessons of a course on a date: [(id, lesson no)].
    pub fn lessons_on(
        &mut self,
        conn: &Connection,
        course_id: i64,
        date: NaiveDate,
    ) -> Result<Vec<(i64, i64)>> {
        if let Entry::Vacant(slot) = self.lessons.entry(course_id) {
            let mut map: HashMap<NaiveDate, Vec<(i64, i64)>> = HashMap::new();
            for l in lessons_of_course(conn, course_id)? {
                map.entry(l.date).or_default().push((l.id, l.lesson_no));
            }
            for v in map.values_mut() {
                v.sort_by_key(|x| x.1);
            }
            slot.insert(map);
        }
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
        let numbers = || {
            lessons
                .iter()
                .map(|l| l.1.to_string())
                .collect::<Vec<_>>()
                .join(", ")
        };
        let found = match (lessons.as_slice(), lesson_no) {
            ([], _) => Err(if self.calendar.is_study_day(date, course.grade) {
                crate::t!(
                    "resolve-no-lesson-timetable",
                    course = name.as_str(),
                    date = ru(date)
                )
            } else {
                crate::t!(
                    "resolve-no-lesson-not-study-day",
                    course = name.as_str(),
                    date = ru(date)
                )
            }),
            ([(id, _)], None) => Ok(*id),
            (many, None) => Err(crate::t!(
                "resolve-several-lessons",
                course = name.as_str(),
                count = many.len(),
                date = ru(date),
                numbers = numbers()
            )),
            (many, Some(no)) => many.iter().find(|l| l.1 == no).map(|l| l.0).ok_or_else(|| {
                crate::t!(
                    "resolve-no-lesson-number",
                    course = name.as_str(),
                    no = no,
                    date = ru(date),
                    numbers = numbers()
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
                        crate::t!(
                            "resolve-not-a-work-type",
                            value = wanted.trim(),
                            allowed = self
                                .work_types
                                .iter()
                                .map(|w| w.name.as_str())
                                .collect::<Vec<_>>()
                                .join(", ")
                        ),
                    )
                    .did_you_mean(crate::domain::text::closest(
                        wanted,
                        self.work_types.iter().map(|w| w.name.as_str()),
                    ))
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
    ) -> Result<Option<AbsenceCode>> {
        if let Entry::Vacant(slot) = self.absences.entry(course_id) {
            let mut map = HashMap::new();
            for a in absences_of_course(conn, course_id)? {
                let code = AbsenceCode::parse(&a.code).map_err(|e| {
                    stored(
                        "absences",
                        crate::t!(
                            "error-row-lesson-student",
                            lesson = a.lesson_id,
                            student = a.student_id
                        ),
                        e,
                    )
                })?;
                map.insert((a.lesson_id, a.student_id), code);
            }
            slot.insert(map);
        }
        Ok(self.absences[&course_id]
            .get(&(lesson_id, student_id))
            .copied())
    }

    /// Keep the cache true after writing an absence.
    pub fn note_absence(
        &mut self,
        course_id: i64,
        lesson_id: i64,
        student_id: i64,
        code: AbsenceCode,
    ) {
        if let Some(m) = self.absences.get_mut(&course_id) {
            m.insert((lesson_id, student_id), code);
        }
    }

    /// Refuse a date in the future: marks and absences are entered on the lesson day.
    pub fn check_not_future(&self, date: NaiveDate) -> Result<(), String> {
        if date > self.today {
            return Err(crate::t!(
                "resolve-future",
                date = ru(date),
                today = ru(self.today)
            ));
        }
        Ok(())
    }
}
