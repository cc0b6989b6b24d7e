//! Exit codes, and the error kinds that choose them. An error's *type* decides its exit
//! code ([`Error::code`]), never the call site: `main` maps a `Result` to an exit code in
//! one place ([`exit_code`]); everything else returns `anyhow` errors that carry an
//! [`Error`] somewhere in their chain (or none: a plain failure, exit 1).

use std::fmt;

/// Everything went well.
pub const EXIT_OK: i32 = 0;
/// The command failed.
pub const EXIT_FAILURE: i32 = 1;
/// The command line was wrong.
pub const EXIT_USAGE: i32 = 2;
/// A report found shortfalls and `--fail-on-issues` was given.
pub const EXIT_ISSUES: i32 = 3;
/// Input data was refused (sysexits `EX_DATAERR`).
pub const EXIT_DATA: i32 = 65;
/// The journal is busy: another process holds the write lock (sysexits `EX_TEMPFAIL`).
pub const EXIT_BUSY: i32 = 75;
/// Not allowed for this actor: not on the staff, or without the role the action needs
/// (sysexits `EX_NOPERM`).
pub const EXIT_NOT_ALLOWED: i32 = 77;

/// What kind of thing a name on the command line or in a file should have named.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NameKind {
    Class,
    Subject,
    Group,
    Student,
    Teacher,
    WorkType,
    Period,
    Lesson,
}

impl NameKind {
    pub const ALL: [NameKind; 8] = [
        NameKind::Class,
        NameKind::Subject,
        NameKind::Group,
        NameKind::Student,
        NameKind::Teacher,
        NameKind::WorkType,
        NameKind::Period,
        NameKind::Lesson,
    ];

    /// The stable English key (the column a file problem is reported under).
    pub fn key(self) -> &'static str {
        match self {
            NameKind::Class => "class",
            NameKind::Subject => "subject",
            // Reported beside the subject: a file may have no group column at all.
            NameKind::Group => "subject",
            NameKind::Student => "student",
            NameKind::Teacher => "teacher",
            NameKind::WorkType => "work_type",
            NameKind::Period => "period",
            // A lesson is named by its date (and number).
            NameKind::Lesson => "date",
        }
    }
}

/// A name that does not lead to exactly one thing in the journal: nobody by that name,
/// several namesakes, a class without that subject, a day without that lesson. On the
/// command line it is a usage error (exit 2); in a file it is one of the row's problems.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unresolved {
    pub kind: NameKind,
    pub message: String,
}

impl Unresolved {
    pub fn new(kind: NameKind, message: impl Into<String>) -> Unresolved {
        Unresolved {
            kind,
            message: message.into(),
        }
    }

    /// The message with "did you mean …?" when a known name is close to the one given.
    pub fn did_you_mean(mut self, closest: Option<&str>) -> Unresolved {
        if let Some(name) = closest {
            self.message.push(' ');
            self.message
                .push_str(&crate::t!("error-did-you-mean", name = name));
        }
        self
    }
}

impl fmt::Display for Unresolved {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

/// One thing wrong with a request: the column it is about, and either a name that does not
/// resolve or a rule the request breaks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Miss {
    Unresolved(Unresolved),
    Rule {
        column: &'static str,
        message: String,
    },
}

impl Miss {
    pub fn rule(column: &'static str, message: impl Into<String>) -> Miss {
        Miss::Rule {
            column,
            message: message.into(),
        }
    }

    pub fn column(&self) -> &'static str {
        match self {
            Miss::Unresolved(u) => u.kind.key(),
            Miss::Rule { column, .. } => column,
        }
    }

    pub fn message(&self) -> &str {
        match self {
            Miss::Unresolved(u) => &u.message,
            Miss::Rule { message, .. } => message,
        }
    }
}

impl From<Unresolved> for Miss {
    fn from(u: Unresolved) -> Miss {
        Miss::Unresolved(u)
    }
}

/// Everything wrong with one request.
pub type Misses = Vec<Miss>;

/// The errors that decide an exit code other than 1.
#[derive(Debug)]
pub enum Error {
    /// A request that does not make sense (a missing option, a period a class does not
    /// have, an environment variable that is not honoured here). Exit 2.
    Usage(String),
    /// A name on the command line that does not resolve. Exit 2.
    Unresolved(Unresolved),
    /// Input data refused: a file's rows, or a request that breaks a rule of the journal
    /// (a locked date, a mark beside an absence). The details may already be on stderr.
    /// Exit 65.
    Refused(String),
    /// A request with several problems: exit 2 when any is an unresolved name (the user
    /// named something that is not there), else 65.
    Rejected(Misses),
    /// A report found shortfalls and `--fail-on-issues` asked to fail on them. Exit 3.
    Shortfalls(String),
    /// The actor may not do this: not a member of staff, or without the role the action
    /// needs. The message names the actor, the role he has and the role it needs. Exit 77.
    NotAllowed(String),
    /// A value stored in the journal that does not read back: the file was changed outside
    /// the tool, or is damaged. Exit 1.
    Stored {
        table: &'static str,
        row: String,
        message: String,
    },
}

