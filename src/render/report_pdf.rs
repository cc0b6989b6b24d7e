//! A control report as a PDF to sign: the title, each section as a table whose columns are
//! sized to their contents (text wraps, headers wrap; a table too wide for the page shrinks
//! its type), the header row repeated on every page, page numbers, and the line for the
//! deputy's signature.

use anyhow::Result;

use super::pdf::{Document, Metrics, Page, CONTENT_BOTTOM, MARGIN, PAGE_W};
use super::report::Report;
use super::Cell;
use crate::domain::text::printable;

const LINE: f64 = 1.25; // line height, in multiples of the type size (pt → mm below)
const PT: f64 = 0.3528; // mm per point

/// Column widths for a table: each column's widest word or value at `size`, the text
/// columns given the room left over in proportion to their full text, all within `width`.
fn widths(m: &Metrics, head: &[&str], rows: &[Vec<String>], size: f64, width: f64) -> Vec<f64> {
    let pad = 2.0;
    let n = head.len();
    let longest_word = |s: &str| {
        s.split_whitespace()
            .map(|w| m.width(w, size))
            .fold(0.0, f64::max)
    };
    let mut min = vec![0.0f64; n];
    let mut full = vec![0.0f64; n];
    for (c, h) in head.iter().enumerate() {
        min[c] = longest_word(h).max(6.0) + pad;
        full[c] = min[c];
    }
    for row in rows {
        for (c, v) in row.iter().enumerate().take(n) {
            min[c] = min[c].max(longest_word(v).min(45.0) + pad);
            full[c] = full[c].max(m.width(v, size) + pad);
        }
    }
    let base: f64 = min.iter().sum();
    if base >= width {
        return min.iter().map(|w| w * width / base).collect();
    }
    let extra: f64 = full.iter().zip(&min).map(|(f, m)| f - m).sum();
    let room = width - base;
    min.iter()
        .zip(&full)
        .map(|(m, f)| {
            if extra <= 0.0 {
                m + room / n as f64
            } else {
                m + (f - m) / extra * room.min(extra)
            }
        })
        .collect()
}

/// The PDF of a report, every section a table.
pub fn report_pdf(report: &Report, footer: &str) -> Result<Vec<u8>> {
    let m = Metrics::new()?;
    let mut doc = Document::new(report.title.clone());
    let width = PAGE_W - 2.0 * MARGIN;
    let mut y = start_page(&mut doc, &m, report, true);
    for s in &report.sections {
        let head: Vec<&str> = s.rows.columns.iter().map(|c| c.title.as_str()).collect();
        let rows: Vec<Vec<String>> = s
            .rows
            .rows
            .iter()
            .map(|r| r.iter().map(Cell::for_table).collect())
            .collect();
        // The type shrinks for a wide table, down to 5.5 pt.
        let mut size = 7.5;
        let mut w = widths(&m, &head, &rows, size, width);
        while size > 5.5 && w.iter().sum::<f64>() > width + 0.01 {
            size -= 0.5;
            w = widths(&m, &head, &rows, size, width);
        }
        let line = size * PT * LINE;
        let wrap = |texts: &[String], sz: f64| -> Vec<Vec<String>> {
            texts
                .iter()
                .zip(&w)
                .map(|(t, cw)| m.wrap(t, sz, cw - 1.5))
                .collect()
        };
        let head_texts: Vec<String> = head.iter().map(|h| h.to_string()).collect();
        let head_lines = wrap(&head_texts, size);
        let head_h = head_lines.iter().map(Vec::len).max().unwrap_or(1) as f64 * line + 2.0;
        if y + 8.0 + head_h + line + 2.0 > CONTENT_BOTTOM {
            y = start_page(&mut doc, &m, report, false);
        }
        doc.pages.last_mut().expect("a page").text(
            MARGIN,
            y + 4.0,
            9.5,
            printable(&s.title).into_owned(),
        );
        y += 7.0;
        y = draw_row(
            doc.pages.last_mut().expect("a page"),
            &w,
            y,
            &head_lines,
            line,
            true,
        );
        for r in &rows {
            let lines = wrap(r, size);
            let h = lines.iter().map(Vec::len).max().unwrap_or(1) as f64 * line + 2.0;
            if y + h > CONTENT_BOTTOM {
                y = start_page(&mut doc, &m, report, false);
                y = draw_row(
                    doc.pages.last_mut().expect("a page"),
                    &w,
                    y,
                    &head_lines,
                    line,
                    true,
                );
            }
            y = draw_row(
                doc.pages.last_mut().expect("a page"),
                &w,
                y,
                &lines,
                line,
                false,
            );
        }
        y += 6.0;
    }
    if y + 22.0 > CONTENT_BOTTOM {
        y = start_page(&mut doc, &m, report, false);
    }
    let page = doc.pages.last_mut().expect("a page");
    page.text(
        MARGIN,
        y + 8.0,
        9.0,
        "Заместитель директора ____________________ / ______________________ /",
    );
    page.text(MARGIN, y + 16.0, 9.0, "«____» ______________ 20___ г.");
    doc.render(footer, report.notice)
}

/// A new page; the first carries the report's title. Returns where the content begins.
fn start_page(doc: &mut Document, m: &Metrics, report: &Report, first: bool) -> f64 {
    let page = doc.page();
    if first {
        let lines = m.wrap(&printable(&report.title), 12.0, PAGE_W - 2.0 * MARGIN);
        let mut y = MARGIN + 5.0;
        for l in lines {
            page.text(MARGIN, y, 12.0, l);
            y += 6.0;
        }
        y + 2.0
    } else {
        MARGIN
    }
}

/// One table row at `y`, its cells' lines; the header is shaded. Returns the next row's y.
fn draw_row(
    page: &mut Page,
    w: &[f64],
    y: f64,
    cells: &[Vec<String>],
    line: f64,
    head: bool,
) -> f64 {
    let h = cells.iter().map(Vec::len).max().unwrap_or(1) as f64 * line + 2.0;
    let size = line / (PT * LINE);
    let mut x = MARGIN;
    for (c, cw) in w.iter().enumerate() {
        if head {
            page.shade(x, y, *cw, h);
        }
        page.rect(x, y, *cw, h, 0.15);
        if let Some(lines) = cells.get(c) {
            for (i, l) in lines.iter().enumerate() {
                page.text(x + 0.75, y + 1.0 + line * (i as f64 + 0.8), size, l.clone());
            }
        }
        x += cw;
    }
    y + h
}
