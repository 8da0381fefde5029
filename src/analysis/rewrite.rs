//! `RewriteFilter`: the one tantivy token filter behind every filter that rewrites a token's
//! text in place (`NormalizeFilter`, `CyrillicFilter`, `FoldFilter`, `AlbanianStemmer`).
//!
//! A filter of that kind only says how to rewrite one word, by implementing [`Rewrite`];
//! this module does the tantivy plumbing once: the `TokenFilter`, the wrapping `Tokenizer`
//! and the `TokenStream`, which writes into a buffer reused between tokens (no allocation
//! per token) and swaps it into `token.text`. Offsets and positions are left as they are, so
//! they keep pointing into the original text.

use std::mem;

use tantivy::tokenizer::{Token, TokenFilter, TokenStream, Tokenizer};

/// How a [`RewriteFilter`] rewrites the text of one token.
pub(crate) trait Rewrite: Clone + Send + Sync + 'static {
    /// Whether `input` needs rewriting at all; tokens for which this is false pass untouched.
    ///
    /// A fast pre-check (e.g. "is it ASCII?") saving the rewrite of most tokens.
    fn applies_to(&self, _input: &str) -> bool {
        true
    }

    /// Writes the rewritten `input` to `out` (which the implementation clears first).
    fn rewrite(&self, input: &str, out: &mut String);
}

/// Token filter replacing the text of every token by its [`Rewrite`].
///
/// A token whose rewritten text is empty is dropped rather than indexed as an empty term.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct RewriteFilter<R>(pub(crate) R);

impl<R: Rewrite> TokenFilter for RewriteFilter<R> {
    type Tokenizer<T: Tokenizer> = RewriteWrapper<R, T>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> RewriteWrapper<R, T> {
        RewriteWrapper {
            rewrite: self.0,
            inner: tokenizer,
            buffer: String::new(),
        }
    }
}

#[derive(Clone)]
pub(crate) struct RewriteWrapper<R, T> {
    rewrite: R,
    inner: T,
    buffer: String,
}

impl<R: Rewrite, T: Tokenizer> Tokenizer for RewriteWrapper<R, T> {
    type TokenStream<'a> = RewriteStream<'a, R, T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        RewriteStream {
            rewrite: &self.rewrite,
            tail: self.inner.token_stream(text),
            buffer: &mut self.buffer,
        }
    }
}

pub(crate) struct RewriteStream<'a, R, T> {
    rewrite: &'a R,
    tail: T,
    /// Reused between tokens so rewriting does not allocate per token.
    buffer: &'a mut String,
}

impl<R: Rewrite, T: TokenStream> TokenStream for RewriteStream<'_, R, T> {
    fn advance(&mut self) -> bool {
        while self.tail.advance() {
            let text = &self.tail.token().text;
            if !self.rewrite.applies_to(text) {
                return true;
            }
            self.rewrite.rewrite(text, self.buffer);
            if self.buffer.is_empty() {
                continue;
            }
            mem::swap(&mut self.tail.token_mut().text, self.buffer);
            return true;
        }
        false
    }

    fn token(&self) -> &Token {
        self.tail.token()
    }

    fn token_mut(&mut self) -> &mut Token {
        self.tail.token_mut()
    }
}
