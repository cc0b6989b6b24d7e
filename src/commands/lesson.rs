//! `ejournal lesson` (also `lessons`): dated lessons from the timetable and the calendar,
//! bound to the КТП; listing them; and recording what was actually taught.

use crate::error::NameKind;
use anyhow::Result;
use chrono::NaiveDate;
use rusqlite::{params, OptionalExtension};

use super::plan::CourseArgs;
use crate::context::Ctx;
use crate::db::calendar::SchoolCalendar;
use crate::db::classes::class_required;
use crate::db::journal::{group_label, Index};
use crate::db::lock::LockState;
use crate::db::people::{all_staff, find_person};
use crate::db::{self};
use crate::domain::class_name::{parse_class_arg, ClassName};
use crate::domain::date::{from_iso, iso, parse_date_arg, ru};
use crate::domain::fio::PersonRef;
use crate::error::{refused, usage};
use crate::render::{Cell, Rows};

#[derive(Debug, clap::Subcommand)]
pub enum LessonCmd {
    /// Create the dated lessons of each course from the timetable and the calendar, and bind
    /// the КТП topics to them in order
    ///
    /// Example: ejournal lessons generate --class 5А --from 01.09.2023 --to 27.10.2023
    Generate {
        /// Only this class
        #[arg(long, value_parser = parse_class_arg)]
        class: Option<ClassName>,
        /// First date [default: the start of the year]
        #[arg(long, value_parser = parse_date_arg)]
        from: Option<NaiveDate>,
        /// Last date [default: the end of the year]
        #[arg(long, value_parser = parse_date_arg)]
        to: Option<NaiveDate>,
    },
    /// List a course's lessons: date, number, topic, homework, teacher
    ///
    /// Example: ejournal lesson list --class 5А --subject Математика --from 01.10.2023 --to 31.10.2023
    List {
        #[command(flatten)]
        course: CourseArgs,
        #[arg(long, value_parser = parse_date_arg)]
        from: Option<NaiveDate>,
        #[arg(long, value_parser = parse_date_arg)]
        to: Option<NaiveDate>,
    },
    /// Record a lesson's topic, homework, or the substitute teacher who took it
    ///
    /// Example: ejournal lesson set --class 5А --subject Математика --date 12.10.2023 --homework "§ 5, № 112"
    Set {
        #[command(flatten)]
        course: CourseArgs,
        #[arg(long, value_parser = parse_date_arg)]
        date: NaiveDate,
        /// The lesson's number in the day, when the course has two that day
        #[arg(long)]
        lesson_no: Option<i64>,
        #[arg(long)]
        topic: Option<String>,
        #[arg(long)]
        homework: Option<String>,
        /// The teacher who took the lesson (ФИО), when it was not the course's teacher
        #[arg(long)]
        teacher: Option<String>,
        /// Why (kept in the audit trail)
        #[arg(long)]
        reason: Option<String>,
    },
}

impl LessonCmd {
    pub fn run(&self, ctx: &mut Ctx) -> Result<()> {
        match self {
            LessonCmd::Generate { class, from, to } => {
                let class_id = match class {
                    Some(c) => Some(class_required(&ctx.conn, c)?.id),
                    None => None,
                };
                let report = generate(ctx, class_id, *from, *to)?;
                ctx.print(&report)
            }
            LessonCmd::List { course, from, to } => list(ctx, course, *from, *to),
            LessonCmd::Set {
                course,
                date,
                lesson_no,
                topic,
                homework,
                teacher,
                reason,
            } => set(
                ctx,
                course,
                *date,
                *lesson_no,
                topic.as_deref(),
                homework.as_deref(),
                teacher.as_deref(),
                reason.as_deref(),
            ),
        }
    }
}

struct CourseRow {
    id: i64,
    grade: u8,
    class: String,
    subject: String,
    group: String,
}

