//! `ejournal lock` and `ejournal unlock`: past dates get locked — no correcting marks and no
//! backdating («Запрещается исправление отметок и выставление отметок задним числом»). The
//! rule itself lives in SQLite triggers; these commands move the lock, and only a deputy
//! (заместитель) or the director can move it back, with a reason.

use crate::error::NameKind;
use anyhow::Result;
use chrono::NaiveDate;
use rusqlite::params;

use crate::context::Ctx;
use crate::db::lock::LockState;
use crate::db::people::{all_staff, find_person};
use crate::db::{self};
use crate::domain::date::{from_iso, iso, parse_date_arg, ru};
use crate::domain::fio::PersonRef;
use crate::error::usage;
use crate::render::{Cell, Rows};

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
        n => n
            .parse::<i64>()
            .ok()
            .filter(|n| (1..=365).contains(n))
            .map(|n| OlderThan(Some(n)))
            .ok_or_else(|| format!("\"{s}\" is not a number of days 1–365 or off")),
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
        require_deputy(ctx, "lock")?;
        let state = LockState::load(&ctx.conn, ctx.today)?;
        let tx = db::begin_write(
            &mut ctx.conn,
            &ctx.actor,
            self.reason.as_deref().map(str::trim),
            ctx.today,
        )?;
        if let Some(until) = self.until {
            if let Some(current) = state.locked_until {
                if until < current {
                    return Err(usage(format!(
                        "the journal is locked up to {}: a lock only moves forward (to unlock, a deputy runs `ejournal unlock --until D --reason …`)",
                        ru(current)
                    )));
                }
            }
            tx.execute(
                "UPDATE settings SET value = ?1 WHERE key = 'locked_until'",
                [iso(until)],
            )?;
        }
        if let Some(OlderThan(older)) = self.older_than {
            let value = older.map(|n| n.to_string()).unwrap_or_else(|| "off".into());
            tx.execute(
                "UPDATE settings SET value = ?1 WHERE key = 'lock_older_than'",
                [value],
            )?;
        }
        db::commit(tx)?;
        if let Some(until) = self.until {
            ctx.say(format!("locked: every date up to {}", ru(until)));
        }
        match self.older_than.map(|o| o.0) {
            Some(Some(n)) => ctx.say(format!(
                "rolling lock: entries older than {n} days are locked at every write"
            )),
            Some(None) => ctx.say("rolling lock: off"),
            None => {}
        }
        Ok(())
    }
}

impl Unlock {
    pub fn run(&self, ctx: &mut Ctx) -> Result<()> {
        if self.reason.trim().is_empty() {
            return Err(usage("--reason must say why"));
        }
        require_deputy(ctx, "unlock")?;
        let state = LockState::load(&ctx.conn, ctx.today)?;
        let Some(current) = state.locked_until else {
            return Err(usage("nothing is locked"));
        };
        let value = match self.until {
            Some(d) if d >= current => {
                return Err(usage(format!(
                    "the journal is locked up to {}; unlock moves the lock back",
                    ru(current)
                )))
            }
            Some(d) => iso(d),
            None => String::new(),
        };
        let tx = db::begin_write(
            &mut ctx.conn,
            &ctx.actor,
            Some(self.reason.trim()),
            ctx.today,
        )?;
        tx.execute(
            "UPDATE settings SET value = ?1 WHERE key = 'locked_until'",
            [&value],
        )?;
        db::commit(tx)?;
        ctx.say(match self.until {
            Some(d) => format!(
                "unlocked after {}: dates up to {} stay locked",
                ru(d),
                ru(d)
            ),
            None => "unlocked: no date is locked".to_string(),
        });
        Ok(())
    }
}

/// Only a deputy (заместитель) or the director may move the lock: the actor must be one.
/// (The actor is what the caller says; the audit trail keeps it with every change.)
fn require_deputy(ctx: &Ctx, what: &str) -> Result<()> {
    let staff = all_staff(&ctx.conn)?;
    let refused = || {
        usage(format!(
            "only a deputy (заместитель) or the director can {what}; \"{}\" is not one in staff (set --actor / EJOURNAL_ACTOR to your ФИО)",
            ctx.actor
        ))
    };
    let who = PersonRef::parse(&ctx.actor).map_err(|_| refused())?;
    let person =
        find_person(&staff, &who, NameKind::Teacher, "member of staff").map_err(|_| refused())?;
    let roles: String =
        ctx.conn
            .query_row("SELECT roles FROM staff WHERE id = ?1", [person.id], |r| {
                r.get(0)
            })?;
    if roles.contains("заместитель") || roles.contains("директор") {
        Ok(())
    } else {
        Err(refused())
    }
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
        Cell::text("locked_until"),
        Cell::opt_date(state.locked_until),
        Cell::Null,
        Cell::Null,
        Cell::Null,
    ]);
    rows.push(vec![
        Cell::text("lock_older_than"),
        state
            .older_than
            .map(|n| Cell::text(format!("{n} days")))
            .unwrap_or(Cell::text("off")),
        Cell::Null,
        Cell::Null,
        Cell::Null,
    ]);
    if let Some(n) = state.older_than {
        rows.push(vec![
            Cell::text("rolling_lock_today"),
            Cell::text(format!(
                "before {}",
                ru(ctx.today - chrono::Duration::days(n))
            )),
            Cell::Null,
            Cell::Null,
            Cell::Null,
        ]);
    }
    let mut stmt = ctx.conn.prepare(
        "SELECT after, at, actor, coalesce(reason, '') FROM audit_log WHERE entity = 'lock' ORDER BY id DESC LIMIT 10",
    )?;
    let history = stmt.query_map(params![], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, String>(3)?,
        ))
    })?;
    for h in history {
        let (after, at, actor, reason) = h?;
        let v: serde_json::Value = serde_json::from_str(&after).unwrap_or_default();
        let (key, value) = v
            .as_object()
            .and_then(|o| o.iter().next())
            .map(|(k, v)| (k.clone(), v.as_str().unwrap_or("").to_string()))
            .unwrap_or_default();
        let value = match (key.as_str(), value.as_str()) {
            ("locked_until", "") => "unlocked".to_string(),
            ("locked_until", d) => format!("locked up to {}", ru(from_iso(d))),
            (_, "off") => "rolling lock off".to_string(),
            (_, n) => format!("rolling lock {n} days"),
        };
        rows.push(vec![
            Cell::text("change"),
            Cell::text(value),
            Cell::text(at),
            Cell::text(actor),
            Cell::opt_text(reason),
        ]);
    }
    ctx.print(&rows)
}
