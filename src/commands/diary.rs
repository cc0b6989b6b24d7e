//! `ejournal export diary`: the printout parents are owed every two weeks when they refused
//! electronic access. The printout is computed in `reports::diary` and drawn by
//! `render::diary_pdf`; this resolves the names given and writes the files: one class into
//! one PDF (`--class`), or the whole school into a folder, a PDF per class — the class
//! teacher hands out his own class's sheets, so a deputy prints and passes on each file.

use std::path::{Path, PathBuf};

use anyhow::Result;
use chrono::NaiveDate;

use crate::context::Ctx;
use crate::db::classes::{class_required, ClassRow};
use crate::db::resolve::Index;
use crate::domain::class_name::ClassName;
use crate::domain::date::ru;
use crate::error::usage;
use crate::output::write_file;
use crate::render::diary_pdf;
use crate::render::{Cell, Rows};
use crate::reports::diary::{self, paper_only_classes, Who};
use crate::t;

/// `export diary` as given on the command line: with a class, its printouts into one PDF
/// (`out` a file, or a folder to name the file in); without, every class's into the folder
/// `out`.
pub fn export(
    ctx: &mut Ctx,
    class: Option<&ClassName>,
    student: Option<&str>,
    paper_only: bool,
    from: NaiveDate,
    to: NaiveDate,
    out: &Path,
) -> Result<Rows> {
    if from > to {
        return Err(usage(t!(
            "diary-from-after-to",
            from = ru(from),
            to = ru(to)
        )));
    }
    let Some(class) = class else {
        return export_school(ctx, paper_only, from, to, out);
    };
    let class = class_required(&ctx.conn, class)?;
    let student = match student {
        Some(s) => Some(Index::new(&ctx.conn, ctx.today)?.student(&ctx.conn, &class, s)??),
        None => None,
    };
    let who = Who {
        student,
        paper_only,
    };
    let out = if out.is_dir() {
        out.join(file_name(&class, to))
    } else {
        out.to_path_buf()
    };
    write(ctx, &class, who, from, to, &out)
}

/// The whole school: a PDF per class with someone to print for, into the folder `out`
/// (created when missing; not when no class has anyone to print for).
fn export_school(
    ctx: &mut Ctx,
    paper_only: bool,
    from: NaiveDate,
    to: NaiveDate,
    out: &Path,
) -> Result<Rows> {
    let classes = if paper_only {
        paper_only_classes(&ctx.conn)?
    } else {
        crate::reports::paper::classes(&ctx.conn)?
    };
    let mut rows = summary_rows();
    let who = Who {
        student: None,
        paper_only,
    };
    if !classes.is_empty() {
        crate::output::create_dir(out)?;
    }
    let mut written = Vec::new();
    for class in &classes {
        let path = out.join(file_name(class, to));
        if let Some(pages) = write_class(ctx, class, who, from, to, &path, &mut rows)? {
            written.push((path, pages));
        }
    }
    if written.is_empty() {
        if paper_only {
            ctx.say(t!(
                "diary-nobody-on-paper-school",
                path = out.display().to_string()
            ));
            return Ok(rows);
        }
        return Err(usage(t!(
            "diary-no-students-school",
            from = ru(from),
            to = ru(to)
        )));
    }
    ctx.say(t!(
        "diary-written-school",
        path = out.display().to_string(),
        classes = written.len(),
        students = rows.rows.len(),
        pages = written.iter().map(|w| w.1).sum::<usize>()
    ));
    Ok(rows)
}

/// `5А_родителям_2023-10-27.pdf`: the class and the last day of the range, sorting well in
/// a folder of a year's printouts.
pub fn file_name(class: &ClassRow, to: NaiveDate) -> PathBuf {
    PathBuf::from(format!(
        "{}_родителям_{}.pdf",
        class.name,
        to.format("%Y-%m-%d")
    ))
}

/// The rows of the summary: a row per student printed.
fn summary_rows() -> Rows {
    Rows::new(&[
        ("class", "Класс"),
        ("student", "Ученик"),
        ("pages", "Страниц"),
        ("marks", "Отметок"),
        ("absences", "Пропусков"),
    ])
}

/// Write the printouts of `class` from `from` to `to` into the PDF `out`, a row per student
/// into `summary`; the pages written, None (and no file) when no student matches `who`.
pub fn write_class(
    ctx: &mut Ctx,
    class: &ClassRow,
    who: Who,
    from: NaiveDate,
    to: NaiveDate,
    out: &Path,
    summary: &mut Rows,
) -> Result<Option<usize>> {
    let diary = diary::compute(&ctx.conn, class, who, from, to, ctx.today)?;
    if diary.students.is_empty() {
        return Ok(None);
    }
    let rendered = diary_pdf::render(&diary)?;
    write_file(out, &rendered.bytes)?;
    for (st, pages) in diary.students.iter().zip(&rendered.pages) {
        summary.push(vec![
            Cell::text(&diary.class),
            Cell::text(&st.name),
            Cell::Int(*pages as i64),
            Cell::Int(st.marks() as i64),
            Cell::Int(st.absences.len() as i64),
        ]);
    }
    let pages = rendered.pages.iter().sum::<usize>();
    ctx.say(t!(
        "diary-written-class",
        path = out.display().to_string(),
        students = diary.students.len(),
        pages = pages
    ));
    Ok(Some(pages))
}

/// Write the printouts of one class into the PDF `out` (`--class`, the demo): [`write_class`];
/// nobody on paper is said on stderr (exit 0), nobody at all is refused.
pub fn write(
    ctx: &mut Ctx,
    class: &ClassRow,
    who: Who,
    from: NaiveDate,
    to: NaiveDate,
    out: &Path,
) -> Result<Rows> {
    let mut rows = summary_rows();
    if write_class(ctx, class, who, from, to, out, &mut rows)?.is_none() {
        if who.paper_only {
            ctx.say(t!(
                "diary-nobody-on-paper-class",
                path = out.display().to_string(),
                class = class.name.as_str()
            ));
        } else {
            return Err(usage(t!(
                "diary-no-students-class",
                class = class.name.as_str(),
                from = ru(from),
                to = ru(to)
            )));
        }
    }
    Ok(rows)
}
