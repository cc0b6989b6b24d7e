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
