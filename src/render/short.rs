//! Short forms for narrow columns and dense lines: periods, subjects, work types, as
//! documents print them.

use crate::domain::calendar::PeriodCode;

/// Short header of a period's final-mark column: `I четв.`.
pub fn period_short(p: PeriodCode) -> &'static str {
    match p {
        PeriodCode::Q1 => "I четв.",
        PeriodCode::Q2 => "II четв.",
        PeriodCode::Q3 => "III четв.",
        PeriodCode::Q4 => "IV четв.",
        PeriodCode::H1 => "I полуг.",
        PeriodCode::H2 => "II полуг.",
        PeriodCode::Y => "Год",
    }
}

/// Standard abbreviations of subject names for narrow columns.
pub fn subject_short(s: &str) -> String {
    let known = [
        ("Русский язык", "Рус. яз."),
        ("Литературное чтение", "Лит. чт."),
        ("Литература", "Литер."),
        ("Английский язык", "Англ. яз."),
        ("Математика", "Матем."),
        ("Алгебра", "Алгебра"),
        ("Геометрия", "Геометр."),
        ("Вероятность и статистика", "Вер. и ст."),
        ("Информатика", "Информ."),
        ("История", "История"),
        ("Обществознание", "Общест."),
        ("География", "Геогр."),
        ("Биология", "Биол."),
        ("Физика", "Физика"),
        ("Химия", "Химия"),
        ("Физическая культура", "Физ-ра"),
        ("Изобразительное искусство", "ИЗО"),
        ("Музыка", "Музыка"),
        ("Труд (технология)", "Труд"),
        ("Окружающий мир", "Окр. мир"),
        ("Индивидуальный проект", "Инд. пр."),
    ];
    known
        .iter()
        .find(|(k, _)| *k == s)
        .map(|(_, v)| v.to_string())
        .unwrap_or_else(|| s.to_string())
}

/// Short forms of work types for the printout.
pub fn work_short(w: &str) -> String {
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
