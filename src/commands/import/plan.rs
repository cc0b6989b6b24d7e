//! КТП (календарно-тематическое планирование): one course's ordered lessons. The file is
//! the course's whole plan: lessons missing from it are removed.

use std::collections::{BTreeSet, HashMap};
use std::path::Path;

use anyhow::Result;
use rusqlite::Transaction;

use super::{parse_int, Cells, Env, Importer, Outcome, Tally};
use crate::db::classes::class_by_name;
use crate::db::courses::find_course;
use crate::db::plans::{
    add_plan_item, lessons_of_plan_item, plan_item, plan_of_course, plan_totals, remove_plan_item,
    unbind_lesson, update_plan_item, PlanEntry, PlanTotals,
};
use crate::domain::class_name::{parse_class_arg, ClassName};
use crate::domain::date::{parse_date, ru};
use crate::domain::limits;
use crate::error::Unresolved;
use crate::input::raw::read_raw;
use crate::input::{edsoo, Column, HeaderMap, Problems, Record, TableReader};

pub const COLUMNS: &[Column] = &[
    Column::new("lesson_no", "№ урока", "lesson_no", true).aka(&[
        "№",
        "№ п/п",
        "номер урока",
        "урок",
        "n",
    ]),
    Column::new("topic", "Тема", "topic", true)
        .max(limits::TOPIC)
        .aka(&["тема урока", "раздел, тема"]),
    Column::new("hours", "Часов", "hours", false).aka(&[
        "кол-во часов",
        "количество часов",
        "часы",
    ]),
    Column::new("planned_date", "Дата", "planned_date", false)
        .aka(&["дата по плану", "планируемая дата"]),
    Column::new("homework", "Домашнее задание", "homework", false)
        .max(limits::HOMEWORK)
        .aka(&["д/з", "дз"]),
    Column::new("control_work", "Контрольная работа", "control_work", false).aka(&[
        "контрольные работы",
        "кр",
        "к/р",
    ]),
];

/// A control-work cell: `да`, `1`, `+`, `КР` (or any hours above none) is a control work;
/// empty, `нет`, `0`, `-` is not.
fn parse_control(s: &str) -> Result<bool, String> {
    let k = crate::domain::text::fold_key(s);
    match k.as_str() {
        "да" | "+" | "кр" | "к/р" | "x" | "х" | "v" | "yes" | "true" => return Ok(true),
        "нет" | "-" | "—" | "no" | "false" => return Ok(false),
        _ => {}
    }
    match k.replace(',', ".").parse::<f64>() {
        Ok(n) if n >= 0.0 => Ok(n > 0.0),
        _ => Err(crate::t!("plan-not-control-work", value = s)),
    }
}

/// Which course a plan file is for.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct PlanTarget {
    /// The class, like 5А [default: from the file name]
    #[arg(long, value_parser = parse_class_arg)]
    pub class: Option<ClassName>,
    /// The subject [default: from the file name]
    #[arg(long)]
    pub subject: Option<String>,
    /// The group, for a split subject
    #[arg(long)]
    pub group: Option<String>,
}

/// The course a plan file is for.
#[derive(Debug, Clone)]
pub struct Course {
    pub class: ClassName,
    pub subject: String,
    pub group: String,
    /// What of the file's name was not read (a suffix like `_edsoo` or `_2024`), for a note.
    pub ignored: Option<String>,
}

/// A group in a file name: a number of one or two digits (`2024` is a year, not a group).
fn group_in_name(part: &str) -> Option<&str> {
    let p = part.trim();
    (!p.is_empty()
        && p.len() <= 2
        && p.chars().all(|c| c.is_ascii_digit())
        && p != "0"
        && p != "00")
        .then_some(p)
}

