//! `ejournal mark`: marks (отметки) for work in a lesson — add, list, change, delete.

use anyhow::Result;
use chrono::NaiveDate;

use super::roles::require_course;
use crate::context::Ctx;
use crate::db;
use crate::db::classes::class_required;
use crate::db::courses::find_course;
use crate::db::entry_scope::EntryScope;
use crate::db::marks::{
    delete_mark, entry, insert_mark, list_marks, mark_by_id, marks_in_lesson, update_mark,
    work_type_name, write_time, StoredMark,
};
use crate::db::permits::{use_permit, write_message};
use crate::db::requests::MarkRequest;
use crate::db::resolve::{group_label, Index};
use crate::domain::class_name::{parse_class_arg, ClassName};
use crate::domain::date::{parse_date_arg, ru};
use crate::domain::marks::Mark;
use crate::error::{refused, usage};
use crate::render::{Cell, Rows};
use crate::t;

/// Which entries to list: a class, and optionally a subject (and group), a student, dates.
#[derive(Debug, Clone, clap::Args)]
pub struct JournalFilter {
    #[arg(long, value_parser = parse_class_arg)]
    pub class: ClassName,
    #[arg(long)]
    pub subject: Option<String>,
    #[arg(long, default_value = "", requires = "subject")]
    pub group: String,
    /// "Фамилия Имя [Отчество]"
    #[arg(long)]
    pub student: Option<String>,
    #[arg(long, value_parser = parse_date_arg)]
    pub from: Option<NaiveDate>,
    #[arg(long, value_parser = parse_date_arg)]
    pub to: Option<NaiveDate>,
}

impl JournalFilter {
    /// Find the filter's names in the journal; a name that does not resolve is an error
    /// (exit 2).
    pub fn resolve(&self, ctx: &Ctx) -> Result<EntryScope> {
        let class = class_required(&ctx.conn, &self.class)?;
        let course_id = match &self.subject {
            Some(s) => Some(find_course(&ctx.conn, &class, s, &self.group)??),
            None => None,
        };
        let student_id = match &self.student {
            Some(s) => Some(Index::new(&ctx.conn, ctx.today)?.student(&ctx.conn, &class, s)??),
            None => None,
        };
        Ok(EntryScope {
            class_id: class.id,
            course_id,
            student_id,
            from: self.from,
            to: self.to,
        })
    }
}

/// Which student's marks in which lesson.
#[derive(Debug, Clone, clap::Args)]
pub struct MarkTarget {
    #[arg(long, value_parser = parse_date_arg)]
    pub date: NaiveDate,
    #[arg(long, value_parser = parse_class_arg)]
    pub class: ClassName,
    #[arg(long)]
    pub subject: String,
    /// The group, for a subject taught in groups
    #[arg(long, default_value = "")]
    pub group: String,
    /// "Фамилия Имя [Отчество]" (add the birth date to tell namesakes apart)
    #[arg(long)]
    pub student: String,
    /// The lesson's number in the day, when the course has two that day
    #[arg(long)]
    pub lesson_no: Option<i64>,
    /// Write under this permit when the lesson is outside the entry window [default: the
    /// narrowest valid permit that covers it]
    #[arg(long)]
    pub permit: Option<i64>,
}

/// One existing mark: by id (from `mark list`), or by lesson and student.
#[derive(Debug, Clone, clap::Args)]
pub struct MarkSelector {
    /// The mark's id, as `mark list` shows it
    #[arg(long, conflicts_with_all = ["date", "class", "subject", "student"])]
    pub id: Option<i64>,
    #[arg(long, value_parser = parse_date_arg)]
    pub date: Option<NaiveDate>,
    #[arg(long, value_parser = parse_class_arg)]
    pub class: Option<ClassName>,
    #[arg(long)]
    pub subject: Option<String>,
    #[arg(long, default_value = "")]
    pub group: String,
    #[arg(long)]
    pub student: Option<String>,
    #[arg(long)]
    pub lesson_no: Option<i64>,
    /// Which of his marks in that lesson, when he has several: its value
    #[arg(long, value_parser = Mark::parse)]
    pub old_mark: Option<Mark>,
    /// Write under this permit when the lesson is outside the entry window [default: the
    /// narrowest valid permit that covers it]
    #[arg(long)]
    pub permit: Option<i64>,
}

