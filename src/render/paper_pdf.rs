//! The paper copy drawn as a PDF: title page with contents, per course the grid (as many
//! pages as the dates and students need, names repeated on each) and the lesson register,
//! the summary sheet, and the signature block.

use anyhow::Result;

use super::pdf::{
    at, balanced_chunks, cell_text, Document, Metrics, Page, CONTENT_BOTTOM, MARGIN, PAGE_W,
};
use super::short::{period_short, subject_short};
use crate::domain::class_name::Grade;
use crate::domain::date::ru;
use crate::reports::paper::{CourseGrid, PaperCopy, SummaryRow};

const ROW_H: f64 = 5.4;
const TOP: f64 = 22.0;
const NO_W: f64 = 7.0;
const NAME_W: f64 = 50.0;
const DATE_W: f64 = 8.8;
const FINAL_W: f64 = 15.0;
const WIDTH: f64 = PAGE_W - 2.0 * MARGIN;

fn course_title(copy: &PaperCopy, c: &CourseGrid) -> String {
    let group = if c.group.is_empty() {
        String::new()
    } else {
        format!(" (группа {})", c.group)
    };
    format!(
        "{}{group} — {} класс, {}, {} уч. год",
        c.subject,
        copy.class,
        copy.period.ru(),
        copy.year
    )
}

/// One page of a course's grid: the date columns and the student rows it carries.
struct GridSlice {
    /// Date columns `c0..c1` of the course's.
    c0: usize,
    c1: usize,
    /// Student rows `r0..r1`.
    r0: usize,
    r1: usize,
    /// Which part of the dates this is (from 0), of how many.
    part: usize,
    parts: usize,
    /// The final-mark column: on the last part of the dates, when the grade has marks.
    with_final: bool,
}

impl GridSlice {
    fn cols(&self) -> usize {
        self.c1 - self.c0
    }

    fn table_w(&self) -> f64 {
        NO_W + NAME_W + self.cols() as f64 * DATE_W + if self.with_final { FINAL_W } else { 0.0 }
    }
}

/// Height of the grid's header row.
const GRID_HEADER_H: f64 = 10.0;

fn grid_pages(doc: &mut Document, m: &Metrics, copy: &PaperCopy, c: &CourseGrid) {
    let with_final = Grade(copy.grade).has_marks();
    let final_w = if with_final { FINAL_W } else { 0.0 };
    let per_page = (((WIDTH - NO_W - NAME_W - final_w) / DATE_W).floor() as usize).max(1);
    // Room for the teacher's line and the legend under the last rows.
    let rows_per_page =
        (((CONTENT_BOTTOM - 12.0 - TOP - GRID_HEADER_H) / ROW_H).floor() as usize).max(1);
    let col_chunks = balanced_chunks(c.columns.len(), per_page);
    let row_chunks = balanced_chunks(c.rows.len(), rows_per_page);
    let parts = col_chunks.len();
    for (part, &(c0, c1)) in col_chunks.iter().enumerate() {
        for &(r0, r1) in &row_chunks {
            let slice = GridSlice {
                c0,
                c1,
                r0,
                r1,
                part,
                parts,
                with_final: with_final && part + 1 == parts,
            };
            grid_page(doc.page(), m, copy, c, &slice);
        }
    }
}

