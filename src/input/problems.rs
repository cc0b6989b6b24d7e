//! Bad rows, collected for the whole file and printed as `FILE:LINE: column: what is wrong`.

use std::io::Write;

#[derive(Debug, Clone)]
pub struct Problem {
    pub line: Option<u64>,
    pub column: Option<String>,
    pub message: String,
    pub kind: ProblemKind,
}

/// Why a row is bad: its data (the file is refused, 65), or its actor may not write it
/// (77), so a script tells a wrong file from a wrong person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProblemKind {
    Data,
    NotAllowed,
}

/// Every problem found in one file.
#[derive(Debug)]
pub struct Problems {
    pub file: String,
    pub list: Vec<Problem>,
}

impl Problems {
    /// A file with this many problems is not read further: the list would only be longer,
    /// and a file made of bad rows costs no more than this to refuse.
    pub const MAX: usize = 1_000;

    pub fn new(file: impl Into<String>) -> Problems {
        Problems {
            file: file.into(),
            list: Vec::new(),
        }
    }

    /// A problem in one cell (or, with `column` None, the whole row).
    pub fn at(&mut self, line: u64, column: Option<&str>, message: impl Into<String>) {
        self.list.push(Problem {
            line: Some(line),
            column: column.map(str::to_string),
            message: message.into(),
            kind: ProblemKind::Data,
        });
    }

    /// A row the actor may not write (a course he does not teach, a reason he may not set).
    pub fn not_allowed_at(&mut self, line: u64, column: &str, message: impl Into<String>) {
        self.list.push(Problem {
            line: Some(line),
            column: Some(column.to_string()),
            message: message.into(),
            kind: ProblemKind::NotAllowed,
        });
    }

    /// A problem with the file as a whole.
    pub fn file(&mut self, message: impl Into<String>) {
        self.list.push(Problem {
            line: None,
            column: None,
            message: message.into(),
            kind: ProblemKind::Data,
        });
    }

    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    pub fn len(&self) -> usize {
        self.list.len()
    }

    /// Is any of them a row the actor may not write?
    pub fn any_not_allowed(&self) -> bool {
        self.list.iter().any(|p| p.kind == ProblemKind::NotAllowed)
    }

    /// The lines of the report, one per problem.
    pub fn lines(&self) -> impl Iterator<Item = String> + '_ {
        self.list.iter().map(|p| {
            let mut s = self.file.clone();
            if let Some(line) = p.line {
                s.push_str(&format!(":{line}"));
            }
            s.push_str(": ");
            if let Some(col) = &p.column {
                s.push_str(col);
                s.push_str(": ");
            }
            s.push_str(&p.message);
            s
        })
    }

    /// Print every problem to stderr, control characters escaped (a line may quote a cell).
    pub fn print(&self) {
        let stderr = std::io::stderr();
        let mut err = stderr.lock();
        for line in self.lines() {
            let _ = writeln!(err, "{}", crate::domain::text::printable(&line));
        }
    }

    /// Rows that have at least one problem.
    pub fn bad_rows(&self) -> usize {
        let mut lines: Vec<_> = self.list.iter().filter_map(|p| p.line).collect();
        lines.dedup();
        lines.len()
    }
}
