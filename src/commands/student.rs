//! `ejournal student list`.

use anyhow::Result;
use chrono::NaiveDate;

use crate::context::Ctx;
use crate::db::classes::class_required;
use crate::domain::class_name::{parse_class_arg, ClassName};
use crate::domain::date::{from_iso, iso, parse_date_arg};
use crate::render::{Cell, Rows};

#[derive(Debug, clap::Subcommand)]
pub enum StudentCmd {
    /// List students in Russian alphabetical order, as of today (or --on D)
    ///
    /// Example: ejournal student list --class 5А --format json
    List {
        /// Only this class
        #[arg(long, value_parser = parse_class_arg)]
        class: Option<ClassName>,
        /// As of this date [default: today]
        #[arg(long, value_parser = parse_date_arg, conflicts_with = "all")]
        on: Option<NaiveDate>,
        /// Every enrolment of the year, including students who left or moved
        #[arg(long)]
        all: bool,
    },
    /// Record that a student left his class (the school): from --date on he is not in it
    ///
    /// Example: ejournal student leave --class 5А --student "Жуков Матвей" --date 16.10.2023
    Leave {
        #[arg(long, value_parser = parse_class_arg)]
        class: ClassName,
        #[arg(long)]
        student: String,
        /// The first day he is no longer in the class
        #[arg(long, value_parser = parse_date_arg)]
        date: NaiveDate,
        /// Why (kept in the audit trail), like "переведён в другую школу"
        #[arg(long)]
        reason: Option<String>,
    },
}

impl StudentCmd {
    pub fn run(&self, ctx: &mut Ctx) -> Result<()> {
        let (class, on, all) = match self {
            StudentCmd::List { class, on, all } => (class, on, all),
            StudentCmd::Leave {
                class,
                student,
                date,
                reason,
            } => return leave(ctx, class, student, *date, reason.as_deref()),
        };
        let class_id = match class {
            Some(c) => Some(class_required(&ctx.conn, c)?.id),
            None => None,
        };
        let (start, end) = crate::db::settings::year_bounds(&ctx.conn)?;
        let on = on.unwrap_or(ctx.today).clamp(start, end);
        let mut rows = Rows::new(&[
            ("class", "Класс"),
            ("last_name", "Фамилия"),
            ("first_name", "Имя"),
            ("middle_name", "Отчество"),
            ("birth_date", "Дата рождения"),
            ("enrolled_on", "В классе с"),
            ("left_on", "По"),
            ("guardian", "Родитель"),
            ("phone", "Телефон"),
            ("email", "Email"),
            ("paper_only", "Без эл. доступа"),
        ]);
        let mut stmt = ctx.conn.prepare(
            "SELECT c.name, s.last_name COLLATE RU, s.first_name COLLATE RU, s.middle_name COLLATE RU, s.birth_date, e.from_date, e.to_date,
                    coalesce(g.name, ''), coalesce(g.phone, ''), coalesce(g.email, ''), coalesce(g.paper_only, 0)
             FROM enrolments e
             JOIN students s ON s.id = e.student_id
             JOIN classes c ON c.id = e.class_id
             LEFT JOIN guardians g ON g.student_id = s.id
             WHERE (?1 IS NULL OR e.class_id = ?1)
               AND (?2 OR (e.from_date <= ?3 AND (e.to_date IS NULL OR e.to_date >= ?3)))
             ORDER BY c.grade, c.letter COLLATE RU, s.last_name COLLATE RU, s.first_name COLLATE RU, s.middle_name COLLATE RU, s.birth_date, e.from_date",
        )?;
        let list = stmt.query_map(rusqlite::params![class_id, all, iso(on)], |r| {
            Ok(vec![
                Cell::text(r.get::<_, String>(0)?),
                Cell::text(r.get::<_, String>(1)?),
                Cell::text(r.get::<_, String>(2)?),
                Cell::text(r.get::<_, String>(3)?),
                Cell::Date(from_iso(&r.get::<_, String>(4)?)),
                Cell::Date(from_iso(&r.get::<_, String>(5)?)),
                Cell::opt_date(r.get::<_, Option<String>>(6)?.map(|s| from_iso(&s))),
                Cell::opt_text(r.get::<_, String>(7)?),
                Cell::opt_text(r.get::<_, String>(8)?),
                Cell::opt_text(r.get::<_, String>(9)?),
                Cell::Bool(r.get::<_, bool>(10)?),
            ])
        })?;
        for r in list {
            rows.push(r?);
        }
        ctx.print(&rows)
    }
}

fn leave(
    ctx: &mut Ctx,
    class: &ClassName,
    student: &str,
    date: NaiveDate,
    reason: Option<&str>,
) -> Result<()> {
    let class = class_required(&ctx.conn, class)?;
    let student_id = crate::db::journal::Index::new(&ctx.conn, ctx.today)?
        .student(&ctx.conn, &class, student)?
        .map_err(crate::error::usage)?;
    let open: Option<(i64, String)> = ctx
        .conn
        .query_row(
            "SELECT id, from_date FROM enrolments WHERE student_id = ?1 AND class_id = ?2 AND to_date IS NULL",
            rusqlite::params![student_id, class.id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .ok();
    let Some((id, from)) = open else {
        return Err(crate::error::usage(format!(
            "{student} is not in {} now",
            class.name
        )));
    };
    if date <= from_iso(&from) {
        return Err(crate::error::usage(format!(
            "{student} joined {} on {}: he cannot leave before that",
            class.name,
            crate::domain::date::ru(from_iso(&from))
        )));
    }
    let (start, end) = crate::db::settings::year_bounds(&ctx.conn)?;
    if date > end || date < start {
        return Err(crate::error::usage(format!(
            "{} is outside the academic year {} – {}",
            crate::domain::date::ru(date),
            crate::domain::date::ru(start),
            crate::domain::date::ru(end)
        )));
    }
    let lock = crate::db::lock::LockState::load(&ctx.conn, ctx.today)?;
    if let Some(why) = lock.why_locked(date, 0) {
        return Err(crate::error::refused(format!(
            "{why}: the class list of a locked date stays as it is"
        )));
    }
    // Entries after he left would belong to nobody's class.
    let entries: i64 = ctx.conn.query_row(
        "SELECT (SELECT count(*) FROM marks m JOIN lessons l ON l.id = m.lesson_id JOIN courses c ON c.id = l.course_id
                 WHERE m.student_id = ?1 AND c.class_id = ?2 AND l.date >= ?3)
              + (SELECT count(*) FROM absences a JOIN lessons l ON l.id = a.lesson_id JOIN courses c ON c.id = l.course_id
                 WHERE a.student_id = ?1 AND c.class_id = ?2 AND l.date >= ?3)",
        rusqlite::params![student_id, class.id, iso(date)],
        |r| r.get(0),
    )?;
    if entries > 0 {
        return Err(crate::error::refused(format!(
            "{student} has {entries} marks or absences in {} on or after {}: they would stand outside his class",
            class.name,
            crate::domain::date::ru(date)
        )));
    }
    let tx = crate::db::begin_write(&mut ctx.conn, &ctx.actor, reason, ctx.today)?;
    tx.execute(
        "UPDATE enrolments SET to_date = ?2 WHERE id = ?1",
        rusqlite::params![id, iso(date - chrono::Duration::days(1))],
    )?;
    crate::db::commit(tx)?;
    ctx.say(format!(
        "{student} left {} on {}",
        class.name,
        crate::domain::date::ru(date)
    ));
    Ok(())
}
