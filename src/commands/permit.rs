//! `ejournal permit`: a deputy's permit (разрешение на внесение изменений) for late entries
//! and corrections of lessons dated in a span, for the whole school, a class or a course,
//! until the end of a day. Writes outside the lesson-day window find a covering permit
//! themselves and name it in the audit trail; a permit never opens a date under the lock.

use anyhow::Result;
use chrono::NaiveDate;

use super::roles::require_deputy;
use crate::context::Ctx;
use crate::db;
use crate::db::classes::class_required;
use crate::db::courses::find_course;
use crate::db::permits::{add_permit, all_permits, permit_by_id, revoke_permit, NewPermit};
use crate::domain::class_name::{parse_class_arg, ClassName};
use crate::domain::date::{parse_date_arg, ru};
use crate::error::{refused, usage};
use crate::render::{Cell, Rows};
use crate::t;

#[derive(Debug, clap::Subcommand)]
pub enum PermitCmd {
    /// Allow late entries and corrections for lessons dated --from..--to, until the end of --until
    ///
    /// Without --class the permit covers the whole school (moving marks over from a previous
    /// system); without --subject, the whole class.
    ///
    /// Example: ejournal permit add --class 5А --subject Математика --from 02.10.2023 --to 06.10.2023 --reason "учитель болел"
    Add {
        #[arg(long, value_parser = parse_class_arg)]
        class: Option<ClassName>,
        #[arg(long, requires = "class")]
        subject: Option<String>,
        #[arg(long, default_value = "", requires = "subject")]
        group: String,
        /// The first lesson date covered
        #[arg(long, value_parser = parse_date_arg)]
        from: NaiveDate,
        /// The last lesson date covered
        #[arg(long, value_parser = parse_date_arg)]
        to: NaiveDate,
        /// Valid through the end of this day [default: today]
        #[arg(long, value_parser = parse_date_arg)]
        until: Option<NaiveDate>,
        /// Why (required; kept with the permit and in the audit trail)
        #[arg(long)]
        reason: String,
    },
    /// List the permits valid today (--all: every permit ever issued)
    ///
    /// Example: ejournal permit list --all --format csv
    List {
        #[arg(long)]
        all: bool,
    },
    /// Revoke a permit (it stays on record)
    ///
    /// Example: ejournal permit revoke 3 --reason "выдано ошибочно"
    Revoke {
        /// The permit's number, as `permit list` shows it
        id: i64,
        /// Why (required; kept in the audit trail)
        #[arg(long)]
        reason: String,
    },
}

impl PermitCmd {
    pub fn run(&self, ctx: &mut Ctx) -> Result<()> {
        match self {
            PermitCmd::Add {
                class,
                subject,
                group,
                from,
                to,
                until,
                reason,
            } => {
                let scope = Scope {
                    class: class.as_ref(),
                    subject: subject.as_deref(),
                    group,
                };
                add(ctx, &scope, (*from, *to), *until, reason)
            }
            PermitCmd::List { all } => list(ctx, *all),
            PermitCmd::Revoke { id, reason } => revoke(ctx, *id, reason),
        }
    }
}

/// What a permit covers, as the command line names it.
struct Scope<'a> {
    class: Option<&'a ClassName>,
    subject: Option<&'a str>,
    group: &'a str,
}

