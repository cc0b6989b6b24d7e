//! The school calendar: academic year, reporting periods (отчётные периоды) and holidays.

use crate::domain::class_name::Grade;
use chrono::{Datelike, Duration, NaiveDate, Weekday};
use std::fmt;
use std::str::FromStr;

/// A reporting period: quarters (четверти) for grades 2–9, semesters (полугодия) for
/// grades 10–11, and the year for all.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PeriodCode {
    Q1,
    Q2,
    Q3,
    Q4,
    H1,
    H2,
    Y,
}

impl PeriodCode {
    pub const ALL: [PeriodCode; 7] = [
        PeriodCode::Q1,
        PeriodCode::Q2,
        PeriodCode::Q3,
        PeriodCode::Q4,
        PeriodCode::H1,
        PeriodCode::H2,
        PeriodCode::Y,
    ];

    pub fn code(self) -> &'static str {
        match self {
            PeriodCode::Q1 => "Q1",
            PeriodCode::Q2 => "Q2",
            PeriodCode::Q3 => "Q3",
            PeriodCode::Q4 => "Q4",
            PeriodCode::H1 => "H1",
            PeriodCode::H2 => "H2",
            PeriodCode::Y => "Y",
        }
    }

    /// The Russian name, as documents print it.
    pub fn ru(self) -> &'static str {
        match self {
            PeriodCode::Q1 => "I четверть",
            PeriodCode::Q2 => "II четверть",
            PeriodCode::Q3 => "III четверть",
            PeriodCode::Q4 => "IV четверть",
            PeriodCode::H1 => "I полугодие",
            PeriodCode::H2 => "II полугодие",
            PeriodCode::Y => "год",
        }
    }

    pub fn is_quarter(self) -> bool {
        matches!(
            self,
            PeriodCode::Q1 | PeriodCode::Q2 | PeriodCode::Q3 | PeriodCode::Q4
        )
    }

    pub fn is_semester(self) -> bool {
        matches!(self, PeriodCode::H1 | PeriodCode::H2)
    }

    /// Does a class of this grade report by this period?
    pub fn applies_to_grade(self, grade: u8) -> bool {
        match self {
            PeriodCode::Y => true,
            _ if self.is_quarter() => !Grade(grade).by_semesters(),
            _ => Grade(grade).by_semesters(),
        }
    }
}

impl fmt::Display for PeriodCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for PeriodCode {
    type Err = String;
    /// `Q1`…`Q4`, `H1`, `H2`, `Y`, and the Russian forms: `I четверть`, `1 четверть`,
    /// `2 полугодие`, `год`.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let k = crate::domain::text::fold_key(s).replace(['-', '.'], " ");
        let k = k.split_whitespace().collect::<Vec<_>>().join(" ");
        let numeral = |w: &str| match w {
            "1" | "i" => Some(1),
            "2" | "ii" => Some(2),
            "3" | "iii" => Some(3),
            "4" | "iv" => Some(4),
            _ => None,
        };
        let found = match k.as_str() {
            "q1" => Some(PeriodCode::Q1),
            "q2" => Some(PeriodCode::Q2),
            "q3" => Some(PeriodCode::Q3),
            "q4" => Some(PeriodCode::Q4),
            "h1" | "s1" => Some(PeriodCode::H1),
            "h2" | "s2" => Some(PeriodCode::H2),
            "y" | "год" | "годовая" | "year" => Some(PeriodCode::Y),
            _ => {
                let mut words = k.split(' ');
                match (words.next().and_then(numeral), words.next(), words.next()) {
                    (Some(n), Some(w), None) if w.starts_with("четв") => [
                        PeriodCode::Q1,
                        PeriodCode::Q2,
                        PeriodCode::Q3,
                        PeriodCode::Q4,
                    ]
                    .get(n - 1)
                    .copied(),
                    (Some(n @ 1..=2), Some(w), None) if w.starts_with("полуг") => {
                        Some(if n == 1 {
                            PeriodCode::H1
                        } else {
                            PeriodCode::H2
                        })
                    }
                    _ => None,
                }
            }
        };
        found.ok_or_else(|| crate::t!("period-not-a-period", value = s.trim()))
    }
}

/// What a row of `calendar show` is: the stable code (CSV, JSON) and the label a table shows
/// people in their language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CalendarKind {
    Year,
    Period,
    Holiday,
    DayOff,
}

