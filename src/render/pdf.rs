//! A small page-layout layer for documents people sign, written with pdf-writer: A4
//! landscape, the repository's Cyrillic font (DejaVu Sans Condensed, see assets/fonts)
//! embedded once as a subset of the glyphs used, text measured with the font's own metrics
//! (ttf-parser) so nothing runs off a cell, every stream deflated, and "стр. N из M" on every
//! page (pages are laid out first, drawn after).

use std::collections::BTreeMap;
use std::io::Write;

use anyhow::{anyhow, Context, Result};
use pdf_writer::types::{CidFontType, FontFlags, SystemInfo};
use pdf_writer::{Content, Filter, Finish, Name, Pdf, Rect as PdfRect, Ref, Str, TextStr};

/// The embedded font (Bitstream Vera licence: assets/fonts/LICENSE-DejaVu.txt).
const FONT: &[u8] = include_bytes!("../../assets/fonts/DejaVuSansCondensed.ttf");

/// A4 landscape, in millimetres.
pub const PAGE_W: f64 = 297.0;
pub const PAGE_H: f64 = 210.0;
pub const MARGIN: f64 = 10.0;
/// Where the footer line sits; content must stay above it.
pub const FOOTER_Y: f64 = PAGE_H - 7.0;
pub const CONTENT_BOTTOM: f64 = PAGE_H - 12.0;

const PT_TO_MM: f64 = 25.4 / 72.0;

/// Something drawn on a page; coordinates in mm from the top-left corner.
#[derive(Debug, Clone)]
enum Op {
    /// Text with its baseline at (x, y).
    Text {
        x: f64,
        y: f64,
        size: f64,
        text: String,
    },
    Line {
        x1: f64,
        y1: f64,
        x2: f64,
        y2: f64,
        width: f64,
    },
    /// A light grey filled rectangle.
    Shade { x: f64, y: f64, w: f64, h: f64 },
}

#[derive(Debug, Default, Clone)]
pub struct Page {
    ops: Vec<Op>,
}

/// Text measuring, shared by the layout code.
pub struct Metrics {
    face: ttf_parser::Face<'static>,
    units_per_em: f64,
}

impl Metrics {
    pub fn new() -> Result<Metrics> {
        let face = ttf_parser::Face::parse(FONT, 0)
            .map_err(|e| anyhow!(crate::t!("err-loading-font", error = e.to_string())))?;
        let units_per_em = f64::from(face.units_per_em());
        Ok(Metrics { face, units_per_em })
    }

    /// The font's glyph for a character (`.notdef` when it has none).
    fn glyph(&self, c: char) -> u16 {
        self.face.glyph_index(c).map_or(0, |g| g.0)
    }

    /// A glyph's advance in thousandths of the em, as PDF widths are written.
    fn advance(&self, glyph: u16) -> f64 {
        let units = self
            .face
            .glyph_hor_advance(ttf_parser::GlyphId(glyph))
            .unwrap_or(0);
        f64::from(units) * 1000.0 / self.units_per_em
    }

    /// Width of a string as it prints at a font size (pt), in mm.
    pub fn width(&self, s: &str, size: f64) -> f64 {
        let thousandths: f64 = s.chars().map(|c| self.advance(self.glyph(c))).sum();
        thousandths / 1000.0 * size * PT_TO_MM
    }

    /// The string cut to fit a width, with "…" where it was cut.
    pub fn fit(&self, s: &str, size: f64, width: f64) -> String {
        if self.width(s, size) <= width {
            return s.to_string();
        }
        let mut out: String = String::new();
        for c in s.chars() {
            let candidate = format!("{out}{c}…");
            if self.width(&candidate, size) > width {
                break;
            }
            out.push(c);
        }
        format!("{}…", out.trim_end())
    }

    /// The largest size from `size` down to `min` at which the text fits, or `min`.
    pub fn shrink(&self, s: &str, size: f64, min: f64, width: f64) -> f64 {
        let mut sz = size;
        while sz > min && self.width(s, sz) > width {
            sz -= 0.25;
        }
        sz.max(min)
    }