impl Error {
    /// The exit code this error ends the process with.
    pub fn code(&self) -> i32 {
        match self {
            Error::Usage(_) | Error::Unresolved(_) => EXIT_USAGE,
            Error::Refused(_) => EXIT_DATA,
            Error::Rejected(misses) => {
                if misses.iter().any(|m| matches!(m, Miss::Unresolved(_))) {
                    EXIT_USAGE
                } else {
                    EXIT_DATA
                }
            }
            Error::Shortfalls(_) => EXIT_ISSUES,
            Error::NotAllowed(_) => EXIT_NOT_ALLOWED,
            Error::Stored { .. } => EXIT_FAILURE,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Usage(m) | Error::Refused(m) | Error::Shortfalls(m) | Error::NotAllowed(m) => {
                f.write_str(m)
            }
            Error::Unresolved(u) => f.write_str(&u.message),
            Error::Rejected(misses) => {
                // Names that do not resolve first: they explain the rest.
                let mut sorted: Vec<&Miss> = misses
                    .iter()
                    .filter(|m| matches!(m, Miss::Unresolved(_)))
                    .collect();
                sorted.extend(misses.iter().filter(|m| matches!(m, Miss::Rule { .. })));
                let text: Vec<String> = sorted
                    .iter()
                    .map(|m| {
                        crate::t!(
                            "error-miss",
                            column = column_label(m.column()),
                            message = m.message()
                        )
                    })
                    .collect();
                f.write_str(&text.join("; "))
            }
            Error::Stored {
                table,
                row,
                message,
            } => f.write_str(&crate::t!(
                "error-stored",
                table = *table,
                row = row.as_str(),
                message = message.as_str()
            )),
        }
    }
}

impl std::error::Error for Error {}

/// A column key ([`NameKind::key`], a rule's column) as the user reads it in a message;
/// files and JSON keep the key itself.
pub fn column_label(key: &str) -> String {
    let id = match key {
        "class" => "error-column-class",
        "subject" => "error-column-subject",
        "student" => "error-column-student",
        "teacher" => "error-column-teacher",
        "work_type" => "error-column-work-type",
        "period" => "error-column-period",
        "date" => "error-column-date",
        "code" => "error-column-code",
        "mark" => "error-column-mark",
        "group" => "error-column-group",
        _ => return key.to_string(),
    };
    crate::i18n::message(id, &[])
}

/// What the migrations' triggers say when they refuse a write (`RAISE(ABORT, '…')`), each
/// with its catalogue message. The text itself is the English message, kept as it is: the
/// code recognises refusals by it (`db::lock`, `db::permits`).
const TRIGGER_MESSAGES: &[(&str, &str)] = &[
    (
        "ejournal: an import batch is opened once, with both bounds",
        "trigger-batch-opened-once",
    ),
    ("ejournal: date locked", "trigger-date-locked"),
    ("ejournal: period locked", "trigger-period-locked"),
    ("ejournal: calendar locked", "trigger-calendar-locked"),
    (
        "ejournal: period has final marks",
        "trigger-period-has-finals",
    ),
    (
        "ejournal: outside the entry window",
        "trigger-outside-window",
    ),
    (
        "ejournal: a mark beside an absence",
        "trigger-mark-beside-absence",
    ),
    (
        "ejournal: permit_id is not the session's permit",
        "trigger-permit-not-sessions",
    ),
    (
        "ejournal: the journal kind (real or training) is set once, by init",
        "trigger-journal-kind-once",
    ),
    (
        "the audit trail cannot be changed",
        "trigger-audit-unchangeable",
    ),
    (
        "ejournal: audit records are written by the journal's triggers",
        "trigger-audit-by-triggers",
    ),
    (
        "ejournal: the history is never rewritten",
        "trigger-history-never-rewritten",
    ),
    (
        "ejournal: a mark's entry is never rewritten",
        "trigger-entry-never-rewritten",
    ),
    (
        "ejournal: the chain is never rewritten",
        "trigger-chain-never-rewritten",
    ),
    (
        "ejournal: the chain is sealed by ejournal",
        "trigger-chain-sealed",
    ),
    (
        "ejournal: a recorded lesson stays in the journal",
        "trigger-recorded-lesson-stays",
    ),
    (
        "ejournal: a lesson's record is never changed",
        "trigger-lesson-record-unchanged",
    ),
    (
        "ejournal: a recorded lesson keeps the topic it was given with",
        "trigger-recorded-lesson-topic",
    ),
    (
        "ejournal: a lesson is recorded on its day or later",
        "trigger-lesson-recorded-on-day",
    ),
    (
        "ejournal: a lesson is recorded by the write that records it",
        "trigger-lesson-recorded-by-write",
    ),
    (
        "the session row may not be deleted: every write of the journal names its actor there",
        "trigger-session-row-kept",
    ),
    (
        "ejournal: the lock is moved with `ejournal lock` and `ejournal unlock`",
        "trigger-lock-by-command",
    ),
    (
        "ejournal: settings are changed, never replaced",
        "trigger-settings-not-replaced",
    ),
    (
        "ejournal: settings are changed, never deleted",
        "trigger-settings-not-deleted",
    ),
    (
        "ejournal: a permit cannot be changed, only revoked",
        "trigger-permit-unchangeable",
    ),
    (
        "ejournal: a permit is never deleted (revoke it)",
        "trigger-permit-never-deleted",
    ),
];

