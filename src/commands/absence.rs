//! `ejournal absence`: missed lessons (пропуски) and lateness — add, list, change the code
//! (the class teacher turning Н into Б or У), delete.

use anyhow::Result;
use chrono::NaiveDate;
use rusqlite::params;

use super::mark::JournalFilter;
use crate::context::Ctx;
use crate::db::classes::class_required;
use crate::db::courses::find_course;
use crate::db::journal::{upsert_absence, AbsenceRequest, Index, Written};
use crate::db::{self};
use crate::domain::class_name::{parse_class_arg, ClassName};
use crate::domain::date::{from_iso, iso, parse_date_arg, ru};
use crate::domain::marks::AbsenceCode;
use crate::error::{refused, usage};
use crate::render::{Cell, Rows};

/// A student's lessons on a day: one subject's, or (without --subject) all of them.
#[derive(Debug, Clone, clap::Args)]
pub struct AbsenceTarget {
    #[arg(long, value_parser = parse_date_arg)]
    pub date: NaiveDate,
    #[arg(long, value_parser = parse_class_arg)]
    pub class: ClassName,
    /// "Фамилия Имя [Отчество]"
    #[arg(long)]
    pub student: String,
    /// Only this subject's lesson [default: every lesson of the day]
    #[arg(long)]
    pub subject: Option<String>,
    #[arg(long, default_value = "")]
    pub group: String,
    #[arg(long)]
    pub lesson_no: Option<i64>,
}

