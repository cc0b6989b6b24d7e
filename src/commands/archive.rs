//! `ejournal archive`: the year's folder for external media (the deputies form "a folder for
//! the year" of signed copies; the director keeps "the archive … on external media"): a
//! read-only copy of the journal, the paper copies of every period, the year's control
//! reports, and `MANIFEST.sha256` (`sha256sum -c` checks it) with the journal's fingerprint.

use std::io::Read;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use sha2::{Digest, Sha256};

use crate::context::Ctx;
use crate::db::calendar::SchoolCalendar;
use crate::domain::calendar::PeriodCode;
use crate::domain::date::ru;
use crate::error::{refused, usage, EXIT_ISSUES, EXIT_OK};
use crate::output::{create_dir, write_file};
use crate::render::report::Report;
use crate::render::DocFormat;
use crate::reports::scope::Scope;
use crate::t;

#[derive(Debug, clap::Args)]
pub struct Archive {
    /// The folder to make (missing or empty): the year's archive goes in it
    #[arg(long, value_name = "DIR")]
    pub out: PathBuf,
    /// Make it before the year's last period has ended
    #[arg(long)]
    pub force: bool,
}

impl Archive {
    pub fn run(&self, ctx: &mut Ctx) -> Result<i32> {
        let cal = SchoolCalendar::load(&ctx.conn)?;
        let (year_from, year_to) = cal.period(PeriodCode::Y)?;
        if ctx.today <= year_to && !self.force {
            return Err(usage(t!("archive-year-not-over", date = ru(year_to))));
        }
        if self.out.exists()
            && std::fs::read_dir(&self.out)
                .with_context(|| t!("archive-reading", path = self.out.display().to_string()))?
                .next()
                .is_some()
        {
            return Err(usage(t!(
                "archive-not-empty",
                path = self.out.display().to_string()
            )));
        }
        create_dir(&self.out)?;

        // The journal as it is, read-only.
        let journal = self.out.join("ejournal.db");
        crate::db::copy_into(&ctx.conn, &journal)?;
        let verdict = crate::reports::verify::verify(&crate::db::open_copy(&journal)?, None)?;
        std::fs::set_permissions(
            &journal,
            std::os::unix::fs::PermissionsExt::from_mode(0o400),
        )
        .with_context(|| t!("archive-read-only", path = journal.display().to_string()))?;

        // The paper copies of every period the classes have.
        for period in PeriodCode::ALL {
            let dir = self.out.join("copies").join(period.to_string());
            super::export::export_paper(ctx, period, &[], DocFormat::Pdf, &dir)?;
        }

        // The year's control reports.
        let year = Scope {
            from: year_from,
            to: year_to,
            label: format!(
                "{} учебный год",
                crate::db::settings::setting(&ctx.conn, "academic_year")?
            ),
            period: Some(PeriodCode::Y),
            class_id: None,
            teacher_id: None,
            today: ctx.today,
        };
        let reports_dir = self.out.join("reports");
        create_dir(&reports_dir)?;
        let reports = [
            (
                "progress_Y.xlsx",
                Report::from(&crate::reports::progress::compute(
                    &ctx.conn,
                    &year,
                    PeriodCode::Y,
                )?),
            ),
            (
                "attendance_Y.xlsx",
                Report::from(&crate::reports::attendance::compute(&ctx.conn, &year)?),
            ),
            (
                "fill-rate_Y.xlsx",
                Report::from(&crate::reports::fill_rate::compute(&ctx.conn, &year)?),
            ),
        ];
        for (name, report) in reports {
            report
                .of_journal(ctx.kind)
                .emit(None, Some(&reports_dir.join(name)))?;
        }

        // What the archive pins: the fingerprint, and every file's hash.
        let school = crate::db::settings::setting(&ctx.conn, "school_name")?;
        // A file scripts read (`fingerprint …`): the same words whatever the language.
        let note = format!(
            "{school}\n{}\nfingerprint {}\nmade {}{}\n",
            year.label,
            verdict.fingerprint,
            crate::clock::now().format("%Y-%m-%d %H:%M:%S"),
            if ctx.today <= year_to {
                " (before the end of the school year, with --force)"
            } else {
                ""
            }
        );
        write_file(&self.out.join("FINGERPRINT.txt"), note.as_bytes())?;
        let manifest = manifest(&self.out)?;
        write_file(&self.out.join("MANIFEST.sha256"), manifest.as_bytes())?;
        ctx.say(t!(
            "archive-done",
            path = self.out.display().to_string(),
            count = manifest.lines().count(),
            fingerprint = verdict.fingerprint.as_str()
        ));
        {
            use std::io::Write;
            writeln!(std::io::stdout(), "{}", self.out.display())?;
        }
        if !verdict.findings.is_empty() {
            eprintln!(
                "{}",
                t!("archive-made-with-problems", count = verdict.findings.len())
            );
            return Ok(EXIT_ISSUES);
        }
        Ok(EXIT_OK)
    }
}

/// `sha256sum` lines for every file under `root` (but the manifest), by path.
fn manifest(root: &Path) -> Result<String> {
    let mut files = Vec::new();
    walk(root, &mut files)?;
    files.sort();
    let mut out = String::new();
    for path in files {
        let rel = path.strip_prefix(root).unwrap_or(&path);
        if rel == Path::new("MANIFEST.sha256") {
            continue;
        }
        let name = rel.to_string_lossy();
        if name.contains('\n') || name.contains('\\') {
            return Err(refused(t!(
                "archive-bad-file-name",
                name = name.to_string()
            )));
        }
        out.push_str(&format!("{}  {name}\n", sha256_file(&path)?));
    }
    Ok(out)
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> Result<()> {
    for e in std::fs::read_dir(dir)
        .with_context(|| t!("archive-reading", path = dir.display().to_string()))?
    {
        let p = e?.path();
        if p.is_dir() {
            walk(&p, out)?;
        } else {
            out.push(p);
        }
    }
    Ok(())
}

fn sha256_file(path: &Path) -> Result<String> {
    let mut f = std::fs::File::open(path)
        .with_context(|| t!("archive-reading", path = path.display().to_string()))?;
    let mut hasher = Sha256::new();
    let mut buf = vec![0u8; 1 << 16];
    loop {
        let n = f.read(&mut buf)?;
        if n == 0 {
            break;
        }
        hasher.update(&buf[..n]);
    }
    Ok(crate::db::history::hex(&hasher.finalize()))
}
