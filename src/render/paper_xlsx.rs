//! The paper copy as an XLSX workbook: a sheet per course (the grid of marks, then the
//! lesson register below it) and the summary sheet, each set up to print on A4 landscape
//! pages: fit to the page width, the header row repeated, the print area set.

use crate::domain::class_name::Grade;
use std::collections::HashSet;
use std::path::Path;

use anyhow::{anyhow, Result};
use rust_xlsxwriter::{Format, FormatAlign, FormatBorder, Workbook, Worksheet};

use super::short::period_short;
use crate::domain::date::ru;
use crate::reports::paper::{CourseGrid, PaperCopy};

fn err(e: rust_xlsxwriter::XlsxError) -> anyhow::Error {
    anyhow!("writing the workbook: {e}")
}

/// An error writing a value the journal holds, naming whose it is (a name or a topic longer
/// than Excel's 32,767 characters was stored before the import limits).
fn err_in(what: String) -> impl FnOnce(rust_xlsxwriter::XlsxError) -> anyhow::Error {
    move |e| anyhow!("writing the workbook: {what}: {e}")
}

/// The start of a value, for a message about it (the value may be a megabyte).
fn start_of(s: &str) -> String {
    let mut t: String = s.chars().take(30).collect();
    if s.chars().nth(30).is_some() {
        t.push('…');
    }
    t
}

/// A sheet name Excel accepts: at most 31 characters, no []:*?/\, unique in the book.
fn sheet_name(wanted: &str, used: &mut HashSet<String>) -> String {
    let clean: String = wanted
        .chars()
        .map(|c| if "[]:*?/\\".contains(c) { ' ' } else { c })
        .take(31)
        .collect();
    let mut name = clean.trim().to_string();
    let mut n = 2;
    while used.contains(&name.to_lowercase()) {
        let suffix = format!(" {n}");
        name = format!(
            "{}{suffix}",
            clean
                .chars()
                .take(31 - suffix.chars().count())
                .collect::<String>()
                .trim()
        );
        n += 1;
    }
    used.insert(name.to_lowercase());
    name
}

struct Styles {
    notice: Format,
    title: Format,
    text: Format,
    head: Format,
    cell: Format,
    name: Format,
    outside: Format,
    wrap: Format,
}

fn styles() -> Styles {
    let border = |f: Format| f.set_border(FormatBorder::Thin).set_font_size(9);
    Styles {
        notice: Format::new().set_bold().set_font_size(11),
        title: Format::new().set_bold().set_font_size(12),
        text: Format::new().set_font_size(10),
        head: border(
            Format::new()
                .set_bold()
                .set_align(FormatAlign::Center)
                .set_align(FormatAlign::VerticalCenter)
                .set_text_wrap(),
        ),
        cell: border(Format::new().set_align(FormatAlign::Center)),
        name: border(Format::new()),
        outside: border(
            Format::new()
                .set_align(FormatAlign::Center)
                .set_background_color(0xE0E0E0),
        ),
        wrap: border(Format::new().set_text_wrap().set_align(FormatAlign::Top)),
    }
}

/// A training journal's notice in the sheet's first row; returns the row the sheet's own
/// content starts at (the first, or the one below the notice).
fn notice_row(ws: &mut Worksheet, s: &Styles, copy: &PaperCopy) -> Result<u32> {
    match copy.kind.notice() {
        Some(notice) => {
            ws.write_string_with_format(0, 0, notice, &s.notice)
                .map_err(err)?;
            Ok(1)
        }
        None => Ok(0),
    }
}

fn setup_print(
    ws: &mut Worksheet,
    copy: &PaperCopy,
    header_row: u32,
    last_row: u32,
    last_col: u16,
    footer: &str,
) -> Result<()> {
    ws.set_landscape();
    ws.set_paper_size(9); // A4
    ws.set_print_fit_to_pages(1, 0);
    ws.set_margins(0.4, 0.4, 0.5, 0.5, 0.3, 0.3);
    ws.set_repeat_rows(header_row, header_row).map_err(err)?;
    ws.set_print_area(0, 0, last_row, last_col).map_err(err)?;
    ws.set_footer(format!("&L{}&Rстр. &P из &N", footer.replace('&', "&&")));
    // A training journal's notice prints at the top of every page.
    if let Some(notice) = copy.kind.notice() {
        ws.set_header(format!("&C{}", notice.replace('&', "&&")));
    }
    Ok(())
}

