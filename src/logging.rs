//! Where the program's log goes and in what form: human-readable lines by
//! default, or one JSON object per line (`--log-format json`, or
//! `ARKIVA_LOG_FORMAT=json`) for a log collector. `RUST_LOG` chooses what
//! is written; by default warnings, errors and the server's access log.
//!
//! Owns the subscriber's set-up only; what is logged is each module's call.

use std::str::FromStr;

/// Warnings and errors, and one line per answered request.
pub const DEFAULT_FILTER: &str = "warn,arkiva::access=info";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum LogFormat {
    #[default]
    Text,
    Json,
}

#[derive(Debug, thiserror::Error)]
#[error("unknown log format '{0}' (expected text or json)")]
pub struct UnknownFormat(String);

impl FromStr for LogFormat {
    type Err = UnknownFormat;

    fn from_str(raw: &str) -> Result<Self, Self::Err> {
        match raw.trim().to_ascii_lowercase().as_str() {
            "text" => Ok(LogFormat::Text),
            "json" => Ok(LogFormat::Json),
            _ => Err(UnknownFormat(raw.to_owned())),
        }
    }
}

/// Sends the log to stderr (stdout carries commands' output, such as an
/// export) in `format`, filtered by `RUST_LOG` or [`DEFAULT_FILTER`].
pub fn init(format: LogFormat) {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| DEFAULT_FILTER.into());
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    match format {
        LogFormat::Text => builder.init(),
        LogFormat::Json => builder.json().flatten_event(true).init(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_are_read_from_their_names() {
        assert_eq!("json".parse::<LogFormat>().unwrap(), LogFormat::Json);
        assert_eq!(" Text ".parse::<LogFormat>().unwrap(), LogFormat::Text);
        let error = "xml".parse::<LogFormat>().unwrap_err().to_string();
        assert!(error.contains("'xml'"), "{error}");
    }
}
