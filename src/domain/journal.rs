//! A journal is real — the school's legal document, always on the system clock — or a
//! training journal (учебный журнал): a rehearsal copy or the demo, where "today" may be
//! fixed and every output says it is not a document.

/// What every output of a training journal says: tables and reports in their heading,
/// PDFs on every page, workbooks on every sheet.
pub const TRAINING_NOTICE: &str = "Учебный журнал — не является документом";

/// Real or training.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum JournalKind {
    #[default]
    Real,
    Training,
}

impl JournalKind {
    pub fn is_training(self) -> bool {
        self == JournalKind::Training
    }

    /// The notice outputs carry, if any.
    pub fn notice(self) -> Option<&'static str> {
        self.is_training().then_some(TRAINING_NOTICE)
    }
}