/// One page of the grid: the course's title, the header row, the students' rows, the
/// legend and the teacher's signature.
fn grid_page(page: &mut Page, m: &Metrics, copy: &PaperCopy, c: &CourseGrid, s: &GridSlice) {
    page.text(
        MARGIN,
        MARGIN + 4.0,
        11.0,
        m.fit(&course_title(copy, c), 11.0, WIDTH - 90.0),
    );
    page.text_right(
        m,
        PAGE_W - MARGIN,
        MARGIN + 4.0,
        9.0,
        &m.fit(&format!("Учитель: {}", c.teacher), 9.0, 88.0),
    );
    if s.parts > 1 {
        page.text(
            MARGIN,
            MARGIN + 9.5,
            7.5,
            format!(
                "Даты {} – {} (часть {} из {})",
                c.columns[s.c0].0.format("%d.%m"),
                c.columns[s.c1 - 1].0.format("%d.%m"),
                s.part + 1,
                s.parts
            ),
        );
    }
    grid_header(page, m, copy, c, s);
    let y = grid_rows(page, m, c, s);
    // Vertical lines through the rows.
    let y0 = TOP + GRID_HEADER_H;
    let mut verticals = vec![MARGIN, MARGIN + NO_W];
    let mut vx = MARGIN + NO_W + NAME_W;
    for _ in 0..=s.cols() {
        verticals.push(vx);
        vx += DATE_W;
    }
    if s.with_final {
        verticals.push(MARGIN + s.table_w());
    }
    for vx in verticals {
        page.line(vx, y0, vx, y, 0.2);
    }
    page.line(MARGIN, y, MARGIN + s.table_w(), y, 0.3);
    if c.rows.is_empty() {
        page.text(MARGIN, y + 5.0, 8.0, "Нет учащихся в этом периоде.");
    }
    if c.columns.is_empty() {
        page.text(
            MARGIN,
            y + 5.0,
            8.0,
            "Нет проведённых уроков в этом периоде.",
        );
    }
    page.text(
        MARGIN,
        y + 5.0 + if c.rows.is_empty() || c.columns.is_empty() { 4.5 } else { 0.0 },
        7.0,
        "Н — неявка, Б — болезнь, У — уважительная причина, О — опоздание; серым — ученик не числился в классе (группе).",
    );
    page.text(
        MARGIN,
        y + 10.0,
        8.5,
        format!("Учитель: {} ____________________ (подпись)", c.teacher),
    );
}

/// The grid's header row: №, name, the dates, the period's final mark.
fn grid_header(page: &mut Page, m: &Metrics, copy: &PaperCopy, c: &CourseGrid, s: &GridSlice) {
    let (y0, header_h) = (TOP, GRID_HEADER_H);
    let mut x = MARGIN;
    page.rect(MARGIN, y0, s.table_w(), header_h, 0.3);
    cell_text(page, m, at(x, y0, NO_W, header_h), 8.0, "№");
    x += NO_W;
    page.line(x, y0, x, y0 + header_h, 0.3);
    cell_text(
        page,
        m,
        at(x, y0, NAME_W, header_h),
        8.0,
        "Фамилия, имя ученика",
    );
    x += NAME_W;
    for (i, (date, _)) in c.columns[s.c0..s.c1].iter().enumerate() {
        let cx = x + i as f64 * DATE_W;
        page.line(cx, y0, cx, y0 + header_h, 0.2);
        cell_text(
            page,
            m,
            at(cx, y0, DATE_W, header_h),
            7.0,
            &date.format("%d.%m").to_string(),
        );
    }
    x += s.cols() as f64 * DATE_W;
    if s.with_final {
        page.line(x, y0, x, y0 + header_h, 0.3);
        cell_text(
            page,
            m,
            at(x, y0, FINAL_W, header_h),
            7.0,
            period_short(copy.period),
        );
    }
}

/// The students' rows under the header; returns the `y` below the last.
fn grid_rows(page: &mut Page, m: &Metrics, c: &CourseGrid, s: &GridSlice) -> f64 {
    let mut y = TOP + GRID_HEADER_H;
    for row in &c.rows[s.r0..s.r1] {
        let mut x = MARGIN;
        page.line(MARGIN, y + ROW_H, MARGIN + s.table_w(), y + ROW_H, 0.2);
        cell_text(page, m, at(x, y, NO_W, ROW_H), 8.0, &row.no.to_string());
        x += NO_W;
        let name = if row.note.is_empty() {
            row.name.clone()
        } else {
            format!("{} ({})", row.name, row.note)
        };
        let sz = m.shrink(&name, 8.0, 6.0, NAME_W - 1.5);
        page.text(
            x + 0.8,
            y + ROW_H / 2.0 + sz * 0.13,
            sz,
            m.fit(&name, sz, NAME_W - 1.5),
        );
        x += NAME_W;
        for (i, cell) in row.cells[s.c0..s.c1].iter().enumerate() {
            let cx = x + i as f64 * DATE_W;
            if cell.outside {
                page.shade(cx + 0.1, y + 0.1, DATE_W - 0.2, ROW_H - 0.2);
            }
            cell_text(page, m, at(cx, y, DATE_W, ROW_H), 8.0, &cell.text);
        }
        x += s.cols() as f64 * DATE_W;
        if s.with_final {
            cell_text(page, m, at(x, y, FINAL_W, ROW_H), 9.0, &row.final_mark);
        }
        y += ROW_H;
    }
    y
}

