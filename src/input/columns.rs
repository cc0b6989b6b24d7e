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
    /// Required columns a file may leave out when it has this one (a single `ФИО` column
    /// stands for `Фамилия`, `Имя`, …).
    pub stands_for: &'static [&'static str],
    /// Columns that may not appear beside this one: the file would say the same thing
    /// twice, and which one counts would be a guess.
    pub excludes: &'static [&'static str],
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
            stands_for: &[],
            excludes: &[],
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

    pub const fn stands_for(mut self, keys: &'static [&'static str]) -> Self {
        self.stands_for = keys;
        self
    }

    pub const fn excludes(mut self, keys: &'static [&'static str]) -> Self {
        self.excludes = keys;
        self
    }

    /// An alternative to other columns (a template writes the usual ones, not this).
    pub fn is_alternative(&self) -> bool {
        !self.stands_for.is_empty()
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

/// The header of a column that only numbers the rows.
const NUMBERING: [&str; 6] = ["№", "№ п/п", "№п/п", "п/п", "n п/п", "номер"];

/// The column of the header that stands in for a missing required one, if any.
fn stand_in<'c>(columns: &'c [Column], header: &[String], missing: &Column) -> Option<&'c Column> {
    columns
        .iter()
        .find(|c| c.stands_for.contains(&missing.key) && header.iter().any(|h| c.matches(h)))
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
            } else if col.required && stand_in(columns, header, col).is_none() {
                return None;
            }
        }
        Some(HeaderMap { positions })
    }

    /// Report what is missing from (or doubled in) a header row.
    pub fn report(columns: &[Column], header: &[String], line: u64, problems: &mut Problems) {
        for col in columns {
            let found: Vec<_> = header.iter().filter(|h| col.matches(h)).collect();
            if found.is_empty() && col.required && stand_in(columns, header, col).is_none() {
                let or: Vec<String> = columns
                    .iter()
                    .filter(|c| c.stands_for.contains(&col.key))
                    .map(|c| crate::t!("input-missing-column-or", column = c.ru))
                    .collect();
                problems.at(
                    line,
                    None,
                    crate::t!(
                        "input-missing-column",
                        column = col.ru,
                        key = col.en,
                        or = or.concat()
                    ),
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

    /// Columns that may not stand side by side (`ФИО` beside `Фамилия`): for each such
    /// column of the header, its text and the texts of the ones it excludes.
    pub fn conflicts(columns: &[Column], header: &[String]) -> Vec<(String, Vec<String>)> {
        let text = |key: &str| {
            let col = columns.iter().find(|c| c.key == key)?;
            header
                .iter()
                .find(|h| col.matches(h))
                .map(|h| h.trim().to_string())
        };
        columns
            .iter()
            .filter(|c| !c.excludes.is_empty())
            .filter_map(|c| {
                let mine = text(c.key)?;
                let others: Vec<String> = c.excludes.iter().filter_map(|k| text(k)).collect();
                (!others.is_empty()).then_some((mine, others))
            })
            .collect()
    }

    /// Header cells that name no column of the kind (a numbering column, `№` or `№ п/п`,
    /// is not counted: it is there for people, not for the import).
    pub fn unknown(columns: &[Column], header: &[String]) -> Vec<String> {
        header
            .iter()
            .map(|h| h.trim())
            .filter(|h| !h.is_empty())
            .filter(|h| !columns.iter().any(|c| c.matches(h)))
            .filter(|h| !NUMBERING.contains(&normalize_header(h).as_str()))
            .map(str::to_string)
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
