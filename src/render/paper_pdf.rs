//! The paper copy drawn as a PDF: the title page with the contents, per course the grid (its
//! date columns in the model's parts, stacked while a page has room, names on every page)
//! and the lesson register, the summary sheet, the totals by subject, the period's remarks,
//! and the certification with the signatures.

use anyhow::Result;

use super::pdf::{at, cell_text, Document, Metrics, Page, CONTENT_BOTTOM, MARGIN, PAGE_W};
use super::short::{period_short, subject_short};
use crate::domain::class_name::Grade;
use crate::domain::date::ru;
use crate::reports::paper::{balanced_parts, CourseGrid, PaperCopy, SubjectTotals, SummaryRow};

const ROW_H: f64 = 5.4;
const TOP: f64 = 22.0;
const NO_W: f64 = 7.0;
const NAME_W: f64 = 50.0;
const DATE_W: f64 = 8.8;
const FINAL_W: f64 = 15.0;
const WIDTH: f64 = PAGE_W - 2.0 * MARGIN;
/// Height of the grid's header row.
const GRID_HEADER_H: f64 = 10.0;
/// Height of the line naming a part of the dates above its block.
const PART_LABEL_H: f64 = 4.5;
/// Blocks of the grid end here: the legend and the teacher's line go below.
const BLOCK_BOTTOM: f64 = CONTENT_BOTTOM - 15.0;
/// Space between two blocks stacked on one page.
const BLOCK_GAP: f64 = 4.0;

/// "Математика (группа 1)"
fn course_name(c: &CourseGrid) -> String {
    format!("{}{}", c.subject, crate::db::resolve::group_label(&c.group))
}

fn course_title(copy: &PaperCopy, c: &CourseGrid) -> String {
    format!(
        "{} — {} класс, {}, {} уч. год",
        course_name(c),
        copy.class,
        copy.period.ru(),
        copy.year
    )
}

/// A number as Russian print writes it: "95,8".
fn num(v: Option<f64>, digits: usize) -> String {
    match v {
        Some(v) => format!("{v:.digits$}").replace('.', ","),
        None => "—".into(),
    }
}

/// "1 лист", "2 листа", "40 листов".
fn sheets(n: usize) -> String {
    let word = match (n % 10, n % 100) {
        (_, 11..=14) => "листов",
        (1, _) => "лист",
        (2..=4, _) => "листа",
        _ => "листов",
    };
    format!("{n} {word}")
}

/// One block of a course's grid: the date columns and the student rows it carries.
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
    /// The class is split over pages by rows too.
    row_split: bool,
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

    fn labelled(&self) -> bool {
        self.parts > 1 || self.row_split
    }

    fn height(&self) -> f64 {
        let label = if self.labelled() { PART_LABEL_H } else { 0.0 };
        label + GRID_HEADER_H + (self.r1 - self.r0) as f64 * ROW_H
    }
}

/// The grid of a course: its parts (and, for a long list, its rows) as blocks, stacked on
/// a page while the next fits, so no page is left half empty.
fn grid_pages(doc: &mut Document, m: &Metrics, copy: &PaperCopy, c: &CourseGrid) {
    let with_final = Grade(copy.grade).has_marks();
    let rows_per_block =
        (((BLOCK_BOTTOM - TOP - PART_LABEL_H - GRID_HEADER_H) / ROW_H).floor() as usize).max(1);
    let row_chunks = balanced_parts(c.rows.len(), rows_per_block);
    let parts = c.parts.len();
    let mut y: Option<f64> = None;
    for (part, &(c0, c1)) in c.parts.iter().enumerate() {
        for &(r0, r1) in &row_chunks {
            let slice = GridSlice {
                c0,
                c1,
                r0,
                r1,
                part,
                parts,
                row_split: row_chunks.len() > 1,
                with_final: with_final && part + 1 == parts,
            };
            let top = match y {
                Some(y) if y + BLOCK_GAP + slice.height() <= BLOCK_BOTTOM => y + BLOCK_GAP,
                _ => {
                    if let Some(y) = y {
                        grid_legend(doc.pages.last_mut().expect("a page is open"), c, y);
                    }
                    grid_page_header(doc.page(), m, copy, c);
                    TOP
                }
            };
            let page = doc.pages.last_mut().expect("a page is open");
            y = Some(grid_block(page, m, copy, c, &slice, top));
        }
    }
    if let Some(y) = y {
        grid_legend(doc.pages.last_mut().expect("a page is open"), c, y);
    }
}

