//! A small page-layout layer over printpdf for documents people sign: A4 landscape, the
//! repository's Cyrillic font (DejaVu Sans Condensed, see assets/fonts) embedded once,
//! text measured with the font's own metrics so nothing runs off a cell, every stream
//! compressed, and "стр. N из M" on every page (pages are laid out first, drawn after).

use std::io::BufWriter;

use anyhow::{anyhow, Context, Result};
use printpdf::{
    Color, CustomPdfConformance, Greyscale, Line, Mm, PdfConformance, PdfDocument, Point,
};

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
    font: rusttype::Font<'static>,
}

impl Metrics {
    pub fn new() -> Result<Metrics> {
        let font = rusttype::Font::from_bytes(FONT)
            .map_err(|e| anyhow!("loading the embedded font: {e}"))?;
        Ok(Metrics { font })
    }

    /// Width of a string as it prints at a font size (pt), in mm. rusttype's scale is the
    /// font's height (ascent − descent), not its em: the size is converted to that scale
    /// first, or every width comes out some 14% narrow and right-aligned text runs past
    /// the margin.
    pub fn width(&self, s: &str, size: f64) -> f64 {
        let v = self.font.v_metrics_unscaled();
        let height_per_em = (v.ascent - v.descent) as f64 / f64::from(self.font.units_per_em());
        let scale = rusttype::Scale::uniform((size * height_per_em) as f32);
        let pts: f32 = s
            .chars()
            .map(|c| self.font.glyph(c).scaled(scale).h_metrics().advance_width)
            .sum();
        pts as f64 * PT_TO_MM
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
/// page carries a lone date column).
pub fn balanced_chunks(n: usize, max: usize) -> Vec<(usize, usize)> {
    if n == 0 {
        return vec![(0, 0)];
    }
    let chunks = n.div_ceil(max.max(1));
    let size = n.div_ceil(chunks);
    (0..n)
        .step_by(size)
        .map(|a| (a, (a + size).min(n)))
        .collect()
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
        let (doc, first_page, first_layer) =
            PdfDocument::new(&self.title, Mm(PAGE_W), Mm(PAGE_H), "main");
        // A plain PDF: no PDF/X colour profile (a third of the file) and no XMP packet.
        let doc = doc.with_conformance(PdfConformance::Custom(CustomPdfConformance {
            requires_icc_profile: false,
            requires_xmp_metadata: false,
            ..Default::default()
        }));
        let font = doc
            .add_external_font(FONT)
            .map_err(|e| anyhow!("embedding the font: {e}"))?;
        for (i, page) in self.pages.iter().enumerate() {
            let layer = if i == 0 {
                doc.get_page(first_page).get_layer(first_layer)
            } else {
                let (p, l) = doc.add_page(Mm(PAGE_W), Mm(PAGE_H), "main");
                doc.get_page(p).get_layer(l)
            };
            layer.set_outline_color(Color::Greyscale(Greyscale::new(0.0, None)));
            for op in &page.ops {
                match op {
                    Op::Text { x, y, size, text } => {
                        layer.use_text(text.as_str(), *size, Mm(*x), Mm(PAGE_H - *y), &font);
                    }
                    Op::Line {
                        x1,
                        y1,
                        x2,
                        y2,
                        width,
                    } => {
                        layer.set_outline_thickness(*width / PT_TO_MM);
                        layer.add_shape(Line {
                            points: vec![
                                (Point::new(Mm(*x1), Mm(PAGE_H - *y1)), false),
                                (Point::new(Mm(*x2), Mm(PAGE_H - *y2)), false),
                            ],
                            is_closed: false,
                            has_fill: false,
                            has_stroke: true,
                            is_clipping_path: false,
                        });
                    }
                    Op::Shade { x, y, w, h } => {
                        layer.set_fill_color(Color::Greyscale(Greyscale::new(0.88, None)));
                        let (x0, y0, x1, y1) = (*x, PAGE_H - *y - *h, *x + *w, PAGE_H - *y);
                        layer.add_shape(Line {
                            points: vec![
                                (Point::new(Mm(x0), Mm(y0)), false),
                                (Point::new(Mm(x1), Mm(y0)), false),
                                (Point::new(Mm(x1), Mm(y1)), false),
                                (Point::new(Mm(x0), Mm(y1)), false),
                            ],
                            is_closed: true,
                            has_fill: true,
                            has_stroke: false,
                            is_clipping_path: false,
                        });
                        layer.set_fill_color(Color::Greyscale(Greyscale::new(0.0, None)));
                    }
                }
            }
        }
        let mut raw = Vec::new();
        doc.save(&mut BufWriter::new(&mut raw))
            .map_err(|e| anyhow!("writing the PDF: {e}"))?;
        let mut glyphs: Vec<u16> = self
            .pages
            .iter()
            .flat_map(|p| p.ops.iter())
            .filter_map(|op| match op {
                Op::Text { text, .. } => Some(text.chars()),
                _ => None,
            })
            .flatten()
            .map(|c| m.font.glyph(c).id().0 as u16)
            .collect();
        glyphs.sort_unstable();
        glyphs.dedup();
        finish(&raw, &self.title, &glyphs)
    }
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

/// Finish what printpdf wrote: embed only the glyphs used (the subset renumbers glyphs, so
/// a CIDToGIDMap maps the original ids, which the text, widths and ToUnicode keep using),
/// compress every stream (printpdf leaves page contents and the font uncompressed), and
/// give the document its title in UTF-16, so Cyrillic shows in a viewer's title bar.
fn finish(pdf: &[u8], title: &str, glyphs: &[u16]) -> Result<Vec<u8>> {
    let mut doc = lopdf::Document::load_mem(pdf).context("re-reading the PDF to compress it")?;
    let remapper = subsetter::GlyphRemapper::new_from_glyphs_sorted(glyphs);
    let subset =
        subsetter::subset(FONT, 0, &remapper).map_err(|e| anyhow!("subsetting the font: {e:?}"))?;
    let max_gid = glyphs.iter().copied().max().unwrap_or(0);
    let mut map = Vec::with_capacity((max_gid as usize + 1) * 2);
    for gid in 0..=max_gid {
        map.extend(remapper.get(gid).unwrap_or(0).to_be_bytes());
    }
    let map_id = doc.add_object(lopdf::Stream::new(lopdf::Dictionary::new(), map));
    for object in doc.objects.values_mut() {
        match object {
            lopdf::Object::Stream(stream) if stream.dict.has(b"Length1") => {
                stream.dict.set("Length1", subset.len() as i64);
                stream.set_content(subset.clone());
            }
            // printpdf writes the CIDFont inline in the Type0 font's DescendantFonts.
            lopdf::Object::Dictionary(dict) if dict.has(b"DescendantFonts") => {
                if let Ok(lopdf::Object::Array(fonts)) = dict.get_mut(b"DescendantFonts") {
                    for font in fonts.iter_mut() {
                        if let lopdf::Object::Dictionary(cid_font) = font {
                            cid_font.set("CIDToGIDMap", lopdf::Object::Reference(map_id));
                        }
                    }
                }
            }
            _ => {}
        }
    }
    if let Ok(info) = doc
        .trailer
        .get(b"Info")
        .and_then(lopdf::Object::as_reference)
    {
        if let Ok(lopdf::Object::Dictionary(dict)) = doc.get_object_mut(info) {
            let mut utf16 = vec![0xFE, 0xFF];
            utf16.extend(title.encode_utf16().flat_map(u16::to_be_bytes));
            dict.set(
                "Title",
                lopdf::Object::String(utf16, lopdf::StringFormat::Hexadecimal),
            );
        }
    }
    for object in doc.objects.values_mut() {
        if let lopdf::Object::Stream(stream) = object {
            stream.allows_compression = true;
        }
    }
    doc.compress();
    let mut out = Vec::new();
    doc.save_to(&mut out)
        .context("writing the compressed PDF")?;
    Ok(out)
}
