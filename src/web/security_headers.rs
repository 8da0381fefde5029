//! The security headers every response carries (issue 10, hostile input):
//! a Content-Security-Policy that allows no script at all (the site has
//! none; styles are inline in the page, recordings come from
//! youtube-nocookie only), no MIME sniffing, no framing by other sites and
//! no referrer sent to other origins.
//!
//! Owns the header values; must not know routes or handlers.

use axum::http::{header, HeaderName, HeaderValue};
use tower::layer::util::{Identity, Stack};
use tower::ServiceBuilder;
use tower_http::set_header::SetResponseHeaderLayer;

/// `script-src 'none'`: arkiva's pages work without JavaScript, so any
/// script that got into a page (a bug in escaping) would not run.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; script-src 'none'; \
     style-src 'self' 'unsafe-inline'; img-src 'self' data:; \
     frame-src https://www.youtube-nocookie.com; frame-ancestors 'none'; \
     base-uri 'none'; form-action 'self'; object-src 'none'";

type Header = SetResponseHeaderLayer<HeaderValue>;
type Headers = ServiceBuilder<Stack<Header, Stack<Header, Stack<Header, Stack<Header, Identity>>>>>;

/// The layers that set the headers, unless a handler set its own.
pub fn layer() -> Headers {
    let set = |name: HeaderName, value: &'static str| {
        SetResponseHeaderLayer::if_not_present(name, HeaderValue::from_static(value))
    };
    ServiceBuilder::new()
        .layer(set(
            header::CONTENT_SECURITY_POLICY,
            CONTENT_SECURITY_POLICY,
        ))
        .layer(set(header::X_CONTENT_TYPE_OPTIONS, "nosniff"))
        .layer(set(header::X_FRAME_OPTIONS, "DENY"))
        .layer(set(
            header::REFERRER_POLICY,
            "strict-origin-when-cross-origin",
        ))
}
