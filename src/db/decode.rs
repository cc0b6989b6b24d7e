//! Reading back values the journal stored as text. A value that does not read back is
//! never replaced by a default: it is an error naming the table and the row, since the
//! file was changed outside the tool or is damaged.

use std::fmt::Display;

use chrono::NaiveDate;
use rusqlite::types::Type;
use rusqlite::Row;

use crate::domain::date::parse_iso;
use crate::error::{stored, Error};

/// A stored ISO date (`yyyy-mm-dd`) from `table`, row `row`.
pub fn date(table: &'static str, row: impl Display, text: &str) -> Result<NaiveDate, Error> {
    parse_iso(text).map_err(|m| stored(table, row, m))
}

/// A stored ISO date (`from_row` helper), refused with the table and row when it does not
/// read back: a made-up date would silently move a person in or out of a class.
pub fn stored_date(
    r: &Row,
    idx: usize,
    table: &'static str,
    id: i64,
) -> rusqlite::Result<NaiveDate> {
    let text: String = r.get(idx)?;
    parse_iso(&text).map_err(|message| {
        rusqlite::Error::FromSqlConversionFailure(
            idx,
            Type::Text,
            Box::new(stored(table, format!("id {id}"), message)),
        )
    })
}

/// [`stored_date`] for a column that may be NULL.
pub fn stored_opt_date(
    r: &Row,
    idx: usize,
    table: &'static str,
    id: i64,
) -> rusqlite::Result<Option<NaiveDate>> {
    match r.get_ref(idx)? {
        rusqlite::types::ValueRef::Null => Ok(None),
        _ => stored_date(r, idx, table, id).map(Some),
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
