//! ФИО (фамилия, имя, отчество): a person's surname, name and patronymic.

use crate::domain::text::fold_key;
use chrono::NaiveDate;

/// A person's name as the journal stores it. The patronymic may be empty.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fio {
    pub last: String,
    pub first: String,
    pub middle: String,
}

impl Fio {
    /// From three cells, trimmed; each part must look like a name.
    pub fn from_parts(last: &str, first: &str, middle: &str) -> Fio {
        let clean = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
        Fio {
            last: clean(last),
            first: clean(first),
            middle: clean(middle),
        }
    }

    /// The folded key people are matched by.
    pub fn key(&self) -> String {
        fold_key(&format!("{} {} {}", self.last, self.first, self.middle))
    }

    pub fn full(&self) -> String {
        if self.middle.is_empty() {
            format!("{} {}", self.last, self.first)
        } else {
            format!("{} {} {}", self.last, self.first, self.middle)
        }
    }

    /// `Иванова А. П.`, as documents print teachers.
    pub fn short(&self) -> String {
        let initial = |s: &str| {
            s.chars()
                .next()
                .map(|c| format!(" {c}."))
                .unwrap_or_default()
        };
        format!(
            "{}{}{}",
            self.last,
            initial(&self.first),
            initial(&self.middle)
        )
    }
}

/// Check one part of a name: letters, hyphens, apostrophes and spaces only. Catches columns
/// shifted by a stray delimiter (a date or a phone number in the name column).
pub fn check_name_part(s: &str) -> Result<(), String> {
    if s.is_empty() {
        return Err(crate::t!("import-empty"));
    }
    if let Some(c) = s
        .chars()
        .find(|c| !(c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | ' ' | '.')))
    {
        return Err(crate::t!("fio-not-a-name", value = s, char = c.to_string()));
    }
    Ok(())
}

/// The last words of a patronymic that are part of it (`Эльдар оглы`, `Гусейн кызы`).
const PATRONYMIC_TAILS: [&str; 5] = ["оглы", "кызы", "улы", "уулу", "гызы"];

/// A whole name in one cell (`ФИО`), as a roster or staff list writes it: surname, name,
/// optional patronymic (`Мамедов Рашид Эльдар оглы`: `Эльдар оглы`), optionally followed by
/// a birth date (`Иванов Иван Иванович 12.03.2013`). Extra spaces are dropped, `ё` kept.
pub fn split_full_name(s: &str) -> Result<(Fio, Option<NaiveDate>), String> {
    let cell = s.trim();
    let mut words: Vec<&str> = cell.split_whitespace().collect();
    // A date after the name, with the separators people put around it.
    let mut birth_date = None;
    if words.last().is_some_and(|w| matches!(*w, "г." | "г")) && words.len() > 1 {
        let before = words[words.len() - 2];
        if before.starts_with(|c: char| c.is_ascii_digit()) {
            words.pop();
        }
    }
    if let Some(last) = words.last() {
        let w = last.trim_matches(|c: char| matches!(c, ',' | '(' | ')' | ';'));
        if w.starts_with(|c: char| c.is_ascii_digit()) {
            birth_date = Some(crate::domain::date::parse_date(w)?);
            words.pop();
        }
    }
    if let Some(w) = words.last_mut() {
        *w = w.trim_end_matches(',');
    }
    let words: Vec<&str> = words.into_iter().filter(|w| !w.is_empty()).collect();
    let tail = words
        .last()
        .is_some_and(|w| PATRONYMIC_TAILS.contains(&fold_key(w).as_str()));
    let most = if tail { 4 } else { 3 };
    match words.len() {
        0 => return Err(crate::t!("import-empty")),
        1 => return Err(crate::t!("fio-cannot-split", value = cell)),
        n if n > most => return Err(crate::t!("fio-too-many-words", value = cell, count = n)),
        _ => {}
    }
    for w in &words {
        check_name_part(w)?;
        if w.chars().filter(|c| c.is_alphabetic()).count() < 2 || w.ends_with('.') {
            return Err(crate::t!("fio-initials", value = cell, word = *w));
        }
        if w.chars().count() > crate::domain::limits::NAME_PART {
            return Err(crate::t!(
                "fio-too-long",
                word = *w,
                max = crate::domain::limits::NAME_PART
            ));
        }
    }
    Ok((
        Fio::from_parts(words[0], words[1], &words[2..].join(" ")),
        birth_date,
    ))
}

/// How a file names a person in one cell: full ФИО, or surname with initials
/// (`Иванова А.П.`), optionally followed by a birth date to tell namesakes apart.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonRef {
    pub last: String,
    pub first: String,
    pub middle: String,
    /// true when `first`/`middle` are initials (one letter each).
    pub initials: bool,
    pub birth_date: Option<NaiveDate>,
}

