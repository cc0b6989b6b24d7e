//! Reading stored dates that must parse. A value that does not is an error naming the
//! table and the row (the file was changed outside the tool), never a stand-in date.

use chrono::NaiveDate;
use rusqlite::types::Type;
use rusqlite::Row;

use crate::domain::date::parse_iso;
use crate::error::stored;

/// The column `col` of a row as a date; `table` and `row` name where it is stored.
pub fn date(r: &Row, col: &str, table: &'static str, row: &str) -> rusqlite::Result<NaiveDate> {
    let text: String = r.get(col)?;
    parse_iso(&text).map_err(|e| {
        // No column index: the message is the stored-value error alone.
        rusqlite::Error::FromSqlConversionFailure(
            usize::MAX,
            Type::Text,
            Box::new(stored(table, row, e)),
        )
    })
}

/// The same for a column that may be empty (NULL).
pub fn opt_date(
    r: &Row,
    col: &str,
    table: &'static str,
    row: &str,
) -> rusqlite::Result<Option<NaiveDate>> {
    match r.get::<_, Option<String>>(col)? {
        None => Ok(None),
        Some(_) => date(r, col, table, row).map(Some),
    }
}
