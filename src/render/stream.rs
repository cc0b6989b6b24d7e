//! Rows written as they come, for listings that may be as long as the journal (the audit
//! trail of a million marks): CSV and JSON go straight to the output, byte for byte what
//! [`Rows::write`] writes; a table, which must measure its columns first, is collected and
//! written at the end (nobody reads a million-row table on a terminal).

use std::io::Write;

use anyhow::Result;
use serde_json::{Map, Value};

use super::{Cell, Format, Rows};

pub struct RowStream<'w> {
    format: Format,
    sink: Sink<'w>,
    /// The table being collected, or only the columns (CSV, JSON).
    rows: Rows,
    written: usize,
}

enum Sink<'w> {
    Csv(Box<csv::Writer<&'w mut dyn Write>>),
    Out(&'w mut dyn Write),
}

impl<'w> RowStream<'w> {
    /// Start writing `rows`' columns (and any rows it already has) in `format` to `out`.
    pub fn new(rows: Rows, format: Format, out: &'w mut dyn Write) -> Result<RowStream<'w>> {
        if !matches!(format, Format::Table | Format::Csv | Format::Json) {
            // Rows::write says why.
            rows.write(format, out)?;
        }
        let sink = if format == Format::Csv {
            let mut w = csv::Writer::from_writer(out);
            w.write_record(rows.columns.iter().map(|c| c.key))?;
            Sink::Csv(Box::new(w))
        } else {
            Sink::Out(out)
        };
        let mut stream = RowStream {
            format,
            sink,
            rows: Rows {
                columns: rows.columns,
                rows: Vec::new(),
                first: rows.first,
            },
            written: 0,
        };
        for row in rows.rows {
            stream.push(row)?;
        }
        Ok(stream)
    }

    pub fn push(&mut self, row: Vec<Cell>) -> Result<()> {
        debug_assert_eq!(row.len(), self.rows.columns.len());
        match (&mut self.sink, self.format) {
            (Sink::Csv(w), _) => w.write_record(row.iter().map(Cell::for_csv))?,
            (Sink::Out(out), Format::Json) => {
                let mut m = Map::new();
                for (c, v) in self.rows.columns.iter().zip(&row) {
                    m.insert(c.key.to_string(), v.for_json());
                }
                // As serde_json writes an array's element: two spaces deeper.
                let text = serde_json::to_string_pretty(&Value::Object(m))?;
                out.write_all(if self.written == 0 { b"[\n" } else { b",\n" })?;
                for (i, line) in text.lines().enumerate() {
                    if i > 0 {
                        out.write_all(b"\n")?;
                    }
                    out.write_all(b"  ")?;
                    out.write_all(line.as_bytes())?;
                }
            }
            _ => self.rows.push(row),
        }
        self.written += 1;
        Ok(())
    }

    /// Write what is left: the table, the end of the JSON array.
    pub fn finish(self) -> Result<()> {
        match self.sink {
            Sink::Csv(mut w) => w.flush()?,
            Sink::Out(out) => {
                match self.format {
                    Format::Json if self.written == 0 => out.write_all(b"[]\n")?,
                    Format::Json => out.write_all(b"\n]\n")?,
                    _ => self.rows.write(self.format, out)?,
                }
                out.flush()?;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample(n: usize) -> Rows {
        let mut rows = Rows::new(&[("id", "№"), ("name", "Имя"), ("note", "Заметка")]);
        for i in 0..n {
            rows.push(vec![
                Cell::Int(i as i64),
                Cell::text(format!("Ёлкин \"{i}\"; Фёдор")),
                if i % 2 == 0 {
                    Cell::Null
                } else {
                    Cell::text("строка\nвторая")
                },
            ]);
        }
        rows
    }

    #[test]
    fn streamed_csv_and_json_are_the_bytes_of_the_whole() {
        for n in [0, 1, 2, 700] {
            for format in [Format::Csv, Format::Json] {
                let whole = {
                    let mut out = Vec::new();
                    sample(n).write(format, &mut out).unwrap();
                    out
                };
                let mut out = Vec::new();
                let all = sample(n);
                let empty = Rows {
                    columns: all.columns.clone(),
                    rows: Vec::new(),
                    first: Vec::new(),
                };
                let mut s = RowStream::new(empty, format, &mut out).unwrap();
                for row in all.rows {
                    s.push(row).unwrap();
                }
                s.finish().unwrap();
                assert_eq!(
                    String::from_utf8(out).unwrap(),
                    String::from_utf8(whole).unwrap(),
                    "{format:?} {n}"
                );
            }
        }
    }
}
