//! `ejournal demo`: builds the demo school's journal from the example files bundled in the
//! binary (the same files as `examples/school`), with no network and no other setup.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use chrono::NaiveDate;

use rusqlite::Connection;

use super::demo_fill::Filled;
use super::import::{import_file, Env, ImportOpts, Importer, PlanTarget, Tally};
use crate::context::Ctx;
use crate::domain::calendar::{AcademicYear, PeriodCode};
use crate::domain::date::ru;
use crate::domain::journal::JournalKind;
use crate::render::report::{Report, Section};
use crate::render::{DocFormat, Format};
use crate::reports::diary::{paper_only_classes, Who};
use crate::t;

include!(concat!(env!("OUT_DIR"), "/demo_files.rs"));

/// The demo school's name and year.
pub const DEMO_SCHOOL: &str = "МАОУ «Гимназия № 24»";
pub const DEMO_YEAR: i32 = 2023;
/// Who the audit trail says built the demo's school (its deputy moves the marks over).
pub const DEMO_ACTOR: &str = "ejournal demo";

#[derive(Debug, clap::Args)]
pub struct Demo {
    /// Where to put the demo journal and its files (an old demo journal there is replaced)
    #[arg(long, default_value = "ejournal-demo")]
    pub dir: PathBuf,
}

/// What the demo imported from its files, for its closing lines.
struct Imported {
    staff: u64,
    students: u64,
    courses: u64,
    group_places: u64,
    timetable_slots: u64,
    plan_files: usize,
    plan_lessons: u64,
}

/// Where the demo put things, and how many documents it wrote.
struct Written {
    db: PathBuf,
    files: PathBuf,
    copies: PathBuf,
    copy_files: usize,
    printouts: PathBuf,
    printout_files: usize,
    reports: PathBuf,
}

impl Demo {
    pub fn run(&self, quiet: bool, today: NaiveDate) -> Result<()> {
        // The demo builds its journal as of the end of its first quarter, on a fixed clock:
        // the same journal, fingerprint and documents on every machine, whoever runs it.
        crate::clock::fix(
            NaiveDate::from_ymd_opt(DEMO_YEAR, 10, 27)
                .and_then(|d| d.and_hms_opt(15, 30, 0))
                .expect("a valid date"),
        );
        let actor = DEMO_ACTOR;
        let dir = &self.dir;
        let files_dir = dir.join("files");
        let db_path = dir.join("ejournal.db");
        remove_journal(&db_path)?;
        write_files(&files_dir)?;
        let mut conn = super::init::create_journal(
            &db_path,
            DEMO_SCHOOL,
            AcademicYear(DEMO_YEAR),
            false,
            JournalKind::Training,
            actor,
            today,
        )?;
        let imported = import_files(&mut conn, &files_dir, actor, today)?;
        let mut ctx = Ctx {
            conn,
            who: crate::db::Who::himself(actor),
            identity_refusal: None,
            format: Format::Table,
            format_given: None,
            quiet: true,
            // The demo's journal is kept up to the end of its first quarter.
            today: NaiveDate::from_ymd_opt(DEMO_YEAR, 10, 27).unwrap_or(today),
            kind: JournalKind::Training,
        };
        let filled = super::demo_fill::fill(&mut ctx)?;
        // The journal's main outputs: the first quarter's paper copies, and the printouts
        // owed to parents who refused electronic access (the quarter's last two weeks).
        let copies_dir = dir.join("copies");
        let copies = super::export::export_paper(
            &mut ctx,
            PeriodCode::Q1,
            &[],
            DocFormat::Both,
            &copies_dir,
        )?;
        let printouts_dir = dir.join("printouts");
        let printouts = write_printouts(&mut ctx, &printouts_dir)?;
        let reports_dir = dir.join("reports");
        let reports = write_reports(&ctx, &reports_dir)?;
        if !quiet {
            show_reports(&reports)?;
            let written = Written {
                db: db_path,
                files: files_dir,
                copies: copies_dir,
                copy_files: copies.rows.len(),
                printouts: printouts_dir,
                printout_files: printouts.len(),
                reports: reports_dir,
            };
            tell(&ctx, &imported, &filled, &written)?;
        }
        Ok(())
    }
}

