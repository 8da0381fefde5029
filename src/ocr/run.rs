//! Running an external program with a time limit: input on stdin, output
//! from stdout, no temporary files. A program that overruns is killed.

use std::ffi::OsStr;
use std::io::{Read, Write};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};

use super::OcrError;

/// pdftoppm's resolution: Tesseract reads body text best at 300 dpi.
pub(crate) const RENDER_DPI: u32 = 300;

/// A bound on what a program may print (a 300 dpi A4 PNG is a few MiB).
const MAX_OUTPUT: u64 = 256 * 1024 * 1024;

/// How often a running program is checked on.
const POLL: Duration = Duration::from_millis(20);

/// Renders one page (1-based) of a PDF to a grayscale PNG at 300 dpi with
/// poppler's `pdftoppm`, for pages whose scan is not an image OCR can read.
pub fn render_page(pdf_path: &Path, page: u32, timeout: Duration) -> Result<Vec<u8>, OcrError> {
    let page = page.to_string();
    let dpi = RENDER_DPI.to_string();
    let args: Vec<&OsStr> = [
        "-r",
        &dpi,
        "-gray",
        "-png",
        "-f",
        &page,
        "-l",
        &page,
        "-singlefile",
    ]
    .into_iter()
    .map(OsStr::new)
    .chain([pdf_path.as_os_str()])
    .collect();
    let png = run("pdftoppm", &args, None, timeout).map_err(|e| missing_as(e, "pdftoppm"))?;
    if png.is_empty() {
        return Err(OcrError::Failed {
            program: "pdftoppm".into(),
            message: format!("no image for page {page}"),
        });
    }
    Ok(png)
}

/// A program that could not be started because it is absent is reported
/// with the command that installs it.
pub(crate) fn missing_as(error: OcrError, program: &'static str) -> OcrError {
    match error {
        OcrError::Io { source, .. } if source.kind() == std::io::ErrorKind::NotFound => {
            OcrError::ToolMissing {
                program,
                hint: super::INSTALL_HINT,
            }
        }
        other => other,
    }
}

/// Runs `program args`, feeding `input` on stdin, and returns its stdout.
/// A non-zero exit is an error carrying the end of stderr.
pub(crate) fn run(
    program: &str,
    args: &[&OsStr],
    input: Option<&[u8]>,
    timeout: Duration,
) -> Result<Vec<u8>, OcrError> {
    let io_error = |source| OcrError::Io {
        program: program.to_string(),
        source,
    };
    let mut child = Command::new(program)
        .args(args)
        .stdin(if input.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(io_error)?;
    // stdin, stdout and stderr each get a thread, so a program that writes
    // before it has read all its input cannot deadlock against us.
    let feeder = child
        .stdin
        .take()
        .zip(input.map(<[u8]>::to_vec))
        .map(|(mut stdin, bytes)| thread::spawn(move || stdin.write_all(&bytes)));
    let stdout = child.stdout.take().map(drain);
    let stderr = child.stderr.take().map(drain);
    let status = wait_or_kill(&mut child, timeout);
    // A program that exits without reading all of its input breaks the pipe;
    // its exit status says whether that mattered.
    if let Some(feeder) = feeder {
        let _ = feeder.join();
    }
    let stdout = collect(stdout);
    let stderr = collect(stderr);
    let Some(status) = status.map_err(io_error)? else {
        return Err(OcrError::Timeout {
            program: program.to_string(),
            seconds: timeout.as_secs(),
        });
    };
    if !status.success() {
        return Err(OcrError::Failed {
            program: program.to_string(),
            message: format!("{status}: {}", tail(&stderr)),
        });
    }
    Ok(stdout)
}

/// Waits for the child; `None` when it overran and was killed.
fn wait_or_kill(
    child: &mut Child,
    timeout: Duration,
) -> std::io::Result<Option<std::process::ExitStatus>> {
    let deadline = Instant::now() + timeout;
    loop {
        if let Some(status) = child.try_wait()? {
            return Ok(Some(status));
        }
        if Instant::now() >= deadline {
            // It may have exited in between; either way it must be reaped.
            let _ = child.kill();
            let _ = child.wait();
            return Ok(None);
        }
        thread::sleep(POLL);
    }
}

fn drain(mut pipe: impl Read + Send + 'static) -> JoinHandle<Vec<u8>> {
    thread::spawn(move || {
        let mut out = Vec::new();
        let _ = pipe.by_ref().take(MAX_OUTPUT).read_to_end(&mut out);
        out
    })
}

fn collect(handle: Option<JoinHandle<Vec<u8>>>) -> Vec<u8> {
    handle.and_then(|h| h.join().ok()).unwrap_or_default()
}

/// The last few hundred characters of a program's stderr, on one line.
fn tail(stderr: &[u8]) -> String {
    let text = String::from_utf8_lossy(stderr);
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let start = text
        .char_indices()
        .rev()
        .nth(299)
        .map(|(i, _)| i)
        .unwrap_or(0);
    text[start..].to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&'static str]) -> Vec<&'static OsStr> {
        list.iter().copied().map(OsStr::new).collect()
    }

    #[test]
    fn a_program_that_overruns_is_killed() {
        let started = Instant::now();
        let result = run("sleep", &args(&["30"]), None, Duration::from_millis(300));
        assert!(
            matches!(result, Err(OcrError::Timeout { .. })),
            "{result:?}"
        );
        assert!(started.elapsed() < Duration::from_secs(5));
    }

    #[test]
    fn input_goes_to_stdin_and_stdout_comes_back() {
        let bytes: Vec<u8> = (0..200_000u32).map(|i| (i % 251) as u8).collect();
        let out = run("cat", &[], Some(&bytes), Duration::from_secs(10)).unwrap();
        assert_eq!(out, bytes);
    }

    #[test]
    fn a_failing_program_reports_its_stderr() {
        let result = run(
            "sh",
            &args(&["-c", "echo 'nuk u gjet' >&2; exit 3"]),
            None,
            Duration::from_secs(10),
        );
        match result {
            Err(OcrError::Failed { message, .. }) => assert!(message.contains("nuk u gjet")),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn an_absent_program_is_reported_with_the_install_hint() {
        let result = run("arkiva-no-such-program", &[], None, Duration::from_secs(1))
            .map_err(|e| missing_as(e, "tesseract"));
        assert!(
            matches!(result, Err(OcrError::ToolMissing { .. })),
            "{result:?}"
        );
    }

    #[test]
    fn tail_keeps_the_end() {
        assert_eq!(tail(b"  a\n b "), "a b");
        let long = "x".repeat(1000) + "fund";
        assert!(tail(long.as_bytes()).ends_with("fund"));
        assert_eq!(tail(long.as_bytes()).chars().count(), 300);
    }
}
