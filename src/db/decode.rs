//! Reading back values the journal stored as text. A value that does not read back is
//! never replaced by a default: it is an error naming the table and the row, since the
//! file was changed outside the tool or is damaged.

use std::fmt::Display;

use chrono::NaiveDate;

use crate::domain::date::parse_iso;
use crate::error::{stored, Error};

/// A stored ISO date (`yyyy-mm-dd`) from `table`, row `row`.
pub fn date(table: &'static str, row: impl Display, text: &str) -> Result<NaiveDate, Error> {
    parse_iso(text).map_err(|m| stored(table, row, m))
}