/// Remove an old demo journal (and SQLite's side files) before building a new one.
fn remove_journal(db_path: &Path) -> Result<()> {
    // Only an earlier demo's journal is replaced: a training journal. A real journal (or any
    // other file) in the folder is some school's, and stays.
    if db_path.exists() {
        let training = crate::output::is_sqlite_file(db_path)
            && crate::db::open_copy(db_path)
                .ok()
                .and_then(|c| crate::db::journal_kind::kind(&c).ok())
                == Some(JournalKind::Training);
        if !training {
            return Err(crate::error::usage(t!(
                "demo-not-training",
                path = db_path.display().to_string()
            )));
        }
    }
    for suffix in ["", "-wal", "-shm"] {
        let p = PathBuf::from(format!("{}{suffix}", db_path.display()));
        if p.exists() {
            std::fs::remove_file(&p)
                .with_context(|| t!("demo-removing-old", path = p.display().to_string()))?;
        }
    }
    Ok(())
}

/// Import the school's files as a deputy would: staff, roster, load, groups, timetable,
/// then every КТП (thematic plan) file.
fn import_files(
    conn: &mut Connection,
    files_dir: &Path,
    actor: &str,
    today: NaiveDate,
) -> Result<Imported> {
    let env = Env::new(conn, today)?;
    let who = crate::db::Who::himself(actor);
    let opts = |name: &str| ImportOpts {
        file: files_dir.join(name),
        dry_run: false,
        encoding: None,
        delimiter: None,
        sheet: None,
        strict: true,
    };
    use super::import::kinds::*;
    let mut run = |name: &str, importer: &mut dyn Importer| -> Result<Tally> {
        import_file(conn, &who, today, true, &opts(name), importer)
    };
    let staff = run("staff.xlsx", &mut Staff::granting(true))?;
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
    let mut plan_lessons = 0;
    for p in &plan_files {
        let course = PlanTarget::default().resolve(Path::new(p))?;
        plan_lessons += run(p, &mut Plan::new(course, &env))?.added;
    }
    Ok(Imported {
        staff: staff.added,
        students: roster.added,
        courses: load.added,
        group_places: groups.added,
        timetable_slots: timetable.added,
        plan_files: plan_files.len(),
        plan_lessons,
    })
}

/// The printouts of the quarter's last two weeks for every class with parents who refused
/// electronic access; the files written.
fn write_printouts(ctx: &mut Ctx, dir: &Path) -> Result<Vec<PathBuf>> {
    std::fs::create_dir_all(dir)
        .with_context(|| t!("output-creating", path = dir.display().to_string()))?;
    let q1_end = ctx.today;
    let mut printouts = Vec::new();
    let paper_only = Who {
        student: None,
        paper_only: true,
    };
    for class in paper_only_classes(&ctx.conn)? {
        let path = dir.join(super::diary::file_name(&class, q1_end));
        super::diary::write(
            ctx,
            &class,
            paper_only,
            q1_end - chrono::Duration::days(14),
            q1_end,
            &path,
        )?;
        printouts.push(path);
    }
    Ok(printouts)
}

