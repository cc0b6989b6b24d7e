//! A CSV file's text as a stream: read and decoded to UTF-8 a chunk at a time, so an import
//! of a million rows never holds the file (or its decoded text) in memory.
//!
//! The file is read twice: once to learn its encoding (a file is UTF-8 only if all of it
//! is) and its line count, then as the stream the CSV reader parses. Standard input cannot
//! be read twice; it is held in memory (a pipe is for small files).

use std::cell::RefCell;
use std::collections::VecDeque;
use std::fs::File;
use std::io::{self, Read};
use std::path::{Path, PathBuf};
use std::rc::Rc;
use std::sync::Arc;

use anyhow::{Context, Result};
use encoding_rs::{CoderResult, Decoder};

use super::source::Encoding;

/// How much of a file is read at a time.
const CHUNK: usize = 64 * 1024;

/// How much of the decoded text stays visible behind the reader, for [`Window::line_at`]:
/// the CSV reader is never further behind than its buffer and one record.
const WINDOW: usize = 1 << 20;

/// Where a CSV text comes from.
#[derive(Clone)]
pub enum Origin {
    File(PathBuf),
    /// Standard input, read whole.
    Bytes(Arc<[u8]>),
}

impl Origin {
    fn open(&self) -> io::Result<Box<dyn Read>> {
        Ok(match self {
            Origin::File(p) => Box::new(File::open(p)?),
            Origin::Bytes(b) => Box::new(io::Cursor::new(Arc::clone(b))),
        })
    }
}

/// What one pass over the file found.
pub struct Sniffed {
    pub encoding: &'static encoding_rs::Encoding,
    /// The raw file's first bytes (for telling a workbook from a text).
    pub head: Vec<u8>,
    /// Line breaks in the file (a progress bar's length).
    pub lines: u64,
}

/// Read the file once: its encoding, as `forced` or else detected (UTF-16 by its byte order
/// mark or its zero bytes, UTF-8 when the whole file is valid UTF-8, Windows-1251
/// otherwise), and its line count.
pub fn sniff(origin: &Origin, forced: Option<Encoding>, label: &str) -> Result<Sniffed> {
    let mut input = origin
        .open()
        .with_context(|| crate::t!("input-reading-file", file = label))?;
    let mut head = Vec::new();
    let mut lines = 0u64;
    let mut utf8 = true;
    // The bytes of a character cut at the end of the last chunk.
    let mut carry: Vec<u8> = Vec::new();
    let mut buf = vec![0u8; CHUNK];
    loop {
        let n = read_full(&mut input, &mut buf)
            .with_context(|| crate::t!("input-reading-file", file = label))?;
        if n == 0 {
            break;
        }
        let chunk = &buf[..n];
        if head.len() < 512 {
            head.extend_from_slice(&chunk[..chunk.len().min(512 - head.len())]);
        }
        lines += chunk.iter().filter(|&&b| b == b'\n').count() as u64;
        if utf8 && forced.is_none() {
            carry.extend_from_slice(chunk);
            match std::str::from_utf8(&carry) {
                Ok(_) => carry.clear(),
                // Cut inside a character: keep its first bytes for the next chunk.
                Err(e) if e.error_len().is_none() => {
                    carry.drain(..e.valid_up_to());
                }
                Err(_) => utf8 = false,
            }
        }
    }
    let encoding = encoding_of(&head, utf8 && carry.is_empty(), forced);
    Ok(Sniffed {
        encoding,
        head,
        lines,
    })
}

/// A text's encoding: as `forced`, or else UTF-16 by its byte order mark or the zero bytes of
/// its first characters (`head`: its first bytes), UTF-8 when all of it is valid UTF-8
/// (`utf8`), Windows-1251 otherwise.
pub fn encoding_of(
    head: &[u8],
    utf8: bool,
    forced: Option<Encoding>,
) -> &'static encoding_rs::Encoding {
    match forced {
        Some(Encoding::Utf8) => encoding_rs::UTF_8,
        Some(Encoding::Windows1251) => encoding_rs::WINDOWS_1251,
        Some(Encoding::Utf16) => utf16(head),
        None => {
            let nul_odd = head
                .iter()
                .skip(1)
                .step_by(2)
                .take(200)
                .filter(|&&b| b == 0)
                .count();
            if head.starts_with(&[0xFF, 0xFE]) || head.starts_with(&[0xFE, 0xFF]) || nul_odd > 20 {
                utf16(head)
            } else if utf8 {
                encoding_rs::UTF_8
            } else {
                encoding_rs::WINDOWS_1251
            }
        }
    }
}

