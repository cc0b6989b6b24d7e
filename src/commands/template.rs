//! `ejournal template KIND --out FILE`: an empty file for an import, as a school fills it in
//! Excel — the Russian header row (required columns marked `*`), one example row, a comment
//! on every column and, in `.xlsx`, drop-down lists where the values are fixed (roles,
//! weekdays, absence codes, work types, marks, periods). Needs no journal.

use std::path::PathBuf;

use anyhow::{anyhow, Result};
use rust_xlsxwriter::{DataValidation, Format, Note, Workbook};

use super::import::columns;
use crate::domain::marks::FINAL_VALUES;
use crate::domain::roles::ROLES;
use crate::domain::work_types::DEFAULT_WORK_TYPES;
use crate::input::columns::Column;

/// What a template is for: the import of the same name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum TemplateKind {
    Staff,
    Roster,
    Load,
    Groups,
    Timetable,
    Plan,
    Marks,
    Absences,
    Finals,
    Lessons,
    AccessLog,
}

#[derive(Debug, clap::Args)]
pub struct Template {
    /// Which import the file is for
    #[arg(value_enum)]
    pub kind: TemplateKind,
    /// The file to write: .xlsx (with drop-down lists and comments) or .csv (Windows-1251,
    /// `;`, as Russian Excel saves it)
    #[arg(long, value_name = "FILE")]
    pub out: PathBuf,
}

/// The rows of the fixed lists, for drop-downs and for their comments.
fn weekdays() -> Vec<String> {
    ["Пн", "Вт", "Ср", "Чт", "Пт", "Сб"]
        .map(String::from)
        .to_vec()
}

/// An example cell for a column of a kind: one coherent school (5А, Иванова teaching
/// mathematics, the student Ёлкин), so that the templates filled with their examples import
/// one after another.
fn example(kind: TemplateKind, key: &str) -> &'static str {
    use TemplateKind::*;
    match (kind, key) {
        (Staff, "last_name") => "Иванова",
        (Staff, "first_name") => "Анна",
        (Staff, "middle_name") => "Петровна",
        (Staff, "role") => "учитель, классный руководитель",
        (Staff, "class") => "5А",
        (Roster, "last_name") => "Ёлкин",
        (Roster, "first_name") => "Фёдор",
        (Roster, "middle_name") => "Андреевич",
        (Roster, "birth_date") => "14.03.2012",
        (Roster, "enrolled_on") => "01.09.2023",
        (Roster, "guardian") => "Ёлкина Оксана Викторовна",
        (Roster, "phone") => "+7 900 123-45-67",
        (Roster, "paper_only") => "нет",
        (Load, "teacher") => "Иванова Анна Петровна",
        (Load, "hours_per_week") => "5",
        (Groups, "group") => "1",
        (Groups, "subject") => "Английский язык",
        (Timetable, "weekday") => "Пн",
        (Timetable | Lessons, "lesson_no") => "1",
        (Plan, "lesson_no") => "1",
        (Plan, "topic") => "Натуральные числа и шкалы",
        (Plan, "hours") => "1",
        (Plan, "planned_date") => "04.09.2023",
        (Plan, "homework") => "§ 1, № 5, 7",
        (Plan, "control_work") => "нет",
        (Lessons, "topic") => "Натуральные числа и шкалы",
        (Lessons, "homework") => "§ 1, № 5, 7",
        (Marks | Lessons, "date") => "04.09.2023",
        (Absences, "date") => "11.09.2023",
        (AccessLog, "date") => "05.09.2023",
        (Marks, "mark") => "5",
        (Finals, "mark") => "5",
        (Marks, "work_type") => "Ответ на уроке",
        (Absences, "code") => "Б",
        (Finals, "period") => "Q1",
        (AccessLog, "who") => "Ёлкина Оксана Викторовна",
        (AccessLog, "role") => "родитель",
        (Groups | Marks | Absences | Finals, "student") => "Ёлкин Фёдор",
        (Absences, "subject") | (_, "group") | (_, "middle_name") => "",
        (_, "class") => "5А",
        (_, "subject") => "Математика",
        _ => "",
    }
}

