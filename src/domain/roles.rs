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

/// One role from what a file says: Russian or English, full or abbreviated.
pub fn parse_role(s: &str) -> Option<&'static str> {
    let k = fold_key(s).replace(['.', '_', '-'], " ");
    let k = k.split_whitespace().collect::<Vec<_>>().join(" ");
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
                return Err(format!(
                    "\"{part}\" is not a role (one of: {})",
                    ROLES.join(", ")
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
