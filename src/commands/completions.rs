//! `ejournal completions SHELL` and `ejournal man`. The command line's description is
//! handed in (`cli::command()`), so this module does not reach back up to `cli`.

use std::io::Write;
use std::path::PathBuf;

use anyhow::{Context, Result};
use clap::builder::{PossibleValue, TypedValueParser};
use clap::ValueHint;
use clap_complete::Shell;

use crate::domain::calendar::PeriodCode;

#[derive(Debug, clap::Args)]
pub struct ManArgs {
    /// Write a page for every command and subcommand into this folder (ejournal.1,
    /// ejournal-report.1, ejournal-report-fill-rate.1, …) instead of printing the main page
    #[arg(long, value_name = "DIR", value_hint = ValueHint::DirPath)]
    pub dir: Option<PathBuf>,
}

#[derive(Debug, clap::Args)]
pub struct Completions {
    /// bash, zsh, fish, powershell or elvish
    #[arg(value_enum)]
    pub shell: Shell,
}

impl Completions {
    pub fn run(&self, mut cli: clap::Command) -> Result<()> {
        let mut out = Vec::new();
        write_completions(self.shell, &mut cli, &mut out);
        std::io::stdout().write_all(&out)?;
        Ok(())
    }
}

/// The completion script for a shell.
pub fn write_completions(shell: Shell, cli: &mut clap::Command, out: &mut dyn Write) {
    let mut cli = with_value_hints(cli.clone());
    clap_complete::generate(shell, &mut cli, "ejournal", out);
}

/// Completion hints clap cannot infer: a value that is not a path (a class, a name, a date)
/// completes to nothing rather than to file names; a period to its codes.
fn with_value_hints(cmd: clap::Command) -> clap::Command {
    let cmd = cmd.mut_args(|arg| {
        let takes_value = arg.get_num_args().is_none_or(|n| n.takes_values())
            && !matches!(
                arg.get_action(),
                clap::ArgAction::SetTrue
                    | clap::ArgAction::SetFalse
                    | clap::ArgAction::Count
                    | clap::ArgAction::Help
                    | clap::ArgAction::HelpShort
                    | clap::ArgAction::HelpLong
                    | clap::ArgAction::Version
            );
        if !takes_value || arg.get_value_hint() != ValueHint::Unknown {
            return arg;
        }
        if ["period", "PERIOD"].contains(&arg.get_id().as_str()) {
            return arg.value_parser(PeriodValues);
        }
        if arg.get_possible_values().is_empty() {
            arg.value_hint(ValueHint::Other)
        } else {
            arg
        }
    });
    cmd.mut_subcommands(with_value_hints)
}

/// A period as the command line takes it (`Q1`, `I четверть`, `год`, …), offering the codes
/// to the shell. Only in the description handed to the completion generator: the command line
/// itself parses with `parse_period_arg`.
#[derive(Clone)]
struct PeriodValues;

impl TypedValueParser for PeriodValues {
    type Value = PeriodCode;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        _arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<PeriodCode, clap::Error> {
        let text = value.to_string_lossy();
        crate::domain::calendar::parse_period_arg(&text).map_err(|e| {
            clap::Error::raw(clap::error::ErrorKind::InvalidValue, format!("{e}\n")).with_cmd(cmd)
        })
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        Some(Box::new(
            ["Q1", "Q2", "Q3", "Q4", "H1", "H2", "Y"]
                .into_iter()
                .map(PossibleValue::new),
        ))
    }
}

/// Every man page: the main one, then one per command and subcommand, so that a page's
/// SEE ALSO never names a page that does not exist. (file name, roff)
pub fn man_pages(cli: clap::Command) -> Result<Vec<(String, Vec<u8>)>> {
    fn walk(cmd: clap::Command, pages: &mut Vec<(String, Vec<u8>)>) -> Result<()> {
        let man = clap_mangen::Man::new(cmd.clone());
        let mut out = Vec::new();
        man.render(&mut out)?;
        pages.push((man.get_filename(), out));
        for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
            walk(sub.clone(), pages)?;
        }
        Ok(())
    }
    let mut cmd = cli.disable_help_subcommand(true);
    cmd.build();
    let mut pages = Vec::new();
    walk(cmd, &mut pages)?;
    Ok(pages)
}

pub fn man(cli: clap::Command, args: &ManArgs) -> Result<()> {
    let pages = man_pages(cli)?;
    match &args.dir {
        None => std::io::stdout().write_all(&pages[0].1)?,
        Some(dir) => {
            std::fs::create_dir_all(dir).with_context(|| {
                crate::t!("man-making-folder", path = dir.display().to_string())
            })?;
            for (name, roff) in &pages {
                crate::output::write_file(&dir.join(name), roff)?;
            }
            eprintln!(
                "{}",
                crate::t!(
                    "man-written",
                    count = pages.len(),
                    path = dir.display().to_string()
                )
            );
        }
    }
    Ok(())
}
