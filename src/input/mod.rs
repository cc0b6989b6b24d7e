//! Reading the files schools really have: `.csv` (UTF-8 with or without BOM, UTF-16, or
//! Windows-1251; `;`, `,` or tab) and `.xlsx`; Russian or English headers in any order;
//! blank rows skipped; cells trimmed. Bad rows are collected, never stopped at.

pub mod columns;
pub mod edsoo;
pub mod grid;
pub mod problems;
pub mod raw;
pub mod sheet;
mod source;
mod stream;

pub use columns::{Column, HeaderMap};
pub use problems::Problems;
pub use source::{open_table, Encoding, ReadOptions, Record, TableReader};
