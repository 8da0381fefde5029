//! A tolerant tokenizer for content streams: operators with their operands.
//!
//! lopdf's content parser stops at the first token it does not accept (an
//! operator inside a `TJ` array, a stray `]`, an inline image with a filter)
//! and the rest of the page is lost. Like poppler, this one skips what it
//! cannot read and goes on: an operator inside an array is dropped, an
//! unbalanced closing delimiter is ignored, inline image data is skipped up
//! to `EI`.
//!
//! Must not touch: what operators mean (`content`). Hostile input is
//! bounded: nesting depth and operands per operator.

use lopdf::{Dictionary, Object, StringFormat};

/// Arrays and dictionaries nested deeper than this are cut off.
const MAX_DEPTH: usize = 32;
/// Operands kept for one operator; a longer run is junk.
const MAX_OPERANDS: usize = 4096;

/// The operations of a content stream, in order.
pub struct Operations<'a> {
    data: &'a [u8],
    pos: usize,
}

/// One token of a content stream.
enum Token {
    Object(Object),
    Operator(String),
    ArrayStart,
    ArrayEnd,
    DictStart,
    DictEnd,
}

pub fn operations(data: &[u8]) -> Operations<'_> {
    Operations { data, pos: 0 }
}

impl Iterator for Operations<'_> {
    type Item = (String, Vec<Object>);

    fn next(&mut self) -> Option<(String, Vec<Object>)> {
        let mut operands = Vec::new();
        loop {
            match self.token()? {
                Token::Operator(op) if op == "BI" => {
                    self.skip_inline_image();
                    return Some(("EI".to_string(), Vec::new()));
                }
                Token::Operator(op) => return Some((op, operands)),
                Token::ArrayStart => {
                    let array = self.array(1);
                    push(&mut operands, array);
                }
                Token::DictStart => {
                    let dict = self.dictionary(1);
                    push(&mut operands, dict);
                }
                Token::Object(object) => push(&mut operands, object),
                // A closing delimiter without its opening one.
                Token::ArrayEnd | Token::DictEnd => {}
            }
        }
    }
}

fn push(operands: &mut Vec<Object>, object: Object) {
    if operands.len() < MAX_OPERANDS {
        operands.push(object);
    }
}

