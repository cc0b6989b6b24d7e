//! Class names (класс): a grade 1–11 and a Cyrillic letter, `5А`, `10Б`.

use std::fmt;

/// A class name, normalised: `5 а`, `5-А` and Latin `5A` all become `5А`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ClassName {
    pub grade: u8,
    pub letter: String,
}

/// Latin letters that look like Cyrillic ones and end up in class names typed on an
/// English keyboard layout.
fn cyrillic_lookalike(c: char) -> char {
    match c {
        'A' => 'А',
        'B' => 'В',
        'C' => 'С',
        'E' => 'Е',
        'H' => 'Н',
        'K' => 'К',
        'M' => 'М',
        'O' => 'О',
        'P' => 'Р',
        'T' => 'Т',
        'X' => 'Х',
        _ => c,
    }
}

/// A grade (параллель), 1–11: what the school's rules depend on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Grade(pub u8);

impl Grade {
    /// The first grade that gets marks: grade 1 is taught without them (безотметочное
    /// обучение), attendance and topics only. SQL that filters marked classes binds this.
    pub const FIRST_MARKED: u8 = 2;
    /// The first grade that reports by semesters (полугодия) rather than quarters.
    pub const FIRST_BY_SEMESTERS: u8 = 10;

    /// Does this grade get marks (and final marks)?
    pub fn has_marks(self) -> bool {
        self.0 >= Self::FIRST_MARKED
    }

    /// Does this grade report by semesters (10–11) rather than by quarters (2–9)?
    pub fn by_semesters(self) -> bool {
        self.0 >= Self::FIRST_BY_SEMESTERS
    }
}

impl ClassName {
    pub fn parse(s: &str) -> Result<ClassName, String> {
        let t = s.trim();
        if t.is_empty() {
            return Err(crate::t!("class-name-empty"));
        }
        let digits: String = t.chars().take_while(|c| c.is_ascii_digit()).collect();
        let rest: String = t[digits.len()..]
            .chars()
            .filter(|c| !matches!(c, ' ' | '-' | '"' | '«' | '»'))
            .collect();
        if digits.is_empty() {
            return Err(crate::t!("class-name-no-grade", value = t));
        }
        let grade: u32 = digits
            .parse()
            .map_err(|_| crate::t!("class-name-not-a-class", value = t))?;
        if !(1..=11).contains(&grade) {
            return Err(crate::t!(
                "class-name-grade-outside",
                value = t,
                grade = grade
            ));
        }
        let letter: String = rest
            .chars()
            .flat_map(char::to_uppercase)
            .map(cyrillic_lookalike)
            .collect();
        let mut chars = letter.chars();
        match (chars.next(), chars.next()) {
            (Some(c), None) if ('А'..='Я').contains(&c) || c == 'Ё' => Ok(ClassName {
                grade: grade as u8,
                letter,
            }),
            (None, _) => Err(crate::t!("class-name-letter-missing", value = t)),
            _ => Err(crate::t!("class-name-letter-cyrillic", value = t)),
        }
    }
}

impl fmt::Display for ClassName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}{}", self.grade, self.letter)
    }
}

/// The `clap` value parser for `--class`.
pub fn parse_class_arg(s: &str) -> Result<ClassName, String> {
    ClassName::parse(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalises() {
        for s in ["5А", "5а", "5 А", "5-а", "5A", " 5a "] {
            assert_eq!(ClassName::parse(s).unwrap().to_string(), "5А", "{s}");
        }
        assert_eq!(ClassName::parse("10Б").unwrap().grade, 10);
    }

    #[test]
    fn refuses() {
        let outside =
            |t: &str, grade: u8| crate::t!("class-name-grade-outside", value = t, grade = grade);
        assert_eq!(ClassName::parse("12А").unwrap_err(), outside("12А", 12));
        assert_eq!(ClassName::parse("0А").unwrap_err(), outside("0А", 0));
        assert_eq!(
            ClassName::parse("5").unwrap_err(),
            crate::t!("class-name-letter-missing", value = "5")
        );
        assert!(ClassName::parse("А5").is_err());
        assert!(ClassName::parse("5АБ").is_err());
    }
}