impl PlanTarget {
    /// The course, from the options or from a file name `Класс_Предмет[_Группа][_что угодно]`
    /// (`5А_Математика.csv`, `5А_Английский язык_1.xlsx`, `5Б_Математика_edsoo.xlsx`): the
    /// group is a number; anything else after the subject is ignored (see [`Course::ignored`]).
    pub fn resolve(&self, file: &Path) -> Result<Course> {
        let stem = file.file_stem().and_then(|s| s.to_str()).unwrap_or("");
        let parts: Vec<&str> = stem.split('_').collect();
        let from_name = (parts.first().copied(), parts.get(1).copied());
        let class = match (&self.class, from_name.0.map(ClassName::parse)) {
            (Some(c), _) => c.clone(),
            (None, Some(Ok(c))) if from_name.1.is_some() => c,
            _ => {
                return Err(crate::error::usage(crate::t!(
                    "plan-which-course",
                    file = file.display().to_string()
                )))
            }
        };
        let subject = match (&self.subject, from_name.1) {
            (Some(s), _) => s.clone(),
            (None, Some(s)) if self.class.is_none() => s.to_string(),
            _ => return Err(crate::error::usage(crate::t!("plan-subject-with-class"))),
        };
        let by_name = self.class.is_none() && self.subject.is_none();
        let rest = parts.get(2..).unwrap_or(&[]);
        let name_group = rest.first().and_then(|g| group_in_name(g));
        let group = match (&self.group, name_group) {
            (Some(g), _) => g.clone(),
            (None, Some(g)) if by_name => g.to_string(),
            _ => String::new(),
        };
        let skipped = if name_group.is_some() {
            &rest[1..]
        } else {
            rest
        };
        let ignored = (by_name && !skipped.is_empty()).then(|| skipped.join("_"));
        Ok(Course {
            class,
            subject,
            group,
            ignored,
        })
    }
}

impl Course {
    /// The note for a file name with more than the course in it.
    pub fn note(&self, file: &Path) -> Option<String> {
        self.ignored.as_ref().map(|rest| {
            crate::t!(
                "plan-name-note",
                file = file.display().to_string(),
                rest = rest.as_str(),
                course = format!(
                    "{} {}{}",
                    self.class,
                    self.subject,
                    super::load::group_suffix(&self.group)
                )
            )
        })
    }
}

pub struct Plan {
    course: Course,
    env: Env,
    course_id: Option<i64>,
    seen: HashMap<i64, u64>,
}

impl Plan {
    pub fn new(course: Course, env: &Env) -> Plan {
        Plan {
            course,
            env: env.clone(),
            course_id: None,
            seen: HashMap::new(),
        }
    }

    fn course_id(&mut self, tx: &Transaction) -> Result<i64> {
        if let Some(id) = self.course_id {
            return Ok(id);
        }
        let c = &self.course;
        let class = match class_by_name(tx, &c.class)? {
            Some(class) => class,
            None => return Err(crate::db::classes::unknown_class(tx, &c.class)?.into()),
        };
        let id = find_course(tx, &class, &c.subject, &c.group)?.map_err(|e| {
            Unresolved::new(e.kind, crate::t!("plan-load-first", why = e.to_string()))
        })?;
        self.course_id = Some(id);
        Ok(id)
    }
}

