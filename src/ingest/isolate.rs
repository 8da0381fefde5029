//! PDF parsing in a child process, so that a hostile file cannot take down
//! an ingest run or the server: a crash, a stack overflow, an endless loop
//! or a memory blow-up ends the child, and the run records why and goes on.
//!
//! Owns spawning the worker (normally `arkiva extract --worker FILE`, the
//! same executable), its resource limits (address space and CPU time, set
//! with prlimit before the worker may open the file; wall-clock time,
//! watched by the parent) and
//! turning how it ended into a reason. The worker's reply is the JSON of
//! [`super::extract`]. Knows nothing of the index or of how PDFs are parsed.

use std::ffi::OsString;
use std::io::Read;
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use super::extract::{Extraction, WorkerReply};

/// The limits one worker runs under.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IsolationLimits {
    /// Wall-clock time, after which the parent kills the worker.
    pub wall: Duration,
    /// CPU seconds (RLIMIT_CPU), which catches a busy loop even when the
    /// machine is so loaded that the wall clock would be unfair.
    pub cpu_secs: u64,
    /// Address space (RLIMIT_AS), against decompression bombs and leaks.
    pub memory_bytes: u64,
}

impl Default for IsolationLimits {
    fn default() -> Self {
        IsolationLimits {
            wall: Duration::from_secs(30),
            cpu_secs: 30,
            memory_bytes: 1 << 30,
        }
    }
}

/// How long a worker that may run OCR can take over one file.
pub const OCR_WALL: Duration = Duration::from_secs(600);

/// The command that reads one PDF: `program args… FILE`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Worker {
    pub program: PathBuf,
    /// Arguments before the file's path.
    pub args: Vec<OsString>,
    pub limits: IsolationLimits,
}

impl Worker {
    /// `exe extract --worker [--no-ocr] FILE`, with the default limits:
    /// `exe` is the arkiva executable (`std::env::current_exe()`). With OCR
    /// the wall-clock limit is [`OCR_WALL`]: Tesseract takes seconds per
    /// scanned page (it runs under the same CPU and memory limits).
    pub fn arkiva(exe: PathBuf, ocr: bool) -> Worker {
        let mut args: Vec<OsString> = vec!["extract".into(), "--worker".into()];
        let mut limits = IsolationLimits::default();
        if ocr {
            limits.wall = OCR_WALL;
        } else {
            args.push("--no-ocr".into());
        }
        Worker {
            program: exe,
            args,
            limits,
        }
    }
}

/// Why the worker gave no extraction.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum WorkerError {
    /// The worker ran and said why the file cannot be read (not a PDF, …).
    #[error("{0}")]
    Unreadable(String),
    #[error("the PDF reader could not be started: {0}")]
    Spawn(String),
    #[error("the PDF reader timed out after {} s", seconds(*.0))]
    TimedOut(Duration),
    #[error("the PDF reader exceeded the CPU time limit ({0} s)")]
    CpuLimit(u64),
    #[error("the PDF reader exceeded the memory limit ({} MiB)", .0 >> 20)]
    MemoryLimit(u64),
    #[error("the PDF reader crashed (stack overflow)")]
    StackOverflow,
    #[error("the PDF reader crashed (signal {0})")]
    Signal(i32),
    #[error("the PDF reader failed (exit code {code}): {message}")]
    Failed { code: i32, message: String },
    #[error("the PDF reader's answer could not be read: {0}")]
    BadReply(String),
}

impl WorkerError {
    /// True when the worker itself said why: the file, not the reader, is bad.
    pub fn is_unreadable(&self) -> bool {
        matches!(self, WorkerError::Unreadable(_))
    }
}

/// "30" for whole seconds, "0.3" for a test's short limit.
fn seconds(duration: Duration) -> String {
    match duration.subsec_millis() {
        0 => duration.as_secs().to_string(),
        _ => format!("{:.1}", duration.as_secs_f64()),
    }
}

/// Bounds what the parent reads from a worker, so a flood of output cannot
/// do to the parent what the limits keep the worker from doing to itself.
const MAX_REPLY: u64 = 256 * 1024 * 1024;
const MAX_STDERR: u64 = 64 * 1024;

