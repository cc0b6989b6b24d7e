//! One module per subcommand; [`dispatch`] opens the journal once and hands it down.

pub mod absence;
pub mod audit;
pub mod calendar;
pub mod class;
pub mod completions;
pub mod course;
pub mod demo;
mod demo_fill;
mod diary;
pub mod export;
pub mod final_mark;
pub mod import;
pub mod init;
pub mod lesson;
pub mod lock;
pub mod mark;
pub mod plan;
pub mod remark;
pub mod report;
pub mod settings;
pub mod staff;
pub mod student;
pub mod timetable;

use anyhow::Result;

use crate::cli::{Cli, Command};
use crate::context::{os_user, today, Ctx};

/// Run a parsed command line; returns the exit code on success.
pub fn dispatch(cli: Cli) -> Result<i32> {
    let g = cli.global;
    let actor = g
        .actor
        .clone()
        .filter(|a| !a.trim().is_empty())
        .unwrap_or_else(os_user);
    let today = today()?;
    // Commands that do not work on an existing journal.
    match &cli.command {
        Command::Init(cmd) => return cmd.run(&g.db, &actor, g.quiet, today).map(|_| 0),
        Command::Demo(cmd) => return cmd.run(&actor, g.quiet, today).map(|_| 0),
        Command::Completions(cmd) => return cmd.run().map(|_| 0),
        Command::Man => return completions::man().map(|_| 0),
        _ => {}
    }
    let conn = crate::db::open(&g.db)?;
    let mut ctx = Ctx {
        conn,
        actor,
        format: g.format.unwrap_or_default(),
        format_given: g.format,
        quiet: g.quiet,
        today,
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
