//! Reports computed into plain structs, set-based (a few queries per report, never a query
//! per student); the commands render them.

pub mod accumulation;
pub mod attendance;
pub mod diary;
pub mod fill_rate;
pub mod forecast;
pub mod paper;
pub mod progress;
pub mod scope;
pub mod suggestions;
pub mod verify;

/// The hot queries of the control reports, by name, for `tests/query_plans.rs`, which holds
/// each one to an index-driven plan (no full scan of marks, absences or lessons).
pub const HOT_QUERIES: &[(&str, &str)] = &[
    ("fill-rate: lessons recorded", fill_rate::LESSON_COUNTS_SQL),
    ("fill-rate: marks", fill_rate::MARK_COUNTS_SQL),
    ("final suggest: marks", suggestions::TALLIES_SQL),
    ("final suggest: missed lessons", suggestions::MISSED_SQL),
];
