//! Staff roles, as the staff file names them.

use crate::domain::text::fold_key;

/// The canonical roles, in the order they are listed.
pub const ROLES: [&str; 5] = [
    "учитель",
    "классный руководитель",
    "заместитель",
    "электроник",
    "директор",
];

/// One role from what a file says: Russian or English, full or abbreviated, and as a staff
/// list writes a post, with its qualifier: `учитель математики`, `учитель-логопед`,
/// `педагог дополнительного образования`, `заместитель директора по УВР`,
/// `директор школы`.
pub fn parse_role(s: &str) -> Option<&'static str> {
    let k = fold_key(s).replace(['.', '_', '-'], " ");
    let k = k.split_whitespace().collect::<Vec<_>>().join(" ");
    let word = |w: &str| k == w || k.starts_with(&format!("{w} "));
    let role = match k.as_str() {
        "учитель" | "учитель предметник" | "педагог" | "teacher" => {
            "учитель"
        }
        "классный руководитель" | "кл руководитель" | "кл рук" | "class teacher" => {
            "классный руководитель"
        }
        "электроник" | "technician" | "инженер электроник" => {
            "электроник"
        }
        "директор" | "director" | "principal" => "директор",
        _ if k.starts_with("заместитель")
            || k.starts_with("зам ")
            || matches!(k.as_str(), "зам" | "завуч" | "deputy") =>
        {
            "заместитель"
        }
        // A post with its qualifier: the subject, the kind of teacher, the school.
        _ if word("классный руководитель") || word("кл руководитель") => {
            "классный руководитель"
        }
        _ if word("учитель")
            || word("педагог")
            || word("преподаватель")
            || word("социальный педагог") =>
        {
            "учитель"
        }
        _ if word("директор") => "директор",
        _ => return None,
    };
    Some(role)
}

/// A cell listing one or more roles separated by commas; the canonical roles in order.
pub fn parse_roles(s: &str) -> Result<Vec<&'static str>, String> {
    let mut found = Vec::new();
    for part in s
        .split([',', ';', '/'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
    {
        match parse_role(part) {
            Some(r) => found.push(r),
            None => {
                return Err(crate::t!(
                    "role-not-a-role",
                    value = part,
                    roles = ROLES.join(", ")
                ))
            }
        }
    }
    found.sort_by_key(|r| ROLES.iter().position(|x| x == r));
    found.dedup();
    Ok(found)
}

/// Whether a stored role list (comma-separated canonical roles) holds a deputy's or the
/// director's role: they may do everything, and act for others.
pub fn is_deputy(roles: &str) -> bool {
    roles
        .split(',')
        .any(|r| matches!(r.trim(), "заместитель" | "директор"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn posts_with_qualifiers() {
        for (post, role) in [
            ("учитель математики", "учитель"),
            ("Учитель начальных классов", "учитель"),
            ("учитель-логопед", "учитель"),
            ("педагог-организатор", "учитель"),
            ("педагог дополнительного образования", "учитель"),
            ("педагог-психолог", "учитель"),
            ("социальный педагог", "учитель"),
            ("преподаватель-организатор ОБЖ", "учитель"),
            ("заместитель директора по ВР", "заместитель"),
            ("Заместитель директора по УВР", "заместитель"),
            ("классный руководитель", "классный руководитель"),
            ("классный руководитель 5А", "классный руководитель"),
            ("директор школы", "директор"),
            ("инженер-электроник", "электроник"),
        ] {
            assert_eq!(parse_role(post), Some(role), "{post}");
        }
        for unknown in [
            "завхоз",
            "бухгалтер",
            "учительница",
            "директорский водитель",
        ] {
            assert_eq!(parse_role(unknown), None, "{unknown}");
        }
        assert_eq!(
            parse_roles("учитель физики, классный руководитель").unwrap(),
            vec!["учитель", "классный руководитель"]
        );
    }
}
