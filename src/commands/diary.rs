//! `ejournal export diary`: the printout parents are owed every two weeks when they refused
//! electronic access — per student his marks by subject with dates and work types, the
//! weighted averages, the suggested period mark so far, absences with codes, and a line for
//! the parent's signature.

use crate::domain::class_name::Grade;
use std::collections::BTreeMap;
use std::path::Path;

use anyhow::Result;
use chrono::NaiveDate;
use rusqlite::params;

use crate::context::Ctx;
use crate::db::calendar::SchoolCalendar;
use crate::db::classes::class_required;
use crate::db::journal::Index;
use crate::domain::class_name::ClassName;
use crate::domain::date::{from_iso, iso, ru};
use crate::domain::marks::weighted_average;
use crate::error::usage;
use crate::render::pdf::{write_atomically, Document, Metrics, CONTENT_BOTTOM, MARGIN, PAGE_W};
use crate::render::{Cell, Rows};
use crate::reports::suggestions::{compute, Scope};

struct Student {
    id: i64,
    name: String,
}

struct Entry {
    date: NaiveDate,
    mark: String,
    work_type: String,
    weight: f64,
}

/// Short forms of work types for the printout.
fn work_short(w: &str) -> String {
    match w {
        "Ответ на уроке" => "отв.".into(),
        "Домашняя работа" => "д/р".into(),
        "Самостоятельная работа" => "с/р".into(),
        "Тест" => "тест".into(),
        "Проверочная работа" => "пров.".into(),
        "Практическая работа" => "пр/р".into(),
        "Лабораторная работа" => "л/р".into(),
        "Диктант" => "дикт.".into(),
        "Изложение" => "излож.".into(),
        "Сочинение" => "соч.".into(),
        "Контрольная работа" => "к/р".into(),
        other => other.to_lowercase(),
    }
}

