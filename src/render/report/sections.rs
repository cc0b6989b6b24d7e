//! Each control report's plain struct laid out as a [`Report`]: its sections, their columns
//! (JSON keys and Russian titles) and cells. Percentages are computed here from the counts.

use super::{pct, Report, Section};
use crate::domain::date::ru;
use crate::render::{Cell, Rows};
use crate::reports::accumulation::Accumulation;
use crate::reports::attendance::{Attendance, AttendanceCounts};
use crate::reports::forecast::Forecast;
use crate::reports::progress::{Progress, Tally};

/// A section that is a list of rows.
pub(super) fn list(key: &'static str, title: &str, rows: Rows) -> Section {
    Section {
        key,
        title: title.into(),
        rows,
        single: false,
    }
}

/// A section that is one summary row (a JSON object).
pub(super) fn summary(key: &'static str, title: &str, rows: Rows) -> Section {
    Section {
        key,
        title: title.into(),
        rows,
        single: true,
    }
}

/// The columns naming a course.
pub(super) const COURSE_COLUMNS: [(&str, &str); 4] = [
    ("class", "Класс"),
    ("subject", "Предмет"),
    ("group", "Группа"),
    ("teacher", "Учитель"),
];

pub(super) fn course_cells(class: &str, subject: &str, group: &str, teacher: &str) -> Vec<Cell> {
    vec![
        Cell::text(class),
        Cell::text(subject),
        Cell::text(group),
        Cell::text(teacher),
    ]
}

pub(super) fn int(n: impl Into<u64>) -> Cell {
    Cell::Int(n.into() as i64)
}

impl From<&Accumulation> for Report {
    fn from(r: &Accumulation) -> Report {
        let mut cols = COURSE_COLUMNS.to_vec();
        cols.extend([
            ("student", "Ученик"),
            ("hours_per_week", "Часов в неделю"),
            ("minimum", "Минимум"),
            ("marks", "Отметок"),
            ("missing", "Не хватает"),
        ]);
        let mut rows = Rows::new(&cols).narrow(&[
            "class", "subject", "group", "student", "marks", "minimum", "missing",
        ]);
        for s in &r.shortfalls {
            let mut row = course_cells(&s.class, &s.subject, &s.group, &s.teacher);
            row.extend([
                Cell::text(&s.student),
                Cell::Num(s.hours_per_week),
                int(s.minimum),
                int(s.marks),
                int(s.missing()),
            ]);
            rows.push(row);
        }
        Report {
            title: crate::t!("report-accumulation-title", scope = r.label.as_str()),
            sections: vec![list("rows", &crate::t!("report-accumulation-rows"), rows)],
            issues: r.issues(),
            notice: None,
        }
    }
}

const TALLY_COLUMNS: [(&str, &str); 11] = [
    ("students", "Аттестовано"),
    ("no_final", "Без отметки"),
    ("n5", "«5»"),
    ("n4", "«4»"),
    ("n3", "«3»"),
    ("n2", "«2»"),
    ("n_na", "н/а"),
    ("pct_pass", "Успеваемость, %"),
    ("pct_quality", "Качество, %"),
    ("sou", "СОУ, %"),
    ("average", "Средний балл"),
];

fn with_tally(head: &[(&'static str, &'static str)]) -> Rows {
    let mut cols = head.to_vec();
    cols.extend(TALLY_COLUMNS);
    // On a narrow terminal: who, then the shares, then the counts.
    let mut first: Vec<&'static str> = head.iter().map(|c| c.0).collect();
    first.extend([
        "pct_pass",
        "pct_quality",
        "average",
        "no_final",
        "n_na",
        "students",
    ]);
    Rows::new(&cols).narrow(&first)
}

/// A tally's cells; the «1» count has no column (it still weighs in the СОУ).
fn tally_cells(t: &Tally) -> Vec<Cell> {
    let m = &t.marks;
    vec![
        int(t.students),
        int(t.no_final),
        int(m.fives),
        int(m.fours),
        int(m.threes),
        int(m.twos),
        int(m.not_assessed),
        pct(t.passing, t.students),
        pct(t.quality, t.students),
        t.sou()
            .map(|s| Cell::Fixed((s * 10.0).round() / 10.0, 1))
            .unwrap_or(Cell::Null),
        t.average()
            .map(|a| Cell::Fixed((a * 100.0).round() / 100.0, 2))
            .unwrap_or(Cell::Null),
    ]
}

