//! `ejournal lock` and `ejournal unlock`: past dates get locked — no correcting marks and no
//! backdating («Запрещается исправление отметок и выставление отметок задним числом»). The
//! rule itself lives in SQLite triggers; these commands move the lock, and only a deputy
//! (заместитель) or the director can move it back, with a reason.

use anyhow::Result;
use chrono::NaiveDate;

use super::roles::require_deputy;
use crate::context::Ctx;
use crate::db;
use crate::db::lock::{lock_history, set_locked_until, set_older_than, LockState, LockValue};
use crate::domain::date::{parse_date_arg, ru};
use crate::error::usage;
use crate::render::{Cell, Rows};
use crate::t;

#[derive(Debug, clap::Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct Lock {
    #[command(subcommand)]
    pub action: Option<LockSub>,
    /// Lock every date up to this one (a lock only moves forward)
    #[arg(long, value_parser = parse_date_arg)]
    pub until: Option<NaiveDate>,
    /// The rolling lock: at every write, lock what is older than N days ("off" turns it off)
    #[arg(long, value_parser = parse_older_than)]
    pub older_than: Option<OlderThan>,
    /// Why (kept in the audit trail)
    #[arg(long)]
    pub reason: Option<String>,
}

#[derive(Debug, clap::Subcommand)]
pub enum LockSub {
    /// Show what is locked, and the last changes of the lock
    ///
    /// Example: ejournal lock status
    Status,
}

/// The rolling lock's days, or off.
#[derive(Debug, Clone, Copy)]
pub struct OlderThan(pub Option<i64>);

fn parse_older_than(s: &str) -> Result<OlderThan, String> {
    match s.trim() {
        "off" | "выкл" | "0" => Ok(OlderThan(None)),
        n => match n.parse::<i64>() {
            Ok(n) if (1..=365).contains(&n) => Ok(OlderThan(Some(n))),
            _ => Err(crate::t!("lock-older-than-invalid", value = s)),
        },
    }
}

#[derive(Debug, clap::Args)]
pub struct Unlock {
    /// Keep only the dates up to this one locked
    #[arg(long, value_parser = parse_date_arg, required_unless_present = "all", conflicts_with = "all")]
    pub until: Option<NaiveDate>,
    /// Lift the lock entirely
    #[arg(long)]
    pub all: bool,
    /// Why (required; kept in the audit trail)
    #[arg(long)]
    pub reason: String,
}

impl Lock {
    pub fn run(&self, ctx: &mut Ctx) -> Result<()> {
        if matches!(self.action, Some(LockSub::Status))
            || (self.until.is_none() && self.older_than.is_none())
        {
            return status(ctx);
        }
        // Locking is the deputies' job; turning the rolling lock off unlocks.
        require_deputy(ctx, &t!("lock-what-lock"))?;
        let state = LockState::load(&ctx.conn, ctx.today)?;
        let tx = db::begin_write(
            &mut ctx.conn,
            &ctx.who,
            self.reason.as_deref().map(str::trim),
            ctx.today,
        )?;
        if let Some(until) = self.until {
            if let Some(current) = state.locked_until {
                if until < current {
                    return Err(usage(t!("lock-only-forward", date = ru(current))));
                }
            }
            set_locked_until(&tx, Some(until))?;
        }
        if let Some(OlderThan(older)) = self.older_than {
            set_older_than(&tx, older)?;
        }
        db::commit(tx)?;
        if let Some(until) = self.until {
            ctx.say(t!("lock-locked-until", date = ru(until)));
        }
        match self.older_than.map(|o| o.0) {
            Some(Some(n)) => ctx.say(t!("lock-rolling-on", days = n)),
            Some(None) => ctx.say(t!("lock-rolling-off")),
            None => {}
        }
        Ok(())
    }
}

