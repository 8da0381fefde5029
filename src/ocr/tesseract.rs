//! The external `tesseract` program: found once, then run per page.

use std::ffi::OsStr;
use std::time::Duration;

use super::run::{missing_as, run};
use super::OcrError;

/// The command that installs what OCR needs on Debian and Ubuntu.
pub const INSTALL_HINT: &str = "sudo apt-get install tesseract-ocr tesseract-ocr-sqi poppler-utils";

/// `tesseract --list-langs` answers at once; this only guards a hung binary.
const DETECT_TIMEOUT: Duration = Duration::from_secs(20);

/// An installed Tesseract and the languages it reads acts with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tesseract {
    /// The `-l` argument: `sqi+eng` when Albanian is installed, else `eng`.
    pub languages: String,
}

impl Tesseract {
    /// Tesseract when it is on PATH with English or Albanian data. Without
    /// Albanian, ë and ç come out wrong, so that is warned about.
    pub fn detect() -> Option<Tesseract> {
        let args = [OsStr::new("--list-langs")];
        let listing = match run("tesseract", &args, None, DETECT_TIMEOUT) {
            Ok(out) => out,
            Err(e) => {
                tracing::debug!("no OCR: {}", missing_as(e, "tesseract"));
                return None;
            }
        };
        let languages = choose_languages(&String::from_utf8_lossy(&listing))?;
        if languages == "eng" {
            tracing::warn!(
                "Tesseract has no Albanian data (sqi): scans are read as English, \
                 so ë and ç suffer; install it with: {INSTALL_HINT}"
            );
        }
        Some(Tesseract { languages })
    }

    /// The text Tesseract reads in an image (JPEG, PNG or PNM bytes).
    pub fn recognize(&self, image: &[u8], timeout: Duration) -> Result<String, OcrError> {
        self.recognize_at(image, None, timeout)
    }

    /// As [`Tesseract::recognize`], telling Tesseract the image's resolution
    /// when it is known: PNM files carry none, and a wrong guess shrinks or
    /// swells its idea of the text size.
    pub(crate) fn recognize_at(
        &self,
        image: &[u8],
        dpi: Option<u32>,
        timeout: Duration,
    ) -> Result<String, OcrError> {
        let dpi = dpi.map(|d| d.to_string());
        // `-` reads the image from stdin and `stdout` prints the text, so no
        // temporary file is left behind whatever happens. `--psm 1` is
        // automatic layout with orientation detection, for skewed scans.
        let mut args: Vec<&OsStr> = ["-", "stdout", "-l", &self.languages, "--psm", "1"]
            .into_iter()
            .map(OsStr::new)
            .collect();
        if let Some(dpi) = &dpi {
            args.extend([OsStr::new("--dpi"), OsStr::new(dpi)]);
        }
        let out = run("tesseract", &args, Some(image), timeout)
            .map_err(|e| missing_as(e, "tesseract"))?;
        Ok(String::from_utf8_lossy(&out).trim().to_string())
    }
}

/// `sqi+eng` when both are listed, else whichever one is; none without either.
fn choose_languages(listing: &str) -> Option<String> {
    // The first line is a header ("List of available languages in ...").
    let langs: Vec<&str> = listing.lines().skip(1).map(str::trim).collect();
    let has = |l: &str| langs.contains(&l);
    match (has("sqi"), has("eng")) {
        (true, true) => Some("sqi+eng".to_string()),
        (true, false) => Some("sqi".to_string()),
        (false, true) => Some("eng".to_string()),
        (false, false) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn albanian_is_chosen_when_listed() {
        let header =
            "List of available languages in \"/usr/share/tesseract-ocr/5/tessdata/\" (3):\n";
        assert_eq!(
            choose_languages(&format!("{header}eng\nosd\nsqi\n")).as_deref(),
            Some("sqi+eng")
        );
        assert_eq!(
            choose_languages(&format!("{header}eng\nosd\n")).as_deref(),
            Some("eng")
        );
        assert_eq!(choose_languages(&format!("{header}osd\n")), None);
        assert_eq!(choose_languages(""), None);
    }
}
