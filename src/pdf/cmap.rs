//! CMap streams: ToUnicode maps and embedded CID encodings.
//!
//! Parses the PostScript-like CMap syntax just far enough for text: code
//! space ranges (how many bytes a code takes), `bfchar`/`bfrange` (code →
//! Unicode, UTF-16BE with surrogates, the array form of `bfrange` included)
//! and `cidchar`/`cidrange` (code → CID, for widths). Ranges are kept as
//! ranges, never expanded, so a hostile `<0000> <FFFFFFFF>` costs nothing.

/// A parsed CMap.
#[derive(Debug, Clone, Default)]
pub struct CMap {
    /// (low, high, byte length) of each code space range.
    codespaces: Vec<(u32, u32, usize)>,
    chars: std::collections::HashMap<u32, String>,
    ranges: Vec<BfRange>,
    cids: Vec<(u32, u32, u32)>,
}

#[derive(Debug, Clone)]
enum BfRange {
    /// Consecutive codes map to consecutive Unicode: the last UTF-16 unit is incremented.
    Offset { lo: u32, hi: u32, base: Vec<u16> },
    /// Each code in the range has its own destination.
    List { lo: u32, dests: Vec<String> },
}

/// Tokens are bounded by the stream length; this bounds entries per CMap too.
const MAX_ENTRIES: usize = 200_000;

#[derive(Debug, Clone, PartialEq)]
enum Token {
    Hex(Vec<u8>),
    Int(i64),
    Word(Vec<u8>),
    Open,
    Close,
}

impl CMap {
    /// Parses a CMap; unknown or broken parts are skipped, never an error.
    pub fn parse(data: &[u8]) -> CMap {
        let tokens = tokenize(data);
        let mut cmap = CMap::default();
        let mut i = 0;
        while let Some(token) = tokens.get(i) {
            i += 1;
            if let Token::Word(word) = token {
                i = match word.as_slice() {
                    b"begincodespacerange" => cmap.codespace_section(&tokens, i),
                    b"beginbfchar" => cmap.bfchar_section(&tokens, i),
                    b"beginbfrange" => cmap.bfrange_section(&tokens, i),
                    b"begincidchar" => cmap.cidchar_section(&tokens, i),
                    b"begincidrange" => cmap.cidrange_section(&tokens, i),
                    _ => i,
                };
            }
        }
        cmap
    }

    /// True when the CMap said nothing about code lengths.
    pub fn has_codespaces(&self) -> bool {
        !self.codespaces.is_empty()
    }

    /// True when the CMap maps any code to text (an "empty" ToUnicode only
    /// declares code spaces or CID ranges).
    pub fn maps_text(&self) -> bool {
        !self.chars.is_empty() || !self.ranges.is_empty()
    }

    /// The length of the code starting `bytes`, by the code space ranges.
    pub fn code_len(&self, bytes: &[u8]) -> Option<usize> {
        (1..=4).find(|&n| {
            bytes.get(..n).is_some_and(|head| {
                let code = be(head);
                self.codespaces
                    .iter()
                    .any(|&(lo, hi, len)| len == n && (lo..=hi).contains(&code))
            })
        })
    }

    /// The Unicode text of a code, if mapped.
    pub fn lookup(&self, code: u32) -> Option<String> {
        if let Some(text) = self.chars.get(&code) {
            return Some(text.clone());
        }
        self.ranges.iter().find_map(|range| match range {
            BfRange::Offset { lo, hi, base } if (*lo..=*hi).contains(&code) => {
                let mut units = base.clone();
                let last = units.last_mut()?;
                *last = last.checked_add(u16::try_from(code - lo).ok()?)?;
                Some(String::from_utf16_lossy(&units))
            }
            BfRange::List { lo, dests } if code >= *lo => {
                dests.get(usize::try_from(code - lo).ok()?).cloned()
            }
            _ => None,
        })
    }

    /// The CID of a code, by `cidchar`/`cidrange`.
    pub fn cid(&self, code: u32) -> Option<u32> {
        self.cids
            .iter()
            .find(|(lo, hi, _)| (*lo..=*hi).contains(&code))
            .and_then(|(lo, _, cid)| cid.checked_add(code - lo))
    }

