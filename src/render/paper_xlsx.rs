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
    anyhow!(crate::t!("err-writing-workbook", error = e.to_string()))
}

/// An error writing a value the journal holds, naming whose it is (a name or a topic longer
/// than Excel's 32,767 characters was stored before the import limits).
fn err_in(what: String) -> impl FnOnce(rust_xlsxwriter::XlsxError) -> anyhow::Error {
    move |e| {
        anyhow!(crate::t!(
            "err-writing-workbook-of",
            what = what,
            error = e.to_string()
        ))
    }
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

/// The print scale of every sheet: the grid's columns are sized so that a part of
/// [`crate::reports::paper::DATES_PER_PART`] dates fits A4 landscape at it.
pub const PRINT_SCALE: u16 = 90;

fn setup_print(
    ws: &mut Worksheet,
    copy: &PaperCopy,
    header_row: Option<u32>,
    last_row: u32,
    last_col: u16,
    footer: &str,
) -> Result<()> {
    ws.set_landscape();
    ws.set_paper_size(9); // A4
    ws.set_print_scale(PRINT_SCALE);
    ws.set_margins(0.4, 0.4, 0.5, 0.5, 0.3, 0.3);
    // Only a grid repeats its header row on a new page; the register and the summary are
    // read down the page.
    if let Some(h) = header_row {
        ws.set_repeat_rows(h, h).map_err(err)?;
    }
    ws.set_print_area(0, 0, last_row, last_col).map_err(err)?;
    ws.set_footer(format!("&L{}&Rстр. &P из &N", footer.replace('&', "&&")));
    // A training journal's notice prints at the top of every page.
    if let Some(notice) = copy.kind.notice() {
        ws.set_header(format!("&C{}", notice.replace('&', "&&")));
    }
    Ok(())
}

/// One part of a course's grid (its dates `part`) on its own sheet: the title, the hours
/// by plan and given, the header (a control work's date marked «К»), the rows, the legend.
fn course_sheet(
    ws: &mut Worksheet,
    s: &Styles,
    copy: &PaperCopy,
    c: &CourseGrid,
    part: (usize, usize),
    footer: &str,
) -> Result<()> {
    let group = if c.group.is_empty() {
        String::new()
    } else {
        format!(" (группа {})", c.group)
    };
    let top = notice_row(ws, s, copy)?;
    let of = if c.parts.len() > 1 {
        let i = c.parts.iter().position(|p| *p == part).unwrap_or(0);
        format!(" (часть {} из {})", i + 1, c.parts.len())
    } else {
        String::new()
    };
    ws.write_string_with_format(
        top,
        0,
        format!(
            "{}{group} — {} класс, {}, {} уч. год{of}",
            c.subject,
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
        format!(
            "Учитель: {}. Часов по плану: {}, проведено уроков: {}",
            c.teacher, c.planned, c.given
        ),
        &s.text,
    )
    .map_err(err)?;
    let header = top + 3;
    ws.set_column_width(0, 3.5).map_err(err)?;
    ws.set_column_width(1, 24).map_err(err)?;
    ws.write_string_with_format(header, 0, "№", &s.head)
        .map_err(err)?;
    ws.write_string_with_format(header, 1, "Фамилия, имя ученика", &s.head)
        .map_err(err)?;
    let (from, to) = part;
    let columns = &c.columns[from..to];
    for (i, col) in columns.iter().enumerate() {
        let x = 2 + i as u16;
        ws.set_column_width(x, 4.6).map_err(err)?;
        let mut head = col.date.format("%d.%m").to_string();
        if col.control {
            head = format!("К\n{head}");
        }
        ws.write_string_with_format(header, x, head, &s.head)
            .map_err(err)?;
    }
    let final_col = 2 + columns.len() as u16;
    let with_final = Grade(copy.grade).has_marks();
    if with_final {
        ws.set_column_width(final_col, 7).map_err(err)?;
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
        for (i, cell) in r.cells[from..to].iter().enumerate() {
            let f = if cell.outside { &s.outside } else { &s.cell };
            write_mark(ws, row, 2 + i as u16, &cell.text, f)?;
        }
        if with_final && to == c.columns.len() {
            write_mark(ws, row, final_col, &r.final_mark, &s.cell)?;
        }
        row += 1;
    }
    row += 1;
    ws.write_string_with_format(row, 0, "Н — неявка, Б — болезнь, У — уважительная причина, О — опоздание; «К» над датой — контрольная работа; серым — ученик не числился в классе (группе).", &s.text)
        .map_err(err)?;
    row += 1;
    ws.write_string_with_format(
        row,
        0,
        format!("Учитель: {} ____________________ (подпись)", c.teacher),
        &s.text,
    )
    .map_err(err)?;
    let last_col = if with_final { final_col } else { final_col - 1 };
    setup_print(ws, copy, Some(header), row, last_col.max(8), footer)
}

/// A mark as a number when it is one (1–5), so that Excel can count with it; «5/4», «Н»,
/// «зч», «н/а» stay text.
fn write_mark(ws: &mut Worksheet, row: u32, col: u16, text: &str, f: &Format) -> Result<()> {
    match text.parse::<u8>() {
        Ok(n) if (1..=5).contains(&n) => ws.write_number_with_format(row, col, f64::from(n), f),
        _ => ws.write_string_with_format(row, col, text, f),
    }
    .map_err(err)?;
    Ok(())
}

/// The course's lesson register on its own sheet (no repeated grid header above it).
fn register_sheet(
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
    let (row, last_col) = register(ws, s, c, &group, top, 0)?;
    setup_print(ws, copy, None, row.saturating_sub(1), last_col, footer)
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
    _last_col: u16,
) -> Result<(u32, u16)> {
    ws.write_string_with_format(
        row,
        0,
        format!("Темы уроков и задания на дом: {}{group}", c.subject),
        &s.title,
    )
    .map_err(err)?;
    row += 1;
    // № урока по порядку, дата, тема, домашнее задание, замена, подпись учителя.
    let widths = [4.0, 10.0, 58.0, 36.0, 18.0, 14.0];
    let heads = [
        "№",
        "Дата",
        "Тема урока",
        "Домашнее задание",
        "Замена",
        "Подпись учителя",
    ];
    for (i, (w, h)) in widths.iter().zip(heads).enumerate() {
        ws.set_column_width(i as u16, *w).map_err(err)?;
        ws.write_string_with_format(row, i as u16, h, &s.head)
            .map_err(err)?;
    }
    row += 1;
    for r in &c.register {
        ws.write_number_with_format(row, 0, r.n as f64, &s.cell)
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
        let topic = if r.control && !r.topic.starts_with("Контрольная") {
            format!("К: {}", r.topic)
        } else {
            r.topic.clone()
        };
        ws.write_string_with_format(row, 2, &topic, &s.wrap)
            .map_err(err_in(lesson("topic")))?;
        ws.write_string_with_format(row, 3, &r.homework, &s.wrap)
            .map_err(err_in(lesson("homework")))?;
        ws.write_string_with_format(row, 4, &r.substitute, &s.wrap)
            .map_err(err)?;
        ws.write_string_with_format(row, 5, "", &s.cell)
            .map_err(err)?;
        let lines = (topic.chars().count() as f64 / 62.0)
            .max(r.homework.chars().count() as f64 / 38.0)
            .ceil()
            .max(1.0);
        ws.set_row_height(row, 14.0 * lines).map_err(err)?;
        row += 1;
    }
    Ok((row, 5))
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
    for (i, h) in [
        "Пропущено уроков, всего",
        "по болезни",
        "по уважительной причине",
        "без уважительной причины",
    ]
    .iter()
    .enumerate()
    {
        ws.set_column_width(miss + i as u16, 10).map_err(err)?;
        ws.write_string_with_format(header, miss + i as u16, *h, &s.head)
            .map_err(err)?;
    }
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
            write_mark(ws, row, 2 + i as u16, f, &s.cell)?;
        }
        let m = &r.missed;
        for (i, n) in [m.all, m.ill, m.excused, m.unexcused].iter().enumerate() {
            ws.write_number_with_format(row, miss + i as u16, f64::from(*n), &s.cell)
                .map_err(err)?;
        }
        row += 1;
    }
    row += 2;
    row = totals_and_remarks(ws, s, copy, row)?;
    ws.write_string_with_format(
        row,
        1,
        "В копии пронумеровано ____ листов. Копия соответствует электронному журналу.",
        &s.text,
    )
    .map_err(err)?;
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
    setup_print(ws, copy, Some(header), row, miss + 3, footer)
}

