//! Dates as schools write them: `dd.mm.yyyy` (Russian) or ISO `YYYY-MM-DD`.

use chrono::{Datelike, NaiveDate};

/// Parse `YYYY-MM-DD`, `dd.mm.yyyy` or `d.m.yyyy`. The error says what is wrong.
pub fn parse_date(s: &str) -> Result<NaiveDate, String> {
    let s = s.trim();
    let bad_shape = || {
        if s.len() == 5 && s.bytes().all(|b| b.is_ascii_digit()) {
            crate::t!("date-excel-number", value = s)
        } else {
            crate::t!("date-not-a-date-expected", value = s)
        }
    };
    let (y, m, d) = if let Some((y, rest)) = s.split_once('-') {
        let (m, d) = rest.split_once('-').ok_or_else(bad_shape)?;
        (y, m, d)
    } else {
        let mut parts = s.split('.');
        let (d, m, y) = (parts.next(), parts.next(), parts.next());
        match (d, m, y, parts.next()) {
            (Some(d), Some(m), Some(y), None) => (y, m, d),
            _ => return Err(bad_shape()),
        }
    };
    let num = |t: &str, max_len: usize| -> Option<u32> {
        (!t.is_empty() && t.len() <= max_len && t.bytes().all(|b| b.is_ascii_digit()))
            .then(|| t.parse().ok())
            .flatten()
    };
    let (Some(y), Some(m), Some(d)) = (num(y, 4), num(m, 2), num(d, 2)) else {
        return Err(bad_shape());
    };
    if y < 1900 {
        return Err(crate::t!("date-year-four-digits", value = s));
    }
    NaiveDate::from_ymd_opt(y as i32, m, d).ok_or_else(|| crate::t!("date-not-real", value = s))
}

/// A date for the command line (`clap` value parser).
pub fn parse_date_arg(s: &str) -> Result<NaiveDate, String> {
    parse_date(s)
}

/// ISO form, as stored in the journal and printed in CSV/JSON.
pub fn iso(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

/// Russian form for tables and documents.
pub fn ru(d: NaiveDate) -> String {
    d.format("%d.%m.%Y").to_string()
}

/// A span of dates a student belongs to a class; an open end runs to the end of the year.
pub type Span = (NaiveDate, Option<NaiveDate>);

/// Does any of the spans hold the date?
pub fn in_span(spans: &[Span], d: NaiveDate) -> bool {
    spans
        .iter()
        .any(|(a, b)| d >= *a && b.is_none_or(|b| d <= b))
}

/// Parse a date stored by the journal (ISO `yyyy-mm-dd`). A stored value that does not
/// parse is the caller's to report with the table and row it came from
/// (`crate::error::stored`); rows read through rusqlite decode dates with
/// `row.get::<_, NaiveDate>(i)` instead.
pub fn parse_iso(s: &str) -> Result<NaiveDate, String> {
    // `yyyy-mm-dd` by its digits first: a report reads a year's lesson and enrolment dates,
    // and a format parser's setup cost showed per row. Anything else as chrono reads it.
    let b = s.as_bytes();
    if b.len() == 10 && b[4] == b'-' && b[7] == b'-' {
        let num = |r: std::ops::Range<usize>| {
            b[r].iter().try_fold(0u32, |n, c| {
                c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
            })
        };
        if let (Some(y), Some(m), Some(d)) = (num(0..4), num(5..7), num(8..10)) {
            if let Some(date) = NaiveDate::from_ymd_opt(y as i32, m, d) {
                return Ok(date);
            }
        }
    }
    NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|_| crate::t!("date-not-a-date", value = s))
}

/// An Excel serial day number (1900 date system) to a date.
pub fn from_excel_serial(serial: f64) -> Option<NaiveDate> {
    let base = NaiveDate::from_ymd_opt(1899, 12, 30)?;
    base.checked_add_signed(chrono::Duration::days(serial.floor() as i64))
}

/// Weekday number 1 (Monday) … 7 (Sunday).
pub fn weekday_no(d: NaiveDate) -> u32 {
    d.weekday().number_from_monday()
}

/// A weekday 1–7 from `1`, `Пн`, `пн.`, `понедельник`, `Mon`, `Monday`.
pub fn parse_weekday(s: &str) -> Result<u32, String> {
    let k = crate::domain::text::fold_key(s)
        .trim_end_matches('.')
        .to_string();
    const NAMES: [[&str; 4]; 7] = [
        ["пн", "понедельник", "mon", "monday"],
        ["вт", "вторник", "tue", "tuesday"],
        ["ср", "среда", "wed", "wednesday"],
        ["чт", "четверг", "thu", "thursday"],
        ["пт", "пятница", "fri", "friday"],
        ["сб", "суббота", "sat", "saturday"],
        ["вс", "воскресенье", "sun", "sunday"],
    ];
    if let Ok(n) = k.parse::<u32>() {
        if (1..=7).contains(&n) {
            return Ok(n);
        }
    }
    NAMES
        .iter()
        .position(|names| names.contains(&k.as_str()))
        .map(|i| i as u32 + 1)
        .ok_or_else(|| crate::t!("date-not-a-weekday", value = s))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_forms() {
        let d = NaiveDate::from_ymd_opt(2023, 9, 1).unwrap();
        assert_eq!(parse_date("01.09.2023"), Ok(d));
        assert_eq!(parse_date("1.9.2023"), Ok(d));
        assert_eq!(parse_date(" 2023-09-01 "), Ok(d));
    }

    #[test]
    fn impossible_and_malformed() {
        assert_eq!(
            parse_date("31.02.2012").unwrap_err(),
            crate::t!("date-not-real", value = "31.02.2012")
        );
        assert_eq!(
            parse_date("2012/02/03").unwrap_err(),
            crate::t!("date-not-a-date-expected", value = "2012/02/03")
        );
        assert_eq!(
            parse_date("01.09.23").unwrap_err(),
            crate::t!("date-year-four-digits", value = "01.09.23")
        );
        assert!(parse_date("").is_err());
    }

    /// The digit-by-digit path of `parse_iso` reads what chrono reads, and refuses what it
    /// refuses.
    #[test]
    fn stored_dates_read_as_chrono_reads_them() {
        for s in [
            "2023-09-01",
            "2024-02-29",
            "2023-02-29",
            "2023-13-01",
            "2023-00-10",
            "2023-01-32",
            "0000-01-01",
            "9999-12-31",
            "2023-9-01",
            "2023-09-1",
            "2023/09/01",
            "2023-09-0x",
            "+023-09-01",
            " 023-09-01",
            "2023-09-01 ",
            "",
            "2023-09-01T00:00",
        ] {
            let chrono = NaiveDate::parse_from_str(s, "%Y-%m-%d").ok();
            assert_eq!(parse_iso(s).ok(), chrono, "{s:?}");
        }
    }
}