fn utf16(head: &[u8]) -> &'static encoding_rs::Encoding {
    if head.starts_with(&[0xFE, 0xFF]) {
        encoding_rs::UTF_16BE
    } else {
        encoding_rs::UTF_16LE
    }
}

/// Fill `buf` as far as the input goes (a pipe gives less than asked).
fn read_full(input: &mut dyn Read, buf: &mut [u8]) -> io::Result<usize> {
    let mut n = 0;
    while n < buf.len() {
        match input.read(&mut buf[n..]) {
            Ok(0) => break,
            Ok(k) => n += k,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(n)
}

/// The last stretch of the decoded text, as the CSV reader was given it.
#[derive(Default)]
pub struct Window {
    /// Offset in the decoded text of `bytes[0]`.
    start: u64,
    bytes: VecDeque<u8>,
}

impl Window {
    fn push(&mut self, data: &[u8]) {
        self.bytes.extend(data);
        let extra = self.bytes.len().saturating_sub(WINDOW);
        if extra > 0 {
            self.bytes.drain(..extra);
            self.start += extra as u64;
        }
    }

    /// The line a record starts on, given where the CSV reader began reading it (`line`,
    /// `byte`): that is before any blank lines it skipped, so count those too.
    pub fn line_at(&self, line: u64, byte: u64) -> u64 {
        let Some(from) = byte.checked_sub(self.start) else {
            return line;
        };
        let newlines = self
            .bytes
            .iter()
            .skip(from as usize)
            .take_while(|&&b| matches!(b, b'\n' | b'\r'))
            .filter(|&&b| b == b'\n')
            .count();
        line + newlines as u64
    }
}

/// The decoded text of a file, read as it is parsed: UTF-8, without a byte order mark, and
/// with CRLF as LF so that the CSV reader's line numbers are the lines an editor shows.
pub struct DecodedStream {
    input: Box<dyn Read>,
    decoder: Decoder,
    raw: Vec<u8>,
    decoded: Vec<u8>,
    /// Decoded text not yet handed out.
    out: Vec<u8>,
    out_at: usize,
    /// A CR at the end of the last chunk: dropped if a LF follows.
    cr_pending: bool,
    started: bool,
    done: bool,
    window: Rc<RefCell<Window>>,
}

impl DecodedStream {
    pub fn open(origin: &Origin, encoding: &'static encoding_rs::Encoding) -> io::Result<Self> {
        Ok(DecodedStream {
            input: origin.open()?,
            // Sniffs a byte order mark, as decoding a whole text does.
            decoder: encoding.new_decoder(),
            raw: vec![0u8; CHUNK],
            decoded: Vec::new(),
            out: Vec::with_capacity(CHUNK * 3 + 8),
            out_at: 0,
            cr_pending: false,
            started: false,
            done: false,
            window: Rc::default(),
        })
    }

    /// The window the record lines are counted in.
    pub fn window(&self) -> Rc<RefCell<Window>> {
        Rc::clone(&self.window)
    }

    /// Decode the next chunk into `out`; false at the end of the text.
    fn refill(&mut self) -> io::Result<bool> {
        self.out.clear();
        self.out_at = 0;
        while self.out.is_empty() {
            if self.done {
                if self.cr_pending {
                    self.cr_pending = false;
                    self.out.push(b'\r');
                    break;
                }
                return Ok(false);
            }
            let n = read_full(&mut *self.input, &mut self.raw)?;
            let last = n == 0;
            let need = self.decoder.max_utf8_buffer_length(n).unwrap_or(n * 3 + 16);
            self.decoded.resize(need.max(self.decoded.len()), 0);
            // Malformed bytes become U+FFFD, as decoding a whole text does.
            let (result, _, written, _) =
                self.decoder
                    .decode_to_utf8(&self.raw[..n], &mut self.decoded, last);
            debug_assert!(matches!(result, CoderResult::InputEmpty));
            let decoded = std::mem::take(&mut self.decoded);
            let mut text = &decoded[..written];
            if !self.started && !text.is_empty() {
                self.started = true;
                text = text.strip_prefix("\u{feff}".as_bytes()).unwrap_or(text);
            }
            self.normalize(text);
            self.decoded = decoded;
            self.done = last;
        }
        self.window.borrow_mut().push(&self.out);
        Ok(true)
    }

    /// Append `text` to `out` with every CRLF as LF (a CR cut from its LF by the chunk's end
    /// waits for the next chunk).
    fn normalize(&mut self, text: &[u8]) {
        let mut rest = text;
        if self.cr_pending && !rest.is_empty() {
            self.cr_pending = false;
            if rest[0] != b'\n' {
                self.out.push(b'\r');
            }
        }
        if let Some((&b'\r', head)) = rest.split_last() {
            self.cr_pending = true;
            rest = head;
        }
        let mut i = 0;
        while i < rest.len() {
            if rest[i] == b'\r' && rest.get(i + 1) == Some(&b'\n') {
                i += 1;
                continue;
            }
            self.out.push(rest[i]);
            i += 1;
        }
    }
}

impl Read for DecodedStream {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.out_at == self.out.len() && !self.refill()? {
            return Ok(0);
        }
        let n = buf.len().min(self.out.len() - self.out_at);
        buf[..n].copy_from_slice(&self.out[self.out_at..self.out_at + n]);
        self.out_at += n;
        Ok(n)
    }
}

/// The origin of a file named on the command line (`-`: standard input, read whole).
pub fn origin(path: &Path, label: &str) -> Result<Origin> {
    if label == "-" {
        let mut buf = Vec::new();
        io::stdin()
            .read_to_end(&mut buf)
            .with_context(|| crate::t!("input-reading-stdin"))?;
        Ok(Origin::Bytes(buf.into()))
    } else {
        Ok(Origin::File(path.to_path_buf()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decoded(bytes: &[u8], forced: Option<Encoding>) -> String {
        let origin = Origin::Bytes(bytes.to_vec().into());
        let s = sniff(&origin, forced, "t.csv").unwrap();
        let mut out = String::new();
        DecodedStream::open(&origin, s.encoding)
            .unwrap()
            .read_to_string(&mut out)
            .unwrap();
        out
    }

    #[test]
    fn same_text_as_decoding_the_whole_file() {
        let cp1251 = encoding_rs::WINDOWS_1251
            .encode("Дата;Класс\r\n01.09.2023;5А\r\n")
            .0;
        assert_eq!(decoded(&cp1251, None), "Дата;Класс\n01.09.2023;5А\n");
        let bom = [b"\xEF\xBB\xBF".as_slice(), "Ёж;\r\n".as_bytes()].concat();
        assert_eq!(decoded(&bom, None), "Ёж;\n");
        let utf16: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("Ёлка\r\n".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        assert_eq!(decoded(&utf16, None), "Ёлка\n");
        assert_eq!(decoded(b"a\rb\r", None), "a\rb\r");
    }

    #[test]
    fn a_file_is_utf8_only_if_all_of_it_is() {
        // Cyrillic late in the file, after a chunk of ASCII: still Windows-1251.
        let mut bytes = vec![b'a'; CHUNK * 2 + 1];
        bytes.extend(encoding_rs::WINDOWS_1251.encode("Ёж").0.iter());
        let s = sniff(&Origin::Bytes(bytes.into()), None, "t.csv").unwrap();
        assert_eq!(s.encoding, encoding_rs::WINDOWS_1251);
        // A UTF-8 character cut by a chunk's end is still UTF-8.
        let mut bytes = vec![b'a'; CHUNK - 1];
        bytes.extend("Ёж\n".as_bytes());
        let s = sniff(&Origin::Bytes(bytes.into()), None, "t.csv").unwrap();
        assert_eq!((s.encoding, s.lines), (encoding_rs::UTF_8, 1));
    }

    #[test]
    fn crlf_cut_by_a_chunk_is_one_line_break() {
        let mut text = vec![b'x'; CHUNK - 1];
        text.extend(b"\r\ny\r\n");
        let out = decoded(&text, Some(Encoding::Utf8));
        assert_eq!(out.len(), CHUNK - 1 + 3);
        assert!(out.ends_with("x\ny\n"));
    }
}