    fn codespace_section(&mut self, tokens: &[Token], mut i: usize) -> usize {
        while let (Some(Token::Hex(lo)), Some(Token::Hex(hi))) = (tokens.get(i), tokens.get(i + 1))
        {
            if (1..=4).contains(&lo.len()) && self.codespaces.len() < MAX_ENTRIES {
                self.codespaces.push((be(lo), be(hi), lo.len()));
            }
            i += 2;
        }
        i
    }

    fn bfchar_section(&mut self, tokens: &[Token], mut i: usize) -> usize {
        while let (Some(Token::Hex(src)), Some(dst)) = (tokens.get(i), tokens.get(i + 1)) {
            if let Some(text) = destination(dst) {
                if self.chars.len() < MAX_ENTRIES {
                    self.chars.insert(be(src), text);
                }
            }
            i += 2;
        }
        i
    }

    fn bfrange_section(&mut self, tokens: &[Token], mut i: usize) -> usize {
        while let (Some(Token::Hex(lo)), Some(Token::Hex(hi))) = (tokens.get(i), tokens.get(i + 1))
        {
            let (lo, hi) = (be(lo), be(hi));
            i += 2;
            match tokens.get(i) {
                Some(Token::Hex(base)) if lo <= hi => {
                    self.push_range(BfRange::Offset {
                        lo,
                        hi,
                        base: utf16_units(base),
                    });
                    i += 1;
                }
                Some(Token::Open) => {
                    let mut dests = Vec::new();
                    i += 1;
                    while let Some(token) = tokens.get(i) {
                        i += 1;
                        match token {
                            Token::Close => break,
                            other => dests.push(destination(other).unwrap_or_default()),
                        }
                    }
                    self.push_range(BfRange::List { lo, dests });
                }
                _ => i += 1,
            }
        }
        i
    }

    fn push_range(&mut self, range: BfRange) {
        if self.ranges.len() < MAX_ENTRIES {
            self.ranges.push(range);
        }
    }

    fn cidchar_section(&mut self, tokens: &[Token], mut i: usize) -> usize {
        while let (Some(Token::Hex(src)), Some(Token::Int(cid))) =
            (tokens.get(i), tokens.get(i + 1))
        {
            if let Ok(cid) = u32::try_from(*cid) {
                self.push_cid((be(src), be(src), cid));
            }
            i += 2;
        }
        i
    }

    fn cidrange_section(&mut self, tokens: &[Token], mut i: usize) -> usize {
        while let (Some(Token::Hex(lo)), Some(Token::Hex(hi)), Some(Token::Int(cid))) =
            (tokens.get(i), tokens.get(i + 1), tokens.get(i + 2))
        {
            if let Ok(cid) = u32::try_from(*cid) {
                self.push_cid((be(lo), be(hi), cid));
            }
            i += 3;
        }
        i
    }

    fn push_cid(&mut self, entry: (u32, u32, u32)) {
        if self.cids.len() < MAX_ENTRIES && entry.0 <= entry.1 {
            self.cids.push(entry);
        }
    }
}

/// A big-endian code of up to 4 bytes (longer codes keep their last 4).
pub fn be(bytes: &[u8]) -> u32 {
    bytes.iter().fold(0u32, |acc, b| (acc << 8) | u32::from(*b))
}

fn utf16_units(bytes: &[u8]) -> Vec<u16> {
    let mut units: Vec<u16> = bytes
        .chunks(2)
        .map(|pair| match pair {
            [hi, lo] => u16::from_be_bytes([*hi, *lo]),
            [single] => u16::from(*single),
            _ => 0,
        })
        .collect();
    if units.is_empty() {
        units.push(0);
    }
    units
}

/// A bfchar/bfrange destination: UTF-16BE hex, or (rarely) a glyph name.
fn destination(token: &Token) -> Option<String> {
    match token {
        Token::Hex(bytes) => Some(String::from_utf16_lossy(&utf16_units(bytes))),
        Token::Word(name) if name.first() == Some(&b'/') => {
            name.get(1..).and_then(super::font::glyph_to_unicode)
        }
        _ => None,
    }
}

