//! The columns of each import file and how a file's header row maps onto them.

use crate::domain::limits;
use crate::domain::text::fold_key;
use crate::input::Problems;

/// One column an import understands: its key, its Russian and English header, other
/// spellings seen in real files, and how many characters its cells may have.
#[derive(Debug, Clone, Copy)]
pub struct Column {
    pub key: &'static str,
    pub ru: &'static str,
    pub en: &'static str,
    pub aliases: &'static [&'static str],
    pub required: bool,
    pub max_chars: usize,
}

impl Column {
    pub const fn new(
        key: &'static str,
        ru: &'static str,
        en: &'static str,
        required: bool,
    ) -> Self {
        Column {
            key,
            ru,
            en,
            aliases: &[],
            required,
            max_chars: limits::CELL,
        }
    }

    /// Cells of this column may be this long ([`limits`]; at most [`limits::LONGEST`]).
    pub const fn max(mut self, chars: usize) -> Self {
        assert!(chars <= limits::LONGEST);
        self.max_chars = chars;
        self
    }

    pub const fn aka(mut self, aliases: &'static [&'static str]) -> Self {
        self.aliases = aliases;
        self
    }

    fn matches(&self, header: &str) -> bool {
        let h = normalize_header(header);
        h == normalize_header(self.ru)
            || h == normalize_header(self.en)
            || h == normalize_header(self.key)
            || self.aliases.iter().any(|a| h == normalize_header(a))
    }
}

/// Headers are compared trimmed, case-insensitively, `ё` = `е`, ignoring a trailing `*`
/// or `:` and treating `_` as a space.
fn normalize_header(s: &str) -> String {
    let t = s.trim().trim_end_matches(['*', ':', '.']).replace('_', " ");
    fold_key(&t)
}

/// Where each known column sits in the file, with the header text the file used.
#[derive(Debug, Clone)]
pub struct HeaderMap {
    positions: Vec<Position>,
}

#[derive(Debug, Clone)]
struct Position {
    key: &'static str,
    index: usize,
    label: String,
    max_chars: usize,
}

impl HeaderMap {
    /// Map a header row; None when a required column is missing.
    pub fn try_map(columns: &[Column], header: &[String]) -> Option<HeaderMap> {
        let mut positions = Vec::new();
        for col in columns {
            if let Some(i) = header.iter().position(|h| col.matches(h)) {
                positions.push(Position {
                    key: col.key,
                    index: i,
                    label: header[i].trim().to_string(),
                    max_chars: col.max_chars,
                });
            } else if col.required {
                return None;
            }
        }
        Some(HeaderMap { positions })
    }

    /// Report what is missing from (or doubled in) a header row.
    pub fn report(columns: &[Column], header: &[String], line: u64, problems: &mut Problems) {
        for col in columns {
            let found: Vec<_> = header.iter().filter(|h| col.matches(h)).collect();
            if found.is_empty() && col.required {
                problems.at(
                    line,
                    None,
                    format!("missing required column \"{}\" ({})", col.ru, col.en),
                );
            }
        }
    }

    /// How many known columns a row names.
    pub fn matches(columns: &[Column], header: &[String]) -> usize {
        columns
            .iter()
            .filter(|c| header.iter().any(|h| c.matches(h)))
            .count()
    }

    /// Columns that appear twice in the header.
    pub fn duplicates(columns: &[Column], header: &[String]) -> Vec<&'static str> {
        columns
            .iter()
            .filter(|c| header.iter().filter(|h| c.matches(h)).count() > 1)
            .map(|c| c.ru)
            .collect()
    }

    pub fn index(&self, key: &str) -> Option<usize> {
        self.positions
            .iter()
            .find(|p| p.key == key)
            .map(|p| p.index)
    }

    /// The header text the file used for a column (for messages).
    pub fn label(&self, key: &str) -> String {
        self.positions
            .iter()
            .find(|p| p.key == key)
            .map(|p| p.label.clone())
            .unwrap_or_else(|| key.to_string())
    }

    /// The known columns of the file: where each sits, its header text, and how long its
    /// cells may be.
    pub fn known(&self) -> impl Iterator<Item = (usize, &str, usize)> + '_ {
        self.positions
            .iter()
            .map(|p| (p.index, p.label.as_str(), p.max_chars))
    }

    /// One past the last known column: the cells an import reads.
    pub fn width(&self) -> usize {
        self.positions
            .iter()
            .map(|p| p.index + 1)
            .max()
            .unwrap_or(0)
    }

    pub fn has(&self, key: &str) -> bool {
        self.index(key).is_some()
    }
}
