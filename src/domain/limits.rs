//! What a text field of the journal may hold: how long it may be, and that it has no control
//! characters. A school's file is checked against these cell by cell (`input`), and the
//! commands that take the same text on the command line check it too: a value the paper
//! copy cannot lay out, or one that rewrites the terminal it is printed on, never gets in.

/// One part of a name (фамилия, имя or отчество). The longest double surnames are far
/// shorter; a longer cell is a shifted column or garbage.
pub const NAME_PART: usize = 60;
/// A phone number, or two with a comma and an extension.
pub const PHONE: usize = 40;
/// An e-mail address (the longest path RFC 5321 allows).
pub const EMAIL: usize = 254;
/// A subject's name (`Основы безопасности и защиты Родины`, with room to spare).
pub const SUBJECT: usize = 100;
/// A lesson's topic in the КТП.
pub const TOPIC: usize = 1000;
/// A lesson's homework.
pub const HOMEWORK: usize = 1000;
/// Any other cell: a class, a date, a mark, a code, a list of roles, a person named with
/// his birth date.
pub const CELL: usize = 200;
/// The longest any cell may be: a reader may cut a cell just after it, since the cut cell
/// is refused by its column's limit all the same.
pub const LONGEST: usize = 1000;

/// Characters no stored text may hold, and that are escaped whenever text is printed: the
/// control characters (NUL, ESC, the C1 controls that start terminal sequences) and the
/// bidirectional overrides and isolates, which make a name display as another.
pub fn is_forbidden(c: char) -> bool {
    c.is_control() || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Check a value against a field's limit: no forbidden character, at most `max`
/// characters. The message does not repeat the value (it may be a megabyte).
pub fn check_text(s: &str, max: usize) -> Result<(), String> {
    if let Some((i, c)) = s.chars().enumerate().find(|&(_, c)| is_forbidden(c)) {
        return Err(crate::t!(
            "limit-control-character",
            code = format!("U+{:04X}", c as u32),
            position = i + 1
        ));
    }
    if s.chars().nth(max).is_some() {
        return Err(crate::t!("limit-too-long", max = max));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_and_lengths() {
        assert!(check_text("Жуков-Ёлкин", NAME_PART).is_ok());
        assert_eq!(
            check_text("Жу\0ков", NAME_PART).unwrap_err(),
            crate::t!("limit-control-character", code = "U+0000", position = 3)
        );
        assert!(check_text("\u{1b}[31m", CELL)
            .unwrap_err()
            .contains("U+001B"));
        assert!(check_text("a\u{9b}b", CELL).is_err());
        assert!(check_text("a\u{202e}b", CELL).is_err());
        assert!(check_text(&"я".repeat(60), NAME_PART).is_ok());
        assert_eq!(
            check_text(&"я".repeat(61), NAME_PART).unwrap_err(),
            crate::t!("limit-too-long", max = 60)
        );
    }
}