/// What a column holds, as its comment says it.
fn comment(kind: TemplateKind, key: &str) -> String {
    use TemplateKind::*;
    let list = |v: &[&str]| v.join(", ");
    match (kind, key) {
        (Plan, "lesson_no") => "Номер урока в КТП: 1, 2, 3 … по порядку".into(),
        (Plan, "planned_date") => "Дата по плану, дд.мм.гггг (можно не заполнять)".into(),
        (Plan, "hours") => "Часов на тему (пусто — 1)".into(),
        (Plan, "control_work") => {
            "да — урок контрольной работы (отмечается в бумажной копии журнала)".into()
        }
        (AccessLog, "date") => "Дата просмотра дневника, дд.мм.гггг".into(),
        (AccessLog, "who") => "ФИО ученика или родителя, как в портале".into(),
        (AccessLog, "role") => "ученик или родитель".into(),
        (Staff, "role") => format!("Роль (можно несколько через запятую): {}", list(&ROLES)),
        (Staff, "class") => "Класс, которым он руководит (для классного руководителя)".into(),
        (Roster, "birth_date") => "Дата рождения, дд.мм.гггг — различает однофамильцев".into(),
        (Roster, "enrolled_on") => "Дата зачисления (пусто — начало года)".into(),
        (Roster, "guardian") => "ФИО родителя (законного представителя)".into(),
        (Roster, "paper_only") => {
            "да — родитель отказался от электронного дневника: ему печатают выписку".into()
        }
        (Absences, "subject") => {
            "Предмет: пусто — пропущены все уроки дня (болезнь на весь день)".into()
        }
        (Finals, "mark") => format!("Итоговая отметка: {}", list(&FINAL_VALUES)),
        (_, "date") => "Дата урока, дд.мм.гггг".into(),
        (_, "class") => "Класс: цифра и буква, например 5А".into(),
        (_, "subject") => "Предмет, как в учебной нагрузке".into(),
        (_, "group") => "Группа (номер), если класс делится на группы по предмету".into(),
        (_, "student") => {
            "Ученик: Фамилия Имя (Отчество); однофамильцам — дата рождения после имени".into()
        }
        (_, "teacher") => {
            "Учитель: ФИО полностью или Фамилия И.О., как в списке сотрудников".into()
        }
        (_, "hours_per_week") => "Часов в неделю по учебному плану".into(),
        (_, "weekday") => "День недели: Пн … Сб или 1–6".into(),
        (_, "lesson_no") => {
            "Номер урока в расписании дня (1–12); нужен, когда в день два урока предмета".into()
        }
        (_, "mark") => "Отметка: 5, 4, 3, 2, 1, зч, нз".into(),
        (_, "work_type") => "Вид работы из списка (пусто — Ответ на уроке)".into(),
        (_, "code") => {
            "Код пропуска: Н — неявка, Б — болезнь, У — уважительная причина, О — опоздание".into()
        }
        (_, "period") => "Период: Q1–Q4 (четверти), H1, H2 (полугодия), Y (год)".into(),
        (_, "topic") => "Тема урока".into(),
        (_, "homework") => "Домашнее задание".into(),
        (_, "last_name") => "Фамилия".into(),
        (_, "first_name") => "Имя".into(),
        (_, "middle_name") => "Отчество (если есть)".into(),
        (_, "phone") => "Телефон родителя".into(),
        (_, "email") => "Электронная почта родителя".into(),
        _ => String::new(),
    }
}

/// The fixed values of a column, offered as a drop-down list.
fn choices(kind: TemplateKind, key: &str) -> Option<Vec<String>> {
    use TemplateKind::*;
    let v = |items: &[&str]| Some(items.iter().map(|s| s.to_string()).collect());
    match (kind, key) {
        (Staff, "role") => v(&ROLES),
        (AccessLog, "role") => v(&["ученик", "родитель"]),
        (Roster, "paper_only") | (Plan, "control_work") => v(&["да", "нет"]),
        (Timetable, "weekday") => Some(weekdays()),
        (Absences, "code") => v(&["Н", "Б", "У", "О"]),
        (Marks, "work_type") => Some(DEFAULT_WORK_TYPES.iter().map(|w| w.0.to_string()).collect()),
        (Marks, "mark") => v(&["5", "4", "3", "2", "1", "зч", "нз"]),
        (Finals, "mark") => v(&FINAL_VALUES),
        (Finals, "period") => v(&["Q1", "Q2", "Q3", "Q4", "H1", "H2", "Y"]),
        _ => None,
    }
}

