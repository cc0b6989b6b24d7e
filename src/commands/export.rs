//! `ejournal export`: the paper copies of the journal (PDF and XLSX a deputy prints, the
//! director signs and seals), and the printouts owed to parents.

use std::path::{Path, PathBuf};

use anyhow::Result;
use chrono::NaiveDate;
use rayon::prelude::*;

use crate::context::Ctx;
use crate::db::classes::{class_required, ClassRow};
use crate::domain::calendar::{parse_period_arg, PeriodCode};
use crate::domain::class_name::{parse_class_arg, ClassName};
use crate::domain::date::parse_date_arg;
use crate::output::write_file;
use crate::render::{Cell, DocFormat, Format, Rows};
use crate::reports::paper;
use crate::t;

#[derive(Debug, clap::Subcommand)]
pub enum ExportCmd {
    /// Paper copies of the journal for a period: one file per class, named 5А_Q1_2023-2024.pdf
    ///
    /// `--as` chooses the documents (PDF, XLSX or both); `--format` only says how the summary
    /// of the files written is printed (table, csv, json). `--format pdf|xlsx|both` still
    /// chooses the documents for this release, with a warning: use `--as`.
    ///
    /// Example: ejournal export paper --period Q1 --as pdf --out copies/
    Paper {
        #[arg(long, value_parser = parse_period_arg)]
        period: PeriodCode,
        /// Only these classes [default: every class that has the period]
        #[arg(long, value_parser = parse_class_arg, num_args = 1..)]
        class: Vec<ClassName>,
        /// The folder to write into (created when missing)
        #[arg(long)]
        out: PathBuf,
        /// Which documents to write: pdf, xlsx or both [default: both]
        #[arg(long = "as", value_enum, value_name = "DOCUMENTS")]
        docs: Option<DocFormat>,
        /// Exit with 3 when final marks of the period are missing (the copies are written,
        /// the empty cells say «нет отметки»)
        #[arg(long)]
        fail_on_issues: bool,
    },
    /// Printouts for parents: each student's marks, averages (or the period's final marks once
    /// set), absences, the coming week's homework and a line to sign
    ///
    /// With --class: that class into one PDF, --out a file (or a folder to put
    /// 5А_родителям_2023-10-27.pdf in). Without --class: every class, --out a folder, a PDF
    /// per class named so. With --paper-only and nobody on paper: a message, exit 0.
    ///
    /// Example: ejournal export diary --paper-only --from 16.10.2023 --to 27.10.2023 --out printouts/
    Diary {
        /// Only this class [default: every class, a PDF each]
        #[arg(long, value_parser = parse_class_arg)]
        class: Option<ClassName>,
        /// Only this student (needs --class)
        #[arg(long, requires = "class")]
        student: Option<String>,
        /// Only students whose parents refused electronic access
        #[arg(long)]
        paper_only: bool,
        #[arg(long, value_parser = parse_date_arg)]
        from: NaiveDate,
        #[arg(long, value_parser = parse_date_arg)]
        to: NaiveDate,
        /// The PDF file to write with --class (or a folder); the folder to write into
        /// without (created when missing)
        #[arg(long)]
        out: PathBuf,
    },
}

impl ExportCmd {
    pub fn run(&self, ctx: &mut Ctx) -> Result<i32> {
        match self {
            ExportCmd::Paper {
                period,
                class,
                out,
                docs,
                fail_on_issues,
            } => {
                let docs = documents(ctx, *docs);
                let (rows, missing) = export_paper_checked(ctx, *period, class, docs, out)?;
                ctx.print_as(&rows, rows_format(ctx))?;
                Ok(if missing > 0 && *fail_on_issues {
                    crate::error::EXIT_ISSUES
                } else {
                    crate::error::EXIT_OK
                })
            }
            ExportCmd::Diary {
                class,
                student,
                paper_only,
                from,
                to,
                out,
            } => {
                let rows = super::diary::export(
                    ctx,
                    class.as_ref(),
                    student.as_deref(),
                    *paper_only,
                    *from,
                    *to,
                    out,
                )?;
                if let Some(old) = ctx.format.as_document() {
                    // The diary is always a PDF: the old value never chose anything here.
                    eprintln!(
                        "{}",
                        t!("export-diary-format-deprecated", format = old.as_str())
                    );
                }
                ctx.print_as(&rows, rows_format(ctx))?;
                Ok(crate::error::EXIT_OK)
            }
        }
    }
}

/// The documents to write: `--as`, else the deprecated `--format pdf|xlsx|both` (with a
/// warning on stderr, even with --quiet: scripts are what must change), else both.
fn documents(ctx: &Ctx, given: Option<DocFormat>) -> DocFormat {
    match ctx.format.as_document() {
        Some(old) => {
            eprintln!("{}", t!("export-format-deprecated", format = old.as_str()));
            given.unwrap_or(old)
        }
        None => given.unwrap_or_default(),
    }
}

