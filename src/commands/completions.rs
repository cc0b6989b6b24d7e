//! `ejournal completions SHELL` and `ejournal man`. The command line's description is
//! handed in (`Cli::command()`), so this module does not reach back up to `cli`.

use std::io::Write;

use anyhow::Result;
use clap_complete::Shell;

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
    clap_complete::generate(shell, cli, "ejournal", out);
}

/// The man page (roff).
pub fn man_page(cli: clap::Command) -> Result<Vec<u8>> {
    let mut out = Vec::new();
    clap_mangen::Man::new(cli).render(&mut out)?;
    Ok(out)
}

pub fn man(cli: clap::Command) -> Result<()> {
    std::io::stdout().write_all(&man_page(cli)?)?;
    Ok(())
}
