//! Reports computed into plain structs, set-based (a few queries per report, never a query
//! per student); the commands render them.

pub mod control;
pub mod diary;
pub mod paper;
pub mod suggestions;