    /// Break text into lines that fit a width (words; a word too long is cut).
    pub fn wrap(&self, s: &str, size: f64, width: f64) -> Vec<String> {
        let mut lines = Vec::new();
        for para in s.split('\n') {
            let mut line = String::new();
            for word in para.split_whitespace() {
                let candidate = if line.is_empty() {
                    word.to_string()
                } else {
                    format!("{line} {word}")
                };
                if self.width(&candidate, size) <= width {
                    line = candidate;
                } else {
                    if !line.is_empty() {
                        lines.push(std::mem::take(&mut line));
                    }
                    if self.width(word, size) <= width {
                        line = word.to_string();
                    } else {
                        // A word longer than the column: break it by characters.
                        let mut part = String::new();
                        for c in word.chars() {
                            if self.width(&format!("{part}{c}"), size) > width && !part.is_empty() {
                                lines.push(std::mem::take(&mut part));
                            }
                            part.push(c);
                        }
                        line = part;
                    }
                }
            }
            lines.push(line);
        }
        if lines.is_empty() {
            lines.push(String::new());
        }
        lines
    }
}

impl Page {
    pub fn text(&mut self, x: f64, y: f64, size: f64, text: impl Into<String>) {
        let text = text.into();
        if !text.is_empty() {
            self.ops.push(Op::Text { x, y, size, text });
        }
    }

    /// Text centred on x.
    pub fn text_centered(&mut self, m: &Metrics, x: f64, y: f64, size: f64, text: &str) {
        let w = m.width(text, size);
        self.text(x - w / 2.0, y, size, text);
    }

    /// Text right-aligned at x.
    pub fn text_right(&mut self, m: &Metrics, x: f64, y: f64, size: f64, text: &str) {
        let w = m.width(text, size);
        self.text(x - w, y, size, text);
    }

    pub fn line(&mut self, x1: f64, y1: f64, x2: f64, y2: f64, width: f64) {
        self.ops.push(Op::Line {
            x1,
            y1,
            x2,
            y2,
            width,
        });
    }

    pub fn rect(&mut self, x: f64, y: f64, w: f64, h: f64, width: f64) {
        self.line(x, y, x + w, y, width);
        self.line(x, y + h, x + w, y + h, width);
        self.line(x, y, x, y + h, width);
        self.line(x + w, y, x + w, y + h, width);
    }

    pub fn shade(&mut self, x: f64, y: f64, w: f64, h: f64) {
        self.ops.push(Op::Shade { x, y, w, h });
    }
}

/// A cell's box on the page.
#[derive(Clone, Copy)]
pub struct Rect {
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
}

/// The box at (`x`, `y`), `w` wide and `h` high.
pub fn at(x: f64, y: f64, w: f64, h: f64) -> Rect {
    Rect { x, y, w, h }
}

/// Draw text centred in a cell, shrinking it to fit.
pub fn cell_text(page: &mut Page, m: &Metrics, r: Rect, size: f64, text: &str) {
    let Rect { x, y, w, h } = r;
    if text.is_empty() {
        return;
    }
    let sz = m.shrink(text, size, 5.0, w - 1.0);
    let text = m.fit(text, sz, w - 0.8);
    page.text_centered(m, x + w / 2.0, y + h / 2.0 + sz * 0.13, sz, &text);
}

/// Split `n` items into as few chunks of at most `max` as possible, evenly sized (so no
/// page carries a lone date column): the paper copy's rule, shared.
pub fn balanced_chunks(n: usize, max: usize) -> Vec<(usize, usize)> {
    crate::reports::paper::balanced_parts(n, max)
}

/// A document being laid out: pages first, drawn when complete.
pub struct Document {
    pub title: String,
    pub pages: Vec<Page>,
    /// Printed before "стр. N из M" on every page (the journal's fingerprint on a paper copy).
    pub footer_right: String,
}

impl Document {
    pub fn new(title: impl Into<String>) -> Document {
        Document {
            title: title.into(),
            pages: Vec::new(),
            footer_right: String::new(),
        }
    }

    /// A new page, to draw on.
    pub fn page(&mut self) -> &mut Page {
        self.pages.push(Page::default());
        self.pages.last_mut().expect("just pushed")
    }

