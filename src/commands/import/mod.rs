//! `ejournal import KIND FILE`: the driver every import shares. A file goes in whole or
//! not at all: rows stream through prepared statements inside one write transaction; every
//! bad row is collected, and any bad row rolls the whole file back.

mod absences;
mod access_log;
mod finals;
mod groups;
mod lessons;
mod load;
mod marks;
mod names;
mod plan;
mod roster;
mod staff;
mod timetable;
mod timetable_grid;

use std::io::IsTerminal;
use std::path::PathBuf;
use std::rc::Rc;

use anyhow::{Context, Result};
use chrono::NaiveDate;
use indicatif::{ProgressBar, ProgressStyle};
use rusqlite::{Connection, Transaction};

use crate::commands::roles::Reach;
use crate::context::Ctx;
use crate::db;
use crate::db::classes::ClassRow;
use crate::db::import_log::ImportLogEntry;
use crate::db::resolve::{CourseInfo, Index};
use crate::domain::class_name::ClassName;
use crate::domain::text::printable;
use crate::error::{not_allowed, refused};
use crate::input::{
    open_table, Column, Encoding, HeaderMap, Problems, ReadOptions, Record, TableReader,
};

pub use self::plan::PlanTarget;

/// The importers, for commands that run several imports (the demo).
pub mod kinds {
    pub use super::absences::Absences;
    pub use super::access_log::AccessLog;
    pub use super::finals::Finals;
    pub use super::groups::Groups;
    pub use super::lessons::Lessons;
    pub use super::load::Load;
    pub use super::marks::Marks;
    pub use super::plan::Plan;
    pub use super::roster::Roster;
    pub use super::staff::Staff;
    pub use super::timetable::Timetable;
}

/// Each import's columns, for `ejournal template`.
pub mod columns {
    pub use super::absences::COLUMNS as ABSENCES;
    pub use super::access_log::COLUMNS as ACCESS_LOG;
    pub use super::finals::COLUMNS as FINALS;
    pub use super::groups::COLUMNS as GROUPS;
    pub use super::lessons::COLUMNS as LESSONS;
    pub use super::load::COLUMNS as LOAD;
    pub use super::marks::COLUMNS as MARKS;
    pub use super::plan::COLUMNS as PLAN;
    pub use super::roster::COLUMNS as ROSTER;
    pub use super::staff::COLUMNS as STAFF;
    pub use super::timetable::COLUMNS as TIMETABLE;
}

/// Options every import takes.
#[derive(Debug, Clone, clap::Args)]
pub struct ImportOpts {
    /// The file: .csv (or - for stdin) or .xlsx
    pub file: PathBuf,
    /// Check the file and report what would change, writing nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Force the CSV encoding [default: detected]
    #[arg(long, value_enum)]
    pub encoding: Option<Encoding>,
    /// Force the CSV delimiter: ';', ',', 'tab' [default: detected]
    #[arg(long, value_parser = parse_delimiter)]
    pub delimiter: Option<u8>,
    /// The .xlsx sheet to read [default: the first]
    #[arg(long)]
    pub sheet: Option<String>,
    /// Refuse a file with a column the import does not read [default: warn and go on]
    #[arg(long)]
    pub strict: bool,
}

fn parse_delimiter(s: &str) -> Result<u8, String> {
    match s {
        "tab" | "\\t" | "\t" => Ok(b'\t'),
        _ if s.len() == 1 && s.is_ascii() => Ok(s.as_bytes()[0]),
        _ => Err(crate::t!("import-bad-delimiter", value = s)),
    }
}

impl ImportOpts {
    pub(crate) fn read_options(&self) -> ReadOptions {
        ReadOptions {
            encoding: self.encoding,
            delimiter: self.delimiter,
            sheet: self.sheet.clone(),
        }
    }
}

