//! The paper copy drawn as a PDF: title page with contents, per course the grid (as many
//! pages as the dates and students need, names repeated on each) and the lesson register,
//! the summary sheet, and the signature block.

use crate::domain::class_name::Grade;
use anyhow::Result;

use super::pdf::{Document, Metrics, Page, CONTENT_BOTTOM, MARGIN, PAGE_W};
use crate::domain::calendar::PeriodCode;
use crate::domain::date::ru;
use crate::reports::paper::{CourseGrid, PaperCopy};

const ROW_H: f64 = 5.4;
const TOP: f64 = 22.0;
const NO_W: f64 = 7.0;
const NAME_W: f64 = 50.0;
const DATE_W: f64 = 8.8;
const FINAL_W: f64 = 15.0;
const WIDTH: f64 = PAGE_W - 2.0 * MARGIN;

/// Short header of a period's final-mark column.
pub fn period_short(p: PeriodCode) -> &'static str {
    match p {
        PeriodCode::Q1 => "I четв.",
        PeriodCode::Q2 => "II четв.",
        PeriodCode::Q3 => "III четв.",
        PeriodCode::Q4 => "IV четв.",
        PeriodCode::H1 => "I полуг.",
        PeriodCode::H2 => "II полуг.",
        PeriodCode::Y => "Год",
    }
}

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

/// Draw text centred in a cell, shrinking it to fit.
/// A cell's box on the page.
#[derive(Clone, Copy)]
struct Rect {
    x: f64,
    y: f64,
    w: f64,
    h: f64,
}

fn at(x: f64, y: f64, w: f64, h: f64) -> Rect {
    Rect { x, y, w, h }
}

fn cell_text(page: &mut Page, m: &Metrics, r: Rect, size: f64, text: &str) {
    let Rect { x, y, w, h } = r;
    if text.is_empty() {
        return;
    }
    let sz = m.shrink(text, size, 5.0, w - 1.0);
    let text = m.fit(text, sz, w - 0.8);
    page.text_centered(m, x + w / 2.0, y + h / 2.0 + sz * 0.13, sz, &text);
}

/// Split `n` items into as few chunks of at most `max` as possible, evenly sized (so no
/// page carries a lone date column).
fn balanced_chunks(n: usize, max: usize) -> Vec<(usize, usize)> {
    if n == 0 {
        return vec![(0, 0)];
    }
    let chunks = n.div_ceil(max.max(1));
    let size = n.div_ceil(chunks);
    (0..n)
        .step_by(size)
        .map(|a| (a, (a + size).min(n)))
        .collect()
}