fn register_pages(doc: &mut Document, m: &Metrics, copy: &PaperCopy, c: &CourseGrid) {
    let widths = [16.0, 8.0, 118.0, 95.0, WIDTH - 16.0 - 8.0 - 118.0 - 95.0];
    let titles = ["Дата", "№", "Тема урока", "Домашнее задание", "Замена"];
    let size = 8.0;
    let line_h = 3.6;
    let header_h = 6.0;
    let mut page_open = false;
    let mut y = 0.0;
    let start_page = |doc: &mut Document| -> f64 {
        let page = doc.page();
        page.text(
            MARGIN,
            MARGIN + 4.0,
            11.0,
            m.fit(
                &format!("Темы уроков и задания на дом: {}", course_title(copy, c)),
                11.0,
                WIDTH,
            ),
        );
        let mut x = MARGIN;
        page.rect(MARGIN, TOP, WIDTH, header_h, 0.3);
        for (w, t) in widths.iter().zip(titles) {
            cell_text(page, m, at(x, TOP, *w, header_h), 8.0, t);
            x += w;
            page.line(x, TOP, x, TOP + header_h, 0.2);
        }
        TOP + header_h
    };
    if c.register.is_empty() {
        y = start_page(doc);
        if let Some(p) = doc.pages.last_mut() {
            p.text(
                MARGIN,
                y + 5.0,
                8.0,
                "Нет проведённых уроков в этом периоде.",
            );
        }
        return;
    }
    for r in &c.register {
        let cells = [
            vec![ru(r.date)],
            vec![r.lesson_no.to_string()],
            m.wrap(&r.topic, size, widths[2] - 2.0),
            m.wrap(&r.homework, size, widths[3] - 2.0),
            m.wrap(&r.substitute, size, widths[4] - 2.0),
        ];
        let lines = cells.iter().map(Vec::len).max().unwrap_or(1);
        let h = lines as f64 * line_h + 1.6;
        if !page_open || y + h > CONTENT_BOTTOM {
            y = start_page(doc);
            page_open = true;
        }
        let page = doc.pages.last_mut().expect("a page is open");
        let mut x = MARGIN;
        for (w, cell) in widths.iter().zip(&cells) {
            for (i, line) in cell.iter().enumerate() {
                page.text(
                    x + 1.0,
                    y + 1.0 + (i as f64 + 0.8) * line_h,
                    size,
                    line.clone(),
                );
            }
            page.line(x, y, x, y + h, 0.2);
            x += w;
        }
        page.line(x, y, x, y + h, 0.2);
        page.line(MARGIN, y + h, MARGIN + WIDTH, y + h, 0.2);
        y += h;
    }
}

/// The summary sheet's columns.
struct SummaryLayout {
    /// Subject columns.
    n: usize,
    subj_w: f64,
    table_w: f64,
}

/// Width of each of the two missed-lessons columns.
const MISS_W: f64 = 17.0;
/// Height of the summary's header row.
const SUMMARY_HEADER_H: f64 = 14.0;

fn summary_pages(doc: &mut Document, m: &Metrics, copy: &PaperCopy) {
    let n = copy.summary.subjects.len();
    let subj_w = if n == 0 {
        0.0
    } else {
        ((WIDTH - NO_W - NAME_W - 2.0 * MISS_W) / n as f64).min(16.0)
    };
    let layout = SummaryLayout {
        n,
        subj_w,
        table_w: NO_W + NAME_W + n as f64 * subj_w + 2.0 * MISS_W,
    };
    let rows_per_page =
        (((CONTENT_BOTTOM - 40.0 - TOP - SUMMARY_HEADER_H) / ROW_H).floor() as usize).max(1);
    let chunks: Vec<&[SummaryRow]> = if copy.summary.rows.is_empty() {
        vec![&[]]
    } else {
        copy.summary.rows.chunks(rows_per_page).collect()
    };
    let mut last_y = TOP;
    for rows in chunks {
        last_y = summary_page(doc.page(), m, copy, &layout, rows);
    }
    signatures(doc, copy, last_y);
}