#[derive(Debug, clap::Subcommand)]
pub enum AbsenceCmd {
    /// Record an absence: Б ill, У excused, Н unexcused, О late; without --subject, every lesson of the day
    ///
    /// Example: ejournal absence add --date 12.10.2023 --class 5А --student "Жуков Матвей" --code Б
    Add {
        #[command(flatten)]
        target: AbsenceTarget,
        #[arg(long, value_parser = AbsenceCode::parse)]
        code: AbsenceCode,
    },
    /// List absences with date, lesson, subject, student and code
    ///
    /// Example: ejournal absence list --class 5А --from 01.10.2023 --to 31.10.2023
    List(#[command(flatten)] JournalFilter),
    /// Change the code of a student's absences that day (Н → Б when a note from the doctor comes)
    ///
    /// Example: ejournal absence change --date 12.10.2023 --class 5А --student "Жуков Матвей" --code Б --reason "справка"
    Change {
        #[command(flatten)]
        target: AbsenceTarget,
        /// The new code
        #[arg(long, value_parser = AbsenceCode::parse)]
        code: AbsenceCode,
        /// Why (kept in the audit trail)
        #[arg(long)]
        reason: Option<String>,
    },
    /// Delete a student's absences that day (they stay in the audit trail)
    ///
    /// Example: ejournal absence delete --date 12.10.2023 --class 5А --student "Жуков Матвей" --reason "был на уроке"
    Delete {
        #[command(flatten)]
        target: AbsenceTarget,
        /// Why (required; kept in the audit trail)
        #[arg(long)]
        reason: String,
    },
}

impl AbsenceCmd {
    pub fn run(&self, ctx: &mut Ctx) -> Result<()> {
        match self {
            AbsenceCmd::Add { target, code } => add(ctx, target, *code),
            AbsenceCmd::List(filter) => list(ctx, filter),
            AbsenceCmd::Change {
                target,
                code,
                reason,
            } => change(ctx, target, Some(*code), reason.as_deref()),
            AbsenceCmd::Delete { target, reason } => {
                if reason.trim().is_empty() {
                    return Err(usage("--reason must say why"));
                }
                change(ctx, target, None, Some(reason))
            }
        }
    }
}

fn add(ctx: &mut Ctx, t: &AbsenceTarget, code: AbsenceCode) -> Result<()> {
    let mut index = Index::new(&ctx.conn, ctx.today)?;
    let req = AbsenceRequest {
        date: t.date,
        class: &t.class,
        student: &t.student,
        code,
        subject: t.subject.as_deref().unwrap_or(""),
        group: &t.group,
        lesson_no: t.lesson_no,
    };
    let a = index
        .resolve_absence(&ctx.conn, &req)?
        .map_err(crate::error::rejected)?;
    if let Some(why) = a.locked {
        return Err(refused(format!("date: {why}")));
    }
    let tx = db::begin_write(&mut ctx.conn, &ctx.actor, None, ctx.today)?;
    let (mut added, mut changed) = (0, 0);
    for (_, lesson_id) in &a.lessons {
        match upsert_absence(&tx, *lesson_id, a.student_id, code.as_str())
            .map_err(|e| crate::db::lock::lock_message(e, t.date))?
        {
            Written::Added => added += 1,
            Written::Updated => changed += 1,
            Written::Unchanged => {}
        }
    }
    db::commit(tx)?;
    ctx.say(format!(
        "{} {}: {} on {}: {added} lesson(s) added, {changed} changed",
        t.class,
        t.student,
        code.as_str(),
        ru(t.date)
    ));
    Ok(())
}

/// The absence rows a target names: (absence id, code).
fn find(ctx: &Ctx, t: &AbsenceTarget) -> Result<Vec<(i64, String)>> {
    let mut index = Index::new(&ctx.conn, ctx.today)?;
    let class = class_required(&ctx.conn, &t.class)?;
    let student_id = index.student(&ctx.conn, &class, &t.student)??;
    let course_id = match &t.subject {
        Some(s) => Some(find_course(&ctx.conn, &class, s, &t.group)??),
        None => None,
    };
    let mut stmt = ctx.conn.prepare(
        "SELECT a.id, a.code FROM absences a JOIN lessons l ON l.id = a.lesson_id JOIN courses c ON c.id = l.course_id
         WHERE a.student_id = ?1 AND l.date = ?2 AND c.class_id = ?3 AND (?4 IS NULL OR c.id = ?4)
           AND (?5 IS NULL OR l.lesson_no = ?5)",
    )?;
    let rows = stmt.query_map(
        params![student_id, iso(t.date), class.id, course_id, t.lesson_no],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn change(
    ctx: &mut Ctx,
    t: &AbsenceTarget,
    code: Option<AbsenceCode>,
    reason: Option<&str>,
) -> Result<()> {
    let found = find(ctx, t)?;
    if found.is_empty() {
        return Err(usage(format!(
            "{} has no absences on {} to change",
            t.student,
            ru(t.date)
        )));
    }
    let index = Index::new(&ctx.conn, ctx.today)?;
    if let Some(why) = index.lock.why_locked(t.date, 0) {
        return Err(refused(why));
    }
    let tx = db::begin_write(&mut ctx.conn, &ctx.actor, reason.map(str::trim), ctx.today)?;
    let mut n = 0;
    for (id, old) in &found {
        n += match code {
            Some(c) if c.as_str() != old => tx.execute(
                "UPDATE absences SET code = ?2 WHERE id = ?1",
                params![id, c.as_str()],
            ),
            Some(_) => Ok(0),
            None => tx.execute("DELETE FROM absences WHERE id = ?1", [id]),
        }
        .map_err(|e| crate::db::lock::lock_message(e.into(), t.date))?;
    }
    db::commit(tx)?;
    let what = match code {
        Some(c) => format!("{n} absence(s) now {}", c.as_str()),
        None => format!("{n} absence(s) deleted"),
    };
    ctx.say(format!(
        "{} {} on {}: {what}",
        t.class,
        t.student,
        ru(t.date)
    ));
    Ok(())
}

fn list(ctx: &mut Ctx, filter: &JournalFilter) -> Result<()> {
    let f = filter.resolve(ctx)?;
    let mut rows = Rows::new(&[
        ("date", "Дата"),
        ("lesson_no", "Урок"),
        ("class", "Класс"),
        ("subject", "Предмет"),
        ("group", "Группа"),
        ("student", "Ученик"),
        ("code", "Код"),
    ]);
    let mut stmt = ctx.conn.prepare(
        "SELECT l.date, l.lesson_no, cl.name, s.name, c.group_name,
                st.last_name || ' ' || st.first_name || ' ' || st.middle_name, a.code
         FROM absences a JOIN lessons l ON l.id = a.lesson_id JOIN courses c ON c.id = l.course_id
         JOIN classes cl ON cl.id = c.class_id JOIN subjects s ON s.id = c.subject_id
         JOIN students st ON st.id = a.student_id
         WHERE c.class_id = ?1 AND (?2 IS NULL OR c.id = ?2) AND (?3 IS NULL OR a.student_id = ?3)
           AND l.date >= ?4 AND l.date <= ?5
         ORDER BY l.date, st.last_name COLLATE RU, st.first_name COLLATE RU, l.lesson_no",
    )?;
    let list = stmt.query_map(
        params![f.class_id, f.course_id, f.student_id, f.from, f.to],
        |r| {
            Ok(vec![
                Cell::Date(from_iso(&r.get::<_, String>(0)?)),
                Cell::Int(r.get(1)?),
                Cell::text(r.get::<_, String>(2)?),
                Cell::text(r.get::<_, String>(3)?),
                Cell::text(r.get::<_, String>(4)?),
                Cell::text(r.get::<_, String>(5)?.trim()),
                Cell::text(r.get::<_, String>(6)?),
            ])
        },
    )?;
    for r in list {
        rows.push(r?);
    }
    ctx.print(&rows)
}
