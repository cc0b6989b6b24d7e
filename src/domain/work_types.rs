//! Work types (виды работ) and their weights in the weighted average: the default list a
//! school starts with. Written work gets a checking grace (days to enter the mark after the
//! lesson: the norms for checking written work).

/// (name, weight, checking grace in days)
pub const DEFAULT_WORK_TYPES: [(&str, f64, i64); 11] = [
    ("Ответ на уроке", 1.0, 0),
    ("Домашняя работа", 1.0, 0),
    ("Самостоятельная работа", 1.0, 0),
    ("Тест", 1.0, 0),
    ("Проверочная работа", 1.5, 7),
    ("Практическая работа", 1.5, 0),
    ("Лабораторная работа", 1.5, 0),
    ("Диктант", 2.0, 7),
    ("Изложение", 2.0, 7),
    ("Сочинение", 2.0, 7),
    ("Контрольная работа", 2.0, 7),
];

/// Settings and their defaults; a school's local act may change them (`ejournal settings`).
pub const DEFAULT_SETTINGS: [(&str, &str); 7] = [
    // The suggested mark rounds up from this fraction: 3.5 → 4 with 0.5.
    ("rounding_threshold", "0.5"),
    // Minimum marks per quarter = per_hour × hours per week + base; twice that per semester.
    ("accumulation_per_hour", "2"),
    ("accumulation_base", "1"),
    // Study days a week: 5 (Monday–Friday) or 6.
    ("week_days", "5"),
    // The rolling lock: "off" or a number of days.
    ("lock_older_than", "off"),
    // Everything up to this date is locked; empty: nothing is.
    ("locked_until", ""),
    // The lesson-day rule: entries are accepted this many days after the lesson day (plus
    // a work type's checking grace); later ones need a deputy's permit.
    ("entry_window_days", "0"),
];