fn grid_pages(doc: &mut Document, m: &Metrics, copy: &PaperCopy, c: &CourseGrid) {
    let with_final = Grade(copy.grade).has_marks();
    let final_w = if with_final { FINAL_W } else { 0.0 };
    let per_page = (((WIDTH - NO_W - NAME_W - final_w) / DATE_W).floor() as usize).max(1);
    let header_h = 10.0;
    // Room for the teacher's line and the legend under the last rows.
    let rows_per_page =
        (((CONTENT_BOTTOM - 12.0 - TOP - header_h) / ROW_H).floor() as usize).max(1);
    let col_chunks = balanced_chunks(c.columns.len(), per_page);
    let row_chunks = balanced_chunks(c.rows.len(), rows_per_page);
    let n_col_chunks = col_chunks.len();
    for (ci, &(c0, c1)) in col_chunks.iter().enumerate() {
        let last_cols = ci + 1 == n_col_chunks;
        for &(r0, r1) in &row_chunks {
            let page = doc.page();
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
            if n_col_chunks > 1 {
                page.text(
                    MARGIN,
                    MARGIN + 9.5,
                    7.5,
                    format!(
                        "Даты {} – {} (часть {} из {})",
                        c.columns[c0].0.format("%d.%m"),
                        c.columns[c1 - 1].0.format("%d.%m"),
                        ci + 1,
                        n_col_chunks
                    ),
                );
            }
            let y0 = TOP;
            let mut x = MARGIN;
            // Header row.
            let cols = c1 - c0;
            let table_w =
                NO_W + NAME_W + cols as f64 * DATE_W + if last_cols { final_w } else { 0.0 };
            page.rect(MARGIN, y0, table_w, header_h, 0.3);
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
            for (i, (date, _)) in c.columns[c0..c1].iter().enumerate() {
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
            x += cols as f64 * DATE_W;
            if last_cols && with_final {
                page.line(x, y0, x, y0 + header_h, 0.3);
                cell_text(
                    page,
                    m,
                    at(x, y0, FINAL_W, header_h),
                    7.0,
                    period_short(copy.period),
                );
            }
            // Student rows.
            let mut y = y0 + header_h;
            for row in &c.rows[r0..r1] {
                let mut x = MARGIN;
                page.line(MARGIN, y + ROW_H, MARGIN + table_w, y + ROW_H, 0.2);
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
                for (i, cell) in row.cells[c0..c1].iter().enumerate() {
                    let cx = x + i as f64 * DATE_W;
                    if cell.outside {
                        page.shade(cx + 0.1, y + 0.1, DATE_W - 0.2, ROW_H - 0.2);
                    }
                    cell_text(page, m, at(cx, y, DATE_W, ROW_H), 8.0, &cell.text);
                }
                x += cols as f64 * DATE_W;
                if last_cols && with_final {
                    cell_text(page, m, at(x, y, FINAL_W, ROW_H), 9.0, &row.final_mark);
                }
                y += ROW_H;
            }
            // Vertical lines through the rows.
            let mut vx = MARGIN;
            let mut verticals = vec![vx];
            vx += NO_W;
            verticals.push(vx);
            vx += NAME_W;
            for _ in 0..=cols {
                verticals.push(vx);
                vx += DATE_W;
            }
            if last_cols && with_final {
                verticals.push(MARGIN + table_w);
            }
            for vx in verticals {
                page.line(vx, y0 + header_h, vx, y, 0.2);
            }
            page.line(MARGIN, y, MARGIN + table_w, y, 0.3);
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
    }
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

/// Standard abbreviations of subject names for narrow columns.
fn subject_short(s: &str) -> String {
    let known = [
        ("Русский язык", "Рус. яз."),
        ("Литературное чтение", "Лит. чт."),
        ("Литература", "Литер."),
        ("Английский язык", "Англ. яз."),
        ("Математика", "Матем."),
        ("Алгебра", "Алгебра"),
        ("Геометрия", "Геометр."),
        ("Вероятность и статистика", "Вер. и ст."),
        ("Информатика", "Информ."),
        ("История", "История"),
        ("Обществознание", "Общест."),
        ("География", "Геогр."),
        ("Биология", "Биол."),
        ("Физика", "Физика"),
        ("Химия", "Химия"),
        ("Физическая культура", "Физ-ра"),
        ("Изобразительное искусство", "ИЗО"),
        ("Музыка", "Музыка"),
        ("Труд (технология)", "Труд"),
        ("Окружающий мир", "Окр. мир"),
        ("Индивидуальный проект", "Инд. пр."),
    ];
    known
        .iter()
        .find(|(k, _)| *k == s)
        .map(|(_, v)| v.to_string())
        .unwrap_or_else(|| s.to_string())
}

fn summary_pages(doc: &mut Document, m: &Metrics, copy: &PaperCopy) {
    let n = copy.summary.subjects.len();
    let miss_w = 17.0;
    let subj_w = if n == 0 {
        0.0
    } else {
        ((WIDTH - NO_W - NAME_W - 2.0 * miss_w) / n as f64).min(16.0)
    };
    let header_h = 14.0;
    let rows_per_page =
        (((CONTENT_BOTTOM - 40.0 - TOP - header_h) / ROW_H).floor() as usize).max(1);
    let table_w = NO_W + NAME_W + n as f64 * subj_w + 2.0 * miss_w;
    let chunks: Vec<&[crate::reports::paper::SummaryRow]> = if copy.summary.rows.is_empty() {
        vec![&[]]
    } else {
        copy.summary.rows.chunks(rows_per_page).collect()
    };
    let mut last_y = TOP;
    for rows in chunks {
        let page = doc.page();
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
        page.rect(MARGIN, y0, table_w, header_h, 0.3);
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
        page.text_centered(m, x + miss_w, y0 + 3.5, 6.5, "Пропущено уроков");
        page.line(x, y0 + 5.0, x + 2.0 * miss_w, y0 + 5.0, 0.2);
        cell_text(
            page,
            m,
            at(x, y0 + 5.0, miss_w, header_h - 5.0),
            7.0,
            "всего",
        );
        page.line(x + miss_w, y0 + 5.0, x + miss_w, y0 + header_h, 0.2);
        cell_text(
            page,
            m,
            at(x + miss_w, y0 + 5.0, miss_w, header_h - 5.0),
            7.0,
            "по болезни",
        );
        let mut y = y0 + header_h;
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
            cell_text(page, m, at(x, y, miss_w, ROW_H), 8.5, &r.missed.to_string());
            cell_text(
                page,
                m,
                at(x + miss_w, y, miss_w, ROW_H),
                8.5,
                &r.missed_ill.to_string(),
            );
            page.line(MARGIN, y + ROW_H, MARGIN + table_w, y + ROW_H, 0.2);
            y += ROW_H;
        }
        let mut vx = MARGIN;
        let mut xs = vec![vx, vx + NO_W];
        vx += NO_W + NAME_W;
        xs.push(vx);
        for _ in 0..n {
            vx += subj_w;
            xs.push(vx);
        }
        xs.push(vx + miss_w);
        xs.push(vx + 2.0 * miss_w);
        for vx in xs {
            page.line(vx, y0 + header_h, vx, y, 0.2);
        }
        last_y = y;
    }
    // The signature block: on the summary's last page when it fits.
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
    Ok((doc.render(&footer)?, pages))
}