/// How the summary of the files written prints: `--format` when it names a way to print
/// rows, else a table.
fn rows_format(ctx: &Ctx) -> Format {
    match ctx.format.as_document() {
        Some(_) => Format::Table,
        None => ctx.format,
    }
}

/// The classes a period's copies are made for.
fn classes_for(ctx: &Ctx, period: PeriodCode, wanted: &[ClassName]) -> Result<Vec<ClassRow>> {
    if !wanted.is_empty() {
        let cal = crate::db::calendar::SchoolCalendar::load(&ctx.conn)?;
        return wanted
            .iter()
            .map(|c| {
                let row = class_required(&ctx.conn, c)?;
                cal.check_period_for_grade(period, row.grade, &row.name)?;
                Ok(row)
            })
            .collect();
    }
    let (keep, skip): (Vec<ClassRow>, Vec<ClassRow>) = paper::classes(&ctx.conn)?
        .into_iter()
        .partition(|c| period.applies_to_grade(c.grade));
    if !skip.is_empty() {
        let names: Vec<&str> = skip.iter().map(|c| c.name.as_str()).collect();
        let why = if period.is_quarter() {
            t!("export-why-semesters")
        } else {
            t!("export-why-quarters")
        };
        ctx.say(t!(
            "export-skipping",
            period = period.to_string(),
            classes = names.join(", "),
            why = why
        ));
    }
    Ok(keep)
}

/// Write the paper copies of `period` for the classes `wanted` (every class that has the
/// period when none) into the folder `out`; a row per file written.
pub fn export_paper(
    ctx: &mut Ctx,
    period: PeriodCode,
    wanted: &[ClassName],
    format: DocFormat,
    out: &Path,
) -> Result<Rows> {
    export_paper_checked(ctx, period, wanted, format, out).map(|(rows, _)| rows)
}

/// [`export_paper`], naming on stderr every course whose final marks of the period are
/// missing; also returns how many are.
pub fn export_paper_checked(
    ctx: &mut Ctx,
    period: PeriodCode,
    wanted: &[ClassName],
    format: DocFormat,
    out: &Path,
) -> Result<(Rows, usize)> {
    let mut missing = 0;
    let classes = classes_for(ctx, period, wanted)?;
    crate::output::create_dir(out)?;
    let mut rows = Rows::new(&[
        ("class", "Класс"),
        ("file", "Файл"),
        ("pages", "Страниц"),
        ("courses", "Курсов"),
        ("marks", "Отметок"),
        ("absences", "Пропусков"),
        ("finals", "Итоговых"),
    ]);
    // The copies are read from the journal one class after another (one connection), then
    // drawn and written on every core: a class's documents depend on nothing but its copy,
    // so the files are the same bytes as one after another.
    let copies = classes
        .iter()
        .map(|class| paper::compute(&ctx.conn, class, period, ctx.today))
        .collect::<Result<Vec<_>>>()?;
    let written = copies
        .par_iter()
        .map(|copy| -> Result<Vec<Vec<Cell>>> {
            let stem = copy.file_stem();
            let mut files = Vec::new();
            if format.pdf() {
                let (bytes, pages) = crate::render::paper_pdf::render(copy)?;
                let path = out.join(format!("{stem}.pdf"));
                write_file(&path, &bytes)?;
                files.push(file_row(copy, &path, Some(pages)));
            }
            if format.xlsx() {
                let path = out.join(format!("{stem}.xlsx"));
                crate::render::paper_xlsx::write(copy, &path)?;
                files.push(file_row(copy, &path, None));
            }
            Ok(files)
        })
        .collect::<Result<Vec<_>>>()?;
    for (copy, files) in copies.iter().zip(written) {
        for row in files {
            rows.push(row);
        }
        ctx.say(t!(
            "export-copy-summary",
            class = copy.class.as_str(),
            courses = copy.courses.len(),
            marks = copy.marks,
            absences = copy.absences,
            finals = copy.finals
        ));
        for m in &copy.missing_finals {
            missing += m.students.len();
            // A warning, not chatter: a copy with missing final marks is not ready to sign.
            eprintln!(
                "{}",
                t!(
                    "export-finals-missing",
                    course = format!(
                        "{} {}{}",
                        copy.class,
                        m.subject,
                        crate::db::resolve::group_label(&m.group)
                    ),
                    count = m.students.len(),
                    period = period.to_string(),
                    students = m.students.join(", ")
                )
            );
        }
    }
    Ok((rows, missing))
}

fn file_row(copy: &paper::PaperCopy, path: &Path, pages: Option<usize>) -> Vec<Cell> {
    vec![
        Cell::text(&copy.class),
        Cell::text(path.display().to_string()),
        pages.map(|p| Cell::Int(p as i64)).unwrap_or(Cell::Null),
        Cell::Int(copy.courses.len() as i64),
        Cell::Int(copy.marks as i64),
        Cell::Int(copy.absences as i64),
        Cell::Int(copy.finals as i64),
    ]
}