/// Generate lessons and bind topics; returns a row per course. Running it again creates
/// nothing twice and keeps whatever was entered.
pub fn generate(
    ctx: &mut Ctx,
    class_id: Option<i64>,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
) -> Result<Rows> {
    let cal = SchoolCalendar::load(&ctx.conn)?;
    let lock = LockState::load(&ctx.conn, ctx.today)?;
    let (start, end) = cal.study_span();
    let from = from.unwrap_or(start).max(start);
    let to = to.unwrap_or(end).min(end);
    if from > to {
        return Err(usage(format!(
            "--from {} is after --to {}",
            ru(from),
            ru(to)
        )));
    }
    let tx = db::begin_write(
        &mut ctx.conn,
        &ctx.actor,
        Some("lessons generate"),
        ctx.today,
    )?;
    let courses: Vec<CourseRow> = {
        let mut stmt = tx.prepare(
            "SELECT c.id, cl.grade, cl.name, s.name, c.group_name
             FROM courses c JOIN classes cl ON cl.id = c.class_id JOIN subjects s ON s.id = c.subject_id
             WHERE ?1 IS NULL OR c.class_id = ?1
             ORDER BY cl.grade, cl.letter COLLATE RU, s.name COLLATE RU, c.group_name COLLATE RU",
        )?;
        let rows = stmt.query_map([class_id], |r| {
            Ok(CourseRow {
                id: r.get(0)?,
                grade: r.get(1)?,
                class: r.get(2)?,
                subject: r.get(3)?,
                group: r.get(4)?,
            })
        })?;
        rows.collect::<rusqlite::Result<_>>()?
    };
    let mut report = Rows::new(&[
        ("class", "Класс"),
        ("subject", "Предмет"),
        ("group", "Группа"),
        ("created", "Создано уроков"),
        ("removed", "Удалено"),
        ("lessons", "Уроков за год"),
        ("plan_hours", "Часов в КТП"),
        ("topics_bound", "Тем привязано"),
        ("difference", "Расхождение"),
    ]);
    let (mut created_total, mut bound_total, mut mismatched) = (0, 0, 0);
    let (mut removed_total, mut kept_total) = (0, 0);
    for course in &courses {
        let slots: Vec<(u32, i64)> = {
            let mut stmt =
                tx.prepare_cached("SELECT weekday, lesson_no FROM timetable WHERE course_id = ?1")?;
            let rows = stmt.query_map([course.id], |r| Ok((r.get(0)?, r.get(1)?)))?;
            rows.collect::<rusqlite::Result<_>>()?
        };
        let mut created = 0;
        let mut expected = std::collections::HashSet::new();
        for day in cal.study_days(course.grade, from, to) {
            let wd = crate::domain::date::weekday_no(day);
            for (_, no) in slots.iter().filter(|(w, _)| *w == wd) {
                expected.insert((iso(day), *no));
                created += tx
                    .prepare_cached("INSERT OR IGNORE INTO lessons (course_id, date, lesson_no) VALUES (?1, ?2, ?3)")?
                    .execute(params![course.id, iso(day), no])?;
            }
        }
        // Lessons the timetable or calendar no longer has (a slot moved, a holiday added) go,
        // unless something was entered in them: marks, absences, a topic of the teacher's own.
        let mut removed = 0;
        let mut kept = 0;
        {
            let stale: Vec<(i64, String, i64, bool)> = {
                let mut stmt = tx.prepare_cached(
                    "SELECT l.id, l.date, l.lesson_no,
                            EXISTS (SELECT 1 FROM marks m WHERE m.lesson_id = l.id)
                            OR EXISTS (SELECT 1 FROM absences a WHERE a.lesson_id = l.id)
                            OR l.teacher_id IS NOT NULL
                            OR (l.plan_item_id IS NULL AND (l.topic <> '' OR l.homework <> ''))
                     FROM lessons l WHERE l.course_id = ?1 AND l.date BETWEEN ?2 AND ?3",
                )?;
                let rows = stmt.query_map(params![course.id, iso(from), iso(to)], |r| {
                    Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
                })?;
                rows.collect::<rusqlite::Result<_>>()?
            };
            for (id, date, no, entered) in stale {
                if expected.contains(&(date.clone(), no)) {
                    continue;
                }
                if entered || lock.why_locked(from_iso(&date), 0).is_some() {
                    kept += 1;
                } else {
                    tx.execute("DELETE FROM lessons WHERE id = ?1", [id])?;
                    removed += 1;
                }
            }
        }
        // The КТП, one entry per hour: a topic of N hours takes N lessons.
        let plan: Vec<(i64, String, String)> = {
            let mut stmt = tx.prepare_cached(
                "SELECT id, topic, homework, hours FROM plan_items WHERE course_id = ?1 ORDER BY lesson_no",
            )?;
            let rows = stmt.query_map([course.id], |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, i64>(3)?,
                ))
            })?;
            let mut out = Vec::new();
            for row in rows {
                let (id, topic, homework, hours) = row?;
                for _ in 0..hours {
                    out.push((id, topic.clone(), homework.clone()));
                }
            }
            out
        };
        let lessons: Vec<(i64, String, Option<i64>, String, String)> = {
            let mut stmt = tx.prepare_cached(
                "SELECT id, date, plan_item_id, topic, homework FROM lessons WHERE course_id = ?1 ORDER BY date, lesson_no",
            )?;
            let rows = stmt.query_map([course.id], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
            })?;
            rows.collect::<rusqlite::Result<_>>()?
        };
        // Bind the КТП in order. A lesson whose topic came from the КТП follows it (a changed
        // plan, a lesson removed); one the teacher wrote himself keeps his words, and still
        // takes its place in the order.
        let mut bound = 0;
        for (i, (lesson_id, date, plan_item, topic, homework)) in lessons.iter().enumerate() {
            let from_plan = plan_item.is_some() || (topic.is_empty() && homework.is_empty());
            if !from_plan || lock.why_locked(from_iso(date), 0).is_some() {
                continue;
            }
            let (item_id, plan_topic, plan_homework) = match plan.get(i) {
                Some((id, t, h)) => (Some(*id), t.as_str(), h.as_str()),
                None => (None, "", ""),
            };
            if (*plan_item, topic.as_str(), homework.as_str())
                == (item_id, plan_topic, plan_homework)
            {
                continue;
            }
            tx.prepare_cached(
                "UPDATE lessons SET plan_item_id = ?2, topic = ?3, homework = ?4 WHERE id = ?1",
            )?
            .execute(params![lesson_id, item_id, plan_topic, plan_homework])?;
            bound += 1;
        }
        let difference = lessons.len() as i64 - plan.len() as i64;
        if difference != 0 {
            mismatched += 1;
        }
        created_total += created;
        bound_total += bound;
        removed_total += removed;
        kept_total += kept;
        report.push(vec![
            Cell::text(&course.class),
            Cell::text(&course.subject),
            Cell::opt_text(&course.group),
            Cell::Int(created as i64),
            Cell::Int(removed as i64),
            Cell::Int(lessons.len() as i64),
            Cell::Int(plan.len() as i64),
            Cell::Int(bound),
            Cell::Int(difference),
        ]);
    }
    db::commit(tx)?;
    if kept_total > 0 {
        ctx.say(format!(
            "{kept_total} lesson(s) no longer in the timetable stay: something was entered in them or their date is locked (see `ejournal lesson list`)"
        ));
    }
    ctx.say(format!(
        "{} courses: {created_total} lessons created, {removed_total} removed, {bound_total} КТП topics bound, {} – {}",
        courses.len(),
        ru(from),
        ru(to)
    ));
    if mismatched > 0 {
        ctx.say(format!(
            "{mismatched} course(s) have more timetable lessons than КТП hours or the reverse (column difference: lessons − КТП hours)"
        ));
    }
    Ok(report)
}

