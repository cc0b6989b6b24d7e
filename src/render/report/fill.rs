//! `report fill-rate` and `report teachers` laid out as [`Report`]s: the counts of what the
//! teachers did, then their shares. Students are people in the summary and per class, the
//! course's students per course (the sections' titles say which).

use super::sections::{course_cells, int, list, summary, COURSE_COLUMNS};
use super::{pct, Report};
use crate::render::{Cell, Rows};
use crate::reports::fill_rate::{DiaryViews, FillCounts, FillRate, TeacherFill};

/// What teachers recorded of the lessons, and the marks.
const WORK_COLUMNS: [(&str, &str); 15] = [
    ("lessons", "Уроков"),
    ("lessons_recorded", "Записано"),
    ("recorded_on_day", "В день урока"),
    ("recorded_later", "Позже"),
    ("lessons_not_recorded", "Не записано"),
    ("topics_recorded", "Тем"),
    ("homework_set", "Д/з"),
    ("marks", "Отметок"),
    ("marks_on_time", "Вовремя"),
    ("late_marks", "По разреш."),
    ("pct_recorded_on_day", "% в день урока"),
    ("pct_topics_recorded", "% тем"),
    ("pct_homework_set", "% д/з"),
    ("pct_on_time", "% отметок вовремя"),
    ("remarks_overdue", "Просроч. замеч."),
];

fn work_cells(t: &FillCounts) -> Vec<Cell> {
    let l = &t.lessons;
    vec![
        int(l.lessons),
        int(l.recorded),
        int(l.recorded_on_day),
        int(l.recorded_later),
        int(l.not_recorded()),
        int(l.topics_recorded),
        int(l.homework_set),
        int(t.marks.marks),
        int(t.marks.on_time),
        int(t.marks.under_permit),
        pct(l.recorded_on_day, l.lessons),
        pct(l.topics_recorded, l.lessons),
        pct(l.homework_set, l.lessons),
        pct(t.marks.on_time, t.marks.marks),
        int(t.remarks_overdue),
    ]
}

/// Students and those with no mark or one.
const STUDENT_COLUMNS: [(&str, &str); 5] = [
    ("students", "Учащихся"),
    ("students_without_marks", "Без отметок"),
    ("students_with_one_mark", "С одной отметкой"),
    ("pct_without_marks", "% без отметок"),
    ("pct_one_mark", "% с одной"),
];

fn student_cells(t: &FillCounts) -> Vec<Cell> {
    let s = &t.students;
    vec![
        int(s.students),
        int(s.without_marks),
        int(s.with_one_mark),
        pct(s.without_marks, s.students),
        pct(s.with_one_mark, s.students),
    ]
}

const VIEW_COLUMNS: [(&str, &str); 2] = [
    ("pct_students_viewed", "% учащихся смотрели"),
    ("pct_parents_viewed", "% родителей смотрели"),
];

fn view_cells(v: Option<DiaryViews>) -> [Cell; 2] {
    match v {
        Some(v) => [
            pct(v.students_viewed, v.students),
            pct(v.parents_viewed, v.parents),
        ],
        None => [Cell::Null, Cell::Null],
    }
}

/// The teachers of the scope and those who kept the journal (recorded lessons).
const TEACHER_TOTAL_COLUMNS: [(&str, &str); 3] = [
    ("teachers", "Учителей"),
    ("teachers_active", "Вели журнал"),
    ("pct_teachers_active", "% учителей"),
];

fn teacher_total_cells(r: &FillRate) -> [Cell; 3] {
    let all = r.teachers.len() as u64;
    let active = r.teachers_active();
    [int(all), int(active), pct(active, all)]
}

/// A teacher's line: who, his courses, what he recorded, his marks, students of his courses
/// without a mark in them, his courses' remarks.
fn teacher_rows(teachers: &[TeacherFill]) -> Rows {
    let mut cols = vec![
        ("teacher", "Учитель"),
        ("courses", "Курсы"),
        ("kept_journal", "Ведёт журнал"),
    ];
    cols.extend(WORK_COLUMNS.iter().take(WORK_COLUMNS.len() - 1));
    cols.extend([
        ("students_without_marks", "Учащихся без отметок"),
        ("remarks_open", "Замечаний открыто"),
        ("remarks_overdue", "Просроч. замеч."),
    ]);
    let mut rows = Rows::new(&cols).narrow(&[
        "teacher",
        "kept_journal",
        "lessons",
        "pct_recorded_on_day",
        "pct_homework_set",
        "pct_on_time",
        "students_without_marks",
        "remarks_overdue",
    ]);
    for t in teachers {
        let mut row = vec![
            Cell::text(&t.teacher),
            Cell::text(t.courses.join(", ")),
            Cell::Bool(t.kept_journal()),
        ];
        let mut work = work_cells(&t.counts);
        work.pop();
        row.extend(work);
        row.extend([
            int(t.counts.students.without_marks),
            int(t.remarks_open),
            int(t.counts.remarks_overdue),
        ]);
        rows.push(row);
    }
    rows
}