/// The course's title, its teacher, and the lessons by plan and given.
fn grid_page_header(page: &mut Page, m: &Metrics, copy: &PaperCopy, c: &CourseGrid) {
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
    page.text(
        MARGIN,
        MARGIN + 9.5,
        8.0,
        format!(
            "Часов по плану за период: {}   Проведено уроков (записано учителем): {}",
            c.planned, c.given
        ),
    );
}

/// The legend of the codes and the teacher's line to sign, below `y`.
fn grid_legend(page: &mut Page, c: &CourseGrid, y: f64) {
    if c.rows.is_empty() {
        page.text(MARGIN, y + 4.0, 8.0, "Нет учащихся в этом периоде.");
    } else if c.columns.is_empty() {
        page.text(
            MARGIN,
            y + 4.0,
            8.0,
            "Нет проведённых уроков в этом периоде.",
        );
    }
    let y = if c.rows.is_empty() || c.columns.is_empty() {
        y + 4.0
    } else {
        y
    };
    page.text(
        MARGIN,
        y + 4.5,
        7.0,
        "Н — неявка, Б — болезнь, У — уважительная причина, О — опоздание (не пропуск); серым — ученик не числился в классе (группе).",
    );
    page.text(
        MARGIN,
        y + 8.0,
        7.0,
        "К над датой (столбец с серым заголовком) — контрольная работа: урок с отметками вида «Контрольная работа» или с темой, начинающейся словами «Контрольная работа».",
    );
    page.text(
        MARGIN,
        y + 13.0,
        8.5,
        format!("Учитель: {} ____________________ (подпись)", c.teacher),
    );
}

/// One block at `top`: the part's label, the header row, the students' rows; returns the
/// `y` below it.
fn grid_block(
    page: &mut Page,
    m: &Metrics,
    copy: &PaperCopy,
    c: &CourseGrid,
    s: &GridSlice,
    top: f64,
) -> f64 {
    let mut y0 = top;
    if s.labelled() {
        let mut label = String::new();
        if s.parts > 1 && s.c1 > s.c0 {
            label = format!(
                "Даты {} – {} (часть {} из {})",
                c.columns[s.c0].date.format("%d.%m"),
                c.columns[s.c1 - 1].date.format("%d.%m"),
                s.part + 1,
                s.parts
            );
        }
        if s.row_split {
            label = format!("{label}  Ученики № {}–{}", s.r0 + 1, s.r1)
                .trim()
                .to_string();
        }
        page.text(MARGIN, y0 + 3.0, 7.5, label);
        y0 += PART_LABEL_H;
    }
    grid_header(page, m, copy, c, s, y0);
    let y = grid_rows(page, m, c, s, y0 + GRID_HEADER_H);
    // Vertical lines through the rows.
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
        page.line(vx, y0 + GRID_HEADER_H, vx, y, 0.2);
    }
    page.line(MARGIN, y, MARGIN + s.table_w(), y, 0.3);
    y
}