    /// Every page's footer: the left text, a training journal's notice, "стр. N из M".
    fn footers(&mut self, m: &Metrics, footer_left: &str, notice: Option<&str>) {
        let total = self.pages.len();
        for (i, page) in self.pages.iter_mut().enumerate() {
            page.line(MARGIN, FOOTER_Y - 3.5, PAGE_W - MARGIN, FOOTER_Y - 3.5, 0.2);
            let left_w = match notice {
                // Measured as printed: the left text must end before the notice's box.
                Some(notice) => footer_notice(page, m, notice) - MARGIN - 3.0,
                None => PAGE_W - 2.0 * MARGIN - 30.0 - m.width(&self.footer_right, 7.0),
            };
            page.text(MARGIN, FOOTER_Y, 7.0, m.fit(footer_left, 7.0, left_w));
            page.text_right(
                m,
                PAGE_W - MARGIN,
                FOOTER_Y,
                7.0,
                &format!("{}стр. {} из {}", self.footer_right, i + 1, total),
            );
        }
    }

    /// Draw every page with its footer (left text, a training journal's notice in a shaded
    /// box in the middle, and "стр. N из M") and return the PDF.
    pub fn render(mut self, footer_left: &str, notice: Option<&str>) -> Result<Vec<u8>> {
        let m = Metrics::new()?;
        if self.pages.is_empty() {
            self.pages.push(Page::default());
        }
        self.footers(&m, footer_left, notice);
        write_pdf(&m, &self.title, &self.pages)
    }
}

/// Millimetres from the top-left corner to PDF points from the bottom-left.
fn pt_x(x: f64) -> f32 {
    (x / PT_TO_MM) as f32
}

fn pt_y(y: f64) -> f32 {
    ((PAGE_H - y) / PT_TO_MM) as f32
}

/// Deflate a stream's bytes (FlateDecode).
fn deflate(data: &[u8]) -> Result<Vec<u8>> {
    let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
    z.write_all(data)
        .with_context(|| crate::t!("err-compressing-pdf"))?;
    z.finish().with_context(|| crate::t!("err-compressing-pdf"))
}