/// Reads `file` in a worker process under the worker's limits.
pub fn extract(worker: &Worker, file: &Path) -> Result<Extraction, WorkerError> {
    let mut child = spawn(worker, file).map_err(|e| WorkerError::Spawn(e.to_string()))?;
    let stdout = drain(child.stdout.take(), MAX_REPLY);
    let stderr = drain(child.stderr.take(), MAX_STDERR);
    let deadline = Instant::now() + worker.limits.wall;
    // The reply is complete when the worker closes its output, which is
    // almost always when it exits: waiting on that wakes us at once.
    let reply = stdout.recv_timeout(worker.limits.wall).ok();
    let Some(status) = wait_until(&mut child, deadline) else {
        kill(&mut child);
        return Err(WorkerError::TimedOut(worker.limits.wall));
    };
    let stderr = stderr
        .recv_timeout(Duration::from_secs(1))
        .unwrap_or_default();
    judge(worker, status, reply.unwrap_or_default(), &stderr)
}

fn spawn(worker: &Worker, file: &Path) -> std::io::Result<Child> {
    let mut command = Command::new(&worker.program);
    command
        .args(&worker.args)
        .arg(file)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        // Its own process group, so that a timeout kills whatever it started too.
        .process_group(0);
    // No pre_exec hook, so the standard library spawns with posix_spawn
    // (vfork-like): forking the ingest process copied its page tables for
    // every PDF, a third of an ingest's time. The limits are set on the
    // running worker instead, which opens the file only once its standard
    // input closes: after they are set.
    let mut child = command.spawn()?;
    if let Err(e) = set_limits(child.id(), worker.limits) {
        kill(&mut child);
        return Err(e);
    }
    drop(child.stdin.take());
    Ok(child)
}

/// Sets the worker's CPU and address-space limits. The hard CPU limit is one
/// second above the soft one, so a worker that ignores SIGXCPU is killed. A
/// worker that has already exited needs none.
fn set_limits(pid: u32, limits: IsolationLimits) -> std::io::Result<()> {
    let cpu = libc::rlimit {
        rlim_cur: limits.cpu_secs as libc::rlim_t,
        rlim_max: limits.cpu_secs.saturating_add(1) as libc::rlim_t,
    };
    let memory = libc::rlimit {
        rlim_cur: limits.memory_bytes as libc::rlim_t,
        rlim_max: limits.memory_bytes as libc::rlim_t,
    };
    let pid = pid as libc::pid_t;
    for (resource, limit) in [(libc::RLIMIT_CPU, &cpu), (libc::RLIMIT_AS, &memory)] {
        // SAFETY: prlimit reads the struct we pass and writes nothing (the
        // old-limit pointer is null).
        let failed = unsafe { libc::prlimit(pid, resource, limit, std::ptr::null_mut()) } != 0;
        if failed {
            let error = std::io::Error::last_os_error();
            if error.raw_os_error() == Some(libc::ESRCH) {
                return Ok(());
            }
            return Err(error);
        }
    }
    Ok(())
}

/// Reads a pipe to its end (or `limit` bytes) on a thread of its own, so
/// that neither pipe can fill up and block the worker.
fn drain<R: Read + Send + 'static>(pipe: Option<R>, limit: u64) -> mpsc::Receiver<Vec<u8>> {
    let (sender, receiver) = mpsc::channel();
    if let Some(pipe) = pipe {
        std::thread::spawn(move || {
            let mut bytes = Vec::new();
            // A read error leaves what was read; the exit status tells the rest.
            let _ = pipe.take(limit).read_to_end(&mut bytes);
            let _ = sender.send(bytes);
        });
    }
    receiver
}

/// The worker's exit status, or `None` when it is still running at `deadline`.
fn wait_until(child: &mut Child, deadline: Instant) -> Option<ExitStatus> {
    let mut pause = Duration::from_millis(1);
    loop {
        match child.try_wait() {
            Ok(Some(status)) => return Some(status),
            Ok(None) if Instant::now() < deadline => {}
            // A worker we cannot wait on is treated as one that overran.
            Ok(None) | Err(_) => return None,
        }
        std::thread::sleep(pause);
        pause = (pause * 2).min(Duration::from_millis(50));
    }
}

/// Kills the worker's whole process group and reaps the worker.
fn kill(child: &mut Child) {
    if let Ok(pid) = libc::pid_t::try_from(child.id()) {
        // SAFETY: kill only sends a signal; the group is the one spawn made
        // for this worker, whose leader we have not reaped yet, so its id
        // cannot have been reused.
        unsafe {
            libc::kill(-pid, libc::SIGKILL);
        }
    }
    let _ = child.kill();
    let _ = child.wait();
}