impl From<&Progress> for Report {
    fn from(r: &Progress) -> Report {
        let mut classes = with_tally(&[("class", "Класс")]);
        for l in &r.classes {
            let mut row = vec![Cell::text(&l.class)];
            row.extend(tally_cells(&l.tally));
            classes.push(row);
        }
        let mut subjects = with_tally(&COURSE_COLUMNS);
        for l in &r.subjects {
            let mut row = course_cells(&l.class, &l.subject, &l.group, &l.teacher);
            row.extend(tally_cells(&l.tally));
            subjects.push(row);
        }
        let mut school = with_tally(&[]);
        school.push(tally_cells(&r.school));
        let mut lists = Rows::new(&[
            ("class", "Класс"),
            ("list", "Список"),
            ("student", "Ученик"),
            ("subjects", "Предметы"),
        ]);
        for l in &r.lists {
            lists.push(vec![
                Cell::text(&l.class),
                Cell::text(l.list.ru()),
                Cell::text(&l.student),
                Cell::opt_text(l.subjects.as_str()),
            ]);
        }
        Report {
            title: crate::t!("report-progress-title", scope = r.label.as_str()),
            sections: vec![
                summary("school", &crate::t!("report-by-school"), school),
                list("classes", &crate::t!("report-by-class"), classes),
                list("subjects", &crate::t!("report-by-subject"), subjects),
                list("lists", &crate::t!("report-progress-lists"), lists),
            ],
            issues: r.issues(),
            notice: None,
        }
    }
}

/// Attendance counts after the leading columns.
const ATTENDANCE_COLUMNS: [(&str, &str); 7] = [
    ("lessons", "Уроков"),
    ("missed", "Пропущено"),
    ("missed_ill", "Б"),
    ("missed_excused", "У"),
    ("missed_unexcused", "Н"),
    ("late", "Опозданий (О)"),
    ("full_days_missed", "Пропущено дней"),
];

fn attendance_cells(c: &AttendanceCounts) -> [Cell; 7] {
    [
        int(c.lessons),
        int(c.missed),
        int(c.ill),
        int(c.excused),
        int(c.unexcused),
        int(c.late),
        int(c.full_days_missed),
    ]
}

impl From<&Attendance> for Report {
    fn from(r: &Attendance) -> Report {
        let mut cols = vec![("class", "Класс"), ("student", "Ученик")];
        cols.extend(ATTENDANCE_COLUMNS);
        let mut rows = Rows::new(&cols);
        for s in &r.students {
            let mut row = vec![Cell::text(&s.class), Cell::text(&s.student)];
            row.extend(attendance_cells(&s.counts));
            rows.push(row);
        }
        let mut cols = vec![("class", "Класс"), ("students", "Учащихся")];
        cols.extend(ATTENDANCE_COLUMNS);
        cols.push(("pct_missed", "% пропущено"));
        let mut classes = Rows::new(&cols);
        for c in &r.classes {
            let mut row = vec![Cell::text(&c.class), int(c.students)];
            row.extend(attendance_cells(&c.counts));
            row.push(pct(c.counts.missed, c.counts.lessons));
            classes.push(row);
        }
        Report {
            title: crate::t!("report-attendance-title", scope = r.label.as_str()),
            sections: vec![
                list("rows", &crate::t!("report-by-student"), rows),
                list("classes", &crate::t!("report-by-class"), classes),
            ],
            issues: r.issues(),
            notice: None,
        }
    }
}

impl From<&Forecast> for Report {
    fn from(r: &Forecast) -> Report {
        let mut cols = COURSE_COLUMNS.to_vec();
        cols.extend([
            ("student", "Ученик"),
            ("marks", "Отметок"),
            ("average", "Средний балл"),
            ("forecast", "Прогноз"),
            ("minimum", "Минимум"),
            ("unexcused", "Пропусков Н"),
            ("at_risk", "Риск"),
            ("reason", "Причина"),
        ]);
        let mut rows = Rows::new(&cols).narrow(&[
            "class", "subject", "group", "student", "forecast", "at_risk", "reason", "average",
        ]);
        for o in &r.rows {
            let mut row = course_cells(&o.class, &o.subject, &o.group, &o.teacher);
            row.extend([
                Cell::text(&o.student),
                int(o.marks),
                o.average
                    .map(|a| Cell::Fixed((a * 100.0).round() / 100.0, 2))
                    .unwrap_or(Cell::Null),
                o.forecast.clone().map(Cell::Text).unwrap_or(Cell::Null),
                int(o.minimum),
                int(o.unexcused),
                Cell::Bool(!o.reasons.is_empty()),
                Cell::opt_text(o.reasons.join("; ")),
            ]);
            rows.push(row);
        }
        Report {
            title: crate::t!(
                "report-forecast-title",
                period = crate::reports::scope::period_name(r.period),
                date = ru(r.as_of)
            ),
            sections: vec![list("rows", &crate::t!("report-forecast-rows"), rows)],
            issues: r.issues(),
            notice: None,
        }
    }
}
