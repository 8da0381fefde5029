//! The content-stream interpreter: graphics and text state to positioned glyphs.
//!
//! Follows the text operators of ISO 32000-1 §9 (Tm Td TD T* Tc Tw Tz TL Ts
//! Tf, Tj TJ ' ", BT/ET), `q`/`Q`/`cm` for the current transformation matrix
//! and `Do` into Form XObjects (with their `/Matrix` and `/Resources`).
//! Everything else (paths, colours, images) is skipped. Hostile input is
//! bounded: XObject depth and cycles, graphics-state stack, operations.

use std::collections::HashMap;
use std::rc::Rc;

use lopdf::{Dictionary, Document, Object, ObjectId};

use super::font::Font;
use super::layout::Glyph;
use super::lexer;
use super::{get, number, stream_data, PageError};

/// `[a b c d e f]`, row-vector convention as in the PDF specification.
pub type Matrix = [f32; 6];

pub const IDENTITY: Matrix = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0];
/// Form XObjects nested deeper than this are not entered.
const MAX_DEPTH: usize = 8;
/// Operations per page, forms included.
const MAX_OPERATIONS: usize = 2_000_000;
/// Glyphs per page.
const MAX_GLYPHS: usize = 500_000;
const MAX_STACK: usize = 256;

#[derive(Debug, Clone)]
struct State {
    ctm: Matrix,
    char_spacing: f32,
    word_spacing: f32,
    horizontal_scale: f32,
    leading: f32,
    rise: f32,
    font_size: f32,
    font: Option<Rc<Font>>,
}

impl Default for State {
    fn default() -> State {
        State {
            ctm: IDENTITY,
            char_spacing: 0.0,
            word_spacing: 0.0,
            horizontal_scale: 1.0,
            leading: 0.0,
            rise: 0.0,
            font_size: 0.0,
            font: None,
        }
    }
}

struct Interpreter<'a> {
    doc: &'a Document,
    state: State,
    stack: Vec<State>,
    text_matrix: Matrix,
    line_matrix: Matrix,
    fonts: HashMap<usize, Rc<Font>>,
    fallback: Rc<Font>,
    /// The Form XObjects being drawn, against cycles.
    forms: Vec<ObjectId>,
    operations: usize,
    glyphs: Vec<Glyph>,
    /// Open marked-content sections: their /ActualText and whether it was emitted.
    marked: Vec<(Option<String>, bool)>,
}

/// Runs a page's content and returns its glyphs in drawing order.
/// Runs a page's content, then the appearance streams of its annotations
/// (form XObjects with the matrix that puts them in their rectangles), as
/// poppler draws them; returns the glyphs in drawing order.
pub fn run_with_appearances(
    doc: &Document,
    data: &[u8],
    resources: &[&Dictionary],
    appearances: &[(ObjectId, Matrix)],
) -> Result<Vec<Glyph>, PageError> {
    let mut interpreter = Interpreter {
        doc,
        state: State::default(),
        stack: Vec::new(),
        text_matrix: IDENTITY,
        line_matrix: IDENTITY,
        fonts: HashMap::new(),
        fallback: Rc::new(Font::fallback()),
        forms: Vec::new(),
        operations: 0,
        glyphs: Vec::new(),
        marked: Vec::new(),
    };
    let parsed = interpreter.stream(data, resources);
    for (id, placement) in appearances {
        interpreter.draw_form(*id, resources, placement);
    }
    match parsed {
        // A stream that breaks half way still gave the text before the break.
        Err(e) if interpreter.glyphs.is_empty() => Err(e),
        _ => Ok(interpreter.glyphs),
    }
}

