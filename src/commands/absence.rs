//! `ejournal absence`: missed lessons (пропуски) and lateness — add, list, change the code
//! (the class teacher turning Н into Б or У), delete.

use anyhow::Result;
use chrono::NaiveDate;

use super::mark::{under, JournalFilter};
use super::roles::Reach;
use crate::context::Ctx;
use crate::db;
use crate::db::absences::{
    absences_on_day, delete_absence, list_absences, set_absence_code, upsert_absence, AbsenceRow,
    DayAbsences, Written,
};
use crate::db::classes::class_required;
use crate::db::courses::find_course;
use crate::db::permits::{use_permit, write_message};
use crate::db::requests::AbsenceRequest;
use crate::db::resolve::{group_label, Index};
use crate::domain::class_name::{parse_class_arg, ClassName};
use crate::domain::date::{parse_date_arg, ru};
use crate::domain::marks::AbsenceCode;
use crate::error::{refused, stored, usage};
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
    /// Write under this permit when the lesson is outside the entry window [default: the
    /// narrowest valid permit that covers it]
    #[arg(long)]
    pub permit: Option<i64>,
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
                    return Err(usage(crate::t!("absence-reason-empty")));
                }
                change(ctx, target, None, Some(reason))
            }
        }
    }
}

fn add(ctx: &mut Ctx, t: &AbsenceTarget, code: AbsenceCode) -> Result<()> {
    let mut index = Index::new(&ctx.conn, ctx.today)?;
    index.window.named = t.permit;
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
    // Every lesson must be the actor's (or his class's), and a reason set or taken away
    // needs the class teacher.
    let reach = Reach::of(ctx)?;
    for (course, lesson_id) in &a.lessons {
        reach.require_absence(
            &ctx.conn,
            course.class_id,
            course.id,
            Some(*lesson_id),
            &course.name(),
        )?;
        if !reach.reasons(course.class_id) {
            let old = index.absence(&ctx.conn, course.id, *lesson_id, a.student_id)?;
            if AbsenceCode::changes_reason(old, Some(code)) {
                reach.require_reasons(course.class_id, &course.class)?;
            }
        }
    }
    if let Some(why) = a.locked {
        return Err(refused(crate::t!("absence-locked-date", why = why)));
    }
    let permit = a.admission.permit()?;
    let tx = db::begin_write(&mut ctx.conn, &ctx.who, None, ctx.today)?;
    use_permit(&tx, permit)?;
    let (mut added, mut changed) = (0, 0);
    for (_, lesson_id) in &a.lessons {
        match upsert_absence(&tx, *lesson_id, a.student_id, code.as_str())
            .map_err(|e| write_message(e, t.date, &index.window))?
        {
            Written::Added => added += 1,
            Written::Updated => changed += 1,
            Written::Unchanged => {}
        }
    }
    db::commit(tx)?;
    ctx.say(crate::t!(
        "absence-added",
        class = t.class.to_string(),
        student = t.student.as_str(),
        code = code.as_str(),
        date = ru(t.date),
        added = added,
        changed = changed,
        permit = under(permit)
    ));
    Ok(())
}

/// The absences a target names.
fn find(ctx: &Ctx, t: &AbsenceTarget) -> Result<Vec<AbsenceRow>> {
    let mut index = Index::new(&ctx.conn, ctx.today)?;
    let class = class_required(&ctx.conn, &t.class)?;
    let student_id = index.student(&ctx.conn, &class, &t.student)??;
    let course_id = match &t.subject {
        Some(s) => Some(find_course(&ctx.conn, &class, s, &t.group)??),
        None => None,
    };
    absences_on_day(
        &ctx.conn,
        &DayAbsences {
            student_id,
            date: t.date,
            class_id: class.id,
            course_id,
            lesson_no: t.lesson_no,
        },
    )
}

fn change(
    ctx: &mut Ctx,
    t: &AbsenceTarget,
    code: Option<AbsenceCode>,
    reason: Option<&str>,
) -> Result<()> {
    let found = find(ctx, t)?;
    if found.is_empty() {
        return Err(usage(crate::t!(
            "absence-none-to-change",
            student = t.student.as_str(),
            date = ru(t.date)
        )));
    }
    // The same checks as `absence add`: the actor's lessons (or class), and the reasons
    // (deleting a Б or У takes it away too) only by the class teacher.
    let reach = Reach::of(ctx)?;
    let class = t.class.to_string();
    for old in &found {
        let course = format!("{class} {}{}", old.subject, group_label(&old.group));
        reach.require_absence(
            &ctx.conn,
            old.class_id,
            old.course_id,
            Some(old.lesson_id),
            &course,
        )?;
        let was = AbsenceCode::parse(&old.code)
            .map_err(|e| stored("absences", format_args!("absence {}", old.id), e))?;
        if AbsenceCode::changes_reason(Some(was), code) {
            reach.require_reasons(old.class_id, &class)?;
        }
    }
    let mut index = Index::new(&ctx.conn, ctx.today)?;
    index.window.named = t.permit;
    if let Some(why) = index.lock.why_locked(t.date, 0) {
        return Err(refused(why));
    }
    // The same rule as `absence add`: a missed lesson cannot stand beside a mark.
    if let Some(c) = code.filter(|c| c.is_missed()) {
        if let Some(a) = found.iter().find(|a| a.marked) {
            return Err(refused(crate::t!(
                "absence-marked",
                course = format!("{}{}", a.subject, group_label(&a.group)),
                code = c.as_str()
            )));
        }
    }
    // Outside the lesson-day window a correction needs a permit like any late entry.
    let lessons: Vec<(i64, i64)> = found.iter().map(|a| (a.class_id, a.course_id)).collect();
    let permit = index.window.judge(t.date, 0, &lessons).permit()?;
    let tx = db::begin_write(&mut ctx.conn, &ctx.who, reason.map(str::trim), ctx.today)?;
    use_permit(&tx, permit)?;
    let mut n = 0;
    for old in &found {
        n += match code {
            Some(c) if c.as_str() != old.code => set_absence_code(&tx, old.id, c.as_str()),
            Some(_) => Ok(0),
            None => delete_absence(&tx, old.id),
        }
        .map_err(|e| write_message(e, t.date, &index.window))?;
    }
    db::commit(tx)?;
    let what = match code {
        Some(c) => crate::t!("absence-now", count = n, code = c.as_str()),
        None => crate::t!("absence-deleted", count = n),
    } + &under(permit);
    ctx.say(crate::t!(
        "absence-changed",
        class = t.class.to_string(),
        student = t.student.as_str(),
        date = ru(t.date),
        what = what
    ));
    Ok(())
}

fn list(ctx: &mut Ctx, filter: &JournalFilter) -> Result<()> {
    let scope = filter.resolve(ctx)?;
    let mut rows = Rows::new(&[
        ("date", "Дата"),
        ("lesson_no", "Урок"),
        ("class", "Класс"),
        ("subject", "Предмет"),
        ("group", "Группа"),
        ("student", "Ученик"),
        ("code", "Код"),
    ]);
    for a in list_absences(&ctx.conn, &scope)? {
        rows.push(vec![
            Cell::Date(a.date),
            Cell::Int(a.lesson_no),
            Cell::text(a.class),
            Cell::text(a.subject),
            Cell::text(a.group),
            Cell::text(a.student.trim()),
            Cell::text(a.code),
        ]);
    }
    ctx.print(&rows)
}
