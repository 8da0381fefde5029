//! Streaming a body written by blocking code (an export reading the index)
//! without holding it in memory: the writer runs on a thread of its own, at
//! a lower priority than searches, and
//! hands chunks through a small bounded channel, so a slow client slows the
//! writer down instead of filling memory — down to a stop: a reader that
//! takes nothing for [`EXPORT_IDLE`] ends the export, so a stranger cannot
//! hold an export slot (and a thread) by not reading.

use std::io::{self, Write};
use std::time::Duration;

use axum::body::Body;
use bytes::Bytes;
use tokio::runtime::Handle;
use tokio::sync::mpsc;
use tokio_stream::wrappers::ReceiverStream;

const CHUNK: usize = 64 * 1024;
/// Chunks in flight at most: memory per export stays near CHUNK × DEPTH.
const DEPTH: usize = 4;
/// How long an export waits for its reader to take the next chunk.
pub const EXPORT_IDLE: Duration = Duration::from_secs(60);

/// A `Write` that sends full chunks down the channel.
pub struct ChannelWriter {
    buffer: Vec<u8>,
    sender: mpsc::Sender<io::Result<Bytes>>,
    runtime: Handle,
    idle: Duration,
}

impl ChannelWriter {
    fn send(&mut self) -> io::Result<()> {
        if self.buffer.is_empty() {
            return Ok(());
        }
        let chunk = Bytes::from(std::mem::replace(
            &mut self.buffer,
            Vec::with_capacity(CHUNK),
        ));
        self.deliver(Ok(chunk))
    }

    /// Sends one message, waiting at most `idle` for room in the channel.
    fn deliver(&self, message: io::Result<Bytes>) -> io::Result<()> {
        let sent = self
            .runtime
            .block_on(tokio::time::timeout(self.idle, self.sender.send(message)));
        match sent {
            Ok(Ok(())) => Ok(()),
            Ok(Err(_)) => Err(io::Error::new(
                io::ErrorKind::BrokenPipe,
                "the client went away",
            )),
            Err(_) => Err(io::Error::new(
                io::ErrorKind::TimedOut,
                format!("the client read nothing for {} s", self.idle.as_secs()),
            )),
        }
    }
}

impl Write for ChannelWriter {
    fn write(&mut self, data: &[u8]) -> io::Result<usize> {
        self.buffer.extend_from_slice(data);
        if self.buffer.len() >= CHUNK {
            self.send()?;
        }
        Ok(data.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.send()
    }
}

/// A body produced by `produce` on a thread of its own. If it fails midway,
/// the body ends with an error so the client sees a broken transfer, not a
/// silently short file.
pub fn from_blocking<F, E>(produce: F) -> Body
where
    F: FnOnce(&mut ChannelWriter) -> Result<(), E> + Send + 'static,
    E: std::fmt::Display,
{
    from_blocking_within(EXPORT_IDLE, produce)
}

/// [`from_blocking`] with the reader's idle limit given (tests use a short one).
fn from_blocking_within<F, E>(idle: Duration, produce: F) -> Body
where
    F: FnOnce(&mut ChannelWriter) -> Result<(), E> + Send + 'static,
    E: std::fmt::Display,
{
    let (sender, receiver) = mpsc::channel(DEPTH);
    let runtime = Handle::current();
    let on_failure = sender.clone();
    let spawned = std::thread::Builder::new()
        .name("arkiva-export".into())
        .spawn(move || {
            lower_priority();
            // The idle timer needs the runtime's context on this thread.
            let _context = runtime.enter();
            let runtime = runtime.clone();
            let mut writer = ChannelWriter {
                buffer: Vec::with_capacity(CHUNK),
                sender,
                runtime,
                idle,
            };
            let result = produce(&mut writer).map_err(|e| e.to_string());
            let result = result.and_then(|()| writer.flush().map_err(|e| e.to_string()));
            if let Err(cause) = result {
                tracing::warn!(%cause, "streamed export stopped");
                // Bounded too: a reader that takes nothing never sees it, and
                // must not keep this thread.
                let _ = writer.deliver(Err(io::Error::other("export failed")));
            }
        });
    if let Err(cause) = spawned {
        tracing::error!(%cause, "no thread for an export");
        let _ = on_failure.try_send(Err(io::Error::other("export failed")));
    }
    Body::from_stream(ReceiverStream::new(receiver))
}

/// How much an export yields to searches: a full export keeps a core busy
/// for seconds, and a citizen's search should not wait behind it. A thread
/// of its own (not tokio's blocking pool, whose threads later run searches)
/// so the lower priority ends with the export.
#[cfg_attr(not(target_os = "linux"), allow(dead_code))]
const EXPORT_NICE: libc::c_int = 10;

fn lower_priority() {
    #[cfg(target_os = "linux")]
    // SAFETY: gettid and setpriority only read their arguments; on Linux a
    // thread id as `who` sets the priority of that one thread.
    unsafe {
        let thread = libc::gettid() as libc::id_t;
        libc::setpriority(libc::PRIO_PROCESS, thread, EXPORT_NICE);
    }
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::sync::Arc;

    use super::*;

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_reader_that_takes_nothing_ends_the_export() {
        let ended = Arc::new(AtomicBool::new(false));
        let flag = ended.clone();
        let body = from_blocking_within(Duration::from_millis(100), move |out| {
            let result = (0..1000).try_for_each(|_| out.write_all(&[b'x'; 64 * 1024]));
            flag.store(true, Ordering::SeqCst);
            result
        });
        let started = std::time::Instant::now();
        while !ended.load(Ordering::SeqCst) {
            assert!(
                started.elapsed() < Duration::from_secs(5),
                "the export still waits"
            );
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        drop(body);
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_reader_that_reads_gets_everything() {
        use http_body_util::BodyExt;
        let body = from_blocking_within(Duration::from_millis(100), |out| {
            (0..40).try_for_each(|_| out.write_all(&[b'y'; 10_000]))
        });
        let bytes = body.collect().await.unwrap().to_bytes();
        assert_eq!(bytes.len(), 400_000);
    }
}
