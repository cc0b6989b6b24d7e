//! `ejournal export diary`: the printout parents are owed every two weeks when they refused
//! electronic access. The printout is computed in `reports::diary` and drawn by
//! `render::diary_pdf`; this resolves the names given and writes the file.

use std::path::Path;

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
use crate::reports::diary::{self, Who};

/// `export diary` as given on the command line: resolve the class and the student, then
/// [`write`].
pub fn export(
    ctx: &mut Ctx,
    class: &ClassName,
    student: Option<&str>,
    paper_only: bool,
    from: NaiveDate,
    to: NaiveDate,
    out: &Path,
) -> Result<Rows> {
    if from > to {
        return Err(usage(format!(
            "--from {} is after --to {}",
            ru(from),
            ru(to)
        )));
    }
    let class = class_required(&ctx.conn, class)?;
    let student = match student {
        Some(s) => Some(Index::new(&ctx.conn, ctx.today)?.student(&ctx.conn, &class, s)??),
        None => None,
    };
    let who = Who {
        student,
        paper_only,
    };
    write(ctx, &class, who, from, to, out)
}

/// Write the printouts of `class` from `from` to `to` into the PDF `out`; the rows say how
/// many pages, marks and absences each student's printout has.
pub fn write(
    ctx: &mut Ctx,
    class: &ClassRow,
    who: Who,
    from: NaiveDate,
    to: NaiveDate,
    out: &Path,
) -> Result<Rows> {
    let diary = diary::compute(&ctx.conn, class, who, from, to, ctx.today)?;
    let mut summary = Rows::new(&[
        ("student", "Ученик"),
        ("pages", "Страниц"),
        ("marks", "Отметок"),
        ("absences", "Пропусков"),
    ]);
    if diary.students.is_empty() {
        if who.paper_only {
            // Nothing owed on paper is a fine answer: a loop over the classes goes on.
            ctx.say(format!(
                "{}: no student of {} has parents who refused electronic access; nothing to print",
                out.display(),
                class.name
            ));
            return Ok(summary);
        }
        return Err(usage(format!(
            "no students in {} between {} and {}",
            class.name,
            ru(from),
            ru(to)
        )));
    }
    let rendered = diary_pdf::render(&diary)?;
    write_file(out, &rendered.bytes)?;
    for (st, pages) in diary.students.iter().zip(&rendered.pages) {
        summary.push(vec![
            Cell::text(&st.name),
            Cell::Int(*pages as i64),
            Cell::Int(st.marks() as i64),
            Cell::Int(st.absences.len() as i64),
        ]);
    }
    ctx.say(format!(
        "{}: {} students, {} pages",
        out.display(),
        diary.students.len(),
        rendered.pages.iter().sum::<usize>()
    ));
    Ok(summary)
}
