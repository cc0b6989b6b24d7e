//! `ejournal verify`: is the journal intact? One line per finding on stdout; exit 0 when
//! intact, 3 when anything was found (see [`crate::reports::verify`]).

use anyhow::Result;

use crate::context::Ctx;
use crate::error::{usage, EXIT_ISSUES, EXIT_OK};
use crate::render::{Cell, Rows};
use crate::reports::verify::verify;
use crate::t;

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
                return Err(usage(t!("verify-fingerprint-invalid", fingerprint = f)));
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
            ctx.say(t!("verify-findings", count = verdict.findings.len()));
            return Ok(EXIT_ISSUES);
        }
        ctx.say(t!(
            "verify-intact",
            records = verdict.history_records,
            blocks = verdict.blocks,
            fingerprint = verdict.fingerprint.as_str()
        ));
        Ok(EXIT_OK)
    }
}