fn course_sheet(
    ws: &mut Worksheet,
    s: &Styles,
    copy: &PaperCopy,
    c: &CourseGrid,
    footer: &str,
) -> Result<()> {
    let group = if c.group.is_empty() {
        String::new()
    } else {
        format!(" (группа {})", c.group)
    };
    let top = notice_row(ws, s, copy)?;
    ws.write_string_with_format(
        top,
        0,
        format!(
            "{}{group} — {} класс, {}, {} уч. год",
            c.subject,
            copy.class,
            copy.period_label(),
            copy.year
        ),
        &s.title,
    )
    .map_err(err)?;
    ws.write_string_with_format(top + 1, 0, format!("Учитель: {}", c.teacher), &s.text)
        .map_err(err)?;
    let header = top + 3;
    ws.set_column_width(0, 4).map_err(err)?;
    ws.set_column_width(1, 26).map_err(err)?;
    ws.write_string_with_format(header, 0, "№", &s.head)
        .map_err(err)?;
    ws.write_string_with_format(header, 1, "Фамилия, имя ученика", &s.head)
        .map_err(err)?;
    let n = c.columns.len() as u16;
    for (i, (date, _)) in c.columns.iter().enumerate() {
        let col = 2 + i as u16;
        ws.set_column_width(col, 5.6).map_err(err)?;
        ws.write_string_with_format(header, col, date.format("%d.%m").to_string(), &s.head)
            .map_err(err)?;
    }
    let final_col = 2 + n;
    let with_final = Grade(copy.grade).has_marks();
    if with_final {
        ws.set_column_width(final_col, 8).map_err(err)?;
        ws.write_string_with_format(header, final_col, period_short(copy.period), &s.head)
            .map_err(err)?;
    }
    let mut row = header + 1;
    for r in &c.rows {
        ws.write_number_with_format(row, 0, r.no as f64, &s.cell)
            .map_err(err)?;
        let name = if r.note.is_empty() {
            r.name.clone()
        } else {
            format!("{} ({})", r.name, r.note)
        };
        let whose = format!(
            "{} {}, student № {} ({})",
            copy.class,
            c.subject,
            r.no,
            start_of(&r.name)
        );
        ws.write_string_with_format(row, 1, name, &s.name)
            .map_err(err_in(whose))?;
        for (i, cell) in r.cells.iter().enumerate() {
            let f = if cell.outside { &s.outside } else { &s.cell };
            ws.write_string_with_format(row, 2 + i as u16, &cell.text, f)
                .map_err(err)?;
        }
        if with_final {
            ws.write_string_with_format(row, final_col, &r.final_mark, &s.cell)
                .map_err(err)?;
        }
        row += 1;
    }
    row += 1;
    ws.write_string_with_format(row, 0, "Н — неявка, Б — болезнь, У — уважительная причина, О — опоздание; серым — ученик не числился в классе (группе).", &s.text)
        .map_err(err)?;
    row += 1;
    ws.write_string_with_format(
        row,
        0,
        format!("Учитель: {} ____________________ (подпись)", c.teacher),
        &s.text,
    )
    .map_err(err)?;
    row += 2;
    let last_col = if with_final {
        final_col
    } else {
        (final_col).saturating_sub(1).max(8)
    };
    let (row, sub_col) = register(ws, s, c, &group, row, last_col)?;
    setup_print(
        ws,
        copy,
        header,
        row.saturating_sub(1),
        last_col.max(sub_col),
        footer,
    )
}

/// The lesson register below the grid from `row`, its columns fitted to the grid's up to
/// `last_col`: topic and homework each span several date columns. Returns the row after
/// it and the last column it uses.
fn register(
    ws: &mut Worksheet,
    s: &Styles,
    c: &CourseGrid,
    group: &str,
    mut row: u32,
    last_col: u16,
) -> Result<(u32, u16)> {
    let span = ((last_col as i32 - 1) / 3).max(2) as u16;
    let (topic_from, topic_to) = (2u16, 1 + 2 * span);
    let (hw_from, hw_to) = (topic_to + 1, (topic_to + span).max(topic_to + 1));
    let sub_col = hw_to + 1;
    ws.write_string_with_format(
        row,
        0,
        format!("Темы уроков и задания на дом: {}{group}", c.subject),
        &s.title,
    )
    .map_err(err)?;
    row += 1;
    ws.write_string_with_format(row, 0, "№", &s.head)
        .map_err(err)?;
    ws.write_string_with_format(row, 1, "Дата", &s.head)
        .map_err(err)?;
    ws.merge_range(row, topic_from, row, topic_to, "Тема урока", &s.head)
        .map_err(err)?;
    ws.merge_range(row, hw_from, row, hw_to, "Домашнее задание", &s.head)
        .map_err(err)?;
    ws.write_string_with_format(row, sub_col, "Замена", &s.head)
        .map_err(err)?;
    row += 1;
    let chars_per_line = |cols: u16| (cols as f64 * 5.6 * 1.1).max(10.0);
    for r in &c.register {
        ws.write_number_with_format(row, 0, r.lesson_no as f64, &s.cell)
            .map_err(err)?;
        ws.write_string_with_format(row, 1, ru(r.date), &s.name)
            .map_err(err)?;
        let lesson = |what: &str| {
            format!(
                "{}{group}, the {what} of the lesson of {}",
                c.subject,
                ru(r.date)
            )
        };
        ws.merge_range(row, topic_from, row, topic_to, &r.topic, &s.wrap)
            .map_err(err_in(lesson("topic")))?;
        ws.merge_range(row, hw_from, row, hw_to, &r.homework, &s.wrap)
            .map_err(err_in(lesson("homework")))?;
        ws.write_string_with_format(row, sub_col, &r.substitute, &s.wrap)
            .map_err(err)?;
        let lines = (r.topic.chars().count() as f64 / chars_per_line(topic_to - topic_from + 1))
            .max(r.homework.chars().count() as f64 / chars_per_line(hw_to - hw_from + 1))
            .ceil()
            .max(1.0);
        ws.set_row_height(row, 12.5 * lines).map_err(err)?;
        row += 1;
    }
    Ok((row, sub_col))
}