impl Unlock {
    pub fn run(&self, ctx: &mut Ctx) -> Result<()> {
        if self.reason.trim().is_empty() {
            return Err(usage(t!("lock-reason-empty")));
        }
        require_deputy(ctx, &t!("lock-what-unlock"))?;
        let state = LockState::load(&ctx.conn, ctx.today)?;
        let Some(current) = state.locked_until else {
            return Err(usage(t!("lock-nothing-locked")));
        };
        if self.until.is_some_and(|d| d >= current) {
            return Err(usage(t!("lock-unlock-moves-back", date = ru(current))));
        }
        let tx = db::begin_write(&mut ctx.conn, &ctx.who, Some(self.reason.trim()), ctx.today)?;
        set_locked_until(&tx, self.until)?;
        db::commit(tx)?;
        ctx.say(match self.until {
            Some(d) => t!("lock-unlocked-after", date = ru(d)),
            None => t!("lock-unlocked-all"),
        });
        Ok(())
    }
}

/// A row's subject: its code for scripts, its label for people.
fn what(code: &str, label: String) -> Cell {
    Cell::coded(code, label)
}

fn status(ctx: &mut Ctx) -> Result<()> {
    let state = LockState::load(&ctx.conn, ctx.today)?;
    let mut rows = Rows::new(&[
        ("what", "Что"),
        ("value", "Значение"),
        ("at", "Когда"),
        ("actor", "Кто"),
        ("reason", "Причина"),
    ]);
    rows.push(vec![
        what("locked_until", t!("lock-what-locked-until")),
        Cell::opt_date(state.locked_until),
        Cell::Null,
        Cell::Null,
        Cell::Null,
    ]);
    rows.push(vec![
        what("lock_older_than", t!("lock-what-older-than")),
        match state.older_than {
            Some(n) => Cell::coded(format!("{n} days"), t!("lock-status-days", days = n)),
            None => Cell::coded("off", t!("lock-status-off")),
        },
        Cell::Null,
        Cell::Null,
        Cell::Null,
    ]);
    if let Some(n) = state.older_than {
        let before = ru(ctx.today - chrono::Duration::days(n));
        rows.push(vec![
            what("rolling_lock_today", t!("lock-what-rolling-today")),
            Cell::coded(
                format!("before {before}"),
                t!("lock-status-before", date = before.as_str()),
            ),
            Cell::Null,
            Cell::Null,
            Cell::Null,
        ]);
    }
    // The history's fingerprint as of now: what a paper copy printed now would carry.
    let head = db::history::head(&ctx.conn)?;
    rows.push(vec![
        what("fingerprint", t!("lock-what-fingerprint")),
        Cell::text(db::history::fingerprint_of(head.as_ref())),
        head.map_or(Cell::Null, |b| Cell::text(&b.at)),
        Cell::Null,
        Cell::Null,
    ]);
    for change in lock_history(&ctx.conn, 10)? {
        // Scripts read the change in stable English whatever the language; people in theirs.
        let value = match change.value {
            LockValue::Unlocked => Cell::coded("unlocked", t!("lock-change-unlocked")),
            LockValue::LockedUntil(d) => Cell::coded(
                format!("locked up to {}", ru(d)),
                t!("lock-change-locked-until", date = ru(d)),
            ),
            LockValue::RollingOff => Cell::coded("rolling lock off", t!("lock-change-rolling-off")),
            // Stored as text: a number chooses the plural form.
            LockValue::OlderThan(n) => {
                let label = match n.parse::<i64>() {
                    Ok(days) => t!("lock-change-rolling", days = days),
                    Err(_) => t!("lock-change-rolling", days = n.as_str()),
                };
                Cell::coded(format!("rolling lock {n} days"), label)
            }
        };
        rows.push(vec![
            what("change", t!("lock-what-change")),
            value,
            Cell::text(change.at),
            Cell::text(change.actor),
            Cell::opt_text(change.reason),
        ]);
    }
    ctx.print(&rows)
}
