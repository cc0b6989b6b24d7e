//! The demo's two months of a journal: lessons from the timetable with their КТП topics,
//! marks with work types (every student of a control work gets one), absences (illness over
//! whole days, single unexcused lessons, lateness), a substitute now and then, the first
//! quarter's final marks, and the lock on the first quarter. The teachers record their
//! lessons as given on the lesson day (most), at the move (some), or never (the music
//! teacher). The quarter was kept in the
//! school's previous system and moves over on its last day: what is late by then goes in
//! under the deputy's whole-school permit, as the lesson-day rule wants. Deterministic: the
//! same demo every run.

use std::collections::HashMap;

use anyhow::Result;
use chrono::NaiveDate;
use rusqlite::Connection;

use crate::context::Ctx;
use crate::db::absences::insert_absence;
use crate::db::demo::{enter_as, set_entry_day};
use crate::db::enrolments::{course_members, Enrolment};
use crate::db::lessons::{
    lessons_between, record_given, set_substitute, substitute_teachers, DatedLesson,
};
use crate::db::lock::set_locked_until;
use crate::db::marks::{entry, insert_mark, work_types, write_time, DEFAULT_WORK_TYPE};
use crate::db::permits::{add_permit, EntryWindow, NewPermit, SessionPermit};
use crate::db::staff::staff_summaries;
use crate::db::{self, calendar::SchoolCalendar};
use crate::domain::calendar::PeriodCode;
use crate::domain::class_name::Grade;
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
    /// Of them, those late by the day of the move, written under the permit.
    pub late_marks: usize,
    pub late_absences: usize,
    /// The deputy's permit the quarter moved over under.
    pub permit: i64,
    pub finals: usize,
    pub locked_until: Option<NaiveDate>,
    /// What the teachers recorded of the quarter's lessons.
    pub lessons: Recorded,
}

/// The quarter's lessons as their teachers recorded them.
#[derive(Debug, Default)]
pub struct Recorded {
    pub on_the_day: usize,
    /// At the move, under the deputy's permit.
    pub later: usize,
    pub never: usize,
}

/// The subject whose teacher never records a lesson: the demo's fill-rate and teachers'
/// analysis show what that looks like, whatever her КТП holds.
pub const UNRECORDED_SUBJECT: &str = "Музыка";