/// Every text a trigger raises, with its catalogue id (for the tests).
pub fn trigger_messages() -> &'static [(&'static str, &'static str)] {
    TRIGGER_MESSAGES
}

/// A trigger's refusal in the user's language; None for any other text.
pub fn trigger_message(text: &str) -> Option<String> {
    TRIGGER_MESSAGES
        .iter()
        .find(|(said, _)| *said == text)
        .map(|(_, id)| crate::i18n::message(id, &[]))
}

/// An error with its causes, as `{:#}` writes it (`context: cause: …`), with the triggers'
/// refusals in the user's language: what `main` prints. A refusal is the trigger's sentence
/// alone: SQLite's code under it ("Error code 19: constraint failed") says nothing more.
pub fn describe(err: &anyhow::Error) -> String {
    let mut parts = Vec::new();
    let mut chain = err.chain();
    while let Some(e) = chain.next() {
        if let Some(rusqlite::Error::SqliteFailure(_, Some(msg))) =
            e.downcast_ref::<rusqlite::Error>()
        {
            if let Some(text) = trigger_message(msg) {
                parts.push(text);
                // The code under the message (rusqlite's `source`).
                chain.next();
                continue;
            }
        }
        parts.push(e.to_string());
    }
    parts.join(": ")
}

impl From<Unresolved> for Error {
    fn from(u: Unresolved) -> Error {
        Error::Unresolved(u)
    }
}

impl From<Unresolved> for anyhow::Error {
    fn from(u: Unresolved) -> anyhow::Error {
        anyhow::Error::new(Error::Unresolved(u))
    }
}

/// Shorthand: fail with input data refused (exit 65).
pub fn refused(msg: impl Into<String>) -> anyhow::Error {
    anyhow::Error::new(Error::Refused(msg.into()))
}

/// Shorthand: fail with a usage error (exit 2).
pub fn usage(msg: impl Into<String>) -> anyhow::Error {
    anyhow::Error::new(Error::Usage(msg.into()))
}

/// Shorthand: a name that does not resolve (exit 2).
pub fn unresolved(kind: NameKind, msg: impl Into<String>) -> anyhow::Error {
    anyhow::Error::new(Error::Unresolved(Unresolved::new(kind, msg)))
}

/// Every problem of one request as one error (exit 2 if a name did not resolve, else 65).
pub fn rejected(misses: Misses) -> anyhow::Error {
    anyhow::Error::new(Error::Rejected(misses))
}

/// Shorthand: the actor may not do this (exit 77).
pub fn not_allowed(msg: impl Into<String>) -> anyhow::Error {
    anyhow::Error::new(Error::NotAllowed(msg.into()))
}

/// Shorthand: a report found shortfalls (exit 3).
pub fn shortfalls(msg: impl Into<String>) -> anyhow::Error {
    anyhow::Error::new(Error::Shortfalls(msg.into()))
}

/// A stored value that does not read back (exit 1), naming the table and the row.
pub fn stored(table: &'static str, row: impl fmt::Display, message: impl Into<String>) -> Error {
    Error::Stored {
        table,
        row: row.to_string(),
        message: message.into(),
    }
}

/// True when the error is a write to a closed stdout (`ejournal … | head`).
pub fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|e| {
        e.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

fn is_busy(err: &anyhow::Error) -> bool {
    err.chain().any(|e| {
        matches!(
            e.downcast_ref::<rusqlite::Error>(),
            Some(rusqlite::Error::SqliteFailure(f, _))
                if matches!(f.code, rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked)
        )
    })
}

/// The exit code for an error: the first [`Error`] in its chain decides; SQLite's busy
/// is 75; anything else is 1.
pub fn exit_code(err: &anyhow::Error) -> i32 {
    if is_broken_pipe(err) {
        return EXIT_OK;
    }
    if let Some(e) = err.chain().find_map(|e| e.downcast_ref::<Error>()) {
        return e.code();
    }
    if is_busy(err) {
        EXIT_BUSY
    } else {
        EXIT_FAILURE
    }
}

/// A one-line hint printed after the error for the codes that have one.
pub fn hint(err: &anyhow::Error) -> Option<String> {
    is_busy(err).then(|| crate::t!("hint-busy"))
}

/// A file's row problem is just the message; the column says what kind it was.
impl From<Unresolved> for String {
    fn from(u: Unresolved) -> String {
        u.message
    }
}
