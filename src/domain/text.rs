//! Russian text as people write it: alphabetical order (SQLite registers it as `COLLATE RU`)
//! and the folded keys names are matched by.
//!
//! The order is case-insensitive and treats `ё` as `е` (`Ёлкин` after `Елисеев`, before
//! `Жуков`); ties are broken by the original text so the order is total and stable.

use std::cmp::Ordering;

/// One character folded for comparison: lower case, `ё` → `е`.
fn fold_char(c: char) -> char {
    match c {
        'ё' | 'Ё' => 'е',
        _ => c.to_lowercase().next().unwrap_or(c),
    }
}

/// Compare two strings in Russian alphabetical order.
pub fn ru_compare(a: &str, b: &str) -> Ordering {
    let primary = a.chars().map(fold_char).cmp(b.chars().map(fold_char));
    // Then `е` before `ё`, then lower case before upper, then the bytes: a total order.
    let secondary = |s: &str| {
        s.chars()
            .map(|c| (fold_char(c), matches!(c, 'ё' | 'Ё'), c.is_uppercase()))
            .collect::<Vec<_>>()
    };
    primary
        .then_with(|| secondary(a).cmp(&secondary(b)))
        .then_with(|| a.cmp(b))
}

/// The key a name is matched by: trimmed, inner spaces collapsed, lower case, `ё` = `е`.
pub fn fold_key(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(word.chars().map(fold_char));
    }
    out
}

/// Text as it may be printed to a terminal: every character
/// [`crate::domain::limits::is_forbidden`] refuses is written as an escape (`\u{1b}`, `\n`),
/// so a value typed or stored with an escape sequence cannot move the cursor, recolour or
/// rewrite the screen it is shown on.
pub fn printable(s: &str) -> std::borrow::Cow<'_, str> {
    use crate::domain::limits::is_forbidden;
    if !s.chars().any(is_forbidden) {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if is_forbidden(c) {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yo_sorts_with_ye() {
        let mut names = vec!["Жуков", "Ёлкин", "Елисеев", "ершов", "Абрамов"];
        names.sort_by(|a, b| ru_compare(a, b));
        assert_eq!(names, ["Абрамов", "Елисеев", "Ёлкин", "ершов", "Жуков"]);
        let mut letters = vec!["Ё", "Е", "ё", "е"];
        letters.sort_by(|a, b| ru_compare(a, b));
        assert_eq!(letters, ["е", "Е", "ё", "Ё"]);
    }

    #[test]
    fn printable_escapes_controls() {
        assert_eq!(printable("Жуков"), "Жуков");
        assert_eq!(printable("a\u{1b}[2Jb\0\n"), "a\\u{1b}[2Jb\\u{0}\\n");
        assert_eq!(printable("\u{9b}\u{202e}"), "\\u{9b}\\u{202e}");
    }

    #[test]
    fn keys_fold_case_yo_and_spaces() {
        assert_eq!(fold_key("  Ёлкин   Пётр "), "елкин петр");
    }
}
