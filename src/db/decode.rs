//! Reading back values the journal stored as text. A value that does not read back is
//! never replaced by a default (a made-up date would silently move a lesson or a person):
//! it is an error naming the table and the row, since the file was changed outside the
//! tool or is damaged.

use std::fmt::Display;

use chrono::NaiveDate;
use rusqlite::types::Type;
use rusqlite::{Row, RowIndex};

use crate::domain::date::parse_iso;
use crate::error::{stored, Error};

/// A stored ISO date (`yyyy-mm-dd`) from `table`, row `row`, already read as text.
pub fn parse(table: &'static str, row: impl Display, text: &str) -> Result<NaiveDate, Error> {
    parse_iso(text).map_err(|m| stored(table, row, m))
}

/// How a row is named in these errors: by its id.
pub fn row_id(id: i64) -> String {
    crate::t!("error-row-id", id = id)
}

/// A column of a row as a date (a `from_row` helper); `table` and `row` name where it is
/// stored.
pub fn date<I: RowIndex>(
    r: &Row,
    col: I,
    table: &'static str,
    row: impl Display,
) -> rusqlite::Result<NaiveDate> {
    let text: String = r.get(col)?;
    parse(table, row, &text).map_err(|e| {
        // No column index: the message is the stored-value error alone.
        rusqlite::Error::FromSqlConversionFailure(usize::MAX, Type::Text, Box::new(e))
    })
}

/// [`date`] for a column that may be NULL.
pub fn opt_date<I: RowIndex + Copy>(
    r: &Row,
    col: I,
    table: &'static str,
    row: impl Display,
) -> rusqlite::Result<Option<NaiveDate>> {
    match r.get::<_, Option<String>>(col)? {
        None => Ok(None),
        Some(_) => date(r, col, table, row).map(Some),
    }
}

/// A query's error as the user should read it: a stored value that does not read back is
/// taken out of rusqlite's conversion error, so it is said once and exits as [`Error::Stored`].
pub fn lift_stored(e: rusqlite::Error) -> anyhow::Error {
    match e {
        rusqlite::Error::FromSqlConversionFailure(_, _, inner) if inner.is::<Error>() => {
            match inner.downcast::<Error>() {
                Ok(err) => anyhow::Error::new(*err),
                Err(other) => anyhow::anyhow!(other),
            }
        }
        e => e.into(),
    }
}