impl Operations<'_> {
    fn peek(&self) -> Option<u8> {
        self.data.get(self.pos).copied()
    }

    /// The elements up to `]`; operators among them are dropped.
    fn array(&mut self, depth: usize) -> Object {
        let mut items = Vec::new();
        while let Some(token) = self.token() {
            match token {
                Token::ArrayEnd => break,
                Token::Object(object) => push(&mut items, object),
                Token::ArrayStart if depth < MAX_DEPTH => {
                    let inner = self.array(depth + 1);
                    push(&mut items, inner);
                }
                Token::DictStart if depth < MAX_DEPTH => {
                    let inner = self.dictionary(depth + 1);
                    push(&mut items, inner);
                }
                _ => {}
            }
        }
        Object::Array(items)
    }

    /// The entries up to `>>`: names followed by values.
    fn dictionary(&mut self, depth: usize) -> Object {
        let mut dict = Dictionary::new();
        let mut key: Option<Vec<u8>> = None;
        while let Some(token) = self.token() {
            let value = match token {
                Token::DictEnd => break,
                Token::Object(object) => object,
                Token::ArrayStart if depth < MAX_DEPTH => self.array(depth + 1),
                Token::DictStart if depth < MAX_DEPTH => self.dictionary(depth + 1),
                _ => continue,
            };
            match (key.take(), value) {
                (Some(k), value) => dict.set(k, value),
                (None, Object::Name(name)) => key = Some(name),
                (None, _) => {}
            }
        }
        Object::Dictionary(dict)
    }

    /// Inline image: its dictionary up to `ID`, then data up to an `EI`
    /// that stands alone between white-space.
    fn skip_inline_image(&mut self) {
        while let Some(token) = self.token() {
            if matches!(&token, Token::Operator(op) if op == "ID") {
                break;
            }
        }
        let data = &self.data[self.pos.min(self.data.len())..];
        let end = data
            .windows(4)
            .position(|w| {
                is_white(w[0]) && &w[1..3] == b"EI" && (is_white(w[3]) || is_delimiter(w[3]))
            })
            .map_or(data.len(), |at| at + 3);
        self.pos += end;
    }

    fn skip_white_and_comments(&mut self) {
        while let Some(byte) = self.peek() {
            if is_white(byte) {
                self.pos += 1;
            } else if byte == b'%' {
                while self.peek().is_some_and(|b| b != b'\n' && b != b'\r') {
                    self.pos += 1;
                }
            } else {
                break;
            }
        }
    }

    fn token(&mut self) -> Option<Token> {
        self.skip_white_and_comments();
        let byte = self.peek()?;
        self.pos += 1;
        let token = match byte {
            b'[' => Token::ArrayStart,
            b']' => Token::ArrayEnd,
            b'<' if self.peek() == Some(b'<') => {
                self.pos += 1;
                Token::DictStart
            }
            b'>' if self.peek() == Some(b'>') => {
                self.pos += 1;
                Token::DictEnd
            }
            b'<' => Token::Object(self.hex_string()),
            b'(' => Token::Object(self.literal_string()),
            b'/' => Token::Object(Object::Name(self.name())),
            // Stray delimiters carry nothing.
            b'>' | b')' | b'{' | b'}' => return self.token(),
            _ => {
                self.pos -= 1;
                self.word()
            }
        };
        Some(token)
    }

    /// A run of regular characters: a number, a keyword or an operator.
    fn word(&mut self) -> Token {
        let start = self.pos;
        while self
            .peek()
            .is_some_and(|b| !is_white(b) && !is_delimiter(b))
        {
            self.pos += 1;
        }
        let word = &self.data[start..self.pos];
        match word {
            b"true" => Token::Object(Object::Boolean(true)),
            b"false" => Token::Object(Object::Boolean(false)),
            b"null" => Token::Object(Object::Null),
            _ => number(word).map_or_else(
                || Token::Operator(String::from_utf8_lossy(word).into_owned()),
                Token::Object,
            ),
        }
    }

    fn name(&mut self) -> Vec<u8> {
        let mut name = Vec::new();
        while let Some(byte) = self.peek().filter(|b| !is_white(*b) && !is_delimiter(*b)) {
            self.pos += 1;
            let escaped = (byte == b'#')
                .then(|| self.data.get(self.pos..self.pos + 2))
                .flatten()
                .and_then(|hex| u8::from_str_radix(std::str::from_utf8(hex).ok()?, 16).ok());
            match escaped {
                Some(decoded) => {
                    self.pos += 2;
                    name.push(decoded);
                }
                None => name.push(byte),
            }
        }
        name
    }

    fn hex_string(&mut self) -> Object {
        let mut digits = Vec::new();
        while let Some(byte) = self.peek() {
            self.pos += 1;
            if byte == b'>' {
                break;
            }
            if let Some(digit) = (byte as char).to_digit(16) {
                digits.push(digit as u8);
            }
        }
        if digits.len() % 2 == 1 {
            digits.push(0);
        }
        let bytes = digits
            .chunks(2)
            .map(|pair| pair[0] << 4 | pair[1])
            .collect();
        Object::String(bytes, StringFormat::Hexadecimal)
    }

    fn literal_string(&mut self) -> Object {
        let mut bytes = Vec::new();
        let mut depth = 1usize;
        while let Some(byte) = self.peek() {
            self.pos += 1;
            match byte {
                b'(' => depth += 1,
                b')' => {
                    depth -= 1;
                    if depth == 0 {
                        break;
                    }
                }
                b'\\' => {
                    if let Some(escaped) = self.escape() {
                        bytes.push(escaped);
                    }
                    continue;
                }
                _ => {}
            }
            bytes.push(byte);
        }
        Object::String(bytes, StringFormat::Literal)
    }

    /// The byte a backslash escape stands for; `None` for a line continuation.
    fn escape(&mut self) -> Option<u8> {
        let byte = self.peek()?;
        self.pos += 1;
        Some(match byte {
            b'n' => b'\n',
            b'r' => b'\r',
            b't' => b'\t',
            b'b' => 0x08,
            b'f' => 0x0c,
            b'0'..=b'7' => {
                let mut value = u32::from(byte - b'0');
                for _ in 0..2 {
                    match self.peek() {
                        Some(d @ b'0'..=b'7') => {
                            self.pos += 1;
                            value = value * 8 + u32::from(d - b'0');
                        }
                        _ => break,
                    }
                }
                value as u8
            }
            b'\r' => {
                if self.peek() == Some(b'\n') {
                    self.pos += 1;
                }
                return None;
            }
            b'\n' => return None,
            other => other,
        })
    }
}

