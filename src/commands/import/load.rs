//! Teaching load (нагрузка): which teacher teaches which subject to which class or group,
//! and for how many hours a week. Each row is a course.

use crate::error::NameKind;
use std::collections::HashMap;

use anyhow::Result;
use rusqlite::Transaction;

use super::{Cells, Importer, Outcome};
use crate::db::courses::{
    add_course, course_load, courses_of, subject_id, update_course, NewCourse,
};
use crate::db::people::{all_staff, find_person, Person};
use crate::domain::fio::PersonRef;
use crate::domain::limits;
use crate::domain::text::fold_key;
use crate::input::{Column, HeaderMap, Problems, Record};

pub const COLUMNS: &[Column] = &[
    Column::new("class", "Класс", "class", true),
    Column::new("subject", "Предмет", "subject", true)
        .max(limits::SUBJECT)
        .aka(&["учебный предмет", "дисциплина"]),
    Column::new("teacher", "Учитель", "teacher", true).aka(&[
        "педагог",
        "фио учителя",
        "преподаватель",
    ]),
    Column::new("hours_per_week", "Часов в неделю", "hours_per_week", true).aka(&[
        "часы",
        "часов",
        "кол-во часов",
        "часов в нед",
        "hours",
    ]),
    Column::new("group", "Группа", "group", false).aka(&["подгруппа"]),
];

#[derive(Default)]
pub struct Load {
    staff: Option<Vec<Person>>,
    seen: HashMap<(String, String, String), u64>,
}

/// Hours a week: `3`, `1.5`, `1,5`.
pub fn parse_hours(s: &str) -> Result<f64, String> {
    let v: f64 = s
        .replace(',', ".")
        .parse()
        .map_err(|_| crate::t!("import-not-hours", value = s))?;
    if !(v > 0.0 && v <= 40.0) {
        return Err(crate::t!("import-hours-range", value = s));
    }
    Ok(v)
}

impl Importer for Load {
    fn kind(&self) -> &'static str {
        "load"
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
        if self.staff.is_none() {
            self.staff = Some(all_staff(tx)?);
        }
        let staff = self.staff.as_deref().unwrap_or_default();
        let c = Cells::new(rec, map);
        let before = p.len();
        let class = c.known_class(tx, p)?;
        let subject = c.required("subject", p);
        let teacher = c
            .parsed("teacher", true, p, PersonRef::parse)
            .flatten()
            .and_then(|who| {
                match find_person(
                    staff,
                    &who,
                    NameKind::Teacher,
                    &crate::t!("import-member-of-staff"),
                ) {
                    Ok(t) => Some(t.id),
                    Err(e) => {
                        c.problem(
                            "teacher",
                            p,
                            crate::t!("import-teacher-not-in-staff", why = e.to_string()),
                        );
                        None
                    }
                }
            });
        let hours = c.parsed("hours_per_week", true, p, parse_hours).flatten();
        let group = c.text("group").to_string();
        let (Some(class), Some(subject), Some(teacher), Some(hours)) =
            (class, subject, teacher, hours)
        else {
            return Ok(Outcome::Bad);
        };
        if p.len() > before {
            return Ok(Outcome::Bad);
        }
        let key = (class.name.clone(), fold_key(subject), fold_key(&group));
        if let Some(line) = self.seen.insert(key, rec.line) {
            p.at(
                rec.line,
                None,
                crate::t!(
                    "import-duplicate-course",
                    class = class.name.as_str(),
                    subject = subject,
                    group = group_suffix(&group),
                    line = line
                ),
            );
            return Ok(Outcome::Bad);
        }
        let subject_id = subject_id(tx, subject, true)?.unwrap_or_default();
        let courses = courses_of(tx, class.id, subject_id)?;
        let want = fold_key(&group);
        let mixed = courses
            .iter()
            .any(|c| fold_key(&c.group) != want && (c.group.is_empty() || group.is_empty()));
        if mixed {
            c.problem(
                "group",
                p,
                if group.is_empty() {
                    crate::t!(
                        "import-taught-in-groups",
                        class = class.name.as_str(),
                        subject = subject
                    )
                } else {
                    crate::t!(
                        "import-taught-to-class",
                        class = class.name.as_str(),
                        subject = subject
                    )
                },
            );
            return Ok(Outcome::Bad);
        }
        let exact = course_load(tx, class.id, subject_id, &group)?;
        if exact
            .as_ref()
            .is_some_and(|e| e.teacher_id == teacher && e.hours_per_week == hours)
        {
            return Ok(Outcome::Unchanged);
        }
        // The same group spelt differently (case, ё) is the same course.
        let existing = exact.map(|e| e.id).or_else(|| {
            courses
                .iter()
                .find(|c| fold_key(&c.group) == want)
                .map(|c| c.id)
        });
        Ok(match existing {
            None => {
                add_course(
                    tx,
                    &NewCourse {
                        class_id: class.id,
                        subject_id,
                        group: &group,
                        teacher_id: teacher,
                        hours_per_week: hours,
                    },
                )?;
                Outcome::Added
            }
            Some(id) => {
                update_course(tx, id, teacher, hours, &group)?;
                Outcome::Updated
            }
        })
    }
}

/// ` (группа 1)` after a subject taught in groups; nothing for the whole class.
pub fn group_suffix(group: &str) -> String {
    if group.is_empty() {
        String::new()
    } else {
        format!(" (группа {group})")
    }
}
