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
    fn keys_fold_case_yo_and_spaces() {
        assert_eq!(fold_key("  Ёлкин   Пётр "), "елкин петр");
    }
}
