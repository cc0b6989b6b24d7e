//! `ejournal demo`: builds the demo school's journal from the example files bundled in the
//! binary (the same files as `examples/school`), with no network and no other setup.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use chrono::NaiveDate;

use super::import::{import_file, Env, ImportOpts, Importer, PlanTarget, Tally};
use crate::domain::calendar::AcademicYear;

include!(concat!(env!("OUT_DIR"), "/demo_files.rs"));

/// The demo school's name and year.
pub const DEMO_SCHOOL: &str = "МАОУ «Гимназия № 24»";
pub const DEMO_YEAR: i32 = 2023;

#[derive(Debug, clap::Args)]
pub struct Demo {
    /// Where to put the demo journal and its files (an old demo journal there is replaced)
    #[arg(long, default_value = "ejournal-demo")]
    pub dir: PathBuf,
}

impl Demo {
    pub fn run(&self, actor: &str, quiet: bool, today: NaiveDate) -> Result<()> {
        let dir = &self.dir;
        let files_dir = dir.join("files");
        write_files(&files_dir)?;
        let db_path = dir.join("ejournal.db");
        for suffix in ["", "-wal", "-shm"] {
            let p = PathBuf::from(format!("{}{suffix}", db_path.display()));
            if p.exists() {
                std::fs::remove_file(&p)
                    .with_context(|| format!("removing the old demo journal {}", p.display()))?;
            }
        }
        let mut conn = super::init::create_journal(
            &db_path,
            DEMO_SCHOOL,
            AcademicYear(DEMO_YEAR),
            false,
            actor,
            today,
        )?;
        let env = Env::new(&conn, today)?;
        let opts = |name: &str| ImportOpts {
            file: files_dir.join(name),
            dry_run: false,
            encoding: None,
            delimiter: None,
            sheet: None,
        };
        use super::import::kinds::*;
        let mut run = |name: &str, importer: &mut dyn Importer| -> Result<Tally> {
            import_file(&mut conn, actor, today, true, &opts(name), importer)
        };
        let staff = run("staff.xlsx", &mut Staff::default())?;
        let roster = run("roster.csv", &mut Roster::new(&env))?;
        let load = run("load.xlsx", &mut Load::default())?;
        let groups = run("groups.csv", &mut Groups::default())?;
        let timetable = run("timetable.xlsx", &mut Timetable::new(&env))?;
        let mut plan_files: Vec<&str> = DEMO_FILES
            .iter()
            .map(|(p, _)| *p)
            .filter(|p| p.starts_with("plans/"))
            .collect();
        plan_files.sort();
        let mut plan_rows = 0;
        for p in &plan_files {
            let course = PlanTarget::default().resolve(Path::new(p))?;
            plan_rows += run(p, &mut Plan::new(course, &env))?.added;
        }
        let mut ctx = crate::context::Ctx {
            conn,
            actor: actor.to_string(),
            format: crate::render::Format::Table,
            format_given: None,
            quiet: true,
            // The demo's journal is kept up to the end of its first quarter.
            today: chrono::NaiveDate::from_ymd_opt(DEMO_YEAR, 10, 27).unwrap_or(today),
        };
        let filled = super::demo_fill::fill(&mut ctx)?;
        // The journal's main outputs: the first quarter's paper copies, and the printouts
        // owed to parents who refused electronic access (the quarter's last two weeks).
        let copies_dir = dir.join("copies");
        let copies = super::export::export_paper(
            &mut ctx,
            crate::domain::calendar::PeriodCode::Q1,
            &[],
            super::export::DocFormat::Both,
            &copies_dir,
        )?;
        let printouts_dir = dir.join("printouts");
        std::fs::create_dir_all(&printouts_dir)
            .with_context(|| format!("creating {}", printouts_dir.display()))?;
        let q1_end = ctx.today;
        let mut printouts = Vec::new();
        let classes: Vec<String> = {
            let mut stmt = ctx.conn.prepare(
                "SELECT DISTINCT c.name FROM classes c JOIN enrolments e ON e.class_id = c.id
                 JOIN guardians g ON g.student_id = e.student_id WHERE g.paper_only = 1
                 ORDER BY c.grade, c.letter COLLATE RU",
            )?;
            let rows = stmt.query_map([], |r| r.get(0))?;
            rows.collect::<rusqlite::Result<_>>()?
        };
        for class in classes {
            let name =
                crate::domain::class_name::ClassName::parse(&class).map_err(anyhow::Error::msg)?;
            let path = printouts_dir.join(format!(
                "{class}_родителям_{}.pdf",
                q1_end.format("%Y-%m-%d")
            ));
            super::diary::export(
                &mut ctx,
                &name,
                None,
                true,
                q1_end - chrono::Duration::days(14),
                q1_end,
                &path,
            )?;
            printouts.push(path);
        }
        // The control reports a deputy runs: October's fill-rate, the first quarter's progress
        // and attendance, and the forecast two weeks before the quarter ends.
        let reports_dir = dir.join("reports");
        std::fs::create_dir_all(&reports_dir)
            .with_context(|| format!("creating {}", reports_dir.display()))?;
        let q1 = crate::domain::calendar::PeriodCode::Q1;
        let (q1_from, q1_to) = crate::db::calendar::SchoolCalendar::load(&ctx.conn)?.period(q1)?;
        let scope = |from, to, label: &str, period| crate::reports::scope::Scope {
            from,
            to,
            label: label.to_string(),
            period,
            class_id: None,
            teacher_id: None,
            today: q1_end,
        };
        let october = scope(
            chrono::NaiveDate::from_ymd_opt(DEMO_YEAR, 10, 1).unwrap_or(q1_from),
            chrono::NaiveDate::from_ymd_opt(DEMO_YEAR, 10, 31).unwrap_or(q1_to),
            "10.2023",
            None,
        );
        let quarter = scope(q1_from, q1_to, "I четверть", Some(q1));
        use crate::render::report::Report;
        let reports = [
            (
                "fill-rate_2023-10.xlsx",
                Report::from(&crate::reports::fill_rate::compute(&ctx.conn, &october)?),
            ),
            (
                "progress_Q1.xlsx",
                Report::from(&crate::reports::progress::compute(&ctx.conn, &quarter, q1)?),
            ),
            (
                "attendance_Q1.xlsx",
                Report::from(&crate::reports::attendance::compute(&ctx.conn, &quarter)?),
            ),
            (
                "forecast_Q1.xlsx",
                Report::from(&crate::reports::forecast::compute(
                    &ctx.conn,
                    &quarter,
                    q1,
                    q1_to - chrono::Duration::days(14),
                )?),
            ),
        ];
        for (name, report) in &reports {
            report.emit(None, Some(&reports_dir.join(name)))?;
        }
        if !quiet {
            // On screen: the month's fill-rate summary and the quarter's progress by class.
            let screen = crate::render::report::Report {
                title: "Демо-школа: контрольные отчёты".into(),
                sections: vec![
                    crate::render::report::Section {
                        key: "summary",
                        title: reports[0].1.title.clone(),
                        rows: reports[0].1.sections[0].rows.clone(),
                        single: true,
                    },
                    crate::render::report::Section {
                        key: "classes",
                        title: reports[1].1.title.clone(),
                        rows: reports[1].1.sections[1].rows.clone(),
                        single: false,
                    },
                ],
                issues: 0,
            };
            screen.emit(None, None)?;
        }
        let conn = ctx.conn;
        if !quiet {
            let classes: i64 = conn.query_row("SELECT count(*) FROM classes", [], |r| r.get(0))?;
            eprintln!("demo journal: {}", db_path.display());
            eprintln!("from the school's files in {}:", files_dir.display());
            eprintln!("  {DEMO_SCHOOL}, {}/{}", DEMO_YEAR, DEMO_YEAR + 1);
            eprintln!(
                "  {classes} classes, {} students, {} staff",
                roster.added, staff.added
            );
            eprintln!(
                "  {} courses, {} group places, {} timetable slots, {} КТП files with {plan_rows} lessons",
                load.added,
                groups.added,
                timetable.added,
                plan_files.len()
            );
            eprintln!(
                "kept to the end of the first quarter: {} lessons a year generated from the timetable and КТП,",
                conn.query_row("SELECT count(*) FROM lessons", [], |r| r.get::<_, i64>(0))?
            );
            eprintln!(
                "  {} marks and {} absences in September–October, {} Q1 final marks; locked up to {}",
                filled.marks,
                filled.absences,
                filled.finals,
                filled.locked_until.map(crate::domain::date::ru).unwrap_or_default()
            );
            eprintln!(
                "paper copies of the first quarter ({} files; 10–11 report by semesters) in {}",
                copies.rows.len(),
                copies_dir.display()
            );
            eprintln!(
                "printouts for parents without electronic access ({} files) in {}",
                printouts.len(),
                printouts_dir.display()
            );
            eprintln!(
                "control reports (fill-rate, progress, attendance, forecast) in {}",
                reports_dir.display()
            );
            eprintln!("try:");
            eprintln!("  export EJOURNAL_DB={}", db_path.display());
            eprintln!("  ejournal class list");
            eprintln!("  ejournal student list --class 5А");
            eprintln!("  ejournal timetable show --class 9А");
            eprintln!("  ejournal plan show --class 5А --subject Математика");
            eprintln!("  ejournal mark list --class 5А --subject Математика");
            eprintln!("  ejournal final list --period Q1 --class 9А");
            eprintln!("  ejournal lock status");
            eprintln!("  ejournal report progress --period Q1");
        }
        Ok(())
    }
}

/// Write the bundled example files under `dir`.
pub fn write_files(dir: &Path) -> Result<()> {
    for (rel, bytes) in DEMO_FILES {
        let path = dir.join(rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)
                .with_context(|| format!("creating {}", parent.display()))?;
        }
        std::fs::write(&path, bytes).with_context(|| format!("writing {}", path.display()))?;
    }
    Ok(())
}
