//! The parents' printout drawn as a PDF: per student a page (or more) with his marks by
//! subject, the averages and the forecast (or the period's final mark once set), his
//! absences, the homework of the coming week, and the lines to sign. Counts take their plural
//! forms from the catalogue (`diary-*` in `locales/*/reports.ftl`).

use anyhow::Result;

use super::pdf::{Document, Metrics, Page, CONTENT_BOTTOM, MARGIN, PAGE_W};
use super::short::work_short;
use crate::domain::calendar::PeriodCode;
use crate::domain::date::ru;
use crate::reports::diary::{Diary, StudentDiary, SubjectMarks};

/// What the last column of a student's table shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Outlook {
    /// No final mark of the period yet: the forecast.
    Forecast,
    /// Every subject has its final mark.
    Finals,
    /// Some have: each cell says which it is.
    Mixed,
}

impl Outlook {
    fn of(st: &StudentDiary) -> Outlook {
        let finals = st
            .subjects
            .iter()
            .filter(|s| s.final_mark.is_some())
            .count();
        match finals {
            0 => Outlook::Forecast,
            n if n == st.subjects.len() => Outlook::Finals,
            _ => Outlook::Mixed,
        }
    }
}

/// The final mark's name for the period: «Четвертная» for a quarter.
pub fn final_label(period: Option<PeriodCode>) -> &'static str {
    match period {
        Some(p) if p.is_quarter() => "Четвертная",
        Some(p) if p.is_semester() => "Полугодовая",
        Some(PeriodCode::Y) => "Годовая",
        _ => "Итоговая за период",
    }
}

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
    let outlook = Outlook::of(st);
    table_head(page, m, diary, outlook, y);
    y += 6.0;
    for subject in &st.subjects {
        y = subject_row(doc, m, diary, outlook, subject, y);
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
    y = homework_lines(doc, m, diary, st, y);
    signatures(doc, m, diary, outlook, y);
}

/// The page being drawn on.
fn last_page(doc: &mut Document) -> &mut Page {
    doc.pages.last_mut().expect("a page is open")
}

