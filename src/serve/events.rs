//! The reload event streams: every open page listens on one (server-sent events) and is told
//! `reload` once a build newer than the one it shows is ready.
//!
//! One thread holds every stream, so that open tabs never occupy the server's workers. Writes
//! do not wait: a client that does not read its few bytes is dropped.

use std::io::Write;
use std::net::TcpStream;
use std::sync::mpsc::{self, RecvTimeoutError, Sender};
use std::time::Duration;

/// How often an idle stream says it is alive, which also finds closed connections.
const KEEPALIVE: Duration = Duration::from_secs(15);
/// Open streams at most; one more closes at once (its page then loads without live reload).
const MAX_STREAMS: usize = 256;

pub enum Message {
    /// A page showing build `since` listens on this connection (its head already sent).
    Listen(TcpStream, u64),
    /// Build `generation` is ready.
    Built(u64),
}

/// Starts the thread that holds the streams; `generation` is the build served now.
pub fn start(generation: u64) -> Sender<Message> {
    let (sender, receiver) = mpsc::channel();
    std::thread::spawn(move || {
        let mut generation = generation;
        let mut streams: Vec<TcpStream> = Vec::new();
        loop {
            match receiver.recv_timeout(KEEPALIVE) {
                Ok(Message::Listen(stream, since)) => {
                    if stream.set_nonblocking(true).is_err() {
                        continue;
                    }
                    if generation > since {
                        let _ = send(&stream, &reload(generation));
                    } else if streams.len() < MAX_STREAMS {
                        streams.push(stream);
                    }
                }
                Ok(Message::Built(next)) => {
                    generation = next;
                    // Every page listening shows an older build; each reloads and reconnects.
                    for stream in streams.drain(..) {
                        let _ = send(&stream, &reload(generation));
                    }
                }
                Err(RecvTimeoutError::Timeout) => {
                    streams.retain(|stream| send(stream, ": keepalive\n\n").is_ok());
                }
                Err(RecvTimeoutError::Disconnected) => return,
            }
        }
    });
    sender
}

fn reload(generation: u64) -> String {
    format!("event: reload\ndata: {generation}\n\n")
}

fn send(mut stream: &TcpStream, text: &str) -> std::io::Result<()> {
    stream.write_all(text.as_bytes())?;
    stream.flush()
}