impl CalendarKind {
    /// `year`, `period`, `holiday`, `day_off`: what scripts read.
    pub fn code(self) -> &'static str {
        match self {
            CalendarKind::Year => "year",
            CalendarKind::Period => "period",
            CalendarKind::Holiday => "holiday",
            CalendarKind::DayOff => "day_off",
        }
    }

    /// The kind as a table shows it, in the user's language.
    pub fn label(self) -> String {
        match self {
            CalendarKind::Year => crate::t!("calendar-kind-year"),
            CalendarKind::Period => crate::t!("calendar-kind-period"),
            CalendarKind::Holiday => crate::t!("calendar-kind-holiday"),
            CalendarKind::DayOff => crate::t!("calendar-kind-day-off"),
        }
    }
}

/// The `clap` value parser for a period.
pub fn parse_period_arg(s: &str) -> Result<PeriodCode, String> {
    s.parse()
}

/// An academic year (учебный год) named by its first calendar year: 2023 is 2023/2024.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AcademicYear(pub i32);

impl AcademicYear {
    /// `2023/2024`, `2023-2024` or `2023/24`.
    pub fn parse(s: &str) -> Result<AcademicYear, String> {
        let t = s.trim();
        let bad = || crate::t!("calendar-not-a-year", value = t);
        let (a, b) = t.split_once(['/', '-']).ok_or_else(bad)?;
        let a: i32 = a.trim().parse().map_err(|_| bad())?;
        let b: i32 = b.trim().parse().map_err(|_| bad())?;
        let b = if b < 100 { a / 100 * 100 + b } else { b };
        if b != a + 1 || !(2000..=2100).contains(&a) {
            return Err(bad());
        }
        Ok(AcademicYear(a))
    }

    pub fn label(self) -> String {
        format!("{}/{}", self.0, self.0 + 1)
    }

    /// Default first and last calendar day of the year: 01.09 – 31.05.
    pub fn default_bounds(self) -> (NaiveDate, NaiveDate) {
        (ymd(self.0, 9, 1), ymd(self.0 + 1, 5, 31))
    }
}

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid calendar constant")
}

/// The last `weekday` on or before `d`.
fn last_on_or_before(d: NaiveDate, weekday: Weekday) -> NaiveDate {
    let back = (7 + d.weekday().num_days_from_monday() - weekday.num_days_from_monday()) % 7;
    d - Duration::days(back as i64)
}

/// The first `weekday` on or after `d`.
fn first_on_or_after(d: NaiveDate, weekday: Weekday) -> NaiveDate {
    let ahead = (7 + weekday.num_days_from_monday() - d.weekday().num_days_from_monday()) % 7;
    d + Duration::days(ahead as i64)
}

/// The first Monday–Friday day on or after `d`.
fn first_workday_on_or_after(d: NaiveDate) -> NaiveDate {
    match d.weekday() {
        Weekday::Sat => d + Duration::days(2),
        Weekday::Sun => d + Duration::days(1),
        _ => d,
    }
}

/// A span of holidays or days off, for every grade or only some.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Holiday {
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// None: every grade.
    pub grades: Option<Vec<u8>>,
    pub name: String,
}

/// A year's calendar.
#[derive(Debug, Clone)]
pub struct Calendar {
    pub periods: Vec<(PeriodCode, NaiveDate, NaiveDate)>,
    pub holidays: Vec<Holiday>,
}

/// The federal (ФОП) calendar for a year. For 2023/2024 it is exactly the one in the
/// federal programme; other years follow the same pattern: the year starts on the first
/// workday from 1 September; Q1 ends on the last Friday of October, then 10 days of autumn
/// holidays; Q2 ends on the last Friday on or before 29 December, winter holidays until
/// the first workday from 9 January; Q3 ends on the last Friday on or before 22 March, then
/// 9 days of spring holidays; Q4 ends on the last Friday on or before 25 May. Grade 1 has
/// an extra week from the Saturday on or after 14 February. 23.02, 08.03, 01.05 and 09.05
/// are days off.
pub fn federal_calendar(year: AcademicYear) -> Calendar {
    let y = year.0;
    let start = first_workday_on_or_after(ymd(y, 9, 1));
    let q1_end = last_on_or_before(ymd(y, 10, 31), Weekday::Fri);
    let q2_start = q1_end + Duration::days(11);
    let q2_end = last_on_or_before(ymd(y, 12, 29), Weekday::Fri);
    let q3_start = first_workday_on_or_after(ymd(y + 1, 1, 9));
    let q3_end = last_on_or_before(ymd(y + 1, 3, 22), Weekday::Fri);
    let q4_start = q3_end + Duration::days(10);
    let q4_end = last_on_or_before(ymd(y + 1, 5, 25), Weekday::Fri);
    let grade1_start = first_on_or_after(ymd(y + 1, 2, 14), Weekday::Sat);

    let periods = vec![
        (PeriodCode::Q1, start, q1_end),
        (PeriodCode::Q2, q2_start, q2_end),
        (PeriodCode::Q3, q3_start, q3_end),
        (PeriodCode::Q4, q4_start, q4_end),
        (PeriodCode::H1, start, q2_end),
        (PeriodCode::H2, q3_start, q4_end),
        (PeriodCode::Y, start, q4_end),
    ];
    let all = |from, to, name: &str| Holiday {
        from,
        to,
        grades: None,
        name: name.to_string(),
    };
    let mut holidays = vec![
        all(
            q1_end + Duration::days(1),
            q2_start - Duration::days(1),
            "осенние каникулы",
        ),
        all(
            q2_end + Duration::days(1),
            q3_start - Duration::days(1),
            "зимние каникулы",
        ),
        all(
            q3_end + Duration::days(1),
            q4_start - Duration::days(1),
            "весенние каникулы",
        ),
        Holiday {
            from: grade1_start,
            to: grade1_start + Duration::days(8),
            grades: Some(vec![1]),
            name: "дополнительные каникулы для 1 класса".into(),
        },
    ];
    for (m, d, name) in [
        (2, 23, "День защитника Отечества"),
        (3, 8, "Международный женский день"),
        (5, 1, "Праздник Весны и Труда"),
        (5, 9, "День Победы"),
    ] {
        let day = ymd(y + 1, m, d);
        holidays.push(all(day, day, name));
    }
    holidays.sort_by_key(|h| h.from);
    Calendar { periods, holidays }
}

