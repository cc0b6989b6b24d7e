//! Timetable (расписание): weekday × lesson number → course. A class's rows in a file are
//! its whole timetable: slots of that class missing from the file are removed.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use anyhow::Result;
use rusqlite::Transaction;

use super::{parse_int, Cells, Env, Importer, Outcome, Tally};
use crate::db::courses::{courses_of, find_course, subject_id};
use crate::db::timetable::{add_slot, course_hours, remove_slot, slots_of_class, teacher_clashes};
use crate::domain::date::parse_weekday;
use crate::domain::limits;
use crate::input::{Column, HeaderMap, Problems, Record};

pub const COLUMNS: &[Column] = &[
    Column::new("class", "Класс", "class", true),
    Column::new("weekday", "День", "weekday", true).aka(&["день недели", "day"]),
    Column::new("lesson_no", "Урок", "lesson_no", true).aka(&["№ урока", "номер урока", "lesson"]),
    Column::new("subject", "Предмет", "subject", true)
        .max(limits::SUBJECT)
        .aka(&["учебный предмет", "дисциплина"]),
    Column::new("group", "Группа", "group", false).aka(&["подгруппа"]),
];

/// Russian weekday names, Monday first.
pub const WEEKDAYS: [&str; 7] = ["Пн", "Вт", "Ср", "Чт", "Пт", "Сб", "Вс"];

struct Slot {
    course_id: i64,
    whole_class: bool,
    line: u64,
    label: String,
}

pub struct Timetable {
    env: Env,
    /// (class, weekday, lesson) → what the file puts there
    slots: HashMap<(i64, u32, i64), Vec<Slot>>,
    classes: BTreeMap<i64, String>,
}

impl Timetable {
    pub fn new(env: &Env) -> Timetable {
        Timetable {
            env: env.clone(),
            slots: HashMap::new(),
            classes: BTreeMap::new(),
        }
    }
}

impl Importer for Timetable {
    fn kind(&self) -> &'static str {
        "timetable"
    }

    fn columns(&self) -> &'static [Column] {
        COLUMNS
    }

    /// A grid (day and lesson down, a column per class) is read as the flat rows it holds.
    fn reshape(
        &mut self,
        conn: &rusqlite::Connection,
        opts: &super::ImportOpts,
    ) -> Result<Option<(crate::input::TableReader, Problems)>> {
        super::timetable_grid::reshape(conn, opts, COLUMNS)
    }

    fn row(
        &mut self,
        tx: &Transaction,
        rec: &Record,
        map: &HeaderMap,
        p: &mut Problems,
    ) -> Result<Outcome> {
        let c = Cells::new(rec, map);
        let before = p.len();
        let class = c.known_class(tx, p)?;
        let weekday = c.parsed("weekday", true, p, parse_weekday).flatten();
        match weekday {
            Some(7) => c.problem("weekday", p, crate::t!("timetable-sunday")),
            Some(6) if self.env.week_days < 6 => {
                c.problem("weekday", p, crate::t!("timetable-saturday"))
            }
            _ => {}
        }
        let lesson_no = c
            .parsed("lesson_no", true, p, |s| parse_int(s, 1, 12))
            .flatten();
        let subject = c.required("subject", p);
        let group = c.text("group");
        let (Some(class), Some(weekday), Some(lesson_no), Some(subject)) =
            (class, weekday, lesson_no, subject)
        else {
            return Ok(Outcome::Bad);
        };
        if p.len() > before {
            return Ok(Outcome::Bad);
        }
        // No group named for a split subject: the slot is every group's.
        let courses: Vec<(i64, bool, String)> =
            match (group.is_empty(), subject_id(tx, subject, false)?) {
                (true, Some(sid))
                    if courses_of(tx, class.id, sid)?
                        .first()
                        .is_some_and(|c| !c.group.is_empty()) =>
                {
                    courses_of(tx, class.id, sid)?
                        .into_iter()
                        .map(|c| (c.id, false, format!("{subject} (группа {})", c.group)))
                        .collect()
                }
                _ => match find_course(tx, &class, subject, group)? {
                    Ok(id) => vec![(
                        id,
                        group.is_empty(),
                        format!("{subject}{}", super::load::group_suffix(group)),
                    )],
                    Err(e) => {
                        c.problem(
                            "subject",
                            p,
                            crate::t!("import-course-not-in-load", why = e.to_string()),
                        );
                        return Ok(Outcome::Bad);
                    }
                },
            };
        self.classes.insert(class.id, class.name.clone());
        let slot = self
            .slots
            .entry((class.id, weekday, lesson_no))
            .or_default();
        for (course_id, whole_class, label) in &courses {
            if let Some(other) = slot
                .iter()
                .find(|s| s.course_id == *course_id || s.whole_class || *whole_class)
            {
                p.at(
                    rec.line,
                    None,
                    crate::t!(
                        "timetable-clash",
                        class = class.name.as_str(),
                        day = WEEKDAYS[weekday as usize - 1],
                        no = lesson_no,
                        label = label.as_str(),
                        other = other.label.as_str(),
                        line = other.line
                    ),
                );
                return Ok(Outcome::Bad);
            }
        }
        let mut added = false;
        for (course_id, whole_class, label) in courses {
            added |= add_slot(tx, class.id, weekday, lesson_no, course_id)?;
            slot.push(Slot {
                course_id,
                whole_class,
                line: rec.line,
                label,
            });
        }
        Ok(if added {
            Outcome::Added
        } else {
            Outcome::Unchanged
        })
    }

    fn finish(
        &mut self,
        tx: &Transaction,
        _p: &mut Problems,
        warnings: &mut Vec<String>,
        tally: &mut Tally,
    ) -> Result<()> {
        // The file is the whole timetable of each class it names.
        let keep: BTreeSet<(i64, u32, i64, i64)> = self
            .slots
            .iter()
            .flat_map(|(&(class, wd, no), v)| v.iter().map(move |s| (class, wd, no, s.course_id)))
            .collect();
        for &class_id in self.classes.keys() {
            for slot in slots_of_class(tx, class_id)? {
                if !keep.contains(&(class_id, slot.weekday, slot.lesson_no, slot.course_id)) {
                    remove_slot(tx, slot.id)?;
                    tally.removed += 1;
                }
            }
        }
        // Hours in the timetable against the load, and teachers in two places at once.
        let class_ids: Vec<i64> = self.classes.keys().copied().collect();
        for c in course_hours(tx, &class_ids)? {
            if (c.slots as f64 - c.hours_per_week).abs() >= 1.0 {
                let course = format!(
                    "{} {}{}",
                    c.class,
                    c.subject,
                    super::load::group_suffix(&c.group)
                );
                warnings.push(crate::t!(
                    "timetable-hours-differ",
                    course = course,
                    lessons = c.slots,
                    hours = c.hours_per_week
                ));
            }
        }
        for clash in teacher_clashes(tx)? {
            warnings.push(crate::t!(
                "timetable-teacher-clash",
                teacher = clash.teacher.trim(),
                classes = clash.classes.as_str(),
                day = WEEKDAYS[clash.weekday as usize - 1],
                no = clash.lesson_no
            ));
        }
        Ok(())
    }
}