/// The control reports a deputy runs: October's fill-rate, the first quarter's progress
/// and attendance, and the forecast two weeks before the quarter ends, as workbooks.
fn write_reports(ctx: &Ctx, dir: &Path) -> Result<[(&'static str, Report); 5]> {
    std::fs::create_dir_all(dir)
        .with_context(|| t!("output-creating", path = dir.display().to_string()))?;
    let q1 = PeriodCode::Q1;
    let q1_end = ctx.today;
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
        NaiveDate::from_ymd_opt(DEMO_YEAR, 10, 1).unwrap_or(q1_from),
        NaiveDate::from_ymd_opt(DEMO_YEAR, 10, 31).unwrap_or(q1_to),
        "10.2023",
        None,
    );
    let quarter = scope(
        q1_from,
        q1_to,
        &crate::reports::scope::period_name(q1),
        Some(q1),
    );
    let fill = crate::reports::fill_rate::compute(&ctx.conn, &october)?;
    let reports = [
        ("fill-rate_2023-10.xlsx", Report::from(&fill)),
        (
            "teachers_2023-10.pdf",
            Report::from(crate::render::report::fill::TeachersReport(&fill)),
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
    let reports = reports.map(|(name, report)| (name, report.of_journal(ctx.kind)));
    for (name, report) in &reports {
        report.emit(None, Some(&dir.join(name)))?;
    }
    Ok(reports)
}

/// On screen: the month's fill-rate summary and the quarter's progress by class.
fn show_reports(reports: &[(&'static str, Report); 5]) -> Result<()> {
    let screen = Report {
        title: "Демо-школа: контрольные отчёты".into(),
        sections: vec![
            Section {
                key: "summary",
                title: reports[0].1.title.clone(),
                rows: reports[0].1.sections[0].rows.clone(),
                single: true,
            },
            Section {
                key: "classes",
                title: reports[2].1.title.clone(),
                rows: reports[2].1.sections[1].rows.clone(),
                single: false,
            },
        ],
        issues: 0,
        notice: reports[0].1.notice,
    };
    screen.emit(None, None)
}

/// The closing lines on stderr: what was built from what, where, and what to try.
fn tell(ctx: &Ctx, imported: &Imported, filled: &Filled, written: &Written) -> Result<()> {
    let totals = crate::db::totals::totals(&ctx.conn)?;
    eprintln!(
        "{}",
        t!("demo-journal", path = written.db.display().to_string())
    );
    eprintln!(
        "{}",
        t!("demo-files", path = written.files.display().to_string())
    );
    eprintln!("  {DEMO_SCHOOL}, {}/{}", DEMO_YEAR, DEMO_YEAR + 1);
    eprintln!(
        "  {}",
        t!(
            "demo-people",
            classes = totals.classes,
            students = imported.students,
            staff = imported.staff
        )
    );
    eprintln!(
        "  {}",
        t!(
            "demo-structure",
            courses = imported.courses,
            group_places = imported.group_places,
            slots = imported.timetable_slots,
            plan_files = imported.plan_files,
            plan_lessons = imported.plan_lessons
        )
    );
    eprintln!("{}", t!("demo-lessons", lessons = totals.lessons));
    eprintln!(
        "  {}",
        t!(
            "demo-entries",
            marks = filled.marks,
            absences = filled.absences,
            finals = filled.finals,
            locked = filled.locked_until.map(ru).unwrap_or_default()
        )
    );
    eprintln!(
        "  {}",
        t!(
            "demo-moved-over",
            date = ru(ctx.today),
            marks = filled.late_marks,
            absences = filled.late_absences,
            permit = filled.permit
        )
    );
    eprintln!(
        "  {}",
        t!(
            "demo-recorded",
            on_the_day = filled.lessons.on_the_day,
            later = filled.lessons.later,
            never = filled.lessons.never,
            subject = super::demo_fill::UNRECORDED_SUBJECT
        )
    );
    eprintln!(
        "{}",
        t!(
            "demo-copies",
            count = written.copy_files,
            path = written.copies.display().to_string()
        )
    );
    eprintln!(
        "{}",
        t!(
            "demo-printouts",
            count = written.printout_files,
            path = written.printouts.display().to_string()
        )
    );
    eprintln!(
        "{}",
        t!("demo-reports", path = written.reports.display().to_string())
    );
    eprintln!("{}", t!("demo-try"));
    eprintln!("  export EJOURNAL_DB={}", written.db.display());
    for example in [
        "ejournal class list",
        "ejournal student list --class 5А",
        "ejournal timetable show --class 9А",
        "ejournal plan show --class 5А --subject Математика",
        "ejournal mark list --class 5А --subject Математика",
        "ejournal permit list --all",
        "ejournal final list --period Q1 --class 9А",
        "ejournal lock status",
        "ejournal report progress --period Q1",
    ] {
        eprintln!("  {example}");
    }
    Ok(())
}

/// Write the bundled example files under `dir`.
pub fn write_files(dir: &Path) -> Result<()> {
    for (rel, bytes) in DEMO_FILES {
        let path = dir.join(rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)
                .with_context(|| t!("output-creating", path = parent.display().to_string()))?;
        }
        std::fs::write(&path, bytes)
            .with_context(|| t!("output-writing", path = path.display().to_string()))?;
    }
    Ok(())
}