fn summary_sheet(ws: &mut Worksheet, s: &Styles, copy: &PaperCopy, footer: &str) -> Result<()> {
    let top = notice_row(ws, s, copy)?;
    ws.write_string_with_format(
        top,
        0,
        format!(
            "Сводная ведомость — {} класс, {}, {} уч. год",
            copy.class,
            copy.period_label(),
            copy.year
        ),
        &s.title,
    )
    .map_err(err)?;
    ws.write_string_with_format(
        top + 1,
        0,
        format!("Классный руководитель: {}", copy.class_teacher),
        &s.text,
    )
    .map_err(err)?;
    let header = top + 3;
    ws.set_column_width(0, 4).map_err(err)?;
    ws.set_column_width(1, 26).map_err(err)?;
    ws.set_row_height(header, 48).map_err(err)?;
    ws.write_string_with_format(header, 0, "№", &s.head)
        .map_err(err)?;
    ws.write_string_with_format(header, 1, "Фамилия, имя ученика", &s.head)
        .map_err(err)?;
    for (i, subj) in copy.summary.subjects.iter().enumerate() {
        ws.set_column_width(2 + i as u16, 9).map_err(err)?;
        ws.write_string_with_format(header, 2 + i as u16, subj, &s.head)
            .map_err(err)?;
    }
    let miss = 2 + copy.summary.subjects.len() as u16;
    ws.set_column_width(miss, 10).map_err(err)?;
    ws.set_column_width(miss + 1, 10).map_err(err)?;
    ws.write_string_with_format(header, miss, "Пропущено уроков, всего", &s.head)
        .map_err(err)?;
    ws.write_string_with_format(header, miss + 1, "из них по болезни", &s.head)
        .map_err(err)?;
    let mut row = header + 1;
    for r in &copy.summary.rows {
        ws.write_number_with_format(row, 0, r.no as f64, &s.cell)
            .map_err(err)?;
        ws.write_string_with_format(row, 1, &r.name, &s.name)
            .map_err(err_in(format!(
                "{}, the summary, student № {} ({})",
                copy.class,
                r.no,
                start_of(&r.name)
            )))?;
        for (i, f) in r.finals.iter().enumerate() {
            ws.write_string_with_format(row, 2 + i as u16, f, &s.cell)
                .map_err(err)?;
        }
        ws.write_number_with_format(row, miss, r.missed as f64, &s.cell)
            .map_err(err)?;
        ws.write_number_with_format(row, miss + 1, r.missed_ill as f64, &s.cell)
            .map_err(err)?;
        row += 1;
    }
    row += 2;
    for (role, name) in [
        ("Директор", &copy.director),
        ("Заместитель директора по УВР", &copy.deputy),
        ("Классный руководитель", &copy.class_teacher),
    ] {
        ws.write_string_with_format(
            row,
            1,
            format!("{role} ____________________ {name}"),
            &s.text,
        )
        .map_err(err)?;
        row += 2;
    }
    ws.write_string_with_format(
        row,
        1,
        format!(
            "М.П.          Дата печати: {}          Отпечаток журнала: {}",
            ru(copy.printed_on),
            copy.fingerprint
        ),
        &s.text,
    )
    .map_err(err)?;
    setup_print(ws, copy, header, row, miss + 1, footer)
}

/// Write the workbook through a temporary name.
pub fn write(copy: &PaperCopy, path: &Path) -> Result<()> {
    let s = styles();
    let footer = format!(
        "{} · {} класс · {} · {}",
        copy.school,
        copy.class,
        copy.period.ru(),
        copy.year
    );
    let mut book = Workbook::new();
    let mut used = HashSet::new();
    for c in &copy.courses {
        let title = if c.group.is_empty() {
            c.subject.clone()
        } else {
            format!("{} {}", c.subject, c.group)
        };
        let ws = book.add_worksheet();
        ws.set_name(sheet_name(&title, &mut used)).map_err(err)?;
        course_sheet(ws, &s, copy, c, &footer)?;
    }
    let ws = book.add_worksheet();
    ws.set_name(sheet_name("Сводная ведомость", &mut used))
        .map_err(err)?;
    summary_sheet(ws, &s, copy, &footer)?;
    let bytes = book.save_to_buffer().map_err(err)?;
    crate::output::write_file(path, &bytes)
}