/// The teachers record the quarter's lessons: most on the lesson day, some caught up on the
/// day of the move under the deputy's permit, a few never; the music teacher never does. Who
/// records is who gave the lesson (the substitute for his). Its own dice, so the marks come
/// out as before.
fn record_lessons(
    ctx: &mut Ctx,
    deputy: &str,
    permit: i64,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Recorded> {
    let lessons = lessons_between(&ctx.conn, from, to)?;
    let mut dice = Dice(0x5EED_2023_1002);
    let mut recorded = Recorded::default();
    let tx = db::begin_write(&mut ctx.conn, &db::Who::himself(deputy), None, ctx.today)?;
    for lesson in &lessons {
        let roll = dice.next() % 100;
        let day = if lesson.subject == UNRECORDED_SUBJECT || roll >= 97 {
            recorded.never += 1;
            continue;
        } else if roll < 91 || lesson.date == ctx.today {
            recorded.on_the_day += 1;
            lesson.date
        } else {
            recorded.later += 1;
            ctx.today
        };
        let under = (day > lesson.date).then_some(permit);
        enter_as(&tx, &lesson.taught_by, day, under)?;
        record_given(&tx, lesson.id)?;
    }
    db::commit(tx)?;
    Ok(recorded)
}

/// The permit's reason, and the move's.
pub const MOVE_REASON: &str = "перенос отметок из прежней системы";

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

/// The demo school's deputy (the first заместитель on its staff list), who issues the permit
/// and moves the quarter over; the demo's actor when the staff list has none.
fn deputy(ctx: &Ctx) -> Result<String> {
    let deputy = staff_summaries(&ctx.conn)?
        .into_iter()
        .find(|s| s.roles.split(',').any(|r| r.trim() == "заместитель"))
        .map(|s| s.fio.full());
    Ok(deputy.unwrap_or_else(|| ctx.who.actor.clone()))
}

/// The deputy's whole-school permit for the quarter's lessons, valid through today (the day
/// of the move); returns its number.
fn issue_permit(ctx: &mut Ctx, deputy: &str, from: NaiveDate, to: NaiveDate) -> Result<i64> {
    let tx = db::begin_write(
        &mut ctx.conn,
        &db::Who::himself(deputy),
        Some(MOVE_REASON),
        ctx.today,
    )?;
    set_entry_day(&tx, ctx.today)?;
    let id = add_permit(
        &tx,
        &NewPermit {
            class_id: None,
            course_id: None,
            from,
            to,
            until: ctx.today,
            reason: MOVE_REASON,
            by: deputy,
        },
    )?;
    db::commit(tx)?;
    Ok(id)
}

/// Fill the journal from the start of the year to the end of the first quarter.
pub fn fill(ctx: &mut Ctx) -> Result<Filled> {
    let cal = SchoolCalendar::load(&ctx.conn)?;
    let (from, to) = cal.period(PeriodCode::Q1)?;
    super::lesson::generate(ctx, None, None, None)?;
    let mut filled = Filled::default();
    // Lessons of the quarter, by date, class and number.
    let lessons = lessons_between(&ctx.conn, from, to)?;
    let mut keeper = Keeper::new(&ctx.conn)?;
    // The quarter moves over from the previous system on its last day, by the deputy, under
    // his permit: entries late by then name it, the rest (the day's, and written work still
    // within its checking grace) go in on time, judged as `import marks` judges its rows.
    let deputy = deputy(ctx)?;
    filled.permit = issue_permit(ctx, &deputy, from, to)?;
    let window = EntryWindow::load(&ctx.conn, ctx.today)?;
    let tx = db::begin_write(
        &mut ctx.conn,
        &db::Who::himself(&deputy),
        Some(MOVE_REASON),
        ctx.today,
    )?;
    set_entry_day(&tx, ctx.today)?;
    let mut moving = Move {
        window,
        session: SessionPermit::default(),
        at: write_time(&tx)?,
    };
    for lesson in &lessons {
        keeper.keep(&tx, lesson, &mut moving, &mut filled)?;
    }
    db::commit(tx)?;
    filled.lessons = record_lessons(ctx, &deputy, filled.permit, from, to)?;

    // The first quarter's final marks from the suggestions, for the classes with quarters; a
    // student with no mark to go by is not assessed (н/а), as a teacher would set it — every
    // final mark of the quarter is there.
    let scope = crate::reports::suggestions::Scope::default();
    let list = crate::reports::suggestions::compute(&ctx.conn, PeriodCode::Q1, &scope, to)?;
    let finals: Vec<(i64, i64, String)> =
        list.iter()
            .map(|s| {
                let value = s.suggested.clone().unwrap_or_else(|| {
                    crate::domain::marks::FinalMark::NotAssessed.as_str().into()
                });
                (s.course_id, s.student_id, value)
            })
            .collect();
    filled.finals =
        super::final_mark::write_finals(ctx, PeriodCode::Q1, &finals, Some("demo"), false)?;

    // Lock the first quarter.
    let tx = db::begin_write(&mut ctx.conn, &ctx.who, Some("конец I четверти"), ctx.today)?;
    set_locked_until(&tx, Some(to))?;
    db::commit(tx)?;
    filled.locked_until = Some(to);
    Ok(filled)
}

/// The move's write session: the window as of the day of the move, the permit the session
/// names, and the entry time.
struct Move {
    window: EntryWindow,
    session: SessionPermit,
    at: String,
}

impl Move {
    /// Name the permit an entry for this lesson, with this checking grace, is written under
    /// (none when on time); true when late.
    fn enter(&mut self, tx: &Connection, lesson: &DatedLesson, grace_days: i64) -> Result<bool> {
        let permit = self
            .window
            .judge(
                lesson.date,
                grace_days,
                &[(lesson.class_id, lesson.course_id)],
            )
            .permit()?;
        self.session.set(tx, permit)?;
        Ok(permit.is_some())
    }
}

/// The teachers keeping the demo's journal, lesson by lesson. The dice are thrown in a
/// fixed order, so the same demo comes out every run.
struct Keeper {
    dice: Dice,
    /// Work types by name: id and checking grace.
    work_types: HashMap<String, (i64, i64)>,
    /// Who attends each course on a date: class enrolment, and the group for a group course.
    by_course: HashMap<i64, Vec<Enrolment>>,
    substitutes: Vec<i64>,
    /// Each student's level, 3.0 … 5.0, fixed for the demo.
    level: HashMap<i64, f64>,
    /// Who is ill on which day: decided once per student and day.
    ill: HashMap<(i64, NaiveDate), bool>,
    ill_streak: HashMap<i64, u32>,
}

impl Keeper {
    fn new(conn: &Connection) -> Result<Keeper> {
        let mut by_course: HashMap<i64, Vec<Enrolment>> = HashMap::new();
        for m in course_members(conn)? {
            by_course.entry(m.course_id).or_default().push(m.enrolment);
        }
        Ok(Keeper {
            dice: Dice(0x5EED_2023_0901),
            work_types: work_types(conn)?
                .into_iter()
                .map(|w| (w.name, (w.id, w.grace_days)))
                .collect(),
            by_course,
            substitutes: substitute_teachers(conn)?,
            level: HashMap::new(),
            ill: HashMap::new(),
            ill_streak: HashMap::new(),
        })
    }

    /// One lesson: now and then a substitute, then each student's absence or marks.
    fn keep(
        &mut self,
        tx: &Connection,
        lesson: &DatedLesson,
        moving: &mut Move,
        filled: &mut Filled,
    ) -> Result<()> {
        let day = lesson.date;
        let late = moving.enter(tx, lesson, 0)?;
        if self.dice.chance(0.01) && !self.substitutes.is_empty() {
            let t = self.substitutes[self.dice.pick(self.substitutes.len())];
            set_substitute(tx, lesson.id, t)?;
        }
        let written = written_work(&lesson.topic);
        let students = self
            .by_course
            .get(&lesson.course_id)
            .cloned()
            .unwrap_or_default();
        for e in students {
            if day < e.from || e.to.is_some_and(|b| day > b) {
                continue;
            }
            let student = e.student_id;
            if let Some(code) = self.absence(student, day) {
                moving.enter(tx, lesson, 0)?;
                insert_absence(tx, lesson.id, student, code.as_str())?;
                filled.absences += 1;
                filled.late_absences += usize::from(late);
                if code.is_missed() {
                    continue;
                }
            }
            if !Grade(lesson.grade).has_marks() {
                continue; // безотметочное обучение
            }
            let dice = &mut self.dice;
            let lvl = *self
                .level
                .entry(student)
                .or_insert_with(|| 3.0 + (dice.next() % 200) as f64 / 100.0);
            let work = match written {
                Some(w) => Some(w),
                None if dice.chance(0.22) => Some(DEFAULT_WORK_TYPE),
                None if dice.chance(0.06) => Some("Домашняя работа"),
                None if dice.chance(0.04) => Some("Самостоятельная работа"),
                None => None,
            };
            if let Some(work) = work {
                let noise = (dice.next() % 200) as f64 / 100.0 - 1.0;
                let mark = (lvl + noise).round().clamp(2.0, 5.0) as u8;
                let teacher = lesson.teacher.trim();
                let (work_type, grace) = self.work_types[work];
                let late = moving.enter(tx, lesson, grace)?;
                let entry = entry(tx, teacher, &moving.at)?;
                insert_mark(tx, lesson.id, student, &mark.to_string(), work_type, entry)?;
                filled.marks += 1;
                filled.late_marks += usize::from(late);
            }
        }
        Ok(())
    }

    /// A student's absence from a lesson, if any. Illness lasts a few days and covers whole
    /// days.
    fn absence(&mut self, student: i64, day: NaiveDate) -> Option<AbsenceCode> {
        let dice = &mut self.dice;
        let streaks = &mut self.ill_streak;
        let is_ill = *self.ill.entry((student, day)).or_insert_with(|| {
            let streak = streaks.entry(student).or_insert(0);
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
        if is_ill {
            Some(AbsenceCode::Ill)
        } else if dice.chance(0.008) {
            Some(AbsenceCode::Unexcused)
        } else if dice.chance(0.006) {
            Some(AbsenceCode::Late)
        } else {
            None
        }
    }
}
