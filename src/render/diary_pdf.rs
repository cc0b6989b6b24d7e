//! The parents' printout drawn as a PDF: per student a page (or more) with his marks by
//! subject, the averages and the forecast, his absences, and the lines to sign.

use anyhow::Result;

use super::pdf::{Document, Metrics, Page, CONTENT_BOTTOM, MARGIN, PAGE_W};
use super::short::work_short;
use crate::domain::date::ru;
use crate::reports::diary::{Diary, StudentDiary, SubjectMarks};

/// Widths of the marks table's columns: subject, marks, average, forecast.
const WIDTHS: [f64; 4] = [48.0, 160.0, 30.0, 39.0];
/// Height of a line of text in the table.
const LINE_H: f64 = 3.6;
/// Where the table continues on a new page.
const CONTINUED_Y: f64 = MARGIN + 6.0;

/// The PDF and how many pages each student's printout took (in the diary's order).
pub struct Rendered {
    pub bytes: Vec<u8>,
    pub pages: Vec<usize>,
}

/// Lay out and draw every student's printout.
pub fn render(diary: &Diary) -> Result<Rendered> {
    let m = Metrics::new()?;
    let mut doc = Document::new(format!("{} — сведения об успеваемости", diary.class));
    let mut pages = Vec::with_capacity(diary.students.len());
    for st in &diary.students {
        let first_page = doc.pages.len();
        student_pages(&mut doc, &m, diary, st);
        pages.push(doc.pages.len() - first_page);
    }
    let bytes = doc.render(
        &format!(
            "{} · {} класс · {} – {}",
            diary.school,
            diary.class,
            ru(diary.from),
            ru(diary.to)
        ),
        diary.kind.notice(),
    )?;
    Ok(Rendered { bytes, pages })
}

/// One student's printout, from a new page.
fn student_pages(doc: &mut Document, m: &Metrics, diary: &Diary, st: &StudentDiary) {
    let page = doc.page();
    page.text(MARGIN, MARGIN + 4.0, 9.0, diary.school.clone());
    page.text(
        MARGIN,
        MARGIN + 11.0,
        13.0,
        format!(
            "Сведения об успеваемости и посещаемости: {}, {} класс",
            st.name, diary.class
        ),
    );
    page.text(
        MARGIN,
        MARGIN + 17.0,
        10.0,
        format!("за период с {} по {}", ru(diary.from), ru(diary.to)),
    );
    let mut y = MARGIN + 23.0;
    table_head(page, m, diary, y);
    y += 6.0;
    for subject in &st.subjects {
        y = subject_row(doc, m, diary, subject, y);
    }
    if st.subjects.is_empty() {
        let page = last_page(doc);
        page.text(
            MARGIN,
            y + 5.0,
            9.0,
            if !diary.grade.has_marks() {
                "1 класс: безотметочное обучение."
            } else {
                "Отметок за этот период нет."
            },
        );
        y += 7.0;
    }
    y = absence_lines(doc, m, st, y);
    signatures(doc, diary, y);
}

/// The page being drawn on.
fn last_page(doc: &mut Document) -> &mut Page {
    doc.pages.last_mut().expect("a page is open")
}

/// The marks table's header row at `y`.
fn table_head(page: &mut Page, m: &Metrics, diary: &Diary, y: f64) {
    let period = match diary.period {
        Some(p) => p.ru(),
        None => "период",
    };
    let titles = [
        "Предмет".to_string(),
        "Отметки (дата — отметка, вид работы)".to_string(),
        "Средний балл".to_string(),
        format!("Прогноз: {period}"),
    ];
    let mut x = MARGIN;
    for (w, t) in WIDTHS.iter().zip(titles) {
        page.rect(x, y, *w, 6.0, 0.3);
        page.text(x + 1.0, y + 4.2, 8.0, m.fit(&t, 8.0, w - 2.0));
        x += w;
    }
}

/// A subject's row at `y` (on a new page, under a new header, when it does not fit);
/// returns the `y` below it.
fn subject_row(
    doc: &mut Document,
    m: &Metrics,
    diary: &Diary,
    subject: &SubjectMarks,
    mut y: f64,
) -> f64 {
    let text = subject
        .entries
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
    let lines = m.wrap(&text, 8.0, WIDTHS[1] - 2.0);
    let h = lines.len() as f64 * LINE_H + 1.8;
    // Room is kept at the foot of the page for the absences and the signatures.
    if y + h > CONTENT_BOTTOM - 22.0 {
        let page = doc.page();
        y = CONTINUED_Y;
        table_head(page, m, diary, y);
        y += 6.0;
    }
    let page = last_page(doc);
    let cells = [
        vec![subject.subject.clone()],
        lines,
        vec![subject
            .average
            .map(|a| format!("{a:.2}"))
            .unwrap_or_default()],
        vec![subject.forecast.clone()],
    ];
    let mut x = MARGIN;
    for (w, cell) in WIDTHS.iter().zip(&cells) {
        page.rect(x, y, *w, h, 0.2);
        for (i, l) in cell.iter().enumerate() {
            page.text(
                x + 1.0,
                y + 1.0 + (i as f64 + 0.8) * LINE_H,
                8.0,
                m.fit(l, 8.0, w - 2.0),
            );
        }
        x += w;
    }
    y + h
}

/// The absences paragraph below `y`; returns the `y` of its last line.
fn absence_lines(doc: &mut Document, m: &Metrics, st: &StudentDiary, mut y: f64) -> f64 {
    let text = if st.absences.is_empty() {
        "Пропусков нет.".to_string()
    } else {
        let items = st
            .absences
            .iter()
            .map(|a| {
                format!(
                    "{} ур. {} {} — {}",
                    a.date.format("%d.%m"),
                    a.lesson_no,
                    a.subject,
                    a.code.as_str()
                )
            })
            .collect::<Vec<_>>()
            .join("; ");
        format!(
            "Пропущено уроков: {} (по болезни {}), опозданий: {}. {items}",
            st.missed(),
            st.missed_ill(),
            st.late()
        )
    };
    for line in m.wrap(&text, 8.0, PAGE_W - 2.0 * MARGIN) {
        if y + 12.0 > CONTENT_BOTTOM {
            doc.page();
            y = CONTINUED_Y;
        }
        y += 4.0;
        last_page(doc).text(MARGIN, y, 8.0, line);
    }
    y
}

/// The legend and the lines the class teacher and the parent sign, below `y`.
fn signatures(doc: &mut Document, diary: &Diary, mut y: f64) {
    if y + 20.0 > CONTENT_BOTTOM {
        doc.page();
        y = CONTINUED_Y;
    }
    let page = last_page(doc);
    page.text(MARGIN, y + 7.0, 7.5, "Коды пропусков: Б — болезнь, У — уважительная причина, Н — неявка, О — опоздание. Прогноз — средневзвешенный балл периода, округлённый по правилу школы.");
    page.text(
        MARGIN,
        y + 14.0,
        9.5,
        format!("Классный руководитель ____________ {}", diary.class_teacher),
    );
    page.text(
        MARGIN + 150.0,
        y + 14.0,
        9.5,
        "Подпись родителя (законного представителя) ____________  Дата ________",
    );
}
