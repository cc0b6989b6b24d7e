//! The dispatcher: from a parsed command line to the subcommand that runs it. It opens the
//! journal once and hands it down in the context; it is the only place that knows both the
//! command line's types (`cli`) and the commands, so neither needs the other's parent.

use anyhow::Result;

use crate::cli::{Cli, Command};

use crate::commands::absence::AbsenceCmd;
use crate::commands::calendar::CalendarCmd;
use crate::commands::completions;
use crate::commands::final_mark::FinalCmd;
use crate::commands::import::ImportCmd;
use crate::commands::lesson::LessonCmd;
use crate::commands::mark::MarkCmd;
use crate::commands::remark::RemarkCmd;
use crate::commands::roles::{self, Need};
use crate::commands::settings::SettingsCmd;
use crate::commands::staff::StaffCmd;
use crate::commands::student::StudentCmd;
use crate::context::{fixed_today, today_for, Ctx};
use crate::domain::journal::JournalKind;
use crate::identity::{identify, os_login};

/// Run a parsed command line; returns the exit code on success.
pub fn dispatch(cli: Cli) -> Result<i32> {
    let g = cli.global;
    crate::render::terminal::configure(g.wide, g.quiet);
    let named = g.actor.clone().filter(|a| !a.trim().is_empty());
    let login = os_login();
    // A new journal has no staff yet: whoever makes it is who he says (or his login).
    let actor = named.clone().unwrap_or_else(|| login.clone());
    // Commands that do not touch a journal.
    match &cli.command {
        Command::Completions(cmd) => return cmd.run(crate::cli::command()).map(|_| 0),
        Command::Man(args) => return completions::man(crate::cli::command(), args).map(|_| 0),
        Command::Template(cmd) => return cmd.run(g.quiet).map(|_| 0),
        _ => {}
    }
    let fixed = fixed_today()?;
    // Commands that make a new journal.
    match &cli.command {
        Command::Init(cmd) => {
            let today = today_for(cmd.kind(), fixed)?;
            return cmd.run(&g.db, &actor, g.quiet, today).map(|_| 0);
        }
        // Restoring works on a journal that may be missing or too damaged to open.
        Command::Restore(cmd) => return cmd.run(&g.db, g.quiet).map(|_| 0),
        // The demo builds a training journal.
        Command::Demo(cmd) => {
            let today = today_for(JournalKind::Training, fixed)?;
            return cmd.run(g.quiet, today).map(|_| 0);
        }
        _ => {}
    }
    let conn = crate::db::open(&g.db, std::time::Duration::from_millis(g.busy_timeout_ms))?;
    let db = g.db.clone();
    // A damaged page may be found by any query: SQLite's word for it becomes a sentence
    // naming the journal.
    run_on(&cli.command, g, conn, login, named, fixed).map_err(|e| crate::db::explain(&db, e))
}

/// Run a command on the open journal.
fn run_on(
    command: &Command,
    g: crate::cli::Global,
    conn: rusqlite::Connection,
    login: String,
    named: Option<String>,
    fixed: Option<chrono::NaiveDate>,
) -> Result<i32> {
    let kind = crate::db::journal_kind::kind(&conn)?;
    let today = today_for(kind, fixed)?;
    let identity = identify(&conn, &login, named.as_deref())?;
    let mut ctx = Ctx {
        conn,
        who: identity.who,
        identity_refusal: identity.refusal,
        format: g.format.unwrap_or_default(),
        format_given: g.format,
        quiet: g.quiet,
        today,
        kind,
    };
    if let Some((need, what)) = write_need(command) {
        // A new journal is set up before anyone is on its staff list (the staff file is
        // what makes them): until then there is nobody to check, and nothing to protect.
        if let Some(actor) = roles::acting(&ctx)? {
            actor.require(&ctx, need, &what)?;
        }
    }
    match command {
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
        Command::Export(cmd) => return cmd.run(&mut ctx),
        Command::Report(cmd) => return cmd.run(&mut ctx),
        Command::Verify(cmd) => return cmd.run(&mut ctx),
        Command::Backup(cmd) => return cmd.run(&mut ctx),
        Command::Archive(cmd) => return cmd.run(&mut ctx),
        Command::Remark(cmd) => cmd.run(&mut ctx)?,
        Command::Init(_)
        | Command::Demo(_)
        | Command::Restore(_)
        | Command::Completions(_)
        | Command::Man(_)
        | Command::Template(_) => {
            unreachable!("handled above")
        }
    }
    Ok(0)
}

/// What a writing command needs of its actor (and how a refusal names the action); None for
/// a command that only reads. `lock`, `unlock` and `permit` check their own actor, since
/// whether they write depends on their options.
fn write_need(command: &Command) -> Option<(Need, String)> {
    use Need::{Deputy, Journal, Structure};
    Some(match command {
        Command::Calendar(CalendarCmd::Show) => return None,
        Command::Calendar(_) => (Deputy, crate::t!("dispatch-what-calendar")),
        Command::Settings(SettingsCmd::Set { .. }) => (Deputy, crate::t!("dispatch-what-settings")),
        Command::Staff(StaffCmd::SetLogin { .. }) => (Deputy, crate::t!("dispatch-what-logins")),
        Command::Remark(RemarkCmd::Add { .. } | RemarkCmd::Resolve { .. }) => {
            (Deputy, crate::t!("dispatch-what-remarks"))
        }
        Command::Import(ImportCmd::AccessLog(_)) => (Deputy, crate::t!("dispatch-what-access-log")),
        Command::Import(ImportCmd::Marks(_) | ImportCmd::Absences(_) | ImportCmd::Finals(_)) => {
            (Journal, crate::t!("dispatch-what-import-journal"))
        }
        Command::Import(ImportCmd::Lessons(_)) => {
            (Journal, crate::t!("dispatch-what-import-lessons"))
        }
        Command::Import(_) => (Structure, crate::t!("dispatch-what-import-structure")),
        Command::Lesson(LessonCmd::Generate { .. }) => {
            (Structure, crate::t!("dispatch-what-generate-lessons"))
        }
        Command::Lesson(LessonCmd::Set { .. }) => (Journal, crate::t!("dispatch-what-lesson")),
        Command::Mark(MarkCmd::Add { .. } | MarkCmd::Change { .. } | MarkCmd::Delete { .. }) => {
            (Journal, crate::t!("dispatch-what-marks"))
        }
        Command::Absence(
            AbsenceCmd::Add { .. } | AbsenceCmd::Change { .. } | AbsenceCmd::Delete { .. },
        ) => (Journal, crate::t!("dispatch-what-absences")),
        Command::Final(FinalCmd::Set { .. } | FinalCmd::Accept { .. }) => {
            (Journal, crate::t!("dispatch-what-finals"))
        }
        Command::Student(StudentCmd::Leave { .. }) => (Journal, crate::t!("dispatch-what-leave")),
        _ => return None,
    })
}