/// The grid's header row at `y0`: №, name, the dates (a control work's with «К» above it on
/// grey), the period's final mark.
fn grid_header(
    page: &mut Page,
    m: &Metrics,
    copy: &PaperCopy,
    c: &CourseGrid,
    s: &GridSlice,
    y0: f64,
) {
    let header_h = GRID_HEADER_H;
    let mut x = MARGIN + NO_W + NAME_W;
    // Shading first: it is painted over what is drawn before it.
    for (i, col) in c.columns[s.c0..s.c1].iter().enumerate() {
        if col.control {
            page.shade(
                x + i as f64 * DATE_W + 0.1,
                y0 + 0.1,
                DATE_W - 0.2,
                header_h - 0.2,
            );
        }
    }
    x = MARGIN;
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
    for (i, col) in c.columns[s.c0..s.c1].iter().enumerate() {
        let cx = x + i as f64 * DATE_W;
        page.line(cx, y0, cx, y0 + header_h, 0.2);
        let date = col.date.format("%d.%m").to_string();
        if col.control {
            page.text_centered(m, cx + DATE_W / 2.0, y0 + 3.6, 7.5, "К");
            cell_text(
                page,
                m,
                at(cx, y0 + 3.0, DATE_W, header_h - 3.0),
                7.0,
                &date,
            );
        } else {
            cell_text(page, m, at(cx, y0, DATE_W, header_h), 7.0, &date);
        }
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

/// The students' rows from `y`; returns the `y` below the last.
fn grid_rows(page: &mut Page, m: &Metrics, c: &CourseGrid, s: &GridSlice, mut y: f64) -> f64 {
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

/// A table laid out over pages: a title and a header row on each, rows of wrapped text.
struct Table<'a> {
    title: String,
    widths: &'a [f64],
    titles: &'a [&'a str],
    size: f64,
    header_h: f64,
}

const LINE_H: f64 = 3.6;

impl Table<'_> {
    fn start_page(&self, doc: &mut Document, m: &Metrics) -> f64 {
        let page = doc.page();
        page.text(MARGIN, MARGIN + 4.0, 11.0, m.fit(&self.title, 11.0, WIDTH));
        self.header(page, m, TOP)
    }

    /// The header row at `y`; returns the `y` below it.
    fn header(&self, page: &mut Page, m: &Metrics, y: f64) -> f64 {
        let mut x = MARGIN;
        let w: f64 = self.widths.iter().sum();
        page.rect(MARGIN, y, w, self.header_h, 0.3);
        for (w, t) in self.widths.iter().zip(self.titles) {
            let lines = m.wrap(t, 7.5, w - 1.0);
            let top = y + (self.header_h - lines.len() as f64 * 3.0) / 2.0 + 2.3;
            for (i, l) in lines.iter().enumerate() {
                page.text_centered(m, x + w / 2.0, top + i as f64 * 3.0, 7.5, l);
            }
            x += w;
            page.line(x, y, x, y + self.header_h, 0.2);
        }
        y + self.header_h
    }

    /// Draw the rows, from `y` on the last page (`None`: on a new page); returns the `y`
    /// below the last.
    fn rows(&self, doc: &mut Document, m: &Metrics, y: Option<f64>, rows: &[Vec<String>]) -> f64 {
        let mut y = match y {
            Some(y) if y + self.header_h + 2.0 * LINE_H < CONTENT_BOTTOM => {
                let page = doc.pages.last_mut().expect("a page is open");
                page.text(MARGIN, y + 5.0, 11.0, m.fit(&self.title, 11.0, WIDTH));
                self.header(page, m, y + 8.0)
            }
            _ => self.start_page(doc, m),
        };
        let w: f64 = self.widths.iter().sum();
        for row in rows {
            let cells: Vec<Vec<String>> = self
                .widths
                .iter()
                .zip(row)
                .map(|(w, t)| m.wrap(t, self.size, w - 2.0))
                .collect();
            let lines = cells.iter().map(Vec::len).max().unwrap_or(1);
            let h = lines as f64 * LINE_H + 1.6;
            if y + h > CONTENT_BOTTOM {
                y = self.start_page(doc, m);
            }
            let page = doc.pages.last_mut().expect("a page is open");
            let mut x = MARGIN;
            for (cw, cell) in self.widths.iter().zip(&cells) {
                for (i, line) in cell.iter().enumerate() {
                    page.text(
                        x + 1.0,
                        y + 1.0 + (i as f64 + 0.8) * LINE_H,
                        self.size,
                        line.clone(),
                    );
                }
                page.line(x, y, x, y + h, 0.2);
                x += cw;
            }
            page.line(x, y, x, y + h, 0.2);
            page.line(MARGIN, y + h, MARGIN + w, y + h, 0.2);
            y += h;
        }
        y
    }
}

