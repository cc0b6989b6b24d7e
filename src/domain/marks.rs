//! Marks (отметки), absence codes (пропуски) and final marks (итоговые отметки), and the
//! arithmetic deputies use on them: the weighted average (средневзвешенный балл) and the
//! suggested period mark.

use std::fmt;

/// A mark for work in a lesson: 1–5, or зч/нз (зачёт/незачёт) in pass/fail subjects.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Mark {
    Points(u8),
    Pass,
    Fail,
}

impl Mark {
    pub fn parse(s: &str) -> Result<Mark, String> {
        let k = crate::domain::text::fold_key(s);
        match k.as_str() {
            "1" | "2" | "3" | "4" | "5" => Ok(Mark::Points(k.parse().unwrap_or(0))),
            "зч" | "зачет" | "зач" => Ok(Mark::Pass),
            "нз" | "незачет" | "незач" => Ok(Mark::Fail),
            _ => Err(crate::t!("mark-not-a-mark", value = s.trim())),
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Mark::Points(1) => "1",
            Mark::Points(2) => "2",
            Mark::Points(3) => "3",
            Mark::Points(4) => "4",
            Mark::Points(_) => "5",
            Mark::Pass => "зч",
            Mark::Fail => "нз",
        }
    }

    pub fn points(self) -> Option<u8> {
        match self {
            Mark::Points(p) => Some(p),
            _ => None,
        }
    }
}

impl fmt::Display for Mark {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Absence codes: Б ill (болеет), У excused (уважительная причина), Н unexcused (неявка),
/// О late (опоздал) — lateness, not a missed lesson.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AbsenceCode {
    Ill,
    Excused,
    Unexcused,
    Late,
}

impl AbsenceCode {
    pub fn parse(s: &str) -> Result<AbsenceCode, String> {
        // Latin look-alikes typed on the wrong layout: Y for У, H for Н, O for О.
        match s.trim() {
            "Б" | "б" => Ok(AbsenceCode::Ill),
            "У" | "у" | "Y" | "y" => Ok(AbsenceCode::Excused),
            "Н" | "н" | "H" => Ok(AbsenceCode::Unexcused),
            "О" | "о" | "O" | "o" => Ok(AbsenceCode::Late),
            other => Err(crate::t!("mark-not-an-absence-code", value = other)),
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            AbsenceCode::Ill => "Б",
            AbsenceCode::Excused => "У",
            AbsenceCode::Unexcused => "Н",
            AbsenceCode::Late => "О",
        }
    }

    /// Was the lesson missed (everything but lateness)?
    pub fn is_missed(self) -> bool {
        self != AbsenceCode::Late
    }

    /// Is it a reason (Б ill, У excused)? Reasons are the class teacher's to give.
    pub fn is_reason(self) -> bool {
        matches!(self, AbsenceCode::Ill | AbsenceCode::Excused)
    }

    /// Does writing `new` where `old` stands (None: no absence, or deleting it) set a
    /// reason or take one away?
    pub fn changes_reason(old: Option<AbsenceCode>, new: Option<AbsenceCode>) -> bool {
        old != new && (old.is_some_and(Self::is_reason) || new.is_some_and(Self::is_reason))
    }
}

/// A final mark of a period (итоговая отметка): 5 4 3 2 1, зч/нз (зачёт/незачёт), н/а (не
/// аттестован: not assessed, usually too few marks through absences), осв (освобождён:
/// exempt).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FinalMark {
    Points(u8),
    Pass,
    Fail,
    NotAssessed,
    Exempt,
}

/// The values a final mark may take, as stored and printed.
pub const FINAL_VALUES: [&str; 9] = ["5", "4", "3", "2", "1", "зч", "нз", "н/а", "осв"];

impl FinalMark {
    /// Every final mark, in the order [`FINAL_VALUES`] lists them.
    pub const ALL: [FinalMark; 9] = [
        FinalMark::Points(5),
        FinalMark::Points(4),
        FinalMark::Points(3),
        FinalMark::Points(2),
        FinalMark::Points(1),
        FinalMark::Pass,
        FinalMark::Fail,
        FinalMark::NotAssessed,
        FinalMark::Exempt,
    ];

    /// A final mark as people write it (`Н/А`, `на`, `осв.`, `зачёт`, …).
    pub fn parse(s: &str) -> Result<FinalMark, String> {
        let k = crate::domain::text::fold_key(s).replace(' ', "");
        let k = match k.as_str() {
            "на" | "н/а" | "н\\а" | "неаттестован" => "н/а",
            "осв" | "освобожден" | "осв." => "осв",
            "зачет" => "зч",
            "незачет" => "нз",
            other => other,
        }
        .to_string();
        FinalMark::from_stored(&k).ok_or_else(|| {
            crate::t!(
                "mark-not-a-final-mark",
                value = s.trim(),
                values = FINAL_VALUES.join(" ")
            )
        })
    }

