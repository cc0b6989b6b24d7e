//! `ejournal completions SHELL` and `ejournal man`.

use std::io::Write;

use anyhow::Result;
use clap::CommandFactory;
use clap_complete::Shell;

use crate::cli::Cli;

#[derive(Debug, clap::Args)]
pub struct Completions {
    /// bash, zsh, fish, powershell or elvish
    #[arg(value_enum)]
    pub shell: Shell,
}

impl Completions {
    pub fn run(&self) -> Result<()> {
        let mut out = Vec::new();
        write_completions(self.shell, &mut out);
        std::io::stdout().write_all(&out)?;
        Ok(())
    }
}

/// The completion script for a shell.
pub fn write_completions(shell: Shell, out: &mut dyn Write) {
    let mut cmd = Cli::command();
    clap_complete::generate(shell, &mut cmd, "ejournal", out);
}

/// The man page (roff).
pub fn man_page() -> Result<Vec<u8>> {
    let mut out = Vec::new();
    clap_mangen::Man::new(Cli::command()).render(&mut out)?;
    Ok(out)
}

pub fn man() -> Result<()> {
    std::io::stdout().write_all(&man_page()?)?;
    Ok(())
}
