//! Checking a mark or an absence as a user or a file gives it against the journal: every
//! name resolved, every rule of the journal applied, all problems of a request at once.

use std::rc::Rc;

use anyhow::{Context, Result};
use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension};

use super::marks::has_mark;
use super::permits::Admission;
use super::resolve::{group_label, CourseInfo, Index};
use crate::domain::class_name::{ClassName, Grade};
use crate::domain::date::ru;
use crate::domain::marks::{AbsenceCode, Mark};
use crate::error::{Miss, Misses};

/// A mark as a user or a file gives it.
#[derive(Debug, Clone)]
pub struct MarkRequest<'a> {
    pub date: NaiveDate,
    pub class: &'a ClassName,
    pub subject: &'a str,
    pub group: &'a str,
    pub student: &'a str,
    pub mark: Mark,
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
    /// The lesson-day rule: on time, under a permit, or late.
    pub admission: Admission,
}

/// An absence as a user or a file gives it; no subject means every lesson of the day.
#[derive(Debug, Clone)]
pub struct AbsenceRequest<'a> {
    pub date: NaiveDate,
    pub class: &'a ClassName,
    pub student: &'a str,
    pub code: AbsenceCode,
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
    /// The lesson-day rule for all its lessons: on time, under one permit, or late.
    pub admission: Admission,
    pub lessons: Vec<(Rc<CourseInfo>, i64)>,
}

/// Push a lookup's failure to the misses and go on with `None`.
fn noted<T>(miss: &mut Misses, found: Result<T, impl Into<Miss>>) -> Option<T> {
    match found {
        Ok(v) => Some(v),
        Err(e) => {
            miss.push(e.into());
            None
        }
    }
}

/// The ids of a class's courses.
fn course_ids_of_class(conn: &Connection, class_id: i64) -> Result<Vec<i64>> {
    let mut stmt = conn.prepare_cached("SELECT id FROM courses WHERE class_id = ?1")?;
    let rows = stmt.query_map([class_id], |r| r.get(0))?;
    rows.collect::<rusqlite::Result<_>>()
        .with_context(|| crate::t!("course-context-class"))
}