/// The columns a template writes: the usual ones (a single `ФИО` column is an alternative
/// to Фамилия, Имя, Отчество, and a file may not have both).
fn columns_of(kind: TemplateKind) -> Vec<&'static Column> {
    all_columns_of(kind)
        .iter()
        .filter(|c| !c.is_alternative())
        .collect()
}

fn all_columns_of(kind: TemplateKind) -> &'static [Column] {
    use TemplateKind::*;
    match kind {
        Staff => columns::STAFF,
        Roster => columns::ROSTER,
        Load => columns::LOAD,
        Groups => columns::GROUPS,
        Timetable => columns::TIMETABLE,
        Plan => columns::PLAN,
        Marks => columns::MARKS,
        Absences => columns::ABSENCES,
        Finals => columns::FINALS,
        Lessons => columns::LESSONS,
        AccessLog => columns::ACCESS_LOG,
    }
}

/// A column's header as the template writes it: the Russian name, `*` when required.
fn header(c: &Column) -> String {
    if c.required {
        format!("{}*", c.ru)
    } else {
        c.ru.to_string()
    }
}

/// The `.xlsx` template.
pub fn xlsx(kind: TemplateKind) -> Result<Vec<u8>> {
    let err = |e: rust_xlsxwriter::XlsxError| {
        anyhow!(crate::t!("template-writing", error = e.to_string()))
    };
    let mut book = Workbook::new();
    let ws = book.add_worksheet();
    let head = Format::new().set_bold().set_text_wrap();
    let text = Format::new().set_num_format("@");
    let cols = columns_of(kind);
    for (i, c) in cols.iter().enumerate() {
        let col = i as u16;
        ws.write_string_with_format(0, col, header(c), &head)
            .map_err(err)?;
        // Text cells: Excel keeps 5А, 04.09.2023 and 1 as typed.
        ws.set_column_format(col, &text).map_err(err)?;
        ws.write_string(1, col, example(kind, c.key)).map_err(err)?;
        let note = comment(kind, c.key);
        if !note.is_empty() {
            ws.insert_note(0, col, &Note::new(note).set_author("ejournal"))
                .map_err(err)?;
        }
        ws.set_column_width(col, (c.ru.chars().count() as f64 + 4.0).max(14.0))
            .map_err(err)?;
        if let Some(values) = choices(kind, c.key) {
            let list = DataValidation::new()
                .allow_list_strings(&values)
                .map_err(err)?
                .ignore_blank(true);
            ws.add_data_validation(1, col, 5_000, col, &list)
                .map_err(err)?;
        }
    }
    ws.set_freeze_panes(1, 0).map_err(err)?;
    book.save_to_buffer().map_err(err)
}

/// The `.csv` template: Windows-1251 with `;`, as Russian Excel saves; the comments and
/// lists are in the `.xlsx` one.
pub fn csv(kind: TemplateKind) -> Result<Vec<u8>> {
    let cols = columns_of(kind);
    let mut w = csv::WriterBuilder::new()
        .delimiter(b';')
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    w.write_record(cols.iter().map(|c| header(c)))?;
    w.write_record(cols.iter().map(|c| example(kind, c.key)))?;
    let text = String::from_utf8(w.into_inner().map_err(|e| anyhow!("{e}"))?)?;
    let (bytes, _, _) = encoding_rs::WINDOWS_1251.encode(&text);
    Ok(bytes.into_owned())
}

impl Template {
    pub fn run(&self, quiet: bool) -> Result<()> {
        let ext = self
            .out
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase);
        let bytes = match ext.as_deref() {
            Some("xlsx") => xlsx(self.kind)?,
            Some("csv") => csv(self.kind)?,
            _ => {
                return Err(crate::error::usage(crate::t!(
                    "template-extension",
                    path = self.out.display().to_string()
                )))
            }
        };
        crate::output::write_file(&self.out, &bytes)?;
        if quiet {
            return Ok(());
        }
        eprintln!(
            "{}",
            crate::t!(
                "template-written",
                path = self.out.display().to_string(),
                kind = clap::ValueEnum::to_possible_value(&self.kind)
                    .map(|v| v.get_name().to_string())
                    .unwrap_or_default()
            )
        );
        Ok(())
    }
}
