//! Issue 13 item 3: the reports' hot queries are one grouped pass driven by the range's
//! lessons through indexes — never a full scan of marks, absences or lessons, whose size
//! grows with the year (a school year: 40,000 lessons, 250,000 marks).

mod common;

use common::*;

#[test]
fn hot_queries_use_indexes() {
    let j = school();
    let conn = rusqlite::Connection::open(j.db()).unwrap();
    // Planned by SQLite's defaults (the tool never runs `ANALYZE`) and again with the
    // statistics a small journal gets from one (which once made SQLite scan every lesson).
    for analyze in [false, true] {
        if analyze {
            conn.execute_batch("ANALYZE").unwrap();
        }
        check_plans(&conn);
    }
}

fn check_plans(conn: &rusqlite::Connection) {
    for (name, sql) in ejournal::reports::HOT_QUERIES {
        let mut stmt = conn.prepare(&format!("EXPLAIN QUERY PLAN {sql}")).unwrap();
        let n = stmt.parameter_count();
        let params: Vec<rusqlite::types::Value> = (1..=n)
            .map(|i| match i {
                1 => "2023-09-01".to_string().into(),
                2 => "2024-05-31".to_string().into(),
                5 => "О".to_string().into(),
                _ => rusqlite::types::Value::Null,
            })
            .collect();
        let plan: Vec<String> = stmt
            .query_map(rusqlite::params_from_iter(params), |r| {
                r.get::<_, String>(3)
            })
            .unwrap()
            .map(Result::unwrap)
            .collect();
        let text = plan.join("\n");
        for table in ["marks", "absences", "lessons", "lesson_records"] {
            for alias in [table, &table[..1]] {
                assert!(
                    !plan.iter().any(|p| p == &format!("SCAN {alias}")),
                    "{name}: a full scan of {table}:\n{text}"
                );
            }
        }
        // Driven by the range's lessons, read from the index alone: it holds every column
        // these read of a lesson, fill-rate's "topic written" and "homework set" too
        // (migration 019), never the lessons' rows with their texts.
        assert!(
            text.contains("USING COVERING INDEX lessons_by_date"),
            "{name}: not driven by the range's lessons from lessons_by_date alone:\n{text}"
        );
        // Marks and absences are read from their covering indexes (migration 016), never
        // from the tables, whose rows lie in the order they were entered.
        for (table, index) in [
            ("marks m", "marks_by_lesson"),
            ("absences a", "absences_by_lesson"),
        ] {
            if sql.contains(table) {
                assert!(
                    text.contains(&format!("USING COVERING INDEX {index}")),
                    "{name}: {table} not read from {index} alone:\n{text}"
                );
            }
        }
    }
}