    /// A value as the journal stores it (exactly one of [`FINAL_VALUES`]).
    pub fn from_stored(s: &str) -> Option<FinalMark> {
        FINAL_VALUES
            .iter()
            .position(|v| *v == s)
            .map(|i| FinalMark::ALL[i])
    }

    pub fn as_str(self) -> &'static str {
        match self {
            FinalMark::Points(5) => "5",
            FinalMark::Points(4) => "4",
            FinalMark::Points(3) => "3",
            FinalMark::Points(2) => "2",
            FinalMark::Points(_) => "1",
            FinalMark::Pass => "зч",
            FinalMark::Fail => "нз",
            FinalMark::NotAssessed => "н/а",
            FinalMark::Exempt => "осв",
        }
    }

    pub fn points(self) -> Option<u8> {
        match self {
            FinalMark::Points(p) => Some(p),
            _ => None,
        }
    }

    /// Does this mark keep the student from passing (неуспевающий): 2, 1, нз or н/а.
    pub fn is_failing(self) -> bool {
        matches!(
            self,
            FinalMark::Points(1) | FinalMark::Points(2) | FinalMark::Fail | FinalMark::NotAssessed
        )
    }

    /// Is it a good mark for the quality count (качество знаний): 4 or 5.
    pub fn is_good(self) -> bool {
        matches!(self, FinalMark::Points(4) | FinalMark::Points(5))
    }

    /// Was the student assessed at all in this subject (everything but осв)?
    pub fn is_assessed(self) -> bool {
        self != FinalMark::Exempt
    }
}

impl fmt::Display for FinalMark {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A final mark as people write it, in the stored spelling (`--mark` of `final set`).
pub fn parse_final(s: &str) -> Result<&'static str, String> {
    FinalMark::parse(s).map(FinalMark::as_str)
}

/// Σ(weight × mark) / Σ(weight) over numeric marks; None with no numeric marks.
pub fn weighted_average(marks: impl IntoIterator<Item = (u8, f64)>) -> Option<f64> {
    let (mut sum, mut weights) = (0.0, 0.0);
    for (mark, weight) in marks {
        sum += mark as f64 * weight;
        weights += weight;
    }
    (weights > 0.0).then(|| sum / weights)
}

/// The suggested mark: the average rounded up from `threshold` (0.5: 3.5 → 4, 3.49 → 3;
/// 0.6: 3.55 → 3). Averages are rounded to 2 decimals first, as journals show them.
pub fn suggest(average: f64, threshold: f64) -> u8 {
    let avg = (average * 100.0).round() / 100.0;
    let whole = avg.floor();
    let frac = avg - whole;
    let up = frac + 1e-9 >= threshold;
    ((whole as u8) + u8::from(up)).clamp(1, 5)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rounding_threshold() {
        assert_eq!(suggest(3.5, 0.5), 4);
        assert_eq!(suggest(3.49, 0.5), 3);
        assert_eq!(suggest(3.55, 0.6), 3);
        assert_eq!(suggest(3.6, 0.6), 4);
        assert_eq!(suggest(4.65, 0.65), 5);
        assert_eq!(suggest(5.0, 0.5), 5);
    }

    #[test]
    fn weighted() {
        // 5 for a control work (2), 3 for an answer (1): (10 + 3) / 3 = 4.33
        let avg = weighted_average([(5, 2.0), (3, 1.0)]).unwrap();
        assert!((avg - 13.0 / 3.0).abs() < 1e-12);
        assert_eq!(weighted_average([]), None);
    }

    #[test]
    fn reasons_set_and_taken_away() {
        use AbsenceCode::*;
        let changes = AbsenceCode::changes_reason;
        assert!(changes(None, Some(Ill)));
        assert!(changes(Some(Unexcused), Some(Excused)));
        assert!(changes(Some(Ill), Some(Unexcused)));
        assert!(changes(Some(Excused), None));
        assert!(changes(Some(Ill), Some(Excused)));
        assert!(!changes(Some(Ill), Some(Ill)));
        assert!(!changes(None, Some(Unexcused)));
        assert!(!changes(Some(Unexcused), Some(Late)));
        assert!(!changes(Some(Late), None));
    }

    #[test]
    fn parsing() {
        assert_eq!(Mark::parse(" 5 "), Ok(Mark::Points(5)));
        assert_eq!(Mark::parse("ЗЧ"), Ok(Mark::Pass));
        assert!(Mark::parse("6").is_err());
        assert!(Mark::parse("5+").is_err());
        assert_eq!(AbsenceCode::parse("н"), Ok(AbsenceCode::Unexcused));
        assert!(AbsenceCode::parse("П").is_err());
        assert_eq!(parse_final("Н/А"), Ok("н/а"));
        assert_eq!(parse_final("осв."), Ok("осв"));
        assert!(parse_final("6").is_err());
        for (mark, text) in FinalMark::ALL.iter().zip(FINAL_VALUES) {
            assert_eq!(mark.as_str(), text);
            assert_eq!(FinalMark::from_stored(text), Some(*mark));
        }
        assert!(FinalMark::NotAssessed.is_failing() && !FinalMark::Exempt.is_assessed());
    }
}
