//! The dispatcher: from a parsed command line to the subcommand that runs it. It opens the
//! journal once and hands it down in the context; it is the only place that knows both the
//! command line's types (`cli`) and the commands, so neither needs the other's parent.

use anyhow::Result;

use crate::cli::{Cli, Command};
use clap::CommandFactory;

use crate::commands::completions;
use crate::context::{fixed_today, os_user, today_for, Ctx};
use crate::domain::journal::JournalKind;

/// Run a parsed command line; returns the exit code on success.
pub fn dispatch(cli: Cli) -> Result<i32> {
    let g = cli.global;
    let actor = g
        .actor
        .clone()
        .filter(|a| !a.trim().is_empty())
        .unwrap_or_else(os_user);
    let fixed = fixed_today()?;
    // Commands that do not work on an existing journal.
    match &cli.command {
        Command::Init(cmd) => {
            let today = today_for(cmd.kind(), fixed)?;
            return cmd.run(&g.db, &actor, g.quiet, today).map(|_| 0);
        }
        // The demo builds a training journal.
        Command::Demo(cmd) => {
            let today = today_for(JournalKind::Training, fixed)?;
            return cmd.run(&actor, g.quiet, today).map(|_| 0);
        }
        Command::Completions(cmd) => return cmd.run(Cli::command()).map(|_| 0),
        Command::Man => return completions::man(Cli::command()).map(|_| 0),
        _ => {}
    }
    let conn = crate::db::open(&g.db, std::time::Duration::from_millis(g.busy_timeout_ms))?;
    let kind = crate::db::journal_kind::kind(&conn)?;
    let today = today_for(kind, fixed)?;
    let mut ctx = Ctx {
        conn,
        actor,
        format: g.format.unwrap_or_default(),
        format_given: g.format,
        quiet: g.quiet,
        today,
        kind,
    };
    match &cli.command {
        Command::Calendar(cmd) => cmd.run(&mut ctx)?,
        Command::Import(cmd) => cmd.run(&mut ctx)?,
        Command::Class(cmd) => cmd.run(&mut ctx)?,
        Command::Student(cmd) => cmd.run(&mut ctx)?,
        Command::Staff(cmd) => cmd.run(&mut ctx)?,
        Command::Course(cmd) => cmd.run(&mut ctx)?,
        Command::Plan(cmd) => cmd.run(&mut ctx)?,
        Command::Timetable(cmd) => cmd.run(&mut ctx)?,
        Command::Lesson(cmd) => cmd.run(&mut ctx)?,
        Command::Mark(cmd) => cmd.run(&mut ctx)?,
        Command::Absence(cmd) => cmd.run(&mut ctx)?,
        Command::Final(cmd) => cmd.run(&mut ctx)?,
        Command::Lock(cmd) => cmd.run(&mut ctx)?,
        Command::Unlock(cmd) => cmd.run(&mut ctx)?,
        Command::Permit(cmd) => cmd.run(&mut ctx)?,
        Command::Audit(cmd) => cmd.run(&mut ctx)?,
        Command::Settings(cmd) => cmd.run(&mut ctx)?,
        Command::Export(cmd) => cmd.run(&mut ctx)?,
        Command::Report(cmd) => return cmd.run(&mut ctx),
        Command::Remark(cmd) => cmd.run(&mut ctx)?,
        Command::Init(_) | Command::Demo(_) | Command::Completions(_) | Command::Man => {
            unreachable!("handled above")
        }
    }
    Ok(0)
}