#[derive(Debug, clap::Subcommand)]
pub enum ImportCmd {
    /// Students and their parents: Класс, Фамилия, Имя, Отчество (or one ФИО), Дата рождения, …
    ///
    /// Example: ejournal import roster roster.csv
    Roster(#[command(flatten)] ImportOpts),
    /// Staff: Фамилия, Имя, Отчество (or one ФИО), Роль, Класс (the class a class teacher leads)
    ///
    /// Example: ejournal import staff staff.xlsx
    Staff(#[command(flatten)] ImportOpts),
    /// Teaching load (нагрузка): Класс, Предмет, Учитель, Часов в неделю, Группа
    ///
    /// Example: ejournal import load load.xlsx
    Load(#[command(flatten)] ImportOpts),
    /// Groups of split classes: Класс, Предмет, Группа, Ученик
    ///
    /// Example: ejournal import groups groups.csv
    Groups(#[command(flatten)] ImportOpts),
    /// Timetable: Класс, День, Урок, Предмет, Группа (a class's file replaces its timetable)
    ///
    /// A grid is detected and read too: day and lesson number down, a column per class (5А,
    /// 9 А), subjects as schools write them (Матем., Англ. яз. (1 гр.) / Англ. яз. (2 гр.)).
    ///
    /// Example: ejournal import timetable timetable.xlsx
    Timetable(#[command(flatten)] ImportOpts),
    /// One course's КТП: № урока, Тема, Часов, Дата, Домашнее задание
    ///
    /// Without --class/--subject they are read from a file name like 5А_Математика.csv
    /// or 5А_Английский язык_1.xlsx (class_subject_group; anything after is ignored). The
    /// edsoo.ru «поурочное планирование» export is detected and read as it is.
    ///
    /// Example: ejournal import plan КТП.xlsx --class 5А --subject Математика
    Plan {
        #[command(flatten)]
        opts: ImportOpts,
        #[command(flatten)]
        target: PlanTarget,
    },
    /// Marks: Дата, Класс, Предмет, Ученик, Отметка, Вид работы, Урок, Группа
    ///
    /// Example: ejournal import marks marks.csv
    Marks(#[command(flatten)] ImportOpts),
    /// Absences: Дата, Класс, Ученик, Код (Б У Н О), Предмет, Урок (no subject: the whole day)
    ///
    /// Example: ejournal import absences absences.csv
    Absences(#[command(flatten)] ImportOpts),
    /// The portal's access log: Дата, Класс, Кто (ФИО), Роль (ученик/родитель)
    ///
    /// Example: ejournal import access-log portal.csv
    AccessLog(#[command(flatten)] ImportOpts),
    /// Final marks: Класс, Предмет, Ученик, Период, Отметка, Группа
    ///
    /// Example: ejournal import finals finals.xlsx
    Finals(#[command(flatten)] ImportOpts),
    /// Lessons given (a teacher's register): Дата, Класс, Предмет, Группа, Урок, Тема,
    /// Домашнее задание
    ///
    /// Each row's lesson is recorded as given; a written Тема or Домашнее задание replaces
    /// the lesson's (the teacher's own words), an empty one keeps the КТП's.
    ///
    /// Example: ejournal import lessons журнал_5А_математика.xlsx
    Lessons(#[command(flatten)] ImportOpts),
}

impl ImportCmd {
    pub fn run(&self, ctx: &mut Ctx) -> Result<()> {
        let env = Env::new(&ctx.conn, ctx.today)?;
        let (opts, mut importer): (&ImportOpts, Box<dyn Importer>) = match self {
            ImportCmd::Roster(o) => (o, Box::new(roster::Roster::new(&env))),
            ImportCmd::Staff(o) => {
                let grants = crate::commands::roles::acting(ctx)?
                    .is_none_or(|actor| crate::domain::roles::is_deputy(&actor.roles));
                (o, Box::new(staff::Staff::granting(grants)))
            }
            ImportCmd::Load(o) => (o, Box::<load::Load>::default()),
            ImportCmd::Groups(o) => (o, Box::<groups::Groups>::default()),
            ImportCmd::Timetable(o) => (o, Box::new(timetable::Timetable::new(&env))),
            // A teacher's file may hold only his own rows: his reach is found once.
            ImportCmd::Marks(o) => (
                o,
                Box::new(kinds::Marks::new(
                    &ctx.conn,
                    ctx.today,
                    &ctx.who.actor,
                    Reach::of(ctx)?,
                )?),
            ),
            ImportCmd::Absences(o) => (
                o,
                Box::new(kinds::Absences::new(&ctx.conn, ctx.today, Reach::of(ctx)?)?),
            ),
            ImportCmd::Finals(o) => (
                o,
                Box::new(kinds::Finals::new(&ctx.conn, ctx.today, Reach::of(ctx)?)?),
            ),
            ImportCmd::Lessons(o) => (
                o,
                Box::new(kinds::Lessons::new(&ctx.conn, ctx.today, Reach::of(ctx)?)?),
            ),
            ImportCmd::AccessLog(o) => (o, Box::<kinds::AccessLog>::default()),
            ImportCmd::Plan { opts, target } => {
                let course = target.resolve(&opts.file)?;
                if let Some(note) = course.note(&opts.file).filter(|_| !ctx.quiet) {
                    eprintln!("{}", printable(&note));
                }
                (opts, Box::new(plan::Plan::new(course, &env)))
            }
        };
        import_file(
            &mut ctx.conn,
            &ctx.who,
            ctx.today,
            ctx.quiet,
            opts,
            importer.as_mut(),
        )?;
        Ok(())
    }
}

/// What imports need to know about the journal.
#[derive(Debug, Clone)]
pub struct Env {
    pub today: NaiveDate,
    pub year_start: NaiveDate,
    pub year_end: NaiveDate,
    pub week_days: u32,
}

impl Env {
    pub fn new(conn: &Connection, today: NaiveDate) -> Result<Env> {
        let (year_start, year_end) = db::settings::year_bounds(conn)?;
        Ok(Env {
            today,
            year_start,
            year_end,
            week_days: db::settings::week_days(conn)?,
        })
    }

    /// Today, clamped into the academic year: the date a change without a date takes effect.
    pub fn effective_today(&self) -> NaiveDate {
        self.today.clamp(self.year_start, self.year_end)
    }
}

/// What happened to one row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Added,
    Updated,
    Unchanged,
    /// The row had problems and was not written.
    Bad,
}

/// Counts for the summary line.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    pub read: u64,
    pub added: u64,
    pub updated: u64,
    pub unchanged: u64,
    pub removed: u64,
}

impl Tally {
    /// The summary line: `N rows read, N added, N updated, N unchanged[, N removed]`.
    pub fn summary(&self) -> String {
        crate::t!(
            "import-summary",
            read = self.read,
            added = self.added,
            updated = self.updated,
            unchanged = self.unchanged,
            removed = self.removed
        )
    }
}

/// One kind of import.
pub trait Importer {
    fn kind(&self) -> &'static str;
    fn columns(&self) -> &'static [Column];
    /// Check and write one row. Problems go to `problems`; an `Err` is a failure of the
    /// journal itself and aborts the import.
    fn row(
        &mut self,
        tx: &Transaction,
        rec: &Record,
        map: &HeaderMap,
        problems: &mut Problems,
    ) -> Result<Outcome>;
    /// A file of another shape than a header over rows (a timetable grid, an edsoo.ru КТП):
    /// its records in the order of [`Importer::columns`], with the problems found reading
    /// it; None reads the file by its header.
    fn reshape(
        &mut self,
        _conn: &Connection,
        _opts: &ImportOpts,
    ) -> Result<Option<(TableReader, Problems)>> {
        Ok(None)
    }
    /// After the last row: removals, whole-file checks. Warnings go to `warnings`.
    fn finish(
        &mut self,
        _tx: &Transaction,
        _problems: &mut Problems,
        _warnings: &mut Vec<String>,
        _tally: &mut Tally,
    ) -> Result<()> {
        Ok(())
    }
    /// What the summary line adds for this kind (after the counts), if anything.
    fn details(&self, _tally: &Tally) -> Option<String> {
        None
    }
}

/// Large files get a progress bar on an interactive stderr.
const PROGRESS_MIN_ROWS: u64 = 2_000;

/// Run one import: open, stream the rows through the importer in one transaction, and
/// commit only when every row is good (and not a dry run).
pub fn import_file(
    conn: &mut Connection,
    who: &db::Who,
    today: chrono::NaiveDate,
    quiet: bool,
    opts: &ImportOpts,
    importer: &mut dyn Importer,
) -> Result<Tally> {
    let (mut table, mut problems) = match importer.reshape(conn, opts)? {
        Some(reshaped) => reshaped,
        None => {
            let table = open_table(&opts.file, importer.columns(), &opts.read_options())?;
            let problems = Problems::new(&table.label);
            (table, problems)
        }
    };
    let label = table.label.clone();
    let map = table.map.clone();
    let mut warnings = Vec::new();
    let mut tally = Tally::default();
    // Columns the import does not read: said, so that a misspelt header is not lost
    // quietly; with --strict the file is refused before anything is read.
    if !table.unknown.is_empty() {
        let unread = |c: &String| crate::t!("import-unknown-column", column = c.as_str());
        if opts.strict {
            for c in &table.unknown {
                problems.at(table.header_line, None, unread(c));
            }
            problems.print();
            return Err(refused(crate::t!(
                "import-strict-refused",
                file = label.as_str(),
                count = table.unknown.len()
            )));
        }
        if !quiet {
            for c in &table.unknown {
                let warning = crate::t!("import-warning", file = label.as_str(), text = unread(c));
                eprintln!("{}", printable(&warning));
            }
        }
    }
    // Total rows (ИТОГО, Всего) skipped, by line.
    let mut skipped: Vec<String> = Vec::new();

    let progress = progress_bar(quiet, table.size_hint, &label);

    let tx = db::begin_write(
        conn,
        who,
        Some(&format!("import {} {label}", importer.kind())),
        today,
    )?;
    while let Some(rec) = table.next_record()? {
        if let Some(total) = rec.total() {
            skipped.push(crate::t!(
                "import-total-row-skipped",
                file = label.as_str(),
                line = rec.line,
                row = total
            ));
            continue;
        }
        if problems.len() >= Problems::MAX {
            problems.file(crate::t!(
                "import-stopped-reading",
                line = rec.line,
                count = Problems::MAX
            ));
            break;
        }
        tally.read += 1;
        let before = problems.len();
        // A row with a missing cell, a control character or an overlong value is not the
        // importer's to see: its checks would take the missing cell for an empty one.
        table.check(&rec, &mut problems);
        let outcome = if problems.len() > before {
            Outcome::Bad
        } else {
            importer
                .row(&tx, &rec, &map, &mut problems)
                .with_context(|| format!("{label}:{}", rec.line))?
        };
        let outcome = if problems.len() > before {
            Outcome::Bad
        } else {
            outcome
        };
        match outcome {
            Outcome::Added => tally.added += 1,
            Outcome::Updated => tally.updated += 1,
            Outcome::Unchanged => tally.unchanged += 1,
            Outcome::Bad => {}
        }
        if let Some(pb) = &progress {
            pb.inc(1);
        }
    }
    if let Some(pb) = progress {
        pb.finish_and_clear();
    }
    if problems.is_empty() {
        importer.finish(&tx, &mut problems, &mut warnings, &mut tally)?;
    }
    if tally.read == 0 && problems.is_empty() {
        problems.file(crate::t!("import-no-rows"));
    }
    if !quiet {
        for w in &skipped {
            eprintln!("{}", printable(w));
        }
    }
    if !problems.is_empty() {
        drop(tx); // rolls back
        problems.print();
        let msg = crate::t!(
            "import-refused",
            file = label.as_str(),
            problems = problems.len(),
            rows = problems.bad_rows()
        );
        // A row the actor may not write decides the code: fixing the data would not help.
        return Err(if problems.any_not_allowed() {
            not_allowed(msg)
        } else {
            refused(msg)
        });
    }
    if !quiet {
        for w in &warnings {
            let warning = crate::t!("import-warning", file = label.as_str(), text = w.as_str());
            eprintln!("{}", printable(&warning));
        }
    }
    let mut summary = tally.summary();
    if let Some(more) = importer.details(&tally) {
        summary = format!("{summary}; {more}");
    }
    if opts.dry_run {
        drop(tx);
        if !quiet {
            eprintln!(
                "{}",
                printable(&crate::t!(
                    "import-dry-run",
                    file = label.as_str(),
                    summary = summary.as_str()
                ))
            );
        }
        return Ok(tally);
    }
    db::import_log::record_import(
        &tx,
        &ImportLogEntry {
            actor: &who.actor,
            kind: importer.kind(),
            file: &label,
            rows_read: tally.read,
            added: tally.added,
            updated: tally.updated,
            unchanged: tally.unchanged,
            removed: tally.removed,
        },
    )?;
    db::commit(tx)?;
    if !quiet {
        eprintln!("{}", printable(&format!("{label}: {summary}")));
    }
    Ok(tally)
}

/// A progress bar for a large file on an interactive stderr.
fn progress_bar(quiet: bool, rows: u64, label: &str) -> Option<ProgressBar> {
    (!quiet && std::io::stderr().is_terminal() && rows >= PROGRESS_MIN_ROWS).then(|| {
        let pb = ProgressBar::new(rows);
        pb.set_style(
            ProgressStyle::with_template("{msg} [{bar:40}] {pos}/{len} rows ({eta})")
                .unwrap_or_else(|_| ProgressStyle::default_bar())
                .progress_chars("=> "),
        );
        pb.set_message(label.to_string());
        pb
    })
}

/// Helpers for reading cells, each reporting what is wrong with the cell it reads.
pub struct Cells<'a> {
    pub rec: &'a Record,
    pub map: &'a HeaderMap,
}

impl<'a> Cells<'a> {
    pub fn new(rec: &'a Record, map: &'a HeaderMap) -> Self {
        Cells { rec, map }
    }

    pub fn text(&self, key: &str) -> &'a str {
        self.rec.get(self.map, key)
    }

    /// A required cell; reports an empty one.
    pub fn required(&self, key: &str, p: &mut Problems) -> Option<&'a str> {
        let v = self.text(key);
        if v.is_empty() {
            p.at(
                self.rec.line,
                Some(&self.map.label(key)),
                crate::t!("import-empty"),
            );
            None
        } else {
            Some(v)
        }
    }

    /// A cell parsed by `parse`; an empty optional cell is `Some(None)`.
    pub fn parsed<T>(
        &self,
        key: &str,
        required: bool,
        p: &mut Problems,
        parse: impl FnOnce(&str) -> Result<T, String>,
    ) -> Option<Option<T>> {
        let v = self.text(key);
        if v.is_empty() {
            if required {
                p.at(
                    self.rec.line,
                    Some(&self.map.label(key)),
                    crate::t!("import-empty"),
                );
                return None;
            }
            return Some(None);
        }
        match parse(v) {
            Ok(t) => Some(Some(t)),
            Err(e) => {
                self.problem(key, p, e);
                None
            }
        }
    }

    pub fn problem(&self, key: &str, p: &mut Problems, msg: impl Into<String>) {
        p.at(self.rec.line, Some(&self.map.label(key)), msg);
    }

    /// The row is not the actor's to write; `key` is the column that says whose it is.
    pub fn not_allowed(&self, key: &str, p: &mut Problems, msg: impl Into<String>) {
        p.not_allowed_at(self.rec.line, &self.map.label(key), msg);
    }

    pub fn class(&self, p: &mut Problems) -> Option<ClassName> {
        self.parsed("class", true, p, ClassName::parse).flatten()
    }

    /// The class of the row, which must already be in the journal.
    pub fn known_class(&self, conn: &Connection, p: &mut Problems) -> Result<Option<ClassRow>> {
        let Some(name) = self.class(p) else {
            return Ok(None);
        };
        let found = crate::db::classes::class_by_name(conn, &name)?;
        if found.is_none() {
            self.problem("class", p, crate::db::classes::unknown_class(conn, &name)?);
        }
        Ok(found)
    }
}

/// Where a row of a course writes: what the actor's reach is checked against.
pub struct RowCourse<'a> {
    pub class: &'a ClassName,
    pub subject: &'a str,
    pub group: &'a str,
    /// The lesson's date and number, for a row about one lesson (a substitute writes there).
    pub lesson: Option<(NaiveDate, Option<i64>)>,
}

/// The row's course when the actor may not write in it ([`Reach::course`]; for an absence
/// [`Reach::absence`]). Checked before anything else of the row, so that a row he may not
/// write is listed as such whatever else is wrong with it; None when it is his, or when its
/// course cannot be told (the row's other problems say why). Cached lookups and sets: no
/// query per row.
pub fn outside_reach(
    conn: &Connection,
    index: &mut Index,
    reach: &Reach,
    row: &RowCourse,
    absence: bool,
) -> Result<Option<Rc<CourseInfo>>> {
    if reach.is_all() {
        return Ok(None);
    }
    let Ok(class) = index.class(conn, row.class)? else {
        return Ok(None);
    };
    let Ok(course_id) = index.course(conn, &class, row.subject, row.group)? else {
        return Ok(None);
    };
    let mine = |lesson: Option<i64>| {
        if absence {
            reach.absence(conn, class.id, course_id, lesson)
        } else {
            reach.course(conn, course_id, lesson)
        }
    };
    if mine(None)? {
        return Ok(None);
    }
    let course = index.course_info(conn, course_id)?;
    let lesson = match row.lesson {
        Some((date, no)) => index.lesson(conn, &course, date, no)?.ok(),
        None => None,
    };
    Ok((!mine(lesson)?).then_some(course))
}

/// A whole number in a cell (`3`, `3.0` from a spreadsheet).
pub fn parse_int(s: &str, min: i64, max: i64) -> Result<i64, String> {
    let t = s.trim().replace(',', ".");
    let v: f64 = t
        .parse()
        .map_err(|_| crate::t!("import-not-a-number", value = s))?;
    if v.fract() != 0.0 {
        return Err(crate::t!("import-not-whole", value = s));
    }
    let v = v as i64;
    if v < min || v > max {
        return Err(crate::t!(
            "import-out-of-range",
            value = v,
            min = min,
            max = max
        ));
    }
    Ok(v)
}

/// `Пн` … `Сб` for weekday 1–6.
pub fn timetable_weekday_name(weekday: u32) -> &'static str {
    timetable::WEEKDAYS
        .get(weekday.saturating_sub(1) as usize)
        .copied()
        .unwrap_or("?")
}