/// The lesson register: the running number of the lesson in the period, date, topic,
/// homework, the substitute, and a column for the teacher's signature.
fn register_pages(doc: &mut Document, m: &Metrics, copy: &PaperCopy, c: &CourseGrid) {
    let table = Table {
        title: format!("Темы уроков и задания на дом: {}", course_title(copy, c)),
        widths: &[9.0, 18.0, 100.0, 80.0, 40.0, WIDTH - 247.0],
        titles: &[
            "№",
            "Дата",
            "Тема урока",
            "Домашнее задание",
            "Замена",
            "Подпись учителя",
        ],
        size: 8.0,
        header_h: 6.0,
    };
    if c.register.is_empty() {
        let y = table.start_page(doc, m);
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
    let rows: Vec<Vec<String>> = c
        .register
        .iter()
        .map(|r| {
            vec![
                r.n.to_string(),
                ru(r.date),
                r.topic.clone(),
                r.homework.clone(),
                r.substitute.clone(),
                String::new(),
            ]
        })
        .collect();
    table.rows(doc, m, None, &rows);
}

/// The summary sheet's columns.
struct SummaryLayout {
    /// Subject columns.
    n: usize,
    subj_w: f64,
    table_w: f64,
}

/// Width of each of the four missed-lessons columns.
const MISS_W: f64 = 11.0;
const MISS_COLS: [&str; 4] = ["всего", "по бол.", "по ув. пр.", "без ув. пр."];
/// Height of the summary's header row.
const SUMMARY_HEADER_H: f64 = 14.0;

fn summary_pages(doc: &mut Document, m: &Metrics, copy: &PaperCopy) -> f64 {
    let n = copy.summary.subjects.len();
    let miss_w = 4.0 * MISS_W;
    let subj_w = if n == 0 {
        0.0
    } else {
        ((WIDTH - NO_W - NAME_W - miss_w) / n as f64).min(16.0)
    };
    let layout = SummaryLayout {
        n,
        subj_w,
        table_w: NO_W + NAME_W + n as f64 * subj_w + miss_w,
    };
    let rows_per_page =
        (((CONTENT_BOTTOM - TOP - SUMMARY_HEADER_H) / ROW_H).floor() as usize).max(1);
    let chunks: Vec<&[SummaryRow]> = if copy.summary.rows.is_empty() {
        vec![&[]]
    } else {
        balanced_parts(copy.summary.rows.len(), rows_per_page)
            .into_iter()
            .map(|(a, b)| &copy.summary.rows[a..b])
            .collect()
    };
    let mut last_y = TOP;
    for rows in chunks {
        last_y = summary_page(doc.page(), m, copy, &layout, rows);
    }
    last_y
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
        let sz = m.shrink(&r.name, 8.0, 6.0, NAME_W - 1.5);
        page.text(
            x + 0.8,
            y + ROW_H / 2.0 + sz * 0.13,
            sz,
            m.fit(&r.name, sz, NAME_W - 1.5),
        );
        x += NAME_W;
        for f in &r.finals {
            cell_text(page, m, at(x, y, subj_w, ROW_H), 8.5, f);
            x += subj_w;
        }
        let missed = r.missed;
        for v in [missed.all, missed.ill, missed.excused, missed.unexcused] {
            cell_text(page, m, at(x, y, MISS_W, ROW_H), 8.5, &v.to_string());
            x += MISS_W;
        }
        page.line(MARGIN, y + ROW_H, MARGIN + table_w, y + ROW_H, 0.2);
        y += ROW_H;
    }
    let mut vx = MARGIN + (NO_W + NAME_W);
    let mut xs = vec![MARGIN, MARGIN + NO_W, vx];
    for _ in 0..n {
        vx += subj_w;
        xs.push(vx);
    }
    for _ in 0..4 {
        vx += MISS_W;
        xs.push(vx);
    }
    for vx in xs {
        page.line(vx, y0 + SUMMARY_HEADER_H, vx, y, 0.2);
    }
    y
}

/// The summary's header row: №, name, a column per subject, missed lessons by reason.
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
    page.text_centered(m, x + 2.0 * MISS_W, y0 + 3.5, 6.5, "Пропущено уроков");
    page.line(x, y0 + 5.0, x + 4.0 * MISS_W, y0 + 5.0, 0.2);
    for (i, t) in MISS_COLS.iter().enumerate() {
        let cx = x + i as f64 * MISS_W;
        if i > 0 {
            page.line(cx, y0 + 5.0, cx, y0 + header_h, 0.2);
        }
        cell_text(page, m, at(cx, y0 + 5.0, MISS_W, header_h - 5.0), 6.5, t);
    }
}

