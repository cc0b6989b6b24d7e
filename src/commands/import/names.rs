//! A person's name in the roster and staff files: three columns (Фамилия, Имя, Отчество),
//! or one (`ФИО`) split into its parts, optionally with a birth date after the name.

use chrono::NaiveDate;

use super::Cells;
use crate::domain::fio::{check_name_part, split_full_name, Fio};
use crate::input::Problems;

/// The key of the single-column name; [`fio_column`] makes one for a kind.
pub const FIO: &str = "fio";

/// The parts a single `ФИО` column stands for (and may not stand beside).
pub const NAME_PARTS: &[&str] = &["last_name", "first_name", "middle_name"];

/// The row's name, from whichever columns the file has, and the date written after it in a
/// `ФИО` cell. None when it has problems (they are in `p`, against the cell's column).
pub fn read_name(c: &Cells, p: &mut Problems) -> Option<(Fio, Option<NaiveDate>)> {
    if c.map.has(FIO) {
        return match split_full_name(c.text(FIO)) {
            Ok(found) => Some(found),
            Err(e) => {
                c.problem(FIO, p, e);
                None
            }
        };
    }
    let before = p.len();
    for key in NAME_PARTS {
        let v = c.text(key);
        if v.is_empty() && *key == "middle_name" {
            continue;
        }
        if let Err(e) = check_name_part(v) {
            c.problem(key, p, e);
        }
    }
    (p.len() == before).then(|| {
        (
            Fio::from_parts(
                c.text("last_name"),
                c.text("first_name"),
                c.text("middle_name"),
            ),
            None,
        )
    })
}
