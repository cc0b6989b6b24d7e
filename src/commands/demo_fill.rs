//! The demo's two months of a journal being kept: lessons from the timetable with their
//! КТП topics, marks with work types (every student of a control work gets one), absences
//! (illness over whole days, single unexcused lessons, lateness), a substitute now and then,
//! the first quarter's final marks, and the lock on the first quarter. Deterministic: the
//! same demo every run.

use crate::domain::class_name::Grade;
use std::collections::HashMap;

use anyhow::Result;
use chrono::NaiveDate;
use rusqlite::params;

use crate::context::Ctx;
use crate::db::{self, calendar::SchoolCalendar};
use crate::domain::calendar::PeriodCode;
use crate::domain::date::{from_iso, iso};

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
    let work_types: HashMap<String, i64> = {
        let mut stmt = ctx.conn.prepare("SELECT name, id FROM work_types")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        rows.collect::<rusqlite::Result<_>>()?
    };
    // Lessons of the quarter: (lesson, course, grade, teacher, date, topic).
    let lessons: Vec<(i64, i64, u8, String, String, String)> = {
        let mut stmt = ctx.conn.prepare(
            "SELECT l.id, l.course_id, cl.grade, st.last_name || ' ' || st.first_name || ' ' || st.middle_name,
                    l.date, l.topic
             FROM lessons l JOIN courses c ON c.id = l.course_id JOIN classes cl ON cl.id = c.class_id
             JOIN staff st ON st.id = c.teacher_id
             WHERE l.date BETWEEN ?1 AND ?2 ORDER BY l.date, cl.id, l.lesson_no",
        )?;
        let rows = stmt.query_map(params![iso(from), iso(to)], |r| {
            Ok((
                r.get(0)?,
                r.get(1)?,
                r.get(2)?,
                r.get(3)?,
                r.get(4)?,
                r.get(5)?,
            ))
        })?;
        rows.collect::<rusqlite::Result<_>>()?
    };
    // Who attends each course on a date: class enrolment, and the group for a group course.
    let members: Vec<(i64, i64, String, Option<String>)> = {
        let mut stmt = ctx.conn.prepare(
            "SELECT c.id, e.student_id, e.from_date, e.to_date FROM courses c
             JOIN enrolments e ON e.class_id = c.class_id
             WHERE c.group_name = '' OR EXISTS (SELECT 1 FROM group_members gm WHERE gm.course_id = c.id AND gm.student_id = e.student_id)",
        )?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?;
        rows.collect::<rusqlite::Result<_>>()?
    };
    let mut by_course: HashMap<i64, Vec<(i64, NaiveDate, Option<NaiveDate>)>> = HashMap::new();
    for (course, student, a, b) in members {
        by_course
            .entry(course)
            .or_default()
            .push((student, from_iso(&a), b.map(|b| from_iso(&b))));
    }
    let substitutes: Vec<i64> = {
        let mut stmt = ctx
            .conn
            .prepare("SELECT id FROM staff WHERE roles LIKE '%учитель%' ORDER BY id")?;
        let rows = stmt.query_map([], |r| r.get(0))?;
        rows.collect::<rusqlite::Result<_>>()?
    };

    let mut dice = Dice(0x5EED_2023_0901);
    // Each student's level, 3.0 … 5.0, fixed for the demo.
    let mut level: HashMap<i64, f64> = HashMap::new();
    // Who is ill on which day: decided once per student and day.
    let mut ill: HashMap<(i64, String), bool> = HashMap::new();
    let mut ill_streak: HashMap<i64, u32> = HashMap::new();

    let tx = db::begin_write(&mut ctx.conn, &ctx.actor, Some("demo"), ctx.today)?;
    let mut current_day = String::new();
    for (lesson_id, course_id, grade, teacher, date, topic) in &lessons {
        if *date != current_day {
            // Entries are made on the lesson day, in the afternoon.
            tx.execute(
                "UPDATE session SET today = ?1, now = ?1 || 'T15:30:00' WHERE id = 1",
                [date],
            )?;
            current_day = date.clone();
        }
        let day = from_iso(date);
        if dice.chance(0.01) && !substitutes.is_empty() {
            let t = substitutes[dice.pick(substitutes.len())];
            tx.execute(
                "UPDATE lessons SET teacher_id = ?2 WHERE id = ?1",
                params![lesson_id, t],
            )?;
        }
        let written = written_work(topic);
        let students = by_course.get(course_id).cloned().unwrap_or_default();
        for (student, a, b) in students {
            if day < a || b.is_some_and(|b| day > b) {
                continue;
            }
            // Illness lasts a few days and covers whole days.
            let is_ill = *ill.entry((student, date.clone())).or_insert_with(|| {
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
                Some("Б")
            } else if dice.chance(0.008) {
                Some("Н")
            } else if dice.chance(0.006) {
                Some("О")
            } else {
                None
            };
            if let Some(code) = code {
                tx.prepare_cached(
                    "INSERT INTO absences (lesson_id, student_id, code) VALUES (?1, ?2, ?3)",
                )?
                .execute(params![lesson_id, student, code])?;
                filled.absences += 1;
                if code != "О" {
                    continue;
                }
            }
            if !Grade(*grade).has_marks() {
                continue; // безотметочное обучение
            }
            let lvl = *level
                .entry(student)
                .or_insert_with(|| 3.0 + (dice.next() % 200) as f64 / 100.0);
            let mut give = |work: &str, dice: &mut Dice| -> Result<()> {
                let noise = (dice.next() % 200) as f64 / 100.0 - 1.0;
                let mark = (lvl + noise).round().clamp(2.0, 5.0) as u8;
                tx.prepare_cached(
                    "INSERT INTO marks (lesson_id, student_id, value, work_type_id, entered_at, entered_by)
                     VALUES (?1, ?2, ?3, ?4, ?5 || 'T15:30:00', ?6)",
                )?
                .execute(params![lesson_id, student, mark.to_string(), work_types[work], date, teacher.trim()])?;
                filled.marks += 1;
                Ok(())
            };
            match written {
                Some(w) => give(w, &mut dice)?,
                None if dice.chance(0.22) => give("Ответ на уроке", &mut dice)?,
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
    tx.execute(
        "UPDATE settings SET value = ?1 WHERE key = 'locked_until'",
        [iso(to)],
    )?;
    db::commit(tx)?;
    filled.locked_until = Some(to);
    Ok(filled)
}