/// The marks table's header row at `y`.
fn table_head(page: &mut Page, m: &Metrics, diary: &Diary, outlook: Outlook, y: f64) {
    let period = match diary.period {
        Some(p) => p.ru(),
        None => "период",
    };
    let last = match outlook {
        Outlook::Forecast => format!("Прогноз: {period}"),
        Outlook::Finals => format!("{}: {period}", final_label(diary.period)),
        Outlook::Mixed => format!("Итог / прогноз: {period}"),
    };
    let titles = [
        "Предмет".to_string(),
        "Отметки (дата — отметка, вид работы)".to_string(),
        "Средний балл".to_string(),
        last,
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
    outlook: Outlook,
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
        table_head(page, m, diary, outlook, y);
        y += 6.0;
    }
    let outcome = match (&subject.final_mark, outlook) {
        (Some(f), Outlook::Mixed) => {
            format!("{f} ({})", final_label(diary.period).to_lowercase())
        }
        (Some(f), _) => f.clone(),
        (None, Outlook::Mixed) if !subject.forecast.is_empty() => {
            format!("{} (прогноз)", subject.forecast)
        }
        (None, _) => subject.forecast.clone(),
    };
    let page = last_page(doc);
    let cells = [
        vec![subject.subject.clone()],
        lines,
        vec![subject
            .average
            // A Russian document: the decimal comma.
            .map(|a| format!("{a:.2}").replace('.', ","))
            .unwrap_or_default()],
        vec![outcome],
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
fn absence_lines(doc: &mut Document, m: &Metrics, st: &StudentDiary, y: f64) -> f64 {
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
        let missed = match st.missed() {
            0 => crate::t!("diary-missed-none"),
            n => crate::t!("diary-missed", count = n, ill = st.missed_ill()),
        };
        let late = match st.late() {
            0 => crate::t!("diary-late-none"),
            n => crate::t!("diary-late", count = n),
        };
        format!("{missed}; {late}. {items}")
    };
    paragraph(doc, m, &text, y)
}

/// Lines of 8 pt text below `y`, on a new page when the foot is reached; returns the `y`
/// of the last line.
fn paragraph(doc: &mut Document, m: &Metrics, text: &str, mut y: f64) -> f64 {
    for line in m.wrap(text, 8.0, PAGE_W - 2.0 * MARGIN) {
        if y + 12.0 > CONTENT_BOTTOM {
            doc.page();
            y = CONTINUED_Y;
        }
        y += 4.0;
        last_page(doc).text(MARGIN, y, 8.0, line);
    }
    y
}

/// The homework of the week after the range, a paragraph per subject, below `y`.
fn homework_lines(
    doc: &mut Document,
    m: &Metrics,
    diary: &Diary,
    st: &StudentDiary,
    y: f64,
) -> f64 {
    let (from, to) = diary.homework_span();
    let head = format!("Домашнее задание на неделю с {} по {}", ru(from), ru(to));
    if st.homework.is_empty() {
        return paragraph(doc, m, &format!("{head}: не записано."), y + 1.5);
    }
    let mut y = paragraph(doc, m, &format!("{head}:"), y + 1.5);
    for subject in &st.homework {
        let items = subject
            .items
            .iter()
            .map(|(date, text)| format!("{} — {text}", date.format("%d.%m")))
            .collect::<Vec<_>>()
            .join("; ");
        y = paragraph(doc, m, &format!("{}: {items}", subject.subject), y);
    }
    y
}

/// The legend and the lines the class teacher and the parent sign, below `y`.
fn signatures(doc: &mut Document, m: &Metrics, diary: &Diary, outlook: Outlook, mut y: f64) {
    let mut legend = "Коды пропусков: Б — болезнь, У — уважительная причина, Н — неявка, О — опоздание. Прогноз — средневзвешенный балл периода, округлённый по правилу школы.".to_string();
    if outlook != Outlook::Forecast {
        legend.push_str(&format!(
            " {} — отметка за период, выставленная учителем.",
            final_label(diary.period)
        ));
    }
    let legend = m.wrap(&legend, 7.5, PAGE_W - 2.0 * MARGIN);
    let extra = (legend.len() as f64 - 1.0) * 3.4;
    if y + 20.0 + extra > CONTENT_BOTTOM {
        doc.page();
        y = CONTINUED_Y;
    }
    let page = last_page(doc);
    for (i, line) in legend.into_iter().enumerate() {
        page.text(MARGIN, y + 7.0 + i as f64 * 3.4, 7.5, line);
    }
    y += extra;
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

#[cfg(test)]
mod tests {
    use crate::i18n::{message_in, Lang};

    #[test]
    fn the_absences_line_agrees_with_its_counts() {
        let missed = |lang, n: usize| {
            message_in(
                lang,
                "diary-missed",
                &[("count", n.into()), ("ill", 1.into())],
            )
        };
        let late = |n: usize| message_in(Lang::Ru, "diary-late", &[("count", n.into())]);
        for (lang, n, said) in [
            (Lang::Ru, 1, "Пропущен 1 урок, из них по болезни — 1"),
            (Lang::Ru, 2, "Пропущено 2 урока, из них по болезни — 1"),
            (Lang::Ru, 5, "Пропущено 5 уроков, из них по болезни — 1"),
            (Lang::Ru, 11, "Пропущено 11 уроков, из них по болезни — 1"),
            (Lang::Ru, 21, "Пропущен 21 урок, из них по болезни — 1"),
            (Lang::En, 1, "Missed 1 lesson, 1 of them through illness"),
            (Lang::En, 3, "Missed 3 lessons, 1 of them through illness"),
        ] {
            assert_eq!(missed(lang, n), said, "{lang:?} {n}");
        }
        assert_eq!(late(1), "1 опоздание");
        assert_eq!(late(3), "3 опоздания");
        assert_eq!(late(12), "12 опозданий");
        assert_eq!(late(22), "22 опоздания");
    }
}
