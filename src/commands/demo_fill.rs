//! The demo's two months of a journal being kept: lessons from the timetable with their
//! КТП topics, marks with work types (every student of a control work gets one), absences
//! (illness over whole days, single unexcused lessons, lateness), a substitute now and then,
//! the first quarter's final marks, and the lock on the first quarter. Deterministic: the
//! same demo every run.

use std::collections::HashMap;

use anyhow::Result;
use chrono::NaiveDate;

use crate::context::Ctx;
use crate::db::absences::insert_absence;
use crate::db::attendance::{course_members, Enrolment};
use crate::db::demo::{lock_until, set_entry_day};
use crate::db::lessons::{lessons_between, set_substitute, substitute_teachers};
use crate::db::marks::{insert_mark, work_types, DEFAULT_WORK_TYPE};
use crate::db::{self, calendar::SchoolCalendar};
use crate::domain::calendar::PeriodCode;
use crate::domain::class_name::Grade;
use crate::domain::date::iso;
use crate::domain::marks::AbsenceCode;

/// A small deterministic generator (xorshift), so the demo needs no random crate.
struct Dice(u64);

impl Dice {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    /// True with probability `p`.
    fn chance(&mut self, p: f64) -> bool {
        (self.next() % 10_000) as f64 / 10_000.0 < p
    }

    fn pick(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// What the fill made.
#[derive(Debug, Default)]
pub struct Filled {
    pub marks: usize,
    pub absences: usize,
    pub finals: usize,
    pub locked_until: Option<NaiveDate>,
}

/// The work type a lesson's topic calls for, when the whole class writes.
fn written_work(topic: &str) -> Option<&'static str> {
    let t = topic.to_lowercase();
    [
        ("контрольн", "Контрольная работа"),
        ("диктант", "Диктант"),
        ("сочинени", "Сочинение"),
        ("изложени", "Изложение"),
        ("проверочн", "Проверочная работа"),
        ("лабораторн", "Лабораторная работа"),
        ("практическ", "Практическая работа"),
    ]
    .iter()
    .find(|(k, _)| t.contains(k) && !t.contains("анализ"))
    .map(|(_, w)| *w)
}

/// Fill the journal from the start of the year to the end of the first quarter.
pub fn fill(ctx: &mut Ctx) -> Result<Filled> {
    let cal = SchoolCalendar::load(&ctx.conn)?;
    let (from, to) = cal.period(PeriodCode::Q1)?;
    super::lesson::generate(ctx, None, None, None)?;
    let mut filled = Filled::default();
    let work_types: HashMap<String, i64> = work_types(&ctx.conn)?
        .into_iter()
        .map(|w| (w.name, w.id))
        .collect();
    // Lessons of the quarter, by date, class and number.
    let lessons = lessons_between(&ctx.conn, from, to)?;
    // Who attends each course on a date: class enrolment, and the group for a group course.
    let mut by_course: HashMap<i64, Vec<Enrolment>> = HashMap::new();
    for m in course_members(&ctx.conn)? {
        by_course.entry(m.course_id).or_default().push(m.enrolment);
    }
    let substitutes = substitute_teachers(&ctx.conn)?;

    let mut dice = Dice(0x5EED_2023_0901);
    // Each student's level, 3.0 … 5.0, fixed for the demo.
    let mut level: HashMap<i64, f64> = HashMap::new();
    // Who is ill on which day: decided once per student and day.
    let mut ill: HashMap<(i64, NaiveDate), bool> = HashMap::new();
    let mut ill_streak: HashMap<i64, u32> = HashMap::new();

    let tx = db::begin_write(&mut ctx.conn, &ctx.actor, Some("demo"), ctx.today)?;
    let mut current_day = None;
    for lesson in &lessons {
        let day = lesson.date;
        if current_day != Some(day) {
            // Entries are made on the lesson day, in the afternoon.
            set_entry_day(&tx, day)?;
            current_day = Some(day);
        }
        if dice.chance(0.01) && !substitutes.is_empty() {
            let t = substitutes[dice.pick(substitutes.len())];
            set_substitute(&tx, lesson.id, t)?;
        }
        let written = written_work(&lesson.topic);
        let students = by_course
            .get(&lesson.course_id)
            .cloned()
            .unwrap_or_default();
        let at = format!("{}T15:30:00", iso(day));
        for e in students {
            if day < e.from || e.to.is_some_and(|b| day > b) {
                continue;
            }
            let student = e.student_id;
            // Illness lasts a few days and covers whole days.
            let is_ill = *ill.entry((student, day)).or_insert_with(|| {
                let streak = ill_streak.entry(student).or_insert(0);
                if *streak > 0 {
                    *streak -= 1;
                    true
                } else if dice.chance(0.006) {
                    *streak = 1 + dice.pick(4) as u32;
                    true
                } else {
                    false
                }
            });
            let code = if is_ill {
                Some(AbsenceCode::Ill)
            } else if dice.chance(0.008) {
                Some(AbsenceCode::Unexcused)
            } else if dice.chance(0.006) {
                Some(AbsenceCode::Late)
            } else {
                None
            };
            if let Some(code) = code {
                insert_absence(&tx, lesson.id, student, code.as_str())?;
                filled.absences += 1;
                if code.is_missed() {
                    continue;
                }
            }
            if !Grade(lesson.grade).has_marks() {
                continue; // безотметочное обучение
            }
            let lvl = *level
                .entry(student)
                .or_insert_with(|| 3.0 + (dice.next() % 200) as f64 / 100.0);
            let mut give = |work: &str, dice: &mut Dice| -> Result<()> {
                let noise = (dice.next() % 200) as f64 / 100.0 - 1.0;
                let mark = (lvl + noise).round().clamp(2.0, 5.0) as u8;
                let value = mark.to_string();
                let teacher = lesson.teacher.trim();
                insert_mark(
                    &tx,
                    lesson.id,
                    student,
                    &value,
                    work_types[work],
                    teacher,
                    &at,
                )?;
                filled.marks += 1;
                Ok(())
            };
            match written {
                Some(w) => give(w, &mut dice)?,
                None if dice.chance(0.22) => give(DEFAULT_WORK_TYPE, &mut dice)?,
                None if dice.chance(0.06) => give("Домашняя работа", &mut dice)?,
                None if dice.chance(0.04) => give("Самостоятельная работа", &mut dice)?,
                None => {}
            }
        }
    }
    db::commit(tx)?;

    // The first quarter's final marks from the suggestions, for the classes with quarters.
    let scope = crate::reports::suggestions::Scope::default();
    let list = crate::reports::suggestions::compute(&ctx.conn, PeriodCode::Q1, &scope, to)?;
    let finals: Vec<(i64, i64, String)> = list
        .iter()
        .filter_map(|s| s.suggested.clone().map(|v| (s.course_id, s.student_id, v)))
        .collect();
    filled.finals =
        super::final_mark::write_finals(ctx, PeriodCode::Q1, &finals, Some("demo"), false)?;

    // Lock the first quarter.
    let tx = db::begin_write(
        &mut ctx.conn,
        &ctx.actor,
        Some("конец I четверти"),
        ctx.today,
    )?;
    lock_until(&tx, to)?;
    db::commit(tx)?;
    filled.locked_until = Some(to);
    Ok(filled)
}