/// One page of the summary sheet; returns the `y` below its last row.
fn summary_page(
    page: &mut Page,
    m: &Metrics,
    copy: &PaperCopy,
    layout: &SummaryLayout,
    rows: &[SummaryRow],
) -> f64 {
    let SummaryLayout { n, subj_w, table_w } = *layout;
    let title = if !Grade(copy.grade).has_marks() {
        format!(
            "Сводная ведомость пропусков уроков — {} класс, {}, {} уч. год",
            copy.class,
            copy.period_label(),
            copy.year
        )
    } else {
        format!(
            "Сводная ведомость итоговых отметок и пропусков — {} класс, {}, {} уч. год",
            copy.class,
            copy.period_label(),
            copy.year
        )
    };
    page.text(MARGIN, MARGIN + 4.0, 11.0, m.fit(&title, 11.0, WIDTH));
    let y0 = TOP;
    summary_header(page, m, copy, layout);
    let mut y = y0 + SUMMARY_HEADER_H;
    for r in rows {
        let mut x = MARGIN;
        cell_text(page, m, at(x, y, NO_W, ROW_H), 8.0, &r.no.to_string());
        x += NO_W;
        page.text(
            x + 0.8,
            y + ROW_H / 2.0 + 1.0,
            8.0,
            m.fit(&r.name, 8.0, NAME_W - 1.5),
        );
        x += NAME_W;
        for f in &r.finals {
            cell_text(page, m, at(x, y, subj_w, ROW_H), 8.5, f);
            x += subj_w;
        }
        cell_text(page, m, at(x, y, MISS_W, ROW_H), 8.5, &r.missed.to_string());
        cell_text(
            page,
            m,
            at(x + MISS_W, y, MISS_W, ROW_H),
            8.5,
            &r.missed_ill.to_string(),
        );
        page.line(MARGIN, y + ROW_H, MARGIN + table_w, y + ROW_H, 0.2);
        y += ROW_H;
    }
    let mut vx = MARGIN + (NO_W + NAME_W);
    let mut xs = vec![MARGIN, MARGIN + NO_W, vx];
    for _ in 0..n {
        vx += subj_w;
        xs.push(vx);
    }
    xs.push(vx + MISS_W);
    xs.push(vx + 2.0 * MISS_W);
    for vx in xs {
        page.line(vx, y0 + SUMMARY_HEADER_H, vx, y, 0.2);
    }
    y
}

/// The summary's header row: №, name, a column per subject, missed lessons.
fn summary_header(page: &mut Page, m: &Metrics, copy: &PaperCopy, layout: &SummaryLayout) {
    let (y0, header_h, subj_w) = (TOP, SUMMARY_HEADER_H, layout.subj_w);
    page.rect(MARGIN, y0, layout.table_w, header_h, 0.3);
    let mut x = MARGIN;
    cell_text(page, m, at(x, y0, NO_W, header_h), 8.0, "№");
    x += NO_W;
    page.line(x, y0, x, y0 + header_h, 0.2);
    cell_text(
        page,
        m,
        at(x, y0, NAME_W, header_h),
        8.0,
        "Фамилия, имя ученика",
    );
    x += NAME_W;
    for s in &copy.summary.subjects {
        page.line(x, y0, x, y0 + header_h, 0.2);
        let short = subject_short(s);
        let lines = m.wrap(&short, 6.5, subj_w - 1.0);
        for (i, l) in lines.iter().take(4).enumerate() {
            let ly = y0 + 3.5 + i as f64 * 2.8;
            page.text_centered(m, x + subj_w / 2.0, ly, 6.5, &m.fit(l, 6.5, subj_w - 0.6));
        }
        x += subj_w;
    }
    page.line(x, y0, x, y0 + header_h, 0.3);
    page.text_centered(m, x + MISS_W, y0 + 3.5, 6.5, "Пропущено уроков");
    page.line(x, y0 + 5.0, x + 2.0 * MISS_W, y0 + 5.0, 0.2);
    cell_text(
        page,
        m,
        at(x, y0 + 5.0, MISS_W, header_h - 5.0),
        7.0,
        "всего",
    );
    page.line(x + MISS_W, y0 + 5.0, x + MISS_W, y0 + header_h, 0.2);
    cell_text(
        page,
        m,
        at(x + MISS_W, y0 + 5.0, MISS_W, header_h - 5.0),
        7.0,
        "по болезни",
    );
}

