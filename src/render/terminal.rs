//! Tables for people on a terminal: as wide as the terminal (its width on a tty, else
//! `COLUMNS`, else 100), numbers right-aligned with the decimal comma, long text wrapped.
//! A table that cannot fit shows the columns that matter first and says so on stderr;
//! `--wide` shows every column, one block per row when even that cannot fit. CSV and JSON,
//! for scripts, are never touched by any of this.

use std::io::{IsTerminal, Write};
use std::sync::OnceLock;

use anyhow::Result;
use comfy_table::{presets, CellAlignment, ColumnConstraint, ContentArrangement, Table, Width};
use unicode_width::UnicodeWidthStr;

use super::{Cell, Rows};

/// How tables are laid out in this run.
#[derive(Debug, Clone, Copy)]
pub struct Layout {
    pub width: usize,
    pub wide: bool,
    pub quiet: bool,
}

static LAYOUT: OnceLock<Layout> = OnceLock::new();

/// The width when nothing says otherwise (stdout is not a terminal, no `COLUMNS`).
pub const DEFAULT_WIDTH: usize = 100;
/// Text columns may wrap down to this width when columns are chosen.
const TEXT_MIN: usize = 18;

/// Set the layout once, from the global options.
pub fn configure(wide: bool, quiet: bool) {
    let _ = LAYOUT.set(Layout {
        width: terminal_width(),
        wide,
        quiet,
    });
}

fn layout() -> Layout {
    *LAYOUT.get_or_init(|| Layout {
        width: terminal_width(),
        wide: false,
        quiet: false,
    })
}

/// The terminal's width when stdout is one, else `COLUMNS`, else [`DEFAULT_WIDTH`].
fn terminal_width() -> usize {
    let stdout = std::io::stdout();
    if stdout.is_terminal() {
        if let Some((terminal_size::Width(w), _)) = terminal_size::terminal_size_of(&stdout) {
            return usize::from(w).max(40);
        }
    }
    std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.trim().parse::<usize>().ok())
        .filter(|w| *w >= 40)
        .unwrap_or(DEFAULT_WIDTH)
}

/// How narrow a column can get: its header's longest word (headers wrap at spaces), its
/// widest number or date (never wrapped), its text down to [`TEXT_MIN`]; plus the padding
/// and the border comfy-table draws.
fn min_width(rows: &Rows, texts: &[Vec<String>], c: usize) -> usize {
    let head = rows.columns[c]
        .title
        .split_whitespace()
        .map(UnicodeWidthStr::width)
        .max()
        .unwrap_or(0);
    let cells = rows
        .rows
        .iter()
        .zip(texts)
        .map(|(r, t)| {
            let w = t[c].lines().map(UnicodeWidthStr::width).max().unwrap_or(0);
            if matches!(r[c], Cell::Text(_) | Cell::Coded { .. }) {
                w.min(TEXT_MIN)
            } else {
                w
            }
        })
        .max()
        .unwrap_or(0);
    head.max(cells) + 3
}

/// Write rows as a table that fits the layout's width.
pub fn write_table(rows: &Rows, out: &mut dyn Write) -> Result<()> {
    let layout = layout();
    let texts: Vec<Vec<String>> = rows
        .rows
        .iter()
        .map(|r| r.iter().map(Cell::for_table).collect())
        .collect();
    let mins: Vec<usize> = (0..rows.columns.len())
        .map(|c| min_width(rows, &texts, c))
        .collect();
    let fits = |cols: &[usize]| cols.iter().map(|&c| mins[c]).sum::<usize>() < layout.width;
    let all: Vec<usize> = (0..rows.columns.len()).collect();
    if fits(&all) {
        return write_grid(rows, &texts, &all, layout.width, out);
    }
    // Every column: one block per row.
    if layout.wide || rows.rows.len() == 1 {
        return write_blocks(rows, &texts, out);
    }
    // The columns that matter first, then the others in their order, as many as fit.
    let mut order: Vec<usize> = rows
        .first
        .iter()
        .filter_map(|k| rows.columns.iter().position(|c| c.key == *k))
        .collect();
    let rest: Vec<usize> = all.iter().copied().filter(|c| !order.contains(c)).collect();
    order.extend(rest);
    // In that order until one does not fit (a later narrow column is not slipped in ahead
    // of a wider one that matters more).
    let mut shown: Vec<usize> = Vec::new();
    for c in order {
        let mut with = shown.clone();
        with.push(c);
        if !fits(&with) && !shown.is_empty() {
            break;
        }
        shown = with;
    }
    shown.sort_unstable();
    if !layout.quiet {
        eprintln!(
            "ejournal: {}",
            crate::t!(
                "table-too-wide",
                shown = shown.len(),
                total = rows.columns.len()
            )
        );
    }
    write_grid(rows, &texts, &shown, layout.width, out)
}

fn write_grid(
    rows: &Rows,
    texts: &[Vec<String>],
    cols: &[usize],
    width: usize,
    out: &mut dyn Write,
) -> Result<()> {
    let mut table = Table::new();
    table
        .load_preset(presets::UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_width(width.min(u16::MAX as usize) as u16)
        .set_header(cols.iter().map(|&c| rows.columns[c].title.as_str()));
    for (r, t) in rows.rows.iter().zip(texts) {
        table.add_row(cols.iter().map(|&c| {
            let cell = comfy_table::Cell::new(&t[c]);
            if r[c].is_number() {
                cell.set_alignment(CellAlignment::Right)
            } else {
                cell
            }
        }));
    }
    // Columns of numbers are as wide as their header's longest word or widest number, and
    // right-aligned; the text columns share the rest.
    for (i, &c) in cols.iter().enumerate() {
        let numeric = rows
            .rows
            .iter()
            .all(|r| r[c].is_number() || matches!(r[c], Cell::Null));
        let short = rows
            .rows
            .iter()
            .all(|r| matches!(r[c], Cell::Bool(_) | Cell::Date(_) | Cell::Null));
        if let (true, Some(column)) = (numeric || short, table.column_mut(i)) {
            if numeric {
                column.set_cell_alignment(CellAlignment::Right);
            }
            let content = (min_width(rows, texts, c) - 3) as u16;
            column.set_constraint(ColumnConstraint::Absolute(Width::Fixed(content + 2)));
        }
    }
    writeln!(out, "{table}")?;
    Ok(())
}

/// One block per row: `Заголовок: значение`, the titles aligned, a blank line between rows.
fn write_blocks(rows: &Rows, texts: &[Vec<String>], out: &mut dyn Write) -> Result<()> {
    let pad = rows
        .columns
        .iter()
        .map(|c| UnicodeWidthStr::width(c.title.as_str()))
        .max()
        .unwrap_or(0);
    for (i, t) in texts.iter().enumerate() {
        if i > 0 {
            writeln!(out)?;
        }
        if rows.rows.len() > 1 {
            writeln!(out, "— {} —", i + 1)?;
        }
        for (col, value) in rows.columns.iter().zip(t) {
            let gap = pad - UnicodeWidthStr::width(col.title.as_str());
            writeln!(out, "{}:{} {}", col.title, " ".repeat(gap), value)?;
        }
    }
    Ok(())
}
