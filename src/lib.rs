//! `ejournal`: a Russian school's electronic class journal (электронный журнал) kept in
//! one SQLite file. The binary is a thin wrapper around [`run`].

pub mod cli;
pub mod clock;
pub mod commands;
pub mod context;
pub mod db;
pub mod dispatch;
pub mod domain;
pub mod error;
pub mod i18n;
pub mod identity;
pub mod input;
pub mod output;
pub mod render;
pub mod reports;

use std::ffi::OsString;

/// Run the command line and return the process exit code.
pub fn run<I, T>(args: I) -> i32
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let cli = match cli::parse(args) {
        Ok(cli) => cli,
        Err(e) => {
            match cli::usage_error_text(&e) {
                Some(text) => eprintln!("{}", t!("error-prefix", message = text)),
                None => {
                    let _ = e.print();
                }
            }
            return if e.use_stderr() {
                error::EXIT_USAGE
            } else {
                error::EXIT_OK
            };
        }
    };
    match dispatch::dispatch(cli) {
        Ok(code) => code,
        Err(err) => {
            if error::is_broken_pipe(&err) {
                return error::EXIT_OK;
            }
            // A message may quote what the user typed or a file held: escaped, it cannot
            // drive the terminal.
            eprintln!(
                "ejournal: {}",
                domain::text::printable(&error::describe(&err))
            );
            if let Some(hint) = error::hint(&err) {
                eprintln!("ejournal: {hint}");
            }
            error::exit_code(&err)
        }
    }
}
