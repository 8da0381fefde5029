//! Streaming a body written by blocking code (an export reading the index)
//! without holding it in memory: the writer runs on a blocking thread and
//! hands chunks through a small bounded channel, so a slow client slows the
//! writer down instead of filling memory.

use std::io::{self, Write};

use axum::body::Body;
use bytes::Bytes;
use tokio::sync::mpsc;
use tokio_stream::wrappers::ReceiverStream;

const CHUNK: usize = 64 * 1024;
/// Chunks in flight at most: memory per export stays near CHUNK × DEPTH.
const DEPTH: usize = 4;

/// A `Write` that sends full chunks down the channel.
pub struct ChannelWriter {
    buffer: Vec<u8>,
    sender: mpsc::Sender<io::Result<Bytes>>,
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
        self.sender
            .blocking_send(Ok(chunk))
            .map_err(|_| io::Error::new(io::ErrorKind::BrokenPipe, "the client went away"))
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

/// A body produced by `produce` on a blocking thread. If it fails midway,
/// the body ends with an error so the client sees a broken transfer, not a
/// silently short file.
pub fn from_blocking<F, E>(produce: F) -> Body
where
    F: FnOnce(&mut ChannelWriter) -> Result<(), E> + Send + 'static,
    E: std::fmt::Display,
{
    let (sender, receiver) = mpsc::channel(DEPTH);
    tokio::task::spawn_blocking(move || {
        let mut writer = ChannelWriter {
            buffer: Vec::with_capacity(CHUNK),
            sender: sender.clone(),
        };
        let result = produce(&mut writer).map_err(|e| e.to_string());
        let result = result.and_then(|()| writer.flush().map_err(|e| e.to_string()));
        if let Err(cause) = result {
            tracing::warn!(%cause, "streamed export stopped");
            let _ = sender.blocking_send(Err(io::Error::other("export failed")));
        }
    });
    Body::from_stream(ReceiverStream::new(receiver))
}
