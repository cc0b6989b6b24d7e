//! Groups (группы) of split classes: which students of a class learn a subject in which group.

use crate::error::NameKind;
use std::collections::HashMap;

use anyhow::Result;
use rusqlite::Transaction;

use super::{Cells, Importer, Outcome};
use crate::db::courses::{courses_of, find_course, subject_id};
use crate::db::groups::{add_member, is_member, remove_member};
use crate::db::people::{find_person, students_of_class, Person};
use crate::domain::fio::PersonRef;
use crate::domain::limits;
use crate::input::{Column, HeaderMap, Problems, Record};

pub const COLUMNS: &[Column] = &[
    Column::new("class", "Класс", "class", true),
    Column::new("subject", "Предмет", "subject", true)
        .max(limits::SUBJECT)
        .aka(&["учебный предмет", "дисциплина"]),
    Column::new("group", "Группа", "group", true).aka(&["подгруппа"]),
    Column::new("student", "Ученик", "student", true).aka(&[
        "фио",
        "фио ученика",
        "учащийся",
        "обучающийся",
    ]),
];

#[derive(Default)]
pub struct Groups {
    students: HashMap<i64, Vec<Person>>,
    /// (class, subject, student) → (group, line)
    seen: HashMap<(i64, i64, i64), (String, u64)>,
}

impl Importer for Groups {
    fn kind(&self) -> &'static str {
        "groups"
    }

    fn columns(&self) -> &'static [Column] {
        COLUMNS
    }

    fn row(
        &mut self,
        tx: &Transaction,
        rec: &Record,
        map: &HeaderMap,
        p: &mut Problems,
    ) -> Result<Outcome> {
        let c = Cells::new(rec, map);
        let Some(class) = c.known_class(tx, p)? else {
            return Ok(Outcome::Bad);
        };
        let (Some(subject), Some(group)) = (c.required("subject", p), c.required("group", p))
        else {
            return Ok(Outcome::Bad);
        };
        let course_id = match find_course(tx, &class, subject, group)? {
            Ok(id) => Some(id),
            Err(e) => {
                c.problem(
                    "group",
                    p,
                    crate::t!("import-course-not-in-load", why = e.to_string()),
                );
                None
            }
        };
        if let std::collections::hash_map::Entry::Vacant(e) = self.students.entry(class.id) {
            e.insert(students_of_class(tx, class.id)?);
        }
        let people = &self.students[&class.id];
        let student = c
            .parsed("student", true, p, PersonRef::parse)
            .flatten()
            .and_then(|who| {
                match find_person(
                    people,
                    &who,
                    NameKind::Student,
                    &crate::t!("import-student-in-class", class = class.name.as_str()),
                ) {
                    Ok(s) => Some(s.id),
                    Err(e) => {
                        c.problem("student", p, e);
                        None
                    }
                }
            });
        let (Some(course_id), Some(student_id)) = (course_id, student) else {
            return Ok(Outcome::Bad);
        };
        let subject_id = subject_id(tx, subject, false)?.unwrap_or_default();
        if let Some((g, line)) = self.seen.insert(
            (class.id, subject_id, student_id),
            (group.to_string(), rec.line),
        ) {
            c.problem(
                "student",
                p,
                crate::t!(
                    "import-already-in-group",
                    group = g.to_string(),
                    subject = subject,
                    line = line
                ),
            );
            return Ok(Outcome::Bad);
        }
        // His membership in the subject's groups before this import.
        let mut current = Vec::new();
        for course in courses_of(tx, class.id, subject_id)? {
            if is_member(tx, course.id, student_id)? {
                current.push(course.id);
            }
        }
        if current == [course_id] {
            return Ok(Outcome::Unchanged);
        }
        let moved = !current.is_empty();
        for old in current {
            remove_member(tx, old, student_id)?;
        }
        add_member(tx, course_id, student_id)?;
        Ok(if moved {
            Outcome::Updated
        } else {
            Outcome::Added
        })
    }
}