impl PersonRef {
    pub fn parse(s: &str) -> Result<PersonRef, String> {
        let mut words: Vec<&str> = s.split_whitespace().collect();
        let mut birth_date = None;
        if let Some(last) = words.last() {
            if last.chars().next().is_some_and(|c| c.is_ascii_digit()) {
                birth_date = Some(crate::domain::date::parse_date(last)?);
                words.pop();
            }
        }
        if words.is_empty() {
            return Err(crate::t!("fio-no-name"));
        }
        let last = words[0].to_string();
        let rest: Vec<&str> = words[1..].to_vec();
        // "Иванова А.П." / "Иванова А. П." / "Иванова А.П"
        let joined: String = rest.concat();
        let initials: Vec<char> = joined
            .split('.')
            .filter_map(|p| {
                let mut cs = p.chars();
                match (cs.next(), cs.next()) {
                    (Some(c), None) if c.is_alphabetic() => Some(c),
                    _ => None,
                }
            })
            .collect();
        let is_initials = !rest.is_empty()
            && joined.contains('.')
            && joined.split('.').filter(|p| !p.is_empty()).count() == initials.len();
        if is_initials {
            return Ok(PersonRef {
                last,
                first: initials.first().map(|c| c.to_string()).unwrap_or_default(),
                middle: initials.get(1).map(|c| c.to_string()).unwrap_or_default(),
                initials: true,
                birth_date,
            });
        }
        if rest.is_empty() {
            return Err(crate::t!("fio-surname-and-name", value = s.trim()));
        }
        Ok(PersonRef {
            last,
            first: rest[0].to_string(),
            middle: rest[1..].join(" "),
            initials: false,
            birth_date,
        })
    }

    /// Does this reference name the person `fio`?
    pub fn matches(&self, fio: &Fio) -> bool {
        if fold_key(&self.last) != fold_key(&fio.last) {
            return false;
        }
        if self.initials {
            let same_initial = |a: &str, b: &str| {
                a.is_empty() || fold_key(a).chars().next() == fold_key(b).chars().next()
            };
            same_initial(&self.first, &fio.first) && same_initial(&self.middle, &fio.middle)
        } else {
            fold_key(&self.first) == fold_key(&fio.first)
                && (self.middle.is_empty() || fold_key(&self.middle) == fold_key(&fio.middle))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_full_and_initials() {
        let p = PersonRef::parse("Ёлкин  Пётр Иванович").unwrap();
        assert!(!p.initials);
        assert!(p.matches(&Fio::from_parts("Елкин", "Петр", "Иванович")));
        let p = PersonRef::parse("Иванова А.П.").unwrap();
        assert!(p.initials);
        assert!(p.matches(&Fio::from_parts("Иванова", "Анна", "Петровна")));
        assert!(!p.matches(&Fio::from_parts("Иванова", "Анна", "Сергеевна")));
        let p = PersonRef::parse("Смирнов Александр Сергеевич 14.03.2009").unwrap();
        assert_eq!(p.birth_date.unwrap().to_string(), "2009-03-14");
        assert_eq!(p.middle, "Сергеевич");
    }

    #[test]
    fn name_parts() {
        assert!(check_name_part("Римский-Корсаков").is_ok());
        assert!(check_name_part("12.03.2010").is_err());
    }

    #[test]
    fn splits_a_whole_name() {
        let (f, d) = split_full_name("  Ёлкин   Фёдор  Андреевич ").unwrap();
        assert_eq!(
            (f.last.as_str(), f.first.as_str(), f.middle.as_str()),
            ("Ёлкин", "Фёдор", "Андреевич")
        );
        assert!(d.is_none());
        let (f, _) = split_full_name("Миллер Эмма").unwrap();
        assert_eq!(f.middle, "");
        let (f, _) = split_full_name("Римский-Корсаков Андрей Николаевич").unwrap();
        assert_eq!(f.last, "Римский-Корсаков");
        let (f, _) = split_full_name("Мамедов Рашид Эльдар оглы").unwrap();
        assert_eq!(f.middle, "Эльдар оглы");
        let (f, d) = split_full_name("Иванов Иван Иванович 12.03.2013").unwrap();
        assert_eq!(f.full(), "Иванов Иван Иванович");
        assert_eq!(d.unwrap().to_string(), "2013-03-12");
        let (_, d) = split_full_name("Иванов Иван, 12.03.2013 г.").unwrap();
        assert_eq!(d.unwrap().to_string(), "2013-03-12");
        assert!(split_full_name("Иванов").is_err());
        assert!(split_full_name("Иванов Иван Иванович Петров").is_err());
        assert!(split_full_name("Иванова А.П.").is_err());
        assert!(split_full_name("Иванов Иван 31.02.2013").is_err());
    }
}