impl Importer for Plan {
    fn kind(&self) -> &'static str {
        "plan"
    }

    fn columns(&self) -> &'static [Column] {
        COLUMNS
    }

    /// The edsoo.ru «поурочное планирование» is read as the lessons it lists.
    fn reshape(
        &mut self,
        _conn: &rusqlite::Connection,
        opts: &super::ImportOpts,
    ) -> Result<Option<(TableReader, Problems)>> {
        let Some(raw) = read_raw(&opts.file, &opts.read_options())? else {
            return Ok(None);
        };
        let Some(header) = edsoo::find_header(&raw) else {
            return Ok(None);
        };
        let mut p = Problems::new(&raw.label);
        let records = edsoo::read_plan(&raw, &header, &mut p);
        let names: Vec<String> = COLUMNS.iter().map(|c| c.ru.to_string()).collect();
        let map =
            HeaderMap::try_map(COLUMNS, &names).expect("the columns' own names map onto them");
        Ok(Some((
            TableReader::from_records(&raw.label, map, records),
            p,
        )))
    }

    fn row(
        &mut self,
        tx: &Transaction,
        rec: &Record,
        map: &HeaderMap,
        p: &mut Problems,
    ) -> Result<Outcome> {
        let course_id = self.course_id(tx)?;
        let c = Cells::new(rec, map);
        let before = p.len();
        let no = c
            .parsed("lesson_no", true, p, |s| {
                parse_int(s.trim_end_matches('.'), 1, 2000)
            })
            .flatten();
        let topic = c.required("topic", p);
        let hours = c
            .parsed("hours", false, p, |s| parse_int(s, 1, 200))
            .flatten()
            .unwrap_or(1);
        let (start, end) = (self.env.year_start, self.env.year_end);
        let date = c
            .parsed("planned_date", false, p, |s| {
                let d = parse_date(s)?;
                if d < start || d > end {
                    return Err(crate::t!(
                        "plan-outside-year",
                        date = ru(d),
                        start = ru(start),
                        end = ru(end)
                    ));
                }
                Ok(d)
            })
            .flatten();
        let homework = c.text("homework");
        let control_work = c
            .parsed("control_work", false, p, parse_control)
            .flatten()
            .unwrap_or(false);
        let (Some(no), Some(topic)) = (no, topic) else {
            return Ok(Outcome::Bad);
        };
        if p.len() > before {
            return Ok(Outcome::Bad);
        }
        if let Some(line) = self.seen.insert(no, rec.line) {
            c.problem(
                "lesson_no",
                p,
                crate::t!("plan-duplicate-lesson", no = no, line = line),
            );
            return Ok(Outcome::Bad);
        }
        let topic = topic.split_whitespace().collect::<Vec<_>>().join(" ");
        let entry = PlanEntry {
            lesson_no: no,
            topic: &topic,
            hours,
            planned_date: date,
            homework,
            control_work,
        };
        Ok(match plan_item(tx, course_id, no)? {
            None => {
                add_plan_item(tx, course_id, &entry)?;
                Outcome::Added
            }
            Some(item) if entry.same_as(&item) => Outcome::Unchanged,
            Some(item) => {
                update_plan_item(tx, item.id, &entry)?;
                Outcome::Updated
            }
        })
    }

    fn finish(
        &mut self,
        tx: &Transaction,
        _p: &mut Problems,
        warnings: &mut Vec<String>,
        tally: &mut Tally,
    ) -> Result<()> {
        let Some(course_id) = self.course_id else {
            return Ok(());
        };
        let keep: BTreeSet<i64> = self.seen.keys().copied().collect();
        let lock = crate::db::lock::LockState::load(tx, self.env.today)?;
        for item in plan_of_course(tx, course_id)? {
            if !keep.contains(&item.lesson_no) {
                // Lessons that carried this topic from the КТП give it up (unless their date is
                // locked), so `lessons generate` binds the new plan to them.
                for lesson in lessons_of_plan_item(tx, item.id)? {
                    if lock.why_locked(lesson.date, 0).is_none() {
                        unbind_lesson(tx, lesson.id)?;
                    }
                }
                remove_plan_item(tx, item.id)?;
                tally.removed += 1;
            }
        }
        if let (Some(&first), Some(&last)) = (keep.first(), keep.last()) {
            if first != 1 || (last - first + 1) as usize != keep.len() {
                warnings.push(crate::t!("plan-numbers-gaps", count = keep.len()));
            }
        }
        let PlanTotals {
            hours,
            hours_per_week: per_week,
        } = plan_totals(tx, course_id)?;
        let c = &self.course;
        if per_week > 0.0 && (hours as f64) < per_week * 30.0 {
            warnings.push(crate::t!(
                "plan-few-hours",
                course = format!("{} {}", c.class, c.subject),
                hours = hours,
                per_week = per_week
            ));
        }
        Ok(())
    }
}