/// The totals by subject and for the class, on a page of their own; returns the `y` below.
fn totals_page(doc: &mut Document, m: &Metrics, copy: &PaperCopy) -> f64 {
    let table = Table {
        title: format!(
            "Итоги по предметам — {} класс, {}, {} уч. год",
            copy.class,
            copy.period_label(),
            copy.year
        ),
        widths: &[60.0, 70.0, 19.0, 21.0, 19.0, 18.0, 17.5, 17.5, 17.5, 17.5],
        titles: &[
            "Предмет",
            "Учитель",
            "Аттестовано",
            "Успеваемость, %",
            "Качество, %",
            "Средний балл",
            "Пропущено уроков: всего",
            "по болезни",
            "по уважительной причине",
            "без уважительной причины",
        ],
        size: 8.0,
        header_h: 12.0,
    };
    let row = |t: &SubjectTotals| {
        vec![
            t.subject.clone(),
            t.teacher.clone(),
            t.assessed.to_string(),
            num(t.pass_pct, 1),
            num(t.quality_pct, 1),
            num(t.average, 2),
            t.missed.all.to_string(),
            t.missed.ill.to_string(),
            t.missed.excused.to_string(),
            t.missed.unexcused.to_string(),
        ]
    };
    let mut rows: Vec<Vec<String>> = copy.totals.iter().map(row).collect();
    rows.push(row(&copy.class_totals));
    let y = table.rows(doc, m, None, &rows);
    let page = doc.pages.last_mut().expect("a page is open");
    let notes = [
        "Успеваемость — доля аттестованных с итоговой отметкой 5, 4, 3 или «зч»; качество — с отметками 4 и 5; средний балл — по числовым итоговым отметкам.",
        "По классу: успевающие — учащиеся без отметок 2, 1, «нз», «н/а»; качество — учащиеся только с отметками 4 и 5. Опоздание (О) не считается пропуском урока.",
    ];
    for (i, n) in notes.iter().enumerate() {
        page.text(MARGIN, y + 4.5 + i as f64 * 3.5, 7.0, m.fit(n, 7.0, WIDTH));
    }
    y + 4.5 + notes.len() as f64 * 3.5
}

/// The period's remarks, below `y` when they fit; returns the `y` below.
fn remarks_section(doc: &mut Document, m: &Metrics, copy: &PaperCopy, y: f64) -> f64 {
    let table = Table {
        title: format!("Замечания по ведению журнала за {}", copy.period.ru()),
        widths: &[10.0, 20.0, 42.0, 48.0, 92.0, 20.0, WIDTH - 232.0],
        titles: &[
            "№",
            "Дата",
            "Предмет",
            "Учитель",
            "Замечание",
            "Срок",
            "Состояние",
        ],
        size: 8.0,
        header_h: 6.0,
    };
    if copy.remarks.is_empty() {
        let page = doc.pages.last_mut().expect("a page is open");
        page.text(MARGIN, y + 6.0, 9.0, &table.title);
        page.text(MARGIN, y + 11.0, 8.5, "Замечаний за период нет.");
        return y + 12.0;
    }
    let rows: Vec<Vec<String>> = copy
        .remarks
        .iter()
        .map(|r| {
            vec![
                r.id.to_string(),
                ru(r.made_on),
                r.subject.clone(),
                r.teacher.clone(),
                r.text.clone(),
                ru(r.due),
                r.status.clone(),
            ]
        })
        .collect();
    table.rows(doc, m, Some(y), &rows)
}

/// The certification and the signatures, below `last_y` when they fit. Returns the page
/// and `y` of the certification line, written when the number of pages is known.
fn signatures(doc: &mut Document, copy: &PaperCopy, last_y: f64) -> (usize, f64) {
    let needed = 50.0;
    let start = if last_y + needed > CONTENT_BOTTOM {
        doc.page();
        TOP
    } else {
        last_y + 10.0
    };
    let at_page = doc.pages.len() - 1;
    let page = doc.pages.last_mut().expect("a page exists");
    let lines = [
        ("Директор", copy.director.as_str()),
        ("Заместитель директора по УВР", copy.deputy.as_str()),
        ("Классный руководитель", copy.class_teacher.as_str()),
    ];
    for (i, (role, name)) in lines.iter().enumerate() {
        let y = start + 8.0 + i as f64 * 8.0;
        page.text(MARGIN, y, 9.5, role.to_string());
        page.line(MARGIN + 62.0, y + 0.8, MARGIN + 112.0, y + 0.8, 0.2);
        page.text(MARGIN + 116.0, y, 9.5, name.to_string());
    }
    let y = start + 8.0 + 3.0 * 8.0 + 2.0;
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
    (at_page, start)
}

