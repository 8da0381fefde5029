//! Encrypted PDFs that open without a password but that lopdf will not open.
//!
//! Owns: a second way in for documents whose `/Encrypt` lopdf rejects with
//! the empty user password although every reader opens them:
//! - the standard security handler with crypt filters (`/V 4`, `/V 5`) whose
//!   strings and streams use the `/Identity` filter: only embedded files are
//!   encrypted (`/EFF`, e.g. `/AuthEvent /EFOpen`), so the page content is
//!   plain and no password is needed to read it;
//! - a trailer without a usable `/ID`: the key derivation (ISO 32000-1
//!   Algorithm 2) then uses an empty first ID, as poppler and qpdf do;
//! - crypt filters given by reference (`/CF 7 0 R`, `/StdCF 8 0 R`): lopdf
//!   does not follow those, misses the filter and decrypts with RC4 instead
//!   of AES, which turns every stream into noise ([`filters_missed`]).
//!
//! lopdf, when it cannot authenticate, loads none of the objects, so the
//! document is loaded again with the trailer's `/Encrypt` key hidden (renamed
//! in place, same length, so no offset moves), then decrypted with lopdf's
//! own standard security handler or, for identity filters, left as it is.
//! A real password is never guessed.
//!
//! Must not touch: reading text, or repairs unrelated to encryption
//! (`ingest::repair`).

use lopdf::{Dictionary, Document, Object};

/// The trailer key as found in the file, and the same-length name it is
/// hidden under while loading.
const ENCRYPT: &[u8] = b"/Encrypt";
const HIDDEN: &[u8] = b"/NoCrypt";

/// The document, readable, when lopdf could not open it with the empty
/// password but it needs none (see the module docs); `None` when a real
/// password is needed.
pub fn open_without_password(bytes: &[u8]) -> Option<Document> {
    let mut doc = Document::load_mem(&hide_encrypt(bytes)).ok()?;
    let encrypt = doc.trailer.remove(&HIDDEN[1..])?;
    let encrypt_id = encrypt.as_reference().ok();
    let dict = match &encrypt {
        Object::Dictionary(dict) => dict.clone(),
        Object::Reference(id) => doc.get_dictionary(*id).ok()?.clone(),
        _ => return None,
    };
    if content_is_plain(&doc, &dict) {
        if let Some(id) = encrypt_id {
            doc.objects.remove(&id);
        }
        return Some(doc);
    }
    if let Some(id) = encrypt_id {
        doc.objects
            .insert(id, Object::Dictionary(with_direct_filters(&doc, dict)));
    }
    doc.trailer.set("Encrypt", encrypt);
    if first_id(&doc).is_none() {
        let empty = || Object::String(Vec::new(), lopdf::StringFormat::Hexadecimal);
        doc.trailer.set("ID", vec![empty(), empty()]);
    }
    // lopdf reports the first object it could not decrypt, after decrypting
    // all the others; the document is usable once the key was accepted,
    // which is when `/Encrypt` has left the trailer.
    let _ = doc.decrypt("");
    (!doc.is_encrypted()).then_some(doc)
}

/// Whether lopdf decrypted a document without finding its stream or string
/// crypt filter in `/CF` (and so fell back to the wrong cipher).
pub fn filters_missed(doc: &Document) -> bool {
    let Some(state) = &doc.encryption_state else {
        return false;
    };
    let missing = |name: &[u8]| {
        !name.is_empty() && name != b"Identity" && !state.crypt_filters().contains_key(name)
    };
    state.version() >= 4
        && (missing(state.default_stream_filter()) || missing(state.default_string_filter()))
}

/// The encryption dictionary with `/CF` and each crypt filter in it as
/// direct dictionaries, which is how lopdf reads them.
fn with_direct_filters(doc: &Document, mut dict: Dictionary) -> Dictionary {
    let Some(filters) = entry(doc, &dict, b"CF").and_then(|cf| cf.as_dict().ok()) else {
        return dict;
    };
    let direct: Dictionary = filters
        .iter()
        .map(|(name, filter)| {
            let filter = doc.dereference(filter).map_or(filter, |(_, o)| o);
            (name.clone(), filter.clone())
        })
        .collect();
    dict.set("CF", direct);
    dict
}

