//! The clock every timestamp the tool writes comes from: the system clock, or — only while
//! the demo builds its training journal — a fixed moment, so the demo's journal, its
//! fingerprint and every document made from it come out the same on every machine.

use std::sync::OnceLock;

use chrono::{NaiveDate, NaiveDateTime};

static FIXED: OnceLock<NaiveDateTime> = OnceLock::new();

/// Fix the clock for the rest of the process (the demo's training journal only).
pub fn fix(at: NaiveDateTime) {
    let _ = FIXED.set(at);
}

/// The fixed moment, if the clock is fixed.
pub fn fixed() -> Option<NaiveDateTime> {
    FIXED.get().copied()
}

/// Now, on `today` (the day the caller's context takes as today): the fixed moment, or the
/// system clock's time of day on that day.
pub fn now_on(today: NaiveDate) -> NaiveDateTime {
    fixed().unwrap_or_else(|| today.and_time(chrono::Local::now().time()))
}

/// Now, as the system clock (or the fixed moment) says.
pub fn now() -> NaiveDateTime {
    fixed().unwrap_or_else(|| chrono::Local::now().naive_local())
}