pub fn export(
    ctx: &mut Ctx,
    class: &ClassName,
    student: Option<&str>,
    paper_only: bool,
    from: NaiveDate,
    to: NaiveDate,
    out: &Path,
) -> Result<Rows> {
    if from > to {
        return Err(usage(format!(
            "--from {} is after --to {}",
            ru(from),
            ru(to)
        )));
    }
    let class = class_required(&ctx.conn, class)?;
    let only = match student {
        Some(s) => Some(Index::new(&ctx.conn, ctx.today)?.student(&ctx.conn, &class, s)??),
        None => None,
    };
    let students: Vec<Student> = {
        let mut stmt = ctx.conn.prepare(
            "SELECT DISTINCT s.id, s.last_name || ' ' || s.first_name || ' ' || s.middle_name
             FROM enrolments e JOIN students s ON s.id = e.student_id LEFT JOIN guardians g ON g.student_id = s.id
             WHERE e.class_id = ?1 AND e.from_date <= ?3 AND (e.to_date IS NULL OR e.to_date >= ?2)
               AND (?4 IS NULL OR s.id = ?4) AND (NOT ?5 OR coalesce(g.paper_only, 0) = 1)
             ORDER BY s.last_name COLLATE RU, s.first_name COLLATE RU, s.middle_name COLLATE RU",
        )?;
        let rows = stmt.query_map(
            params![class.id, iso(from), iso(to), only, paper_only],
            |r| {
                Ok(Student {
                    id: r.get(0)?,
                    name: r.get::<_, String>(1)?.trim().to_string(),
                })
            },
        )?;
        rows.collect::<rusqlite::Result<_>>()?
    };
    if students.is_empty() {
        return Err(usage(if paper_only {
            format!(
                "no student of {} has parents who refused electronic access",
                class.name
            )
        } else {
            format!(
                "no students in {} between {} and {}",
                class.name,
                ru(from),
                ru(to)
            )
        }));
    }
    // Marks of the class in the range: student → subject → entries.
    let mut marks: BTreeMap<i64, BTreeMap<String, Vec<Entry>>> = BTreeMap::new();
    {
        let mut stmt = ctx.conn.prepare(
            "SELECT m.student_id, s.name, l.date, m.value, w.name, w.weight
             FROM marks m JOIN lessons l ON l.id = m.lesson_id JOIN courses c ON c.id = l.course_id
             JOIN subjects s ON s.id = c.subject_id JOIN work_types w ON w.id = m.work_type_id
             WHERE c.class_id = ?1 AND l.date BETWEEN ?2 AND ?3 ORDER BY l.date, l.lesson_no, m.id",
        )?;
        let rows = stmt.query_map(params![class.id, iso(from), iso(to)], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, String>(3)?,
                r.get::<_, String>(4)?,
                r.get::<_, f64>(5)?,
            ))
        })?;
        for row in rows {
            let (s, subject, date, mark, work_type, weight) = row?;
            marks
                .entry(s)
                .or_default()
                .entry(subject)
                .or_default()
                .push(Entry {
                    date: from_iso(&date),
                    mark,
                    work_type,
                    weight,
                });
        }
    }
    let mut absences: BTreeMap<i64, Vec<(NaiveDate, i64, String, String)>> = BTreeMap::new();
    {
        let mut stmt = ctx.conn.prepare(
            "SELECT a.student_id, l.date, l.lesson_no, s.name, a.code
             FROM absences a JOIN lessons l ON l.id = a.lesson_id JOIN courses c ON c.id = l.course_id
             JOIN subjects s ON s.id = c.subject_id
             WHERE c.class_id = ?1 AND l.date BETWEEN ?2 AND ?3 ORDER BY l.date, l.lesson_no",
        )?;
        let rows = stmt.query_map(params![class.id, iso(from), iso(to)], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, i64>(2)?,
                r.get::<_, String>(3)?,
                r.get::<_, String>(4)?,
            ))
        })?;
        for row in rows {
            let (s, d, no, subject, code) = row?;
            absences
                .entry(s)
                .or_default()
                .push((from_iso(&d), no, subject, code));
        }
    }
    // The suggested mark for the period the range ends in, from the period's start to `to`.
    let cal = SchoolCalendar::load(&ctx.conn)?;
    let period = cal.period_of(to, class.grade);
    let mut forecast: BTreeMap<(i64, String), String> = BTreeMap::new();
    if let (Some(p), true) = (period, Grade(class.grade).has_marks()) {
        let scope = Scope {
            class_id: Some(class.id),
            course_id: None,
        };
        for s in compute(&ctx.conn, p, &scope, to.min(ctx.today))? {
            if let Some(v) = s.suggested {
                forecast.insert((s.student_id, s.subject), v);
            }
        }
    }
    let school = crate::db::settings::setting(&ctx.conn, "school_name")?;
    let class_teacher: String = ctx
        .conn
        .query_row(
            "SELECT st.last_name || ' ' || st.first_name || ' ' || st.middle_name FROM classes c JOIN staff st ON st.id = c.class_teacher_id WHERE c.id = ?1",
            [class.id],
            |r| r.get(0),
        )
        .unwrap_or_default();

    let m = Metrics::new()?;
    let mut doc = Document::new(format!("{} — сведения об успеваемости", class.name));
    let mut summary = Rows::new(&[
        ("student", "Ученик"),
        ("pages", "Страниц"),
        ("marks", "Отметок"),
        ("absences", "Пропусков"),
    ]);
    let widths = [48.0, 160.0, 30.0, 39.0];
    for st in &students {
        let first_page = doc.pages.len();
        let page = doc.page();
        page.text(MARGIN, MARGIN + 4.0, 9.0, school.clone());
        page.text(
            MARGIN,
            MARGIN + 11.0,
            13.0,
            format!(
                "Сведения об успеваемости и посещаемости: {}, {} класс",
                st.name, class.name
            ),
        );
        page.text(
            MARGIN,
            MARGIN + 17.0,
            10.0,
            format!("за период с {} по {}", ru(from), ru(to)),
        );
        let mut y = MARGIN + 23.0;
        let head = |page: &mut crate::render::pdf::Page, y: f64| {
            let mut x = MARGIN;
            let titles = [
                "Предмет",
                "Отметки (дата — отметка, вид работы)",
                "Средний балл",
                match period {
                    Some(p) => p.ru(),
                    None => "период",
                },
            ];
            for (w, t) in widths.iter().zip(titles) {
                page.rect(x, y, *w, 6.0, 0.3);
                let t = if t == titles[3] {
                    format!("Прогноз: {t}")
                } else {
                    t.to_string()
                };
                page.text(x + 1.0, y + 4.2, 8.0, m.fit(&t, 8.0, w - 2.0));
                x += w;
            }
        };
        head(page, y);
        y += 6.0;
        let subjects = marks.get(&st.id);
        let mut n_marks = 0;
        let empty = BTreeMap::new();
        for (subject, entries) in subjects.unwrap_or(&empty) {
            n_marks += entries.len();
            let text = entries
                .iter()
                .map(|e| {
                    format!(
                        "{} — {} ({})",
                        e.date.format("%d.%m"),
                        e.mark,
                        work_short(&e.work_type)
                    )
                })
                .collect::<Vec<_>>()
                .join("; ");
            let lines = m.wrap(&text, 8.0, widths[1] - 2.0);
            let avg = weighted_average(
                entries
                    .iter()
                    .filter_map(|e| e.mark.parse::<u8>().ok().map(|v| (v, e.weight))),
            );
            let h = lines.len() as f64 * 3.6 + 1.8;
            if y + h > CONTENT_BOTTOM - 22.0 {
                let page = doc.page();
                y = MARGIN + 6.0;
                head(page, y);
                y += 6.0;
            }
            let page = doc.pages.last_mut().expect("a page is open");
            let mut x = MARGIN;
            let cells = [
                vec![subject.clone()],
                lines,
                vec![avg.map(|a| format!("{a:.2}")).unwrap_or_default()],
                vec![forecast
                    .get(&(st.id, subject.clone()))
                    .cloned()
                    .unwrap_or_default()],
            ];
            for (w, cell) in widths.iter().zip(&cells) {
                page.rect(x, y, *w, h, 0.2);
                for (i, l) in cell.iter().enumerate() {
                    page.text(
                        x + 1.0,
                        y + 1.0 + (i as f64 + 0.8) * 3.6,
                        8.0,
                        m.fit(l, 8.0, w - 2.0),
                    );
                }
                x += w;
            }
            y += h;
        }
        if subjects.is_none() {
            let page = doc.pages.last_mut().expect("a page is open");
            page.text(
                MARGIN,
                y + 5.0,
                9.0,
                if !Grade(class.grade).has_marks() {
                    "1 класс: безотметочное обучение."
                } else {
                    "Отметок за этот период нет."
                },
            );
            y += 7.0;
        }
        // Absences.
        let list = absences.get(&st.id).cloned().unwrap_or_default();
        let missed = list.iter().filter(|a| a.3 != "О").count();
        let ill = list.iter().filter(|a| a.3 == "Б").count();
        let late = list.iter().filter(|a| a.3 == "О").count();
        let text = if list.is_empty() {
            "Пропусков нет.".to_string()
        } else {
            let items = list
                .iter()
                .map(|(d, no, subj, code)| {
                    format!("{} ур. {no} {subj} — {code}", d.format("%d.%m"))
                })
                .collect::<Vec<_>>()
                .join("; ");
            format!("Пропущено уроков: {missed} (по болезни {ill}), опозданий: {late}. {items}")
        };
        let lines = m.wrap(&text, 8.0, PAGE_W - 2.0 * MARGIN);
        for line in lines {
            if y + 12.0 > CONTENT_BOTTOM {
                doc.page();
                y = MARGIN + 6.0;
            }
            y += 4.0;
            doc.pages
                .last_mut()
                .expect("page")
                .text(MARGIN, y, 8.0, line);
        }
        if y + 20.0 > CONTENT_BOTTOM {
            doc.page();
            y = MARGIN + 6.0;
        }
        let page = doc.pages.last_mut().expect("page");
        page.text(MARGIN, y + 7.0, 7.5, "Коды пропусков: Б — болезнь, У — уважительная причина, Н — неявка, О — опоздание. Прогноз — средневзвешенный балл периода, округлённый по правилу школы.");
        page.text(
            MARGIN,
            y + 14.0,
            9.5,
            format!("Классный руководитель ____________ {class_teacher}"),
        );
        page.text(
            MARGIN + 150.0,
            y + 14.0,
            9.5,
            "Подпись родителя (законного представителя) ____________  Дата ________",
        );
        summary.push(vec![
            Cell::text(&st.name),
            Cell::Int((doc.pages.len() - first_page) as i64),
            Cell::Int(n_marks as i64),
            Cell::Int(list.len() as i64),
        ]);
    }
    let pages = doc.pages.len();
    let bytes = doc.render(&format!(
        "{school} · {} класс · {} – {}",
        class.name,
        ru(from),
        ru(to)
    ))?;
    write_atomically(out, &bytes)?;
    ctx.say(format!(
        "{}: {} students, {pages} pages",
        out.display(),
        students.len()
    ));
    Ok(summary)
}