/// A list of grades, like `1` or `1,2` or `1-4`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Grades(pub Vec<u8>);

/// Parse a `--grades` list.
pub fn parse_grades(s: &str) -> Result<Grades, String> {
    let mut grades = Vec::new();
    for part in s.split([',', ' ']).filter(|p| !p.is_empty()) {
        let (a, b) = part.split_once('-').unwrap_or((part, part));
        let parse = |t: &str| -> Result<u8, String> {
            t.trim()
                .parse::<u8>()
                .ok()
                .filter(|g| (1..=11).contains(g))
                .ok_or_else(|| crate::t!("calendar-not-a-grade", value = t))
        };
        let (a, b) = (parse(a)?, parse(b)?);
        grades.extend(a.min(b)..=a.max(b));
    }
    grades.sort_unstable();
    grades.dedup();
    if grades.is_empty() {
        return Err(crate::t!("calendar-no-grades"));
    }
    Ok(Grades(grades))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        crate::domain::date::parse_date(s).unwrap()
    }

    #[test]
    fn federal_2023_2024_is_the_one_in_the_programme() {
        let c = federal_calendar(AcademicYear(2023));
        let p: Vec<_> = c
            .periods
            .iter()
            .map(|(p, a, b)| (p.code(), *a, *b))
            .collect();
        assert_eq!(
            p,
            vec![
                ("Q1", d("01.09.2023"), d("27.10.2023")),
                ("Q2", d("07.11.2023"), d("29.12.2023")),
                ("Q3", d("09.01.2024"), d("22.03.2024")),
                ("Q4", d("01.04.2024"), d("24.05.2024")),
                ("H1", d("01.09.2023"), d("29.12.2023")),
                ("H2", d("09.01.2024"), d("24.05.2024")),
                ("Y", d("01.09.2023"), d("24.05.2024")),
            ]
        );
        let h: Vec<_> = c
            .holidays
            .iter()
            .map(|h| (h.from, h.to, h.grades.clone()))
            .collect();
        assert!(h.contains(&(d("28.10.2023"), d("06.11.2023"), None)));
        assert!(h.contains(&(d("30.12.2023"), d("08.01.2024"), None)));
        assert!(h.contains(&(d("23.03.2024"), d("31.03.2024"), None)));
        assert!(h.contains(&(d("17.02.2024"), d("25.02.2024"), Some(vec![1]))));
        assert!(h.contains(&(d("09.05.2024"), d("09.05.2024"), None)));
    }

    #[test]
    fn periods_parse_in_both_languages() {
        assert_eq!("I четверть".parse::<PeriodCode>(), Ok(PeriodCode::Q1));
        assert_eq!("4 четверть".parse::<PeriodCode>(), Ok(PeriodCode::Q4));
        assert_eq!("2 полугодие".parse::<PeriodCode>(), Ok(PeriodCode::H2));
        assert_eq!("Год".parse::<PeriodCode>(), Ok(PeriodCode::Y));
        assert_eq!("q3".parse::<PeriodCode>(), Ok(PeriodCode::Q3));
        assert!("Q5".parse::<PeriodCode>().is_err());
    }

    #[test]
    fn years() {
        assert_eq!(AcademicYear::parse("2023/2024"), Ok(AcademicYear(2023)));
        assert_eq!(AcademicYear::parse("2024-25"), Ok(AcademicYear(2024)));
        assert!(AcademicYear::parse("2023/2025").is_err());
    }
}
