//! The lesson-day rule: a lesson's marks, absences, topic and homework are entered on the
//! lesson day, plus the school's entry window (`entry_window_days`, 0 by default) and, for
//! a mark of written work, its work type's checking grace. Later entries need a deputy's
//! permit. This is the rule's Rust home; migration 008's `window_line` view draws the same
//! line for the triggers.

use chrono::{Duration, NaiveDate};

/// The last day an entry for a lesson dated `lesson_date` is accepted without a permit.
pub fn entry_deadline(lesson_date: NaiveDate, window_days: i64, grace_days: i64) -> NaiveDate {
    lesson_date + Duration::days(window_days + grace_days)
}

/// Is an entry for a lesson dated `lesson_date`, made on `today`, late?
pub fn is_late(
    lesson_date: NaiveDate,
    today: NaiveDate,
    window_days: i64,
    grace_days: i64,
) -> bool {
    today > entry_deadline(lesson_date, window_days, grace_days)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn the_lesson_day_and_the_grace() {
        assert!(!is_late(d("2023-10-10"), d("2023-10-10"), 0, 0));
        assert!(is_late(d("2023-10-09"), d("2023-10-10"), 0, 0));
        assert!(!is_late(d("2023-10-05"), d("2023-10-10"), 0, 7));
        assert!(is_late(d("2023-10-02"), d("2023-10-10"), 0, 7));
        assert!(!is_late(d("2023-10-02"), d("2023-10-10"), 1, 7));
        assert_eq!(entry_deadline(d("2023-10-02"), 1, 7), d("2023-10-10"));
    }
}