impl From<&FillRate> for Report {
    fn from(r: &FillRate) -> Report {
        let mut cols = STUDENT_COLUMNS.to_vec();
        cols.extend(WORK_COLUMNS);
        cols.extend(TEACHER_TOTAL_COLUMNS);
        let mut total = Rows::new(&cols);
        let mut row = student_cells(&r.total);
        row.extend(work_cells(&r.total));
        row.extend(teacher_total_cells(r));
        total.push(row);

        // Lessons first, where the CSV has always had them.
        let mut cols = COURSE_COLUMNS.to_vec();
        cols.extend(WORK_COLUMNS);
        cols.extend(STUDENT_COLUMNS);
        cols.extend(VIEW_COLUMNS);
        let mut courses = Rows::new(&cols).narrow(&[
            "class",
            "subject",
            "group",
            "pct_recorded_on_day",
            "pct_topics_recorded",
            "pct_homework_set",
            "pct_without_marks",
            "pct_on_time",
            "remarks_overdue",
        ]);
        for c in &r.courses {
            let mut row = course_cells(&c.class, &c.subject, &c.group, &c.teacher);
            row.extend(work_cells(&c.counts));
            row.extend(student_cells(&c.counts));
            row.extend(view_cells(c.views));
            courses.push(row);
        }

        let mut cols = vec![("class", "Класс")];
        cols.extend(STUDENT_COLUMNS);
        cols.extend(WORK_COLUMNS);
        cols.extend(VIEW_COLUMNS);
        let mut classes = Rows::new(&cols).narrow(&[
            "class",
            "students",
            "pct_without_marks",
            "pct_one_mark",
            "pct_recorded_on_day",
            "pct_topics_recorded",
            "pct_homework_set",
            "pct_on_time",
        ]);
        for c in &r.classes {
            let mut row = vec![Cell::text(&c.class)];
            row.extend(student_cells(&c.counts));
            row.extend(work_cells(&c.counts));
            row.extend(view_cells(c.views));
            classes.push(row);
        }
        Report {
            title: crate::t!("report-fill-title", scope = r.label.as_str()),
            sections: vec![
                summary("summary", &crate::t!("report-fill-summary"), total),
                list("rows", &crate::t!("report-fill-courses"), courses),
                list("classes", &crate::t!("report-fill-classes"), classes),
                list(
                    "teachers",
                    &crate::t!("report-by-teacher"),
                    teacher_rows(&r.teachers),
                ),
            ],
            issues: r.issues,
            notice: None,
        }
    }
}

/// `report teachers`: the analysis of the teachers' work with the journal.
pub struct TeachersReport<'a>(pub &'a FillRate);

impl From<TeachersReport<'_>> for Report {
    fn from(TeachersReport(r): TeachersReport<'_>) -> Report {
        let mut cols = TEACHER_TOTAL_COLUMNS.to_vec();
        cols.extend(WORK_COLUMNS);
        let mut total = Rows::new(&cols);
        let mut row = teacher_total_cells(r).to_vec();
        row.extend(work_cells(&r.total));
        total.push(row);
        // A teacher who kept no record in the range, or lets a remark run overdue.
        let issues = r
            .teachers
            .iter()
            .filter(|t| !t.kept_journal() || t.counts.remarks_overdue > 0)
            .count();
        Report {
            title: crate::t!("report-teachers-title", scope = r.label.as_str()),
            sections: vec![
                summary("summary", &crate::t!("report-teachers-summary"), total),
                list(
                    "rows",
                    &crate::t!("report-by-teacher"),
                    teacher_rows(&r.teachers),
                ),
            ],
            issues,
            notice: None,
        }
    }
}