fn add(
    ctx: &mut Ctx,
    scope: &Scope,
    (from, to): (NaiveDate, NaiveDate),
    until: Option<NaiveDate>,
    reason: &str,
) -> Result<()> {
    require_deputy(ctx, &t!("permit-what-issue"))?;
    let reason = reason.trim();
    if reason.is_empty() {
        return Err(usage(t!("permit-reason-empty")));
    }
    if from > to {
        return Err(usage(t!(
            "permit-from-after-to",
            from = ru(from),
            to = ru(to)
        )));
    }
    let until = until.unwrap_or(ctx.today);
    if until < ctx.today {
        return Err(usage(t!(
            "permit-until-past",
            until = ru(until),
            today = ru(ctx.today)
        )));
    }
    // Names that do not resolve are exit 2, as everywhere on the command line.
    let (class_id, course_id) = match scope.class {
        Some(c) => {
            let class = class_required(&ctx.conn, c)?;
            let course = match scope.subject {
                Some(s) => Some(find_course(&ctx.conn, &class, s, scope.group)??),
                None => None,
            };
            (Some(class.id), course)
        }
        None => (None, None),
    };
    let tx = db::begin_write(&mut ctx.conn, &ctx.who, Some(reason), ctx.today)?;
    let id = add_permit(
        &tx,
        &NewPermit {
            class_id,
            course_id,
            from,
            to,
            until,
            reason,
            by: &ctx.who.actor,
        },
    )?;
    db::commit(tx)?;
    let whom = match (scope.class, scope.subject) {
        (None, _) => t!("permit-whom-school"),
        (Some(c), None) => t!("permit-whom-class", class = c.to_string()),
        (Some(c), Some(s)) => t!(
            "permit-whom-course",
            course = format!("{c} {s}{}", crate::db::resolve::group_label(scope.group))
        ),
    };
    ctx.say(t!(
        "permit-added",
        id = id,
        from = ru(from),
        to = ru(to),
        whom = whom,
        until = ru(until)
    ));
    println!("{id}");
    Ok(())
}

fn list(ctx: &mut Ctx, all: bool) -> Result<()> {
    let mut rows = Rows::new(&[
        ("id", "№"),
        ("class", "Класс"),
        ("subject", "Предмет"),
        ("group", "Группа"),
        ("from", "С"),
        ("to", "По"),
        ("until", "Действует до"),
        ("status", "Состояние"),
        ("reason", "Причина"),
        ("created_at", "Выдано"),
        ("created_by", "Кем"),
        ("revoked_at", "Отозвано"),
        ("revoked_by", "Кем отозвано"),
        ("revoke_reason", "Причина отзыва"),
    ]);
    for p in all_permits(&ctx.conn)? {
        let valid = p.valid_on(ctx.today);
        if !all && !valid {
            continue;
        }
        let status = if p.revoked_at.is_some() {
            "отозвано"
        } else if valid {
            "действует"
        } else {
            "истекло"
        };
        rows.push(vec![
            Cell::Int(p.id),
            Cell::opt_text(p.class),
            Cell::opt_text(p.subject),
            Cell::opt_text(p.group),
            Cell::Date(p.from),
            Cell::Date(p.to),
            Cell::Date(p.until),
            Cell::text(status),
            Cell::text(p.reason),
            Cell::text(p.created_at),
            Cell::text(p.created_by),
            Cell::opt_text(p.revoked_at.unwrap_or_default()),
            Cell::opt_text(p.revoked_by.unwrap_or_default()),
            Cell::opt_text(p.revoke_reason.unwrap_or_default()),
        ]);
    }
    ctx.print(&rows)
}

fn revoke(ctx: &mut Ctx, id: i64, reason: &str) -> Result<()> {
    require_deputy(ctx, &t!("permit-what-revoke"))?;
    let reason = reason.trim();
    if reason.is_empty() {
        return Err(usage(t!("permit-reason-empty")));
    }
    let Some(permit) = permit_by_id(&ctx.conn, id)? else {
        return Err(usage(t!("permit-no-such", id = id)));
    };
    if let Some(at) = &permit.revoked_at {
        return Err(refused(t!(
            "permit-already-revoked",
            id = id,
            at = at.as_str()
        )));
    }
    let tx = db::begin_write(&mut ctx.conn, &ctx.who, Some(reason), ctx.today)?;
    revoke_permit(&tx, id, &ctx.who.actor, reason)?;
    db::commit(tx)?;
    ctx.say(t!("permit-revoked", id = id));
    Ok(())
}