/// The title page: «Классный журнал», the class, year, period, class teacher, and the
/// contents (each course with its teacher, lessons by plan and given, and its page).
fn title_page(doc: &mut Document, m: &Metrics, copy: &PaperCopy, contents: &[Entry]) {
    let page = doc.page();
    let cx = PAGE_W / 2.0;
    page.text_centered(m, cx, 20.0, 12.0, &copy.school);
    page.text_centered(m, cx, 33.0, 22.0, "Классный журнал");
    page.text_centered(m, cx, 40.5, 12.0, "бумажная копия электронного журнала");
    page.text_centered(m, cx, 51.0, 16.0, &format!("{} класс", copy.class));
    page.text_centered(m, cx, 58.5, 11.5, &format!("{} учебный год", copy.year));
    page.text_centered(m, cx, 65.0, 11.5, &copy.period_label());
    page.text_centered(
        m,
        cx,
        72.0,
        11.0,
        &format!("Классный руководитель: {}", copy.class_teacher),
    );
    let x0 = MARGIN + 18.0;
    let cols = [(0.0, 88.0), (90.0, 80.0), (172.0, 26.0), (200.0, 26.0)];
    let mut y = 82.0;
    page.text(x0, y, 10.0, "Содержание");
    y += 5.0;
    let heads = ["Предмет", "Учитель", "Часов по плану", "Проведено"];
    for ((dx, _), h) in cols.iter().zip(heads) {
        page.text(x0 + dx, y, 7.5, h);
    }
    page.text_right(m, x0 + 241.0, y, 7.5, "Страница");
    page.line(x0, y + 1.2, x0 + 241.0, y + 1.2, 0.2);
    y += 4.6;
    let row_h = ((CONTENT_BOTTOM - y) / contents.len().max(1) as f64).min(4.6);
    let size = if row_h < 4.0 { 7.5 } else { 8.5 };
    for e in contents {
        let fields = [
            e.title.as_str(),
            e.teacher.as_str(),
            e.planned.as_deref().unwrap_or(""),
            e.given.as_deref().unwrap_or(""),
        ];
        for ((dx, w), f) in cols.iter().zip(fields) {
            page.text(x0 + dx, y, size, m.fit(f, size, *w));
        }
        page.text_right(m, x0 + 241.0, y, size, &format!("стр. {}", e.page));
        y += row_h;
    }
}

/// A line of the contents.
struct Entry {
    title: String,
    teacher: String,
    planned: Option<String>,
    given: Option<String>,
    page: usize,
}

impl Entry {
    fn part(title: &str, page: usize) -> Entry {
        Entry {
            title: title.into(),
            teacher: String::new(),
            planned: None,
            given: None,
            page,
        }
    }
}

/// Lay out and draw the whole copy; returns it and its number of pages.
pub fn render(copy: &PaperCopy) -> Result<(Vec<u8>, usize)> {
    let m = Metrics::new()?;
    let mut body = Document::new(format!(
        "{} — {} {}",
        copy.class,
        copy.period.ru(),
        copy.year
    ));
    // Page numbers count the title page, which is laid out last and put first.
    let mut contents: Vec<Entry> = Vec::new();
    for c in &copy.courses {
        contents.push(Entry {
            title: course_name(c),
            teacher: c.teacher.clone(),
            planned: Some(c.planned.to_string()),
            given: Some(c.given.to_string()),
            page: body.pages.len() + 2,
        });
        grid_pages(&mut body, &m, copy, c);
        register_pages(&mut body, &m, copy, c);
    }
    contents.push(Entry::part("Сводная ведомость", body.pages.len() + 2));
    summary_pages(&mut body, &m, copy);
    contents.push(Entry::part("Итоги по предметам", body.pages.len() + 2));
    let y = totals_page(&mut body, &m, copy);
    let remarks_page = body.pages.len() + 1;
    let y = remarks_section(&mut body, &m, copy, y);
    contents.push(Entry::part("Замечания по ведению журнала", remarks_page));
    let (cert_page, cert_y) = signatures(&mut body, copy, y);
    contents.push(Entry::part(
        "Заверительная надпись и подписи",
        cert_page + 2,
    ));

    let mut doc = Document::new(body.title.clone());
    title_page(&mut doc, &m, copy, &contents);
    doc.pages.extend(body.pages);
    let pages = doc.pages.len();
    // Known only now: every page is laid out.
    doc.pages[cert_page + 1].text(
        MARGIN,
        cert_y,
        10.0,
        format!(
            "В копии пронумеровано {}. Копия соответствует электронному журналу.",
            sheets(pages)
        ),
    );
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_part_of_the_dates_fits_the_page() {
        let w = NO_W + NAME_W + crate::reports::paper::DATES_PER_PART as f64 * DATE_W + FINAL_W;
        assert!(w <= WIDTH, "{w} mm of {WIDTH}");
        // And one more column would not: the part is as wide as the page allows.
        assert!(w + DATE_W > WIDTH);
    }

    #[test]
    fn sheets_in_russian() {
        assert_eq!(sheets(1), "1 лист");
        assert_eq!(sheets(3), "3 листа");
        assert_eq!(sheets(11), "11 листов");
        assert_eq!(sheets(40), "40 листов");
        assert_eq!(sheets(42), "42 листа");
    }
}