/// The signature block: on the summary's last page below `last_y` when it fits.
fn signatures(doc: &mut Document, copy: &PaperCopy, last_y: f64) {
    let needed = 38.0;
    let start = if last_y + needed > CONTENT_BOTTOM {
        doc.page();
        TOP
    } else {
        last_y + 8.0
    };
    let page = doc.pages.last_mut().expect("a page exists");
    let lines = [
        ("Директор", copy.director.as_str()),
        ("Заместитель директора по УВР", copy.deputy.as_str()),
        ("Классный руководитель", copy.class_teacher.as_str()),
    ];
    for (i, (role, name)) in lines.iter().enumerate() {
        let y = start + i as f64 * 8.0;
        page.text(MARGIN, y, 9.5, role.to_string());
        page.line(MARGIN + 62.0, y + 0.8, MARGIN + 112.0, y + 0.8, 0.2);
        page.text(MARGIN + 116.0, y, 9.5, name.to_string());
    }
    let y = start + 3.0 * 8.0 + 2.0;
    page.text(MARGIN, y, 9.5, "М.П.");
    page.text(
        MARGIN + 116.0,
        y,
        9.5,
        format!("Дата печати: {}", ru(copy.printed_on)),
    );
    page.text(
        MARGIN + 116.0,
        y + 6.0,
        8.0,
        format!("Отпечаток журнала: {}", copy.fingerprint),
    );
}

/// Lay out and draw the whole copy.
pub fn render(copy: &PaperCopy) -> Result<(Vec<u8>, usize)> {
    let m = Metrics::new()?;
    let mut body = Document::new(format!(
        "{} — {} {}",
        copy.class,
        copy.period.ru(),
        copy.year
    ));
    let mut contents: Vec<(String, usize)> = Vec::new();
    for c in &copy.courses {
        let group = if c.group.is_empty() {
            String::new()
        } else {
            format!(" (группа {})", c.group)
        };
        contents.push((format!("{}{group}", c.subject), body.pages.len() + 2));
        grid_pages(&mut body, &m, copy, c);
        register_pages(&mut body, &m, copy, c);
    }
    contents.push(("Сводная ведомость".into(), body.pages.len() + 2));
    summary_pages(&mut body, &m, copy);

    // The title page goes first; page numbers above already count it.
    let mut doc = Document::new(body.title.clone());
    let page = doc.page();
    let cx = PAGE_W / 2.0;
    page.text_centered(&m, cx, 24.0, 13.0, &copy.school);
    page.text_centered(&m, cx, 42.0, 20.0, "Бумажная копия электронного журнала");
    page.text_centered(&m, cx, 54.0, 16.0, &format!("{} класс", copy.class));
    page.text_centered(&m, cx, 63.0, 12.0, &format!("{} учебный год", copy.year));
    page.text_centered(&m, cx, 71.0, 12.0, &copy.period_label());
    page.text_centered(
        &m,
        cx,
        80.0,
        11.0,
        &format!("Классный руководитель: {}", copy.class_teacher),
    );
    let mut y = 95.0;
    page.text(MARGIN + 40.0, y, 10.0, "Содержание");
    y += 6.0;
    let col_h = 5.2;
    let per_col = ((super::pdf::CONTENT_BOTTOM - y) / col_h).floor() as usize;
    for (i, (title, page_no)) in contents.iter().enumerate() {
        let col = i / per_col.max(1);
        let row = i % per_col.max(1);
        let x = MARGIN + 40.0 + col as f64 * 110.0;
        let yy = y + row as f64 * col_h;
        page.text(x, yy, 9.0, m.fit(title, 9.0, 85.0));
        page.text_right(&m, x + 100.0, yy, 9.0, &format!("стр. {page_no}"));
    }
    doc.pages.extend(body.pages);
    let pages = doc.pages.len();
    let footer = format!(
        "{} · {} класс · {} · {} уч. год",
        copy.school,
        copy.class,
        copy.period.ru(),
        copy.year
    );
    doc.footer_right = format!("отпечаток {} · ", copy.fingerprint);
    Ok((doc.render(&footer, copy.kind.notice())?, pages))
}