/// The totals per subject and for the class, then the period's remarks, from `row`, below
/// the summary; returns the row after them.
fn totals_and_remarks(
    ws: &mut Worksheet,
    s: &Styles,
    copy: &PaperCopy,
    mut row: u32,
) -> Result<u32> {
    ws.write_string_with_format(row, 1, "Итоги по предметам", &s.title)
        .map_err(err)?;
    row += 1;
    let heads = [
        "Предмет",
        "Учитель",
        "Аттестовано",
        "Успеваемость, %",
        "Качество, %",
        "Средний балл",
        "Пропущено уроков, всего",
        "по болезни",
        "по уважительной причине",
        "без уважительной причины",
    ];
    for (i, h) in heads.iter().enumerate() {
        ws.write_string_with_format(row, 1 + i as u16, *h, &s.head)
            .map_err(err)?;
    }
    row += 1;
    let opt = |ws: &mut Worksheet, r: u32, c: u16, v: Option<f64>| -> Result<()> {
        match v {
            Some(v) => ws.write_number_with_format(r, c, (v * 100.0).round() / 100.0, &s.cell),
            None => ws.write_blank(r, c, &s.cell),
        }
        .map_err(err)?;
        Ok(())
    };
    for t in copy
        .totals
        .iter()
        .chain(std::iter::once(&copy.class_totals))
    {
        ws.write_string_with_format(row, 1, &t.subject, &s.name)
            .map_err(err)?;
        ws.write_string_with_format(row, 2, &t.teacher, &s.name)
            .map_err(err)?;
        ws.write_number_with_format(row, 3, t.assessed as f64, &s.cell)
            .map_err(err)?;
        opt(ws, row, 4, t.pass_pct)?;
        opt(ws, row, 5, t.quality_pct)?;
        opt(ws, row, 6, t.average)?;
        let m = &t.missed;
        for (i, n) in [m.all, m.ill, m.excused, m.unexcused].iter().enumerate() {
            ws.write_number_with_format(row, 7 + i as u16, f64::from(*n), &s.cell)
                .map_err(err)?;
        }
        row += 1;
    }
    row += 1;
    ws.write_string_with_format(row, 1, "Замечания по ведению журнала", &s.title)
        .map_err(err)?;
    row += 1;
    if copy.remarks.is_empty() {
        ws.write_string_with_format(row, 1, "Замечаний за период нет.", &s.text)
            .map_err(err)?;
        row += 1;
    }
    for r in &copy.remarks {
        ws.write_string_with_format(
            row,
            1,
            format!(
                "№ {} от {}, {} ({}): {} — {}",
                r.id,
                ru(r.made_on),
                r.subject,
                r.teacher,
                r.text,
                r.status
            ),
            &s.text,
        )
        .map_err(err)?;
        row += 1;
    }
    Ok(row + 1)
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
        // The grid in the same parts as the PDF, a sheet each, then the register.
        for (i, part) in c.parts.iter().enumerate() {
            let name = if c.parts.len() > 1 {
                format!("{title} ч{}", i + 1)
            } else {
                title.clone()
            };
            let ws = book.add_worksheet();
            ws.set_name(sheet_name(&name, &mut used)).map_err(err)?;
            course_sheet(ws, &s, copy, c, *part, &footer)?;
        }
        let ws = book.add_worksheet();
        ws.set_name(sheet_name(&format!("{title} темы"), &mut used))
            .map_err(err)?;
        register_sheet(ws, &s, copy, c, &footer)?;
    }
    let ws = book.add_worksheet();
    ws.set_name(sheet_name("Сводная ведомость", &mut used))
        .map_err(err)?;
    summary_sheet(ws, &s, copy, &footer)?;
    let bytes = book.save_to_buffer().map_err(err)?;
    crate::output::write_file(path, &bytes)
}