#[derive(Debug, clap::Subcommand)]
pub enum MarkCmd {
    /// Add a mark for work in a lesson (several in one lesson are allowed, each with its work type)
    ///
    /// Example: ejournal mark add --date 12.10.2023 --class 5А --subject Математика --student "Ёлкин Фёдор" --mark 5 --work-type "Контрольная работа"
    Add {
        #[command(flatten)]
        target: MarkTarget,
        /// 1–5, зч or нз
        #[arg(long, value_parser = Mark::parse)]
        mark: Mark,
        /// The work type (вид работы) [default: Ответ на уроке]
        #[arg(long, default_value = "")]
        work_type: String,
    },
    /// List marks with date, subject, student, mark, work type and weight
    ///
    /// Example: ejournal mark list --class 5А --subject Математика --from 01.10.2023 --to 31.10.2023 --format json
    List(#[command(flatten)] JournalFilter),
    /// Change a mark (the old value stays in the audit trail)
    ///
    /// Example: ejournal mark change --id 118 --mark 4 --reason "ошибка ввода"
    Change {
        #[command(flatten)]
        which: MarkSelector,
        /// The new value
        #[arg(long, value_parser = Mark::parse)]
        mark: Option<Mark>,
        /// The new work type
        #[arg(long)]
        work_type: Option<String>,
        /// Why (required; kept in the audit trail)
        #[arg(long)]
        reason: String,
    },
    /// Delete a mark (it stays in the audit trail)
    ///
    /// Example: ejournal mark delete --id 118 --reason "поставлена не тому ученику"
    Delete {
        #[command(flatten)]
        which: MarkSelector,
        /// Why (required; kept in the audit trail)
        #[arg(long)]
        reason: String,
    },
}

impl MarkCmd {
    pub fn run(&self, ctx: &mut Ctx) -> Result<()> {
        match self {
            MarkCmd::Add {
                target,
                mark,
                work_type,
            } => add(ctx, target, *mark, work_type),
            MarkCmd::List(filter) => list(ctx, filter),
            MarkCmd::Change {
                which,
                mark,
                work_type,
                reason,
            } => {
                if mark.is_none() && work_type.is_none() {
                    return Err(usage(t!("mark-change-nothing")));
                }
                change(ctx, which, Some((*mark, work_type.as_deref())), reason)
            }
            MarkCmd::Delete { which, reason } => change(ctx, which, None, reason),
        }
    }
}

/// The one mark a selector names.
fn select_mark(ctx: &Ctx, sel: &MarkSelector) -> Result<StoredMark> {
    let mut found = if let Some(id) = sel.id {
        mark_by_id(&ctx.conn, id)?
    } else {
        let (Some(date), Some(class), Some(subject), Some(student)) =
            (sel.date, &sel.class, &sel.subject, &sel.student)
        else {
            return Err(usage(t!("mark-select-how")));
        };
        let mut index = Index::new(&ctx.conn, ctx.today)?;
        let class = class_required(&ctx.conn, class)?;
        let course_id = find_course(&ctx.conn, &class, subject, &sel.group)??;
        let course = index.course_info(&ctx.conn, course_id)?;
        let lesson_id = index.lesson(&ctx.conn, &course, date, sel.lesson_no)??;
        let student_id = index.student(&ctx.conn, &class, student)??;
        marks_in_lesson(
            &ctx.conn,
            lesson_id,
            student_id,
            sel.old_mark.map(|m| m.as_str()),
        )?
    };
    match found.len() {
        0 => Err(usage(t!("mark-no-such"))),
        1 => Ok(found.remove(0)),
        _ => Err(usage(t!(
            "mark-several",
            count = found.len(),
            marks = found
                .iter()
                .map(|f| format!("id {} = {} ({})", f.id, f.value, f.work_type))
                .collect::<Vec<_>>()
                .join(", ")
        ))),
    }
}

/// Change (with `new`) or delete (without) one mark; the reason goes to the audit trail.
fn change(
    ctx: &mut Ctx,
    sel: &MarkSelector,
    new: Option<(Option<Mark>, Option<&str>)>,
    reason: &str,
) -> Result<()> {
    if reason.trim().is_empty() {
        return Err(usage(t!("mark-reason-empty")));
    }
    let found = select_mark(ctx, sel)?;
    let course = format!("{} {}", found.class, found.subject);
    require_course(ctx, found.course_id, None, &course)?;
    let mut index = Index::new(&ctx.conn, ctx.today)?;
    index.window.named = sel.permit;
    if let Some(why) = index.lock.why_locked(found.date, found.grace_days) {
        return Err(refused(t!("mark-locked-change", why = why)));
    }
    // A work type on the command line that does not resolve is a name error (exit 2).
    let (work_type_id, grace) = match new {
        Some((_, Some(w))) => {
            let w = index.work_type(w)?;
            (w.id, w.grace_days.min(found.grace_days))
        }
        _ => (found.work_type_id, found.grace_days),
    };
    // Outside the lesson-day window a correction needs a permit like any late entry.
    let permit = index
        .window
        .judge(found.date, grace, &[(found.class_id, found.course_id)])
        .permit()?;
    let window = &index.window;
    let tx = db::begin_write(&mut ctx.conn, &ctx.who, Some(reason.trim()), ctx.today)?;
    use_permit(&tx, permit)?;
    let what = match new {
        Some((mark, _)) => {
            let value = mark.map(|m| m.as_str()).unwrap_or(&found.value);
            update_mark(&tx, found.id, value, work_type_id)
                .map_err(|e| write_message(e, found.date, window))?;
            t!(
                "mark-changed-what",
                old = found.value.as_str(),
                old_work_type = work_type_name(&tx, found.work_type_id)?,
                new = value,
                new_work_type = work_type_name(&tx, work_type_id)?
            )
        }
        None => {
            delete_mark(&tx, found.id).map_err(|e| write_message(e, found.date, window))?;
            t!("mark-deleted-what", old = found.value.as_str())
        }
    };
    db::commit(tx)?;
    ctx.say(t!(
        "mark-changed",
        id = found.id,
        label = found.label(),
        date = ru(found.date),
        what = what,
        permit = under(permit)
    ));
    Ok(())
}

fn add(ctx: &mut Ctx, t: &MarkTarget, mark: Mark, work_type: &str) -> Result<()> {
    let mut index = Index::new(&ctx.conn, ctx.today)?;
    index.window.named = t.permit;
    let req = MarkRequest {
        date: t.date,
        class: &t.class,
        subject: &t.subject,
        group: &t.group,
        student: &t.student,
        mark,
        work_type,
        lesson_no: t.lesson_no,
    };
    let m = index
        .resolve_mark(&ctx.conn, &req)?
        .map_err(crate::error::rejected)?;
    let course = format!(
        "{} {}{}",
        m.course.class,
        m.course.subject,
        group_label(&m.course.group)
    );
    require_course(ctx, m.course.id, Some(m.lesson_id), &course)?;
    if let Some(why) = m.locked {
        return Err(refused(t!("mark-locked-date", why = why)));
    }
    let permit = m.admission.permit()?;
    let tx = db::begin_write(&mut ctx.conn, &ctx.who, None, ctx.today)?;
    use_permit(&tx, permit)?;
    let entry = entry(&tx, &ctx.who.actor, &write_time(&tx)?)?;
    let id = insert_mark(
        &tx,
        m.lesson_id,
        m.student_id,
        mark.as_str(),
        m.work_type_id,
        entry,
    )
    .map_err(|e| write_message(e, t.date, &index.window))?;
    db::commit(tx)?;
    ctx.say(crate::t!(
        "mark-added",
        id = id,
        mark = mark.to_string(),
        student = t.student.as_str(),
        class = m.course.class.as_str(),
        subject = m.course.subject.as_str(),
        date = ru(t.date),
        permit = under(permit)
    ));
    Ok(())
}

/// " (по разрешению № N)" after a write made under a permit.
pub fn under(permit: Option<i64>) -> String {
    permit
        .map(|id| t!("mark-under-permit", id = id))
        .unwrap_or_default()
}

fn list(ctx: &mut Ctx, filter: &JournalFilter) -> Result<()> {
    let scope = filter.resolve(ctx)?;
    let mut rows = Rows::new(&[
        ("id", "№"),
        ("date", "Дата"),
        ("lesson_no", "Урок"),
        ("class", "Класс"),
        ("subject", "Предмет"),
        ("group", "Группа"),
        ("student", "Ученик"),
        ("mark", "Отметка"),
        ("work_type", "Вид работы"),
        ("weight", "Вес"),
        ("entered_at", "Внесена"),
        ("entered_by", "Кем"),
        ("permit", "Разрешение"),
    ]);
    for m in list_marks(&ctx.conn, &scope)? {
        rows.push(vec![
            Cell::Int(m.id),
            Cell::Date(m.date),
            Cell::Int(m.lesson_no),
            Cell::text(m.class),
            Cell::text(m.subject),
            Cell::text(m.group),
            Cell::text(m.student.trim()),
            Cell::text(m.value),
            Cell::text(m.work_type),
            Cell::Num(m.weight),
            Cell::text(m.entered_at),
            Cell::text(m.entered_by),
            m.permit.map(Cell::Int).unwrap_or(Cell::Null),
        ]);
    }
    ctx.print(&rows)
}