fn tokenize(data: &[u8]) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut i = 0;
    while let Some(&b) = data.get(i) {
        match b {
            b'%' => {
                while data.get(i).is_some_and(|c| *c != b'\n' && *c != b'\r') {
                    i += 1;
                }
            }
            b'<' if data.get(i + 1) == Some(&b'<') => i += 2,
            b'>' if data.get(i + 1) == Some(&b'>') => i += 2,
            b'<' => {
                let end = data[i..]
                    .iter()
                    .position(|c| *c == b'>')
                    .map_or(data.len(), |p| i + p);
                tokens.push(Token::Hex(hex(data.get(i + 1..end).unwrap_or_default())));
                i = end + 1;
            }
            b'[' => {
                tokens.push(Token::Open);
                i += 1;
            }
            b']' => {
                tokens.push(Token::Close);
                i += 1;
            }
            b'(' => i = skip_literal(data, i),
            c if c.is_ascii_whitespace() || c == b'>' || c == b'{' || c == b'}' => i += 1,
            _ => {
                let start = i;
                i += 1;
                while data.get(i).is_some_and(|c| !is_delimiter(*c)) {
                    i += 1;
                }
                let word = data.get(start..i).unwrap_or_default();
                tokens.push(
                    match std::str::from_utf8(word).ok().and_then(|s| s.parse().ok()) {
                        Some(n) => Token::Int(n),
                        None => Token::Word(word.to_vec()),
                    },
                );
            }
        }
    }
    tokens
}

fn is_delimiter(c: u8) -> bool {
    c.is_ascii_whitespace() || b"<>[](){}/%".contains(&c)
}

/// Literal strings hold CMap names and registry strings; they carry no mapping.
fn skip_literal(data: &[u8], mut i: usize) -> usize {
    let mut depth = 0usize;
    while let Some(&c) = data.get(i) {
        i += 1;
        match c {
            b'\\' => i += 1,
            b'(' => depth += 1,
            b')' => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    break;
                }
            }
            _ => {}
        }
    }
    i
}

fn hex(digits: &[u8]) -> Vec<u8> {
    let nibbles: Vec<u8> = digits
        .iter()
        .filter_map(|c| (*c as char).to_digit(16))
        .map(|d| d as u8)
        .collect();
    nibbles
        .chunks(2)
        .map(|pair| match pair {
            [hi, lo] => (hi << 4) | lo,
            [hi] => hi << 4,
            _ => 0,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &[u8] = b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap
/CMapName /Adobe-Identity-UCS def
1 begincodespacerange <0000> <FFFF> endcodespacerange
2 beginbfchar <0003> <0020> <0010> <D835DC00> endbfchar
2 beginbfrange <0020> <0022> <0041>
<0030> <0032> [<00EB> <00E7> <FB01>] endbfrange
endcmap CMapName currentdict /CMap defineresource pop end end";

    #[test]
    fn bfchar_and_surrogates() {
        let cmap = CMap::parse(SAMPLE);
        assert_eq!(cmap.lookup(3).as_deref(), Some(" "));
        assert_eq!(cmap.lookup(0x10).as_deref(), Some("\u{1D400}"));
    }

    #[test]
    fn bfrange_offset_and_array_forms() {
        let cmap = CMap::parse(SAMPLE);
        assert_eq!(cmap.lookup(0x21).as_deref(), Some("B"));
        assert_eq!(cmap.lookup(0x22).as_deref(), Some("C"));
        assert_eq!(cmap.lookup(0x23), None);
        assert_eq!(cmap.lookup(0x30).as_deref(), Some("ë"));
        assert_eq!(cmap.lookup(0x31).as_deref(), Some("ç"));
        assert_eq!(cmap.lookup(0x32).as_deref(), Some("\u{FB01}"));
    }

    #[test]
    fn codespace_decides_code_length() {
        let cmap = CMap::parse(b"2 begincodespacerange <00> <80> <8140> <FFFF> endcodespacerange");
        assert_eq!(cmap.code_len(&[0x41, 0x42]), Some(1));
        assert_eq!(cmap.code_len(&[0x81, 0x42]), Some(2));
        assert_eq!(cmap.code_len(&[0x81]), None);
    }

    #[test]
    fn garbage_does_not_panic() {
        for data in [
            &b"<<<<[[[(((("[..],
            b"beginbfrange <00> <FF> [",
            b"<",
            b"beginbfchar <ff",
        ] {
            let cmap = CMap::parse(data);
            let _ = cmap.lookup(0);
        }
        let huge = CMap::parse(b"beginbfrange <00000000> <FFFFFFFF> <FFFF> endbfrange");
        assert_eq!(huge.lookup(5), None);
    }
}