/// A course of a class, a whole-class one if it has any.
fn any_course_of_class(conn: &Connection, class_id: i64) -> Result<Option<i64>> {
    conn.prepare_cached(
        "SELECT id FROM courses WHERE class_id = ?1 ORDER BY group_name = '' DESC LIMIT 1",
    )?
    .query_row([class_id], |r| r.get(0))
    .optional()
    .with_context(|| crate::t!("course-context-class"))
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
        let work_type = noted(
            &mut miss,
            self.work_type(m.work_type).map(|w| (w.id, w.grace_days)),
        );
        if let Err(e) = self.check_not_future(m.date) {
            miss.push(Miss::rule(
                "date",
                crate::t!("request-future-mark", error = e),
            ));
        }
        let Some(class) = noted(&mut miss, self.class(conn, m.class)?) else {
            return Ok(Err(miss));
        };
        if !Grade(class.grade).has_marks() {
            miss.push(Miss::rule(
                "class",
                crate::t!("request-grade-one", class = class.name.as_str()),
            ));
            return Ok(Err(miss));
        }
        let course = match noted(&mut miss, self.course(conn, &class, m.subject, m.group)?) {
            Some(id) => self.course_info(conn, id)?,
            None => return Ok(Err(miss)),
        };
        let student = noted(&mut miss, self.student(conn, &class, m.student)?);
        let lesson = noted(&mut miss, self.lesson(conn, &course, m.date, m.lesson_no)?);
        if let Some(s) = student {
            if let Err(e) = self.student_on(conn, &course, s, m.date)? {
                miss.push(e);
            }
        }
        // A locked date is the caller's to refuse: an import lets an unchanged mark pass.
        let locked = work_type.and_then(|(_, grace)| self.lock.why_locked(m.date, grace));
        if let (Some(lesson_id), Some(student_id)) = (lesson, student) {
            if let Some(code) = self.absence(conn, course.id, lesson_id, student_id)? {
                if code.is_missed() {
                    miss.push(Miss::rule(
                        "student",
                        crate::t!("request-absent", code = code.as_str()),
                    ));
                }
            }
        }
        match (miss.is_empty(), lesson, student, work_type) {
            (true, Some(lesson_id), Some(student_id), Some((work_type_id, grace))) => {
                // Like the lock, lateness is the caller's to refuse (an unchanged mark passes).
                let admission = self
                    .window
                    .judge(m.date, grace, &[(course.class_id, course.id)]);
                Ok(Ok(ResolvedMark {
                    course,
                    lesson_id,
                    student_id,
                    work_type_id,
                    locked,
                    admission,
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
        let Some(class) = noted(&mut miss, self.class(conn, a.class)?) else {
            return Ok(Err(miss));
        };
        let Some(student_id) = noted(&mut miss, self.student(conn, &class, a.student)?) else {
            return Ok(Err(miss));
        };
        let whole_day = a.subject.is_empty();
        let lessons = if whole_day {
            let lessons = self.lessons_of_day(conn, class.id, student_id, a)?;
            if lessons.is_empty() {
                miss.push(Miss::rule(
                    "date",
                    crate::t!(
                        "request-no-lessons-of-day",
                        class = class.name.as_str(),
                        date = ru(a.date)
                    ),
                ));
            }
            // The whole day: he must have been in the class.
            if let Some(c) = self.course_info_any(conn, class.id)? {
                if let Err(e) = self.student_on(conn, &c, student_id, a.date)? {
                    miss.push(e);
                }
            }
            lessons
        } else {
            let course = match noted(&mut miss, self.course(conn, &class, a.subject, a.group)?) {
                Some(id) => self.course_info(conn, id)?,
                None => return Ok(Err(miss)),
            };
            let mut lessons = Vec::new();
            if let Some(id) = noted(&mut miss, self.lesson(conn, &course, a.date, a.lesson_no)?) {
                lessons.push((Rc::clone(&course), id));
            }
            if let Err(e) = self.student_on(conn, &course, student_id, a.date)? {
                miss.push(e);
            }
            lessons
        };
        let locked = self.lock.why_locked(a.date, 0);
        if a.code.is_missed() {
            for (course, lesson_id) in &lessons {
                if has_mark(conn, *lesson_id, student_id)? {
                    miss.push(Miss::rule(
                        "code",
                        crate::t!(
                            "request-has-mark",
                            subject = course.subject.as_str(),
                            group = group_label(&course.group),
                            code = a.code.as_str()
                        ),
                    ));
                }
            }
        }
        let courses: Vec<(i64, i64)> = lessons.iter().map(|(c, _)| (c.class_id, c.id)).collect();
        let admission = self.window.judge(a.date, 0, &courses);
        Ok(if miss.is_empty() {
            Ok(ResolvedAbsence {
                student_id,
                locked,
                admission,
                lessons,
            })
        } else {
            Err(miss)
        })
    }

    /// Every lesson of the day the student attends (optionally only one lesson number).
    fn lessons_of_day(
        &mut self,
        conn: &Connection,
        class_id: i64,
        student_id: i64,
        a: &AbsenceRequest,
    ) -> Result<Vec<(Rc<CourseInfo>, i64)>> {
        let mut lessons = Vec::new();
        for id in course_ids_of_class(conn, class_id)? {
            let course = self.course_info(conn, id)?;
            if self.student_on(conn, &course, student_id, a.date)?.is_err() {
                continue;
            }
            for (id, no) in self.lessons_on(conn, course.id, a.date)? {
                if a.lesson_no.is_none_or(|n| n == no) {
                    lessons.push((Rc::clone(&course), id));
                }
            }
        }
        Ok(lessons)
    }

    /// Any whole-class course of a class (to check enrolment for a whole day).
    fn course_info_any(&mut self, conn: &Connection, class_id: i64) -> Result<Option<CourseInfo>> {
        match any_course_of_class(conn, class_id)? {
            Some(id) => {
                let mut info = (*self.course_info(conn, id)?).clone();
                info.group.clear(); // enrolment only
                Ok(Some(info))
            }
            None => Ok(None),
        }
    }
}