fn list(
    ctx: &mut Ctx,
    course: &CourseArgs,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
) -> Result<()> {
    let course_id = course.course_id(&ctx.conn)?;
    let mut rows = Rows::new(&[
        ("date", "Дата"),
        ("weekday", "День"),
        ("lesson_no", "Урок"),
        ("topic", "Тема"),
        ("homework", "Домашнее задание"),
        ("teacher", "Учитель"),
        ("substitute", "Замена"),
        ("marks", "Отметок"),
        ("absences", "Пропусков"),
    ]);
    let mut stmt = ctx.conn.prepare(
        "SELECT l.date, l.lesson_no, l.topic, l.homework,
                st.last_name || ' ' || st.first_name || ' ' || st.middle_name, l.teacher_id IS NOT NULL,
                (SELECT count(*) FROM marks m WHERE m.lesson_id = l.id),
                (SELECT count(*) FROM absences a WHERE a.lesson_id = l.id AND a.code <> 'О')
         FROM lessons l JOIN courses c ON c.id = l.course_id
         JOIN staff st ON st.id = coalesce(l.teacher_id, c.teacher_id)
         WHERE l.course_id = ?1 AND l.date >= ?2 AND l.date <= ?3
         ORDER BY l.date, l.lesson_no",
    )?;
    let from = from.map(iso).unwrap_or_default();
    let to = to.map(iso).unwrap_or_else(|| "9999".into());
    let list = stmt.query_map(params![course_id, from, to], |r| {
        let date = from_iso(&r.get::<_, String>(0)?);
        Ok(vec![
            Cell::Date(date),
            Cell::text(super::import::timetable_weekday_name(
                crate::domain::date::weekday_no(date),
            )),
            Cell::Int(r.get(1)?),
            Cell::opt_text(r.get::<_, String>(2)?),
            Cell::opt_text(r.get::<_, String>(3)?),
            Cell::text(r.get::<_, String>(4)?.trim()),
            Cell::Bool(r.get(5)?),
            Cell::Int(r.get(6)?),
            Cell::Int(r.get(7)?),
        ])
    })?;
    for r in list {
        rows.push(r?);
    }
    if rows.rows.is_empty() {
        ctx.say("no lessons in that range: make them with `ejournal lessons generate`");
    }
    ctx.print(&rows)
}