/// Turns how the worker ended, and what it said, into an extraction or a reason.
fn judge(
    worker: &Worker,
    status: ExitStatus,
    stdout: Vec<u8>,
    stderr: &[u8],
) -> Result<Extraction, WorkerError> {
    let stderr = String::from_utf8_lossy(stderr);
    if let Some(signal) = status.signal() {
        return Err(by_signal(worker, signal, &stderr));
    }
    if !status.success() {
        if out_of_memory(&stderr) {
            return Err(WorkerError::MemoryLimit(worker.limits.memory_bytes));
        }
        return Err(WorkerError::Failed {
            code: status.code().unwrap_or(-1),
            message: last_line(&stderr),
        });
    }
    match serde_json::from_slice::<WorkerReply>(&stdout) {
        Ok(WorkerReply::Read(extraction)) => Ok(extraction),
        Ok(WorkerReply::Failed { error, .. }) => Err(WorkerError::Unreadable(error)),
        Err(e) => Err(WorkerError::BadReply(e.to_string())),
    }
}

/// A Rust process that runs out of memory or stack aborts with a message
/// saying so; the CPU limit sends SIGXCPU (then SIGKILL at the hard limit).
fn by_signal(worker: &Worker, signal: i32, stderr: &str) -> WorkerError {
    if out_of_memory(stderr) {
        WorkerError::MemoryLimit(worker.limits.memory_bytes)
    } else if stderr.contains("has overflowed its stack") {
        WorkerError::StackOverflow
    } else if signal == libc::SIGXCPU {
        WorkerError::CpuLimit(worker.limits.cpu_secs)
    } else {
        WorkerError::Signal(signal)
    }
}

fn out_of_memory(stderr: &str) -> bool {
    stderr.contains("memory allocation of") || stderr.contains("capacity overflow")
}

fn last_line(stderr: &str) -> String {
    let line = stderr.lines().rev().find(|l| !l.trim().is_empty());
    line.unwrap_or("no message").chars().take(300).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sh(script: &str, wall: Duration) -> Worker {
        Worker {
            program: "sh".into(),
            args: vec!["-c".into(), script.into(), "worker".into()],
            limits: IsolationLimits {
                wall,
                ..IsolationLimits::default()
            },
        }
    }

    fn run(script: &str) -> Result<Extraction, WorkerError> {
        extract(&sh(script, Duration::from_secs(10)), Path::new("a.pdf"))
    }

    #[test]
    fn a_reply_is_read() {
        let reply = r#"{"file":"a.pdf","pages":[{"number":1,"text":"x","ocr":false}],"failed_pages":[],"metadata":{},"warnings":[]}"#;
        let extraction = run(&format!("echo '{reply}'")).unwrap();
        assert_eq!(extraction.pages[0].text, "x");
        let failed = run(r#"echo '{"file":"a.pdf","error":"not a PDF"}'"#);
        assert_eq!(failed, Err(WorkerError::Unreadable("not a PDF".into())));
    }

    #[test]
    fn how_a_worker_ends_becomes_the_reason() {
        assert_eq!(
            run("kill -SEGV $$"),
            Err(WorkerError::Signal(libc::SIGSEGV))
        );
        assert_eq!(
            run("kill -XCPU $$"),
            Err(WorkerError::CpuLimit(IsolationLimits::default().cpu_secs))
        );
        assert!(
            matches!(run("echo oops >&2; exit 3"), Err(WorkerError::Failed { code: 3, message }) if message == "oops")
        );
        assert!(matches!(run("echo '{'"), Err(WorkerError::BadReply(_))));
        assert!(matches!(
            run("echo 'memory allocation of 99 bytes failed' >&2; kill -ABRT $$"),
            Err(WorkerError::MemoryLimit(_))
        ));
    }

    #[test]
    fn a_worker_that_overruns_is_killed_with_what_it_started() {
        let started = Instant::now();
        let worker = sh("sleep 60 & sleep 60", Duration::from_millis(300));
        let result = extract(&worker, Path::new("a.pdf"));
        assert_eq!(result, Err(WorkerError::TimedOut(worker.limits.wall)));
        assert!(started.elapsed() < Duration::from_secs(5));
    }

    #[test]
    fn a_missing_program_is_a_spawn_error() {
        let worker = Worker::arkiva("/nonexistent/arkiva".into(), false);
        assert!(matches!(
            extract(&worker, Path::new("a.pdf")),
            Err(WorkerError::Spawn(_))
        ));
    }
}