/// A number as poppler reads it: an integer, or a real with one point;
/// junk such as `--5` or `1.2.3` is no number.
fn number(word: &[u8]) -> Option<Object> {
    let text = std::str::from_utf8(word).ok()?;
    let first = *word.first()?;
    if !(first.is_ascii_digit() || matches!(first, b'+' | b'-' | b'.')) {
        return None;
    }
    if let Ok(integer) = text.parse::<i64>() {
        return Some(Object::Integer(integer));
    }
    let real = text.parse::<f32>().ok().filter(|r| r.is_finite())?;
    // Rust accepts forms a PDF number cannot have ("1e5", "inf").
    word.iter()
        .all(|b| b.is_ascii_digit() || matches!(b, b'+' | b'-' | b'.'))
        .then_some(Object::Real(real))
}

fn is_white(byte: u8) -> bool {
    matches!(byte, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'\0')
}

fn is_delimiter(byte: u8) -> bool {
    matches!(
        byte,
        b'(' | b')' | b'<' | b'>' | b'[' | b']' | b'{' | b'}' | b'/' | b'%'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ops(data: &[u8]) -> Vec<(String, Vec<Object>)> {
        operations(data).collect()
    }

    #[test]
    fn reads_operators_with_their_operands() {
        let got = ops(b"BT /F1 12 Tf 1 0 0 1 .5 -3 Tm (a\\(b\\)\\101) Tj <4142> Tj ET");
        let names: Vec<&str> = got.iter().map(|(op, _)| op.as_str()).collect();
        assert_eq!(names, ["BT", "Tf", "Tm", "Tj", "Tj", "ET"]);
        assert_eq!(
            got[1].1,
            vec![Object::Name(b"F1".to_vec()), Object::Integer(12)]
        );
        assert_eq!(got[2].1[4], Object::Real(0.5));
        assert_eq!(
            got[3].1,
            vec![Object::String(b"a(b)A".to_vec(), StringFormat::Literal)]
        );
        assert_eq!(
            got[4].1,
            vec![Object::String(b"AB".to_vec(), StringFormat::Hexadecimal)]
        );
    }

    #[test]
    fn an_operator_inside_an_array_is_dropped_not_the_page() {
        let got = ops(b"[(Gran) 0.0 Tc -250 (des)] TJ (x) Tj");
        assert_eq!(got[0].0, "TJ");
        let Object::Array(items) = &got[0].1[0] else {
            panic!("an array")
        };
        assert_eq!(items.len(), 4);
        assert_eq!(got[1].0, "Tj");
    }

    #[test]
    fn inline_images_and_stray_delimiters_are_skipped() {
        let got = ops(b"] >> BI /W 2 /H 2 /F /Fl ID \x00\xff)(EI\x01 EI Q (y) Tj");
        let names: Vec<&str> = got.iter().map(|(op, _)| op.as_str()).collect();
        assert_eq!(names, ["EI", "Q", "Tj"]);
    }

    #[test]
    fn hostile_input_ends() {
        let deep = "[".repeat(100_000);
        assert!(ops(deep.as_bytes()).len() <= 1);
        assert!(ops(b"(unterminated \\").is_empty());
        assert!(ops(b"<< /A [1 2 <<").is_empty());
        assert_eq!(ops(b"1.2.3 --5 x")[0].1, Vec::<Object>::new());
    }
}
