//! Russian plural forms of a count: «1 ученик, 2 ученика, 5 учеников, 21 ученик».
//!
//! The category of a number comes from the CLDR plural rules (crate `intl_pluralrules`),
//! never from rules written here: Russian has `one` (1, 21, 101…), `few` (2–4, 22–24…) and
//! `many` (0, 5–20, 25…), and a fractional count takes `other` (the `few` form: «1,5 часа»).
//! A word is given as its three forms, [`Forms`]; [`count`] writes the number with its
//! word, [`form`] picks the word alone (for a verb that agrees: «Пропущен 1 урок»,
//! «Пропущено 2 урока»).
//!
//! ```
//! use ejournal::domain::plural::{count, Forms};
//! const STUDENTS: Forms = Forms::new("ученик", "ученика", "учеников");
//! assert_eq!(count(21, STUDENTS), "21 ученик");
//! ```

use std::sync::OnceLock;

use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use unic_langid::LanguageIdentifier;

/// A word's forms after 1, after 2 and after 5.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Forms {
    pub one: &'static str,
    pub few: &'static str,
    pub many: &'static str,
}

impl Forms {
    pub const fn new(one: &'static str, few: &'static str, many: &'static str) -> Forms {
        Forms { one, few, many }
    }
}

/// Words the journal counts, for reuse.
pub const STUDENTS: Forms = Forms::new("ученик", "ученика", "учеников");
pub const PAGES: Forms = Forms::new("страница", "страницы", "страниц");
pub const FILES: Forms = Forms::new("файл", "файла", "файлов");
pub const CLASSES: Forms = Forms::new("класс", "класса", "классов");
pub const LESSONS: Forms = Forms::new("урок", "урока", "уроков");
pub const LATENESS: Forms = Forms::new("опоздание", "опоздания", "опозданий");
pub const MARKS: Forms = Forms::new("отметка", "отметки", "отметок");
pub const ABSENCES: Forms = Forms::new("пропуск", "пропуска", "пропусков");
pub const ROWS: Forms = Forms::new("строка", "строки", "строк");

/// The CLDR cardinal rules of Russian, made once.
fn rules() -> &'static PluralRules {
    static RULES: OnceLock<PluralRules> = OnceLock::new();
    RULES.get_or_init(|| {
        let ru: LanguageIdentifier = "ru".parse().expect("\"ru\" is a language identifier");
        PluralRules::create(ru, PluralRuleType::CARDINAL).expect("CLDR has Russian plural rules")
    })
}

/// The form of `word` that goes with the whole number `n`.
pub fn form(n: u64, word: Forms) -> &'static str {
    match rules().select(n) {
        Ok(PluralCategory::ONE) => word.one,
        Ok(PluralCategory::MANY) => word.many,
        // `few`, and `other` (fractions) which Russian writes as `few`.
        _ => word.few,
    }
}

/// `n` and its word: «2 ученика».
pub fn count(n: impl TryInto<u64>, word: Forms) -> String {
    let n: u64 = n.try_into().unwrap_or(0);
    format!("{n} {}", form(n, word))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn russian_forms_by_cldr() {
        for (n, want) in [
            (0, "0 учеников"),
            (1, "1 ученик"),
            (2, "2 ученика"),
            (4, "4 ученика"),
            (5, "5 учеников"),
            (11, "11 учеников"),
            (12, "12 учеников"),
            (14, "14 учеников"),
            (21, "21 ученик"),
            (22, "22 ученика"),
            (25, "25 учеников"),
            (101, "101 ученик"),
            (111, "111 учеников"),
        ] {
            assert_eq!(count(n as u64, STUDENTS), want);
        }
        assert_eq!(count(1usize, PAGES), "1 страница");
        assert_eq!(count(2usize, PAGES), "2 страницы");
        assert_eq!(count(5usize, PAGES), "5 страниц");
        assert_eq!(count(21usize, PAGES), "21 страница");
    }
}