impl<'a> Interpreter<'a> {
    fn stream(&mut self, data: &[u8], resources: &[&'a Dictionary]) -> Result<(), PageError> {
        // Tolerant: a token lopdf's parser rejects would lose the rest of the page.
        for (operator, operands) in lexer::operations(data) {
            self.operations += 1;
            if self.operations > MAX_OPERATIONS {
                return Ok(());
            }
            self.operation(&operator, &operands, resources);
        }
        Ok(())
    }

    fn operation(&mut self, operator: &str, operands: &[Object], resources: &[&'a Dictionary]) {
        let n = |i: usize| operands.get(i).and_then(number);
        match operator {
            "q" if self.stack.len() < MAX_STACK => self.stack.push(self.state.clone()),
            "Q" => {
                if let Some(state) = self.stack.pop() {
                    self.state = state;
                }
            }
            "cm" => {
                if let Some(m) = matrix(operands) {
                    self.state.ctm = multiply(&m, &self.state.ctm);
                }
            }
            "BT" => {
                self.text_matrix = IDENTITY;
                self.line_matrix = IDENTITY;
            }
            "Tm" => {
                if let Some(m) = matrix(operands) {
                    self.text_matrix = m;
                    self.line_matrix = m;
                }
            }
            "Td" => self.next_line(n(0), n(1)),
            "TD" => {
                if let Some(ty) = n(1) {
                    self.state.leading = -ty;
                }
                self.next_line(n(0), n(1));
            }
            "T*" => self.next_line(Some(0.0), Some(-self.state.leading)),
            "Tc" => set(&mut self.state.char_spacing, n(0)),
            "Tw" => set(&mut self.state.word_spacing, n(0)),
            "Tz" => set(&mut self.state.horizontal_scale, n(0).map(|v| v / 100.0)),
            "TL" => set(&mut self.state.leading, n(0)),
            "Ts" => set(&mut self.state.rise, n(0)),
            "Tf" => {
                set(&mut self.state.font_size, n(1));
                self.state.font = operands
                    .first()
                    .and_then(|o| o.as_name().ok())
                    .and_then(|name| self.font(name, resources));
            }
            "Tj" => self.show_operand(operands.first()),
            "'" => {
                self.next_line(Some(0.0), Some(-self.state.leading));
                self.show_operand(operands.first());
            }
            "\"" => {
                set(&mut self.state.word_spacing, n(0));
                set(&mut self.state.char_spacing, n(1));
                self.next_line(Some(0.0), Some(-self.state.leading));
                self.show_operand(operands.get(2));
            }
            "TJ" => self.show_array(operands.first()),
            "BMC" if self.marked.len() < MAX_STACK => self.marked.push((None, false)),
            "BDC" if self.marked.len() < MAX_STACK => {
                let actual = self.actual_text(operands.get(1), resources);
                self.marked.push((actual, false));
            }
            "EMC" => {
                self.marked.pop();
            }
            "Do" => {
                if let Some(name) = operands.first().and_then(|o| o.as_name().ok()) {
                    self.form(name, resources);
                }
            }
            _ => {}
        }
    }

    fn next_line(&mut self, tx: Option<f32>, ty: Option<f32>) {
        if let (Some(tx), Some(ty)) = (tx, ty) {
            self.line_matrix = multiply(&[1.0, 0.0, 0.0, 1.0, tx, ty], &self.line_matrix);
            self.text_matrix = self.line_matrix;
        }
    }

    fn show_operand(&mut self, operand: Option<&Object>) {
        if let Some(Object::String(bytes, _)) = operand {
            self.show(bytes);
        }
    }

    fn show_array(&mut self, operand: Option<&Object>) {
        let Some(Object::Array(items)) = operand else {
            return;
        };
        for item in items {
            match item {
                Object::String(bytes, _) => self.show(bytes),
                other => {
                    if let Some(adjust) = number(other) {
                        let s = &self.state;
                        let tx = -adjust / 1000.0 * s.font_size * s.horizontal_scale;
                        self.advance(tx);
                    }
                }
            }
        }
    }

    fn advance(&mut self, tx: f32) {
        if tx.is_finite() {
            self.text_matrix = multiply(&[1.0, 0.0, 0.0, 1.0, tx, 0.0], &self.text_matrix);
        }
    }

    fn show(&mut self, bytes: &[u8]) {
        let font = self
            .state
            .font
            .clone()
            .unwrap_or_else(|| Rc::clone(&self.fallback));
        for code in font.decode(bytes) {
            let s = &self.state;
            let size = s.font_size * font.size_factor();
            let scale = [
                s.font_size * s.horizontal_scale,
                0.0,
                0.0,
                size,
                0.0,
                s.rise,
            ];
            let text_to_device = multiply(&self.text_matrix, &s.ctm);
            let render = multiply(&scale, &text_to_device);
            let spacing = s.char_spacing + if code.is_space { s.word_spacing } else { 0.0 };
            let tx = (code.width * s.font_size + spacing) * s.horizontal_scale;
            let (x0, y0) = (render[4], render[5]);
            let (x1, y1) = apply(&text_to_device, tx, s.rise);
            let device_size = render[2].hypot(render[3]);
            let text = match self
                .marked
                .iter_mut()
                .rev()
                .find(|(actual, _)| actual.is_some())
            {
                // Replacement text stands for all the glyphs of its section, once.
                Some((Some(actual), emitted)) => {
                    (!std::mem::replace(emitted, true)).then(|| actual.clone())
                }
                _ => Some(code.text),
            };
            if let Some(text) = text.filter(|t| !t.is_empty() && self.glyphs.len() < MAX_GLYPHS) {
                self.glyphs.push(Glyph::oriented(
                    (x0, y0),
                    (x1, y1),
                    (render[0], render[1]),
                    device_size,
                    text,
                ));
            }
            self.advance(tx);
        }
    }

    /// The /ActualText of a BDC property list, inline or named in /Properties.
    fn actual_text(
        &self,
        properties: Option<&Object>,
        resources: &[&'a Dictionary],
    ) -> Option<String> {
        let dict = match properties? {
            Object::Dictionary(dict) => dict,
            Object::Name(name) => resource(self.doc, resources, b"Properties", name)?
                .as_dict()
                .ok()?,
            _ => return None,
        };
        let text = get(self.doc, dict, b"ActualText")?;
        lopdf::decode_text_string(text).ok()
    }

    fn font(&mut self, name: &[u8], resources: &[&'a Dictionary]) -> Option<Rc<Font>> {
        let dict = resource(self.doc, resources, b"Font", name)?
            .as_dict()
            .ok()?;
        let key = dict as *const Dictionary as usize;
        let doc = self.doc;
        Some(Rc::clone(
            self.fonts
                .entry(key)
                .or_insert_with(|| Rc::new(Font::load(doc, dict))),
        ))
    }

    fn form(&mut self, name: &[u8], resources: &[&'a Dictionary]) {
        if self.forms.len() >= MAX_DEPTH {
            return;
        }
        let Some(Ok(id)) = resources
            .iter()
            .find_map(|r| get(self.doc, r, b"XObject")?.as_dict().ok()?.get(name).ok())
            .map(Object::as_reference)
        else {
            return;
        };
        self.draw_form(id, resources, &IDENTITY);
    }

    /// Draws Form XObject `id` with `placement` applied after its own matrix.
    fn draw_form(&mut self, id: ObjectId, resources: &[&'a Dictionary], placement: &Matrix) {
        if self.forms.len() >= MAX_DEPTH || self.forms.contains(&id) {
            return;
        }
        let Ok(stream) = self.doc.get_object(id).and_then(Object::as_stream) else {
            return;
        };
        // Appearance streams often omit /Subtype; only an image is not drawn.
        let subtype = get(self.doc, &stream.dict, b"Subtype").and_then(|o| o.as_name().ok());
        if subtype.is_some_and(|s| s != b"Form") {
            return;
        }
        let Some(data) = stream_data(self.doc, &Object::Reference(id)) else {
            return;
        };
        let own = get(self.doc, &stream.dict, b"Resources").and_then(|o| o.as_dict().ok());
        let inner: Vec<&'a Dictionary> = own.into_iter().chain(resources.iter().copied()).collect();
        let form_matrix = get(self.doc, &stream.dict, b"Matrix")
            .and_then(|o| o.as_array().ok())
            .and_then(|a| matrix(a))
            .unwrap_or(IDENTITY);
        let saved = (
            self.state.clone(),
            self.text_matrix,
            self.line_matrix,
            self.stack.len(),
        );
        self.state.ctm = multiply(&multiply(&form_matrix, placement), &self.state.ctm);
        self.forms.push(id);
        // A broken form loses its own text only.
        let _ = self.stream(&data, &inner);
        self.forms.pop();
        self.stack.truncate(saved.3);
        (self.state, self.text_matrix, self.line_matrix) = (saved.0, saved.1, saved.2);
    }
}

/// A named resource of a category, looked up nearest dictionary first.
fn resource<'a>(
    doc: &'a Document,
    resources: &[&'a Dictionary],
    category: &[u8],
    name: &[u8],
) -> Option<&'a Object> {
    resources.iter().find_map(|r| {
        get(doc, r, category)?
            .as_dict()
            .ok()
            .and_then(|d| get(doc, d, name))
    })
}

fn set(slot: &mut f32, value: Option<f32>) {
    if let Some(value) = value {
        *slot = value;
    }
}

pub fn matrix(operands: &[Object]) -> Option<Matrix> {
    let values: Vec<f32> = operands.iter().filter_map(number).collect();
    let m: Matrix = values.get(..6)?.try_into().ok()?;
    Some(m)
}

/// `a × b`.
pub fn multiply(a: &Matrix, b: &Matrix) -> Matrix {
    [
        a[0] * b[0] + a[1] * b[2],
        a[0] * b[1] + a[1] * b[3],
        a[2] * b[0] + a[3] * b[2],
        a[2] * b[1] + a[3] * b[3],
        a[4] * b[0] + a[5] * b[2] + b[4],
        a[4] * b[1] + a[5] * b[3] + b[5],
    ]
}

pub fn apply(m: &Matrix, x: f32, y: f32) -> (f32, f32) {
    (m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5])
}

#[cfg(test)]
mod tests {
    use super::*;
    use lopdf::{dictionary, Stream};

    /// A document with one page whose content is `content` and whose
    /// resources hold Helvetica as /F1 and the given XObjects.
    fn page(content: &str, xobjects: Dictionary, doc: &mut Document) -> ObjectId {
        let font = doc.add_object(dictionary! {
            "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica",
            "Encoding" => "WinAnsiEncoding",
        });
        let resources = dictionary! {
            "Font" => dictionary! { "F1" => font },
            "XObject" => xobjects,
        };
        let contents = doc.add_object(Stream::new(dictionary! {}, content.as_bytes().to_vec()));
        doc.add_object(dictionary! {
            "Type" => "Page", "Contents" => contents, "Resources" => resources,
        })
    }

    fn text_of(doc: &Document, page: ObjectId) -> String {
        crate::pdf::page_text(doc, page).unwrap()
    }

    #[test]
    fn spacing_comes_from_positions() {
        let mut doc = Document::new();
        // Words placed by Td and TJ kerning, no space characters at all.
        let content = "BT /F1 10 Tf 72 700 Td (Vendim) Tj 40 0 Td (i) Tj (Kuvendit) Tj \
                       [(kom) -30 (un) -400 (es)] TJ 0 -14 Td (rreshti) Tj ET";
        let id = page(content, dictionary! {}, &mut doc);
        assert_eq!(text_of(&doc, id), "Vendim iKuvenditkomun es\nrreshti");
    }

    #[test]
    fn winansi_bytes_come_out_as_albanian_letters() {
        let mut doc = Document::new();
        let id = page(
            "BT /F1 10 Tf 72 700 Td (K\u{0}) Tj ET",
            dictionary! {},
            &mut doc,
        );
        let _ = text_of(&doc, id);
        let content = b"BT /F1 10 Tf 72 700 Td (Kuvendi i Komun\xEBs \xC7\xE7\xCB) Tj ET".to_vec();
        let contents = doc.add_object(Stream::new(dictionary! {}, content));
        let page = doc.get_dictionary_mut(id).unwrap();
        page.set("Contents", contents);
        assert_eq!(text_of(&doc, id), "Kuvendi i Komunës ÇçË");
    }

    #[test]
    fn form_xobjects_recurse_with_matrix_and_stop_at_cycles() {
        let mut doc = Document::new();
        let inner_id = doc.new_object_id();
        let outer = Stream::new(
            dictionary! {
                "Type" => "XObject", "Subtype" => "Form",
                "Matrix" => vec![1.into(), 0.into(), 0.into(), 1.into(), 0.into(), (-100).into()],
                "Resources" => dictionary! { "XObject" => dictionary! { "Inner" => inner_id } },
            },
            b"BT /F1 10 Tf 72 700 Td (outer) Tj ET /Inner Do".to_vec(),
        );
        let outer_id = doc.add_object(outer);
        // The inner form draws the outer one again: a cycle.
        let inner = Stream::new(
            dictionary! {
                "Type" => "XObject", "Subtype" => "Form",
                "Resources" => dictionary! { "XObject" => dictionary! { "Outer" => outer_id } },
            },
            b"BT /F1 10 Tf 72 650 Td (inner) Tj ET /Outer Do".to_vec(),
        );
        doc.objects.insert(inner_id, Object::Stream(inner));
        let id = page(
            "BT /F1 10 Tf 72 720 Td (page) Tj ET /Outer Do",
            dictionary! { "Outer" => outer_id },
            &mut doc,
        );
        // Outer's matrix moves its text (and inner's) 100 points down.
        assert_eq!(text_of(&doc, id), "page\nouter\ninner");
    }

    #[test]
    fn actual_text_replaces_its_glyphs_once() {
        let mut doc = Document::new();
        let content = "BT /F1 10 Tf 72 700 Td (0) Tj /Span <</ActualText (.)>> BDC ( ) Tj EMC \
                       (1) Tj ET";
        let id = page(content, dictionary! {}, &mut doc);
        assert_eq!(text_of(&doc, id), "0.1");
    }

    #[test]
    fn hostile_operands_do_not_panic() {
        let mut doc = Document::new();
        let content = "q q Q Q Q Q cm 1 2 cm BT /Nope 1e30 Tf (x) Tj [1 (y) /N] TJ 1 Tz \
                       (z) ' 1 (w) \" Td TD ET /Missing Do (a) Tj";
        let id = page(content, dictionary! {}, &mut doc);
        let _ = crate::pdf::page_text(&doc, id);
    }
}