/// The PDF of laid-out pages: one font, a subset of the glyphs the pages use, numbered from
/// 1 in the order of their original ids (the text shows those numbers: Identity-H with an
/// identity CIDToGIDMap), a ToUnicode map so text can be searched and copied, every stream
/// deflated, and the title in the document information (UTF-16, so Cyrillic shows in a
/// viewer's title bar).
fn write_pdf(m: &Metrics, title: &str, pages: &[Page]) -> Result<Vec<u8>> {
    // The glyphs used, with a character each for ToUnicode.
    let mut used: BTreeMap<u16, char> = BTreeMap::new();
    for page in pages {
        for op in &page.ops {
            if let Op::Text { text, .. } = op {
                for c in text.chars() {
                    used.entry(m.glyph(c)).or_insert(c);
                }
            }
        }
    }
    let glyphs: Vec<u16> = used.keys().copied().collect();
    let remapper = subsetter::GlyphRemapper::new_from_glyphs_sorted(&glyphs);
    let subset = subsetter::subset(FONT, 0, &remapper)
        .map_err(|e| anyhow!(crate::t!("err-subsetting-font", error = format!("{e:?}"))))?;
    let cid = |glyph: u16| remapper.get(glyph).unwrap_or(0);

    let mut next = 1;
    let mut new_ref = || {
        let r = Ref::new(next);
        next += 1;
        r
    };
    let (catalog, tree, info) = (new_ref(), new_ref(), new_ref());
    let (type0, cid_font, descriptor, font_file, to_unicode) =
        (new_ref(), new_ref(), new_ref(), new_ref(), new_ref());
    let page_refs: Vec<(Ref, Ref)> = pages.iter().map(|_| (new_ref(), new_ref())).collect();
    let font_name = Name(b"F1");
    let base_font = Name(b"EJRNAL+DejaVuSansCondensed");

    let mut pdf = Pdf::new();
    pdf.catalog(catalog).pages(tree);
    pdf.pages(tree)
        .kids(page_refs.iter().map(|(p, _)| *p))
        .count(pages.len() as i32);
    pdf.document_info(info).title(TextStr(title));

    for (page, (page_ref, content_ref)) in pages.iter().zip(&page_refs) {
        let mut p = pdf.page(*page_ref);
        p.media_box(PdfRect::new(0.0, 0.0, pt_x(PAGE_W), pt_x(PAGE_H)));
        p.parent(tree);
        p.contents(*content_ref);
        p.resources().fonts().pair(font_name, type0);
        p.finish();
        let mut c = Content::new();
        for op in &page.ops {
            match op {
                Op::Text { x, y, size, text } => {
                    let codes: Vec<u8> = text
                        .chars()
                        .flat_map(|ch| cid(m.glyph(ch)).to_be_bytes())
                        .collect();
                    c.begin_text();
                    c.set_font(font_name, *size as f32);
                    c.next_line(pt_x(*x), pt_y(*y));
                    c.show(Str(&codes));
                    c.end_text();
                }
                Op::Line {
                    x1,
                    y1,
                    x2,
                    y2,
                    width,
                } => {
                    c.set_line_width((*width / PT_TO_MM) as f32);
                    c.move_to(pt_x(*x1), pt_y(*y1));
                    c.line_to(pt_x(*x2), pt_y(*y2));
                    c.stroke();
                }
                Op::Shade { x, y, w, h } => {
                    c.set_fill_gray(0.88);
                    c.rect(
                        pt_x(*x),
                        pt_y(*y + *h),
                        (*w / PT_TO_MM) as f32,
                        (*h / PT_TO_MM) as f32,
                    );
                    c.fill_nonzero();
                    c.set_fill_gray(0.0);
                }
            }
        }
        let data = deflate(&c.finish().into_vec())?;
        pdf.stream(*content_ref, &data).filter(Filter::FlateDecode);
    }

    pdf.type0_font(type0)
        .base_font(base_font)
        .encoding_predefined(Name(b"Identity-H"))
        .descendant_font(cid_font)
        .to_unicode(to_unicode);
    let mut font = pdf.cid_font(cid_font);
    font.subtype(CidFontType::Type2)
        .base_font(base_font)
        .system_info(SystemInfo {
            registry: Str(b"Adobe"),
            ordering: Str(b"Identity"),
            supplement: 0,
        })
        .font_descriptor(descriptor)
        .default_width(0.0)
        .cid_to_gid_map_predefined(Name(b"Identity"));
    {
        let mut widths = font.widths();
        for &glyph in &glyphs {
            widths.consecutive(cid(glyph), [m.advance(glyph) as f32]);
        }
    }
    font.finish();

    let face = &m.face;
    let scale = |v: i16| (f64::from(v) * 1000.0 / m.units_per_em) as f32;
    let bbox = face.global_bounding_box();
    pdf.font_descriptor(descriptor)
        .name(base_font)
        .flags(FontFlags::NON_SYMBOLIC)
        .bbox(PdfRect::new(
            scale(bbox.x_min),
            scale(bbox.y_min),
            scale(bbox.x_max),
            scale(bbox.y_max),
        ))
        .italic_angle(0.0)
        .ascent(scale(face.ascender()))
        .descent(scale(face.descender()))
        .cap_height(scale(face.capital_height().unwrap_or(face.ascender())))
        .stem_v(80.0)
        .font_file2(font_file);
    let packed = deflate(&subset)?;
    pdf.stream(font_file, &packed)
        .filter(Filter::FlateDecode)
        .pair(Name(b"Length1"), subset.len() as i32);

    let mut cmap = pdf_writer::types::UnicodeCmap::new(
        Name(b"Custom"),
        SystemInfo {
            registry: Str(b"Adobe"),
            ordering: Str(b"UCS"),
            supplement: 0,
        },
    );
    for (&glyph, &c) in &used {
        cmap.pair(cid(glyph), c);
    }
    let cmap = deflate(&cmap.finish().into_vec())?;
    pdf.cmap(to_unicode, &cmap).filter(Filter::FlateDecode);
    Ok(pdf.finish())
}

/// The size of a training journal's notice in the footer (pt).
const NOTICE_SIZE: f64 = 8.5;

/// A training journal's notice, centred in the footer on a shaded box; returns the box's
/// left edge (the footer's left text must end before it).
fn footer_notice(page: &mut Page, m: &Metrics, notice: &str) -> f64 {
    let text_w = m.width(notice, NOTICE_SIZE);
    let x = (PAGE_W - text_w) / 2.0 - 2.0;
    page.shade(x, FOOTER_Y - 3.1, text_w + 4.0, 4.3);
    page.text((PAGE_W - text_w) / 2.0, FOOTER_Y, NOTICE_SIZE, notice);
    x
}
