//! Exit codes, and the error kinds that choose them. `main` maps a `Result` to an exit
//! code in one place ([`exit_code`]); everything else just returns `anyhow` errors.

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

/// Input data that was refused; the details were already printed to stderr.
#[derive(Debug)]
pub struct Refused(pub String);

impl fmt::Display for Refused {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}
impl std::error::Error for Refused {}

/// A request that does not make sense (a period a class does not have, a missing option).
#[derive(Debug)]
pub struct Usage(pub String);

impl fmt::Display for Usage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}
impl std::error::Error for Usage {}

/// Shorthand: fail with input data refused.
pub fn refused(msg: impl Into<String>) -> anyhow::Error {
    anyhow::Error::new(Refused(msg.into()))
}

/// Shorthand: fail with a usage error.
pub fn usage(msg: impl Into<String>) -> anyhow::Error {
    anyhow::Error::new(Usage(msg.into()))
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

/// The exit code for an error.
pub fn exit_code(err: &anyhow::Error) -> i32 {
    if is_broken_pipe(err) {
        EXIT_OK
    } else if err.chain().any(|e| e.is::<Refused>()) {
        EXIT_DATA
    } else if err.chain().any(|e| e.is::<Usage>()) {
        EXIT_USAGE
    } else if is_busy(err) {
        EXIT_BUSY
    } else {
        EXIT_FAILURE
    }
}

/// A one-line hint printed after the error for the codes that have one.
pub fn hint(err: &anyhow::Error) -> Option<&'static str> {
    is_busy(err)
        .then_some("the journal is busy: another ejournal is writing to it; try again in a moment")
}
