//! `ejournal verify`: is the journal intact? One line per finding on stdout; exit 0 when
//! intact, 3 when anything was found (see [`crate::reports::verify`]).

use anyhow::Result;

use crate::context::Ctx;
use crate::error::{usage, EXIT_ISSUES, EXIT_OK};
use crate::render::{Cell, Rows};
use crate::reports::verify::verify;

#[derive(Debug, clap::Args)]
pub struct Verify {
    /// A fingerprint the journal's history must contain: the one printed on a signed paper
    /// copy, in `lock status` or beside a backup (at least 8 hex digits)
    #[arg(long, value_name = "HEX")]
    pub fingerprint: Option<String>,
}

impl Verify {
    pub fn run(&self, ctx: &mut Ctx) -> Result<i32> {
        if let Some(f) = &self.fingerprint {
            let f = f.trim();
            if f.len() < 8 || f.len() > 64 || !f.chars().all(|c| c.is_ascii_hexdigit()) {
                return Err(usage(format!(
                    "--fingerprint {f}: a fingerprint is 8 to 64 hex digits (0-9, a-f)"
                )));
            }
        }
        let verdict = verify(&ctx.conn, self.fingerprint.as_deref())?;
        let mut rows = Rows::new(&[
            ("check", "Проверка"),
            ("table", "Таблица"),
            ("row", "Строка"),
            ("problem", "Что не так"),
        ]);
        for f in &verdict.findings {
            rows.push(vec![
                Cell::text(f.check),
                Cell::opt_text(&f.table),
                Cell::opt_text(&f.row),
                Cell::text(&f.problem),
            ]);
        }
        if !verdict.findings.is_empty() {
            ctx.print(&rows)?;
            ctx.say(format!(
                "ejournal: {} finding(s): the journal was changed outside ejournal, or is damaged",
                verdict.findings.len()
            ));
            return Ok(EXIT_ISSUES);
        }
        ctx.say(format!(
            "the journal is intact: {} history records in {} sealed blocks, every table as its \
             history says; fingerprint {}",
            verdict.history_records, verdict.blocks, verdict.fingerprint
        ));
        Ok(EXIT_OK)
    }
}
