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

/// The name among `known` closest to a misspelt `name`, for "did you mean …": compared as
/// people match names ([`fold_key`]), close enough when at most a third of the letters differ
/// (or one letter of a short name such as a class's).
pub fn closest<'a>(name: &str, known: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let want = fold_key(name);
    if want.is_empty() {
        return None;
    }
    known
        .into_iter()
        .map(|k| {
            let key = fold_key(k);
            let score = strsim::normalized_damerau_levenshtein(&want, &key);
            let one_letter = strsim::damerau_levenshtein(&want, &key) <= 1;
            (k, if one_letter { score.max(0.66) } else { score })
        })
        .filter(|(_, score)| *score >= 0.66)
        .max_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(k, _)| k)
}

#[cfg(test)]
mod closest_tests {
    use super::closest;

    #[test]
    fn suggests_only_what_is_close() {
        let subjects = ["Математика", "Музыка", "Литература"];
        assert_eq!(closest("Матиматика", subjects), Some("Математика"));
        assert_eq!(closest("музыко", subjects), Some("Музыка"));
        assert_eq!(closest("Химия", subjects), None);
        assert_eq!(closest("5Б", ["5А", "9А", "10А"]), Some("5А"));
        assert_eq!(closest("7Б", ["5А", "9А", "10А"]), None);
        assert_eq!(closest("", subjects), None);
    }
}
