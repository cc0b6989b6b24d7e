//! `ejournal remark`: a deputy's remarks (замечания) on how a course's journal is kept,
//! each with a deadline; `report fill-rate` counts the overdue ones.

use anyhow::Result;
use chrono::NaiveDate;

use crate::context::Ctx;
use crate::db;
use crate::db::classes::class_required;
use crate::db::courses::find_course;
use crate::db::remarks::{self, Filter};
use crate::domain::class_name::{parse_class_arg, ClassName};
use crate::domain::date::{parse_date_arg, ru};
use crate::error::usage;
use crate::render::{Cell, Rows};
use crate::t;

#[derive(Debug, clap::Subcommand)]
pub enum RemarkCmd {
    /// A deputy's remark on how a course's journal is kept, with a deadline
    ///
    /// Example: ejournal remark add --class 5А --subject Математика --text "нет тем уроков за октябрь" --due 10.11.2023
    Add {
        #[arg(long, value_parser = parse_class_arg)]
        class: ClassName,
        #[arg(long)]
        subject: String,
        #[arg(long, default_value = "")]
        group: String,
        #[arg(long)]
        text: String,
        #[arg(long, value_parser = parse_date_arg)]
        due: NaiveDate,
    },
    /// List remarks
    ///
    /// Example: ejournal remark list --overdue
    List {
        /// Only those not resolved yet
        #[arg(long)]
        open: bool,
        /// Only those not resolved by their deadline
        #[arg(long)]
        overdue: bool,
        #[arg(long, value_parser = parse_class_arg)]
        class: Option<ClassName>,
    },
    /// Mark a remark resolved
    ///
    /// Example: ejournal remark resolve 3
    Resolve { id: i64 },
}

impl RemarkCmd {
    pub fn run(&self, ctx: &mut Ctx) -> Result<()> {
        match self {
            RemarkCmd::Add {
                class,
                subject,
                group,
                text,
                due,
            } => add(ctx, class, subject, group, text, *due),
            RemarkCmd::List {
                open,
                overdue,
                class,
            } => list(ctx, *open, *overdue, class.as_ref()),
            RemarkCmd::Resolve { id } => {
                let tx = db::begin_write(&mut ctx.conn, &ctx.who, None, ctx.today)?;
                if !remarks::resolve(&tx, *id, &ctx.who.actor)? {
                    return Err(usage(t!("remark-no-such", id = *id)));
                }
                db::commit(tx)?;
                ctx.say(t!("remark-resolved", id = *id));
                Ok(())
            }
        }
    }
}

fn add(
    ctx: &mut Ctx,
    class: &ClassName,
    subject: &str,
    group: &str,
    text: &str,
    due: NaiveDate,
) -> Result<()> {
    if text.trim().is_empty() {
        return Err(usage(t!("remark-text-empty")));
    }
    let class = class_required(&ctx.conn, class)?;
    let course = find_course(&ctx.conn, &class, subject, group)??;
    let tx = db::begin_write(&mut ctx.conn, &ctx.who, None, ctx.today)?;
    let id = remarks::add(&tx, course, text.trim(), due, &ctx.who.actor)?;
    db::commit(tx)?;
    ctx.say(t!(
        "remark-added",
        id = id,
        course = format!("{} {subject}", class.name),
        due = ru(due)
    ));
    Ok(())
}

fn list(ctx: &mut Ctx, open: bool, overdue: bool, class: Option<&ClassName>) -> Result<()> {
    let class_id = match class {
        Some(c) => Some(class_required(&ctx.conn, c)?.id),
        None => None,
    };
    let filter = Filter {
        class_id,
        open,
        overdue,
    };
    let mut rows = Rows::new(&[
        ("id", "№"),
        ("class", "Класс"),
        ("subject", "Предмет"),
        ("group", "Группа"),
        ("teacher", "Учитель"),
        ("text", "Замечание"),
        ("due", "Срок"),
        ("created_by", "Кто"),
        ("resolved_on", "Устранено"),
        ("overdue", "Просрочено"),
    ]);
    for r in remarks::list(&ctx.conn, filter, ctx.today)? {
        let overdue = r.is_overdue(ctx.today);
        rows.push(vec![
            Cell::Int(r.id),
            Cell::text(r.class),
            Cell::text(r.subject),
            Cell::text(r.group),
            Cell::text(r.teacher),
            Cell::text(r.text),
            Cell::Date(r.due),
            Cell::text(r.created_by),
            Cell::opt_date(r.resolved_on),
            Cell::Bool(overdue),
        ]);
    }
    ctx.print(&rows)
}