/// The bytes with every `/Encrypt` name (not `/EncryptMetadata`) renamed,
/// so lopdf loads the objects as they are.
fn hide_encrypt(bytes: &[u8]) -> Vec<u8> {
    let mut out = bytes.to_vec();
    let mut at = 0;
    while let Some(found) = find(out.get(at..).unwrap_or_default(), ENCRYPT) {
        let start = at + found;
        let end = start + ENCRYPT.len();
        if out.get(end).is_none_or(|&b| is_delimiter(b)) {
            out[start..end].copy_from_slice(HIDDEN);
        }
        at = end;
    }
    out
}

fn is_delimiter(b: u8) -> bool {
    b.is_ascii_whitespace() || b"/<>[]()%".contains(&b) || b == 0
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// Whether strings and streams are left unencrypted: crypt filters
/// (`/V` 4 or 5) whose `/StmF` and `/StrF` are the identity (the default
/// when absent, ISO 32000-1 §7.6.5) or a filter with `/CFM /None`.
fn content_is_plain(doc: &Document, dict: &Dictionary) -> bool {
    let version = entry(doc, dict, b"V").and_then(|v| v.as_i64().ok());
    if !matches!(version, Some(4 | 5)) {
        return false;
    }
    [&b"StmF"[..], b"StrF"].iter().all(|key| {
        let Some(name) = entry(doc, dict, key).map(Object::as_name) else {
            return true;
        };
        let Ok(name) = name else {
            return false;
        };
        name == b"Identity" || filter_method(doc, dict, name) == Some(&b"None"[..])
    })
}

/// `/CFM` of the named crypt filter in `/CF`.
fn filter_method<'a>(doc: &'a Document, dict: &'a Dictionary, name: &[u8]) -> Option<&'a [u8]> {
    let filters = entry(doc, dict, b"CF")?.as_dict().ok()?;
    let filter = doc
        .dereference(filters.get(name).ok()?)
        .ok()?
        .1
        .as_dict()
        .ok()?;
    entry(doc, filter, b"CFM")?.as_name().ok()
}

fn entry<'a>(doc: &'a Document, dict: &'a Dictionary, key: &[u8]) -> Option<&'a Object> {
    doc.dereference(dict.get(key).ok()?).ok().map(|(_, o)| o)
}

/// The first string of the trailer's `/ID`.
fn first_id(doc: &Document) -> Option<&[u8]> {
    let ids = entry(doc, &doc.trailer, b"ID")?.as_array().ok()?;
    entry_str(doc, ids.first()?)
}

fn entry_str<'a>(doc: &'a Document, object: &'a Object) -> Option<&'a [u8]> {
    doc.dereference(object).ok()?.1.as_str().ok()
}

#[cfg(test)]
mod tests {
    use lopdf::encryption::crypt_filters::{Aes128CryptFilter, CryptFilter};
    use lopdf::{dictionary, EncryptionState, EncryptionVersion, Permissions, Stream};
    use std::collections::BTreeMap;
    use std::sync::Arc;

    use super::*;

    /// A one-page document showing `text` in Helvetica, with an `/ID` of two empty strings.
    fn document(text: &str) -> Document {
        let mut doc = Document::with_version("1.5");
        let font = doc.add_object(dictionary! {
            "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica",
        });
        let content = format!("BT /F1 12 Tf 20 50 Td ({text}) Tj ET");
        let contents = doc.add_object(Stream::new(dictionary! {}, content.into_bytes()));
        let pages = doc.new_object_id();
        let page = doc.add_object(dictionary! {
            "Type" => "Page", "Parent" => pages, "Contents" => contents,
            "MediaBox" => vec![0.into(), 0.into(), 200.into(), 200.into()],
            "Resources" => dictionary! { "Font" => dictionary! { "F1" => font } },
        });
        doc.objects.insert(
            pages,
            dictionary! { "Type" => "Pages", "Kids" => vec![page.into()], "Count" => 1 }.into(),
        );
        let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages });
        doc.trailer.set("Root", catalog);
        let empty = || Object::String(Vec::new(), lopdf::StringFormat::Hexadecimal);
        doc.trailer.set("ID", vec![empty(), empty()]);
        doc
    }

    fn save(mut doc: Document) -> Vec<u8> {
        let mut bytes = Vec::new();
        doc.save_to(&mut bytes).unwrap();
        bytes
    }

    fn text_of(bytes: &[u8]) -> String {
        crate::ingest::pdf::extract(bytes).unwrap().joined()
    }

    #[test]
    fn identity_crypt_filters_need_no_password() {
        let mut doc = document("Plain");
        // Only embedded files are encrypted; the password is not the empty one.
        let encrypt = doc.add_object(dictionary! {
            "Filter" => "Standard", "V" => 4, "R" => 4, "Length" => 128, "P" => -4,
            "O" => Object::string_literal(vec![0x11; 32]),
            "U" => Object::string_literal(vec![0x22; 32]),
            "CF" => dictionary! { "StdCF" => dictionary! {
                "CFM" => "AESV2", "AuthEvent" => "EFOpen", "Length" => 16 } },
            "EFF" => "StdCF", "StmF" => "Identity", "StrF" => "Identity",
        });
        doc.trailer.set("Encrypt", encrypt);
        let bytes = save(doc);
        assert!(
            !Document::load_mem(&bytes).unwrap().was_encrypted(),
            "lopdf alone fails"
        );
        assert_eq!(text_of(&bytes), "Plain");
    }

    #[test]
    fn encrypted_content_without_id_uses_an_empty_id() {
        for version in ["RC4", "AES"] {
            let mut doc = document("Sekret");
            let state = match version {
                "RC4" => EncryptionState::try_from(EncryptionVersion::V2 {
                    document: &doc,
                    owner_password: "pronari",
                    user_password: "",
                    key_length: 128,
                    permissions: Permissions::all(),
                }),
                _ => {
                    let filter: Arc<dyn CryptFilter> = Arc::new(Aes128CryptFilter);
                    EncryptionState::try_from(EncryptionVersion::V4 {
                        document: &doc,
                        encrypt_metadata: true,
                        crypt_filters: BTreeMap::from([(b"StdCF".to_vec(), filter)]),
                        stream_filter: b"StdCF".to_vec(),
                        string_filter: b"StdCF".to_vec(),
                        owner_password: "pronari",
                        user_password: "",
                        permissions: Permissions::all(),
                    })
                }
            }
            .unwrap();
            doc.encrypt(&state).unwrap();
            doc.trailer.remove(b"ID");
            let bytes = save(doc);
            assert!(
                find(&bytes, b"Sekret").is_none(),
                "{version}: content is encrypted"
            );
            assert_eq!(text_of(&bytes), "Sekret", "{version}");
        }
    }

    #[test]
    fn a_real_password_stays_needed() {
        let mut doc = document("Sekret");
        let state = EncryptionState::try_from(EncryptionVersion::V2 {
            document: &doc,
            owner_password: "pronari",
            user_password: "perdoruesi",
            key_length: 128,
            permissions: Permissions::all(),
        })
        .unwrap();
        doc.encrypt(&state).unwrap();
        let bytes = save(doc);
        assert!(matches!(
            crate::ingest::pdf::extract(&bytes),
            Err(crate::ingest::pdf::PdfError::Encrypted)
        ));
    }

    #[test]
    fn only_the_encrypt_name_is_hidden() {
        let hidden = hide_encrypt(b"<</Encrypt 5 0 R/EncryptMetadata false/Encrypt<<>>>>");
        assert_eq!(
            hidden,
            b"<</NoCrypt 5 0 R/EncryptMetadata false/NoCrypt<<>>>>"
        );
    }
}
