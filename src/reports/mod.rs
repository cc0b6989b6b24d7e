//! Reports computed into plain structs, set-based (a few queries per report, never a query
//! per student); the commands render them.

pub mod accumulation;
pub mod attendance;
pub mod diary;
pub mod fill_rate;
pub mod forecast;
pub mod paper;
pub mod progress;
pub mod scope;
pub mod suggestions;
pub mod verify;

/// The hot queries of the control reports, by name, for `tests/query_plans.rs`, which holds
/// each one to an index-driven plan (no full scan of marks, absences or lessons).
pub const HOT_QUERIES: &[(&str, &str)] = &[
    ("fill-rate: lessons recorded", fill_rate::LESSON_COUNTS_SQL),
    ("fill-rate: marks", fill_rate::MARK_COUNTS_SQL),
    ("final suggest: marks", suggestions::TALLIES_SQL),
    ("final suggest: missed lessons", suggestions::MISSED_SQL),
];

/// A hash map for the reports' one-pass counts, keyed by ids: a multiply-rotate hash (as
/// rustc's own FxHash) instead of SipHash, whose cost per mark showed in a year's report.
/// The keys are the journal's own ids, not input an attacker chooses.
pub type FastMap<K, V> = std::collections::HashMap<K, V, std::hash::BuildHasherDefault<IdHasher>>;

/// The hasher of [`FastMap`].
#[derive(Default, Clone, Copy)]
pub struct IdHasher(u64);

impl IdHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

impl std::hash::Hasher for IdHasher {
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut word = [0u8; 8];
            word[..chunk.len()].copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
    }

    fn write_i64(&mut self, n: i64) {
        self.add(n as u64);
    }

    fn write_u64(&mut self, n: u64) {
        self.add(n);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}