#[allow(clippy::too_many_arguments)]
fn set(
    ctx: &mut Ctx,
    course: &CourseArgs,
    date: NaiveDate,
    lesson_no: Option<i64>,
    topic: Option<&str>,
    homework: Option<&str>,
    teacher: Option<&str>,
    reason: Option<&str>,
) -> Result<()> {
    if topic.is_none() && homework.is_none() && teacher.is_none() {
        return Err(usage("give --topic, --homework or --teacher"));
    }
    let course_id = course.course_id(&ctx.conn)?;
    let mut index = Index::new(&ctx.conn, ctx.today)?;
    let info = index.course_info(&ctx.conn, course_id)?;
    let lesson_id = index.lesson(&ctx.conn, &info, date, lesson_no)??;
    if let Some(why) = index.lock.why_locked(date, 0) {
        return Err(refused(format!(
            "{why}; a locked lesson keeps its topic and homework"
        )));
    }
    let teacher_id = match teacher {
        None => None,
        Some(t) => {
            let staff = all_staff(&ctx.conn)?;
            let who = PersonRef::parse(t).map_err(usage)?;
            let id = find_person(&staff, &who, NameKind::Teacher, "member of staff")
                .map_err(usage)?
                .id;
            let course_teacher: i64 = ctx.conn.query_row(
                "SELECT teacher_id FROM courses WHERE id = ?1",
                [course_id],
                |r| r.get(0),
            )?;
            Some((id != course_teacher).then_some(id))
        }
    };
    let tx = db::begin_write(&mut ctx.conn, &ctx.actor, reason, ctx.today)?;
    let old: (String, String, Option<i64>) = tx
        .query_row(
            "SELECT topic, homework, teacher_id FROM lessons WHERE id = ?1",
            [lesson_id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .optional()?
        .unwrap_or_default();
    // What the teacher writes is his: the lesson no longer follows the КТП.
    let own_words = topic.is_some() || homework.is_some();
    tx.execute(
        "UPDATE lessons SET topic = ?2, homework = ?3, teacher_id = ?4,
                plan_item_id = CASE WHEN ?5 THEN NULL ELSE plan_item_id END
         WHERE id = ?1",
        params![
            lesson_id,
            topic.map(str::trim).unwrap_or(&old.0),
            homework.map(str::trim).unwrap_or(&old.1),
            teacher_id.unwrap_or(old.2),
            own_words
        ],
    )
    .map_err(|e| crate::db::lock::lock_message(e.into(), date))?;
    db::commit(tx)?;
    ctx.say(format!(
        "{} {}{} {}: lesson recorded",
        info.class,
        info.subject,
        group_label(&info.group),
        ru(date)
    ));
    Ok(())
}
