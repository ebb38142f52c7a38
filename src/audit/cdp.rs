//! A small DevTools-protocol client: it starts Chromium with `--remote-debugging-pipe` and talks
//! to it in NUL-separated JSON messages (the browser reads commands on its file descriptor 3 and
//! writes answers and events on 4). The scan needs a handful of methods, so they are declared
//! where they are used, typed, through [`Method`]; a generated binding of the whole protocol would
//! cost more to compile than the rest of cookiedoc.

use std::collections::VecDeque;
use std::fmt;
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::Child;
use std::sync::mpsc::{Receiver, RecvTimeoutError, channel};
use std::time::{Duration, Instant};

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

/// A DevTools method: its name, parameters (the implementing type) and what it returns.
pub trait Method: Serialize {
    const NAME: &'static str;
    type Returns: DeserializeOwned;
}

/// Why a call failed: the browser's error message, a timeout, or a closed connection.
#[derive(Debug)]
pub struct CdpError(String);

impl fmt::Display for CdpError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl CdpError {
    fn new(message: impl Into<String>) -> CdpError {
        CdpError(message.into())
    }
}

impl From<String> for CdpError {
    fn from(message: String) -> CdpError {
        CdpError(message)
    }
}

/// An event the browser sent: its method, parameters and the session it belongs to.
#[derive(Debug)]
pub struct Event {
    pub method: String,
    pub params: Value,
    pub session: Option<String>,
}

/// One message from the browser: an answer (with `id`) or an event (with `method`).
#[derive(serde::Deserialize)]
#[serde(rename_all = "camelCase")]
struct Incoming {
    id: Option<u64>,
    result: Option<Value>,
    error: Option<Value>,
    method: Option<String>,
    #[serde(default)]
    params: Value,
    session_id: Option<String>,
}

/// A running browser and the pipe to it. Dropping it closes the browser.
pub struct Browser {
    child: Child,
    to_browser: std::io::PipeWriter,
    from_browser: Receiver<Incoming>,
    /// Events that arrived while waiting for an answer, oldest first.
    events: VecDeque<Event>,
    next_id: u64,
    timeout: Duration,
}

impl Browser {
    /// Starts `executable` with `args` and the DevTools pipe; `timeout` bounds every call.
    pub fn launch(
        executable: &Path,
        args: &[String],
        timeout: Duration,
    ) -> Result<Browser, CdpError> {
        let (child, to_browser, reader) = spawn(executable, args)?;
        let (sender, from_browser) = channel();
        std::thread::spawn(move || {
            let mut reader = BufReader::new(reader);
            let mut message = Vec::new();
            loop {
                message.clear();
                match reader.read_until(0, &mut message) {
                    Ok(0) | Err(_) => return,
                    Ok(_) => {}
                }
                if message.last() == Some(&0) {
                    message.pop();
                }
                // A message that is not the protocol's is skipped rather than ending the scan.
                if let Ok(incoming) = serde_json::from_slice::<Incoming>(&message)
                    && sender.send(incoming).is_err()
                {
                    return;
                }
            }
        });
        Ok(Browser {
            child,
            to_browser,
            from_browser,
            events: VecDeque::new(),
            next_id: 0,
            timeout,
        })
    }

    /// Calls a method on the browser (`session` `None`) or on an attached target.
    pub fn call<M: Method>(
        &mut self,
        session: Option<&str>,
        method: &M,
    ) -> Result<M::Returns, CdpError> {
        let params = serde_json::to_value(method).map_err(|e| CdpError::new(e.to_string()))?;
        let result = self.call_raw(session, M::NAME, params)?;
        serde_json::from_value(result)
            .map_err(|e| CdpError::new(format!("unexpected answer to {}: {e}", M::NAME)))
    }

    fn call_raw(
        &mut self,
        session: Option<&str>,
        method: &str,
        params: Value,
    ) -> Result<Value, CdpError> {
        let id = self.send(session, method, params)?;
        let deadline = Instant::now() + self.timeout;
        loop {
            let incoming = self.receive(deadline).ok_or_else(|| {
                CdpError::new(format!("the browser did not answer {method} in time"))
            })??;
            match incoming.id {
                Some(answered) if answered == id => {
                    if let Some(error) = incoming.error {
                        let message = error["message"].as_str().unwrap_or("unknown error");
                        return Err(CdpError::new(format!("{method}: {message}")));
                    }
                    return Ok(incoming.result.unwrap_or(Value::Null));
                }
                // The late answer to a call that timed out.
                Some(_) => {}
                None => self.queue_event(incoming),
            }
        }
    }

    /// Sends a command without waiting for its answer; returns its id.
    fn send(
        &mut self,
        session: Option<&str>,
        method: &str,
        params: Value,
    ) -> Result<u64, CdpError> {
        self.next_id += 1;
        let id = self.next_id;
        let mut command = serde_json::json!({ "id": id, "method": method, "params": params });
        if let Some(session) = session {
            command["sessionId"] = Value::from(session);
        }
        let mut bytes = serde_json::to_vec(&command).map_err(|e| CdpError::new(e.to_string()))?;
        bytes.push(0);
        self.to_browser
            .write_all(&bytes)
            .and_then(|()| self.to_browser.flush())
            .map_err(|e| CdpError::new(format!("the browser closed its connection: {e}")))?;
        Ok(id)
    }

    /// The next event, waiting until `deadline` at most.
    pub fn next_event(&mut self, deadline: Instant) -> Option<Result<Event, CdpError>> {
        if let Some(event) = self.events.pop_front() {
            return Some(Ok(event));
        }
        loop {
            match self.receive(deadline)? {
                Err(error) => return Some(Err(error)),
                Ok(incoming) if incoming.id.is_none() => {
                    self.queue_event(incoming);
                    return self.events.pop_front().map(Ok);
                }
                Ok(_) => {}
            }
        }
    }

    /// Forgets the events received so far.
    pub fn discard_events(&mut self) {
        self.events.clear();
        while let Ok(incoming) = self.from_browser.try_recv() {
            drop(incoming);
        }
    }

    fn queue_event(&mut self, incoming: Incoming) {
        if let Some(method) = incoming.method {
            self.events.push_back(Event {
                method,
                params: incoming.params,
                session: incoming.session_id,
            });
        }
    }

    /// `None` when the deadline passed.
    fn receive(&mut self, deadline: Instant) -> Option<Result<Incoming, CdpError>> {
        let left = deadline.saturating_duration_since(Instant::now());
        match self.from_browser.recv_timeout(left) {
            Ok(incoming) => Some(Ok(incoming)),
            Err(RecvTimeoutError::Timeout) => None,
            Err(RecvTimeoutError::Disconnected) => {
                Some(Err(CdpError::new("the browser closed its connection")))
            }
        }
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.send(None, "Browser.close", Value::Object(Default::default()));
        let deadline = Instant::now() + Duration::from_secs(5);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Starts the browser with its ends of two pipes as file descriptors 3 (it reads) and 4 (it
/// writes); returns our ends.
#[cfg(unix)]
fn spawn(
    executable: &Path,
    args: &[String],
) -> Result<(Child, std::io::PipeWriter, std::io::PipeReader), CdpError> {
    use std::os::fd::AsRawFd;
    use std::os::unix::process::CommandExt;
    use std::process::{Command, Stdio};

    let io = |e: std::io::Error| CdpError::new(e.to_string());
    let (browser_reads, to_browser) = std::io::pipe().map_err(io)?;
    let (from_browser, browser_writes) = std::io::pipe().map_err(io)?;
    let (read_fd, write_fd) = (browser_reads.as_raw_fd(), browser_writes.as_raw_fd());
    let mut command = Command::new(executable);
    command
        .args(args)
        .arg("--remote-debugging-pipe")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    // SAFETY: between fork and exec only async-signal-safe calls (fcntl, dup2) run. Both ends are
    // first copied above 4, so that placing one on 3 or 4 cannot close the other.
    unsafe {
        command.pre_exec(move || {
            let read = libc::fcntl(read_fd, libc::F_DUPFD_CLOEXEC, 10);
            let write = libc::fcntl(write_fd, libc::F_DUPFD_CLOEXEC, 10);
            if read < 0 || write < 0 || libc::dup2(read, 3) < 0 || libc::dup2(write, 4) < 0 {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
    let child = command.spawn().map_err(io)?;
    // Our copies of the browser's ends are closed, so that reading ends when the browser does.
    drop((browser_reads, browser_writes));
    Ok((child, to_browser, from_browser))
}

#[cfg(not(unix))]
fn spawn(
    _executable: &Path,
    _args: &[String],
) -> Result<(Child, std::io::PipeWriter, std::io::PipeReader), CdpError> {
    Err(CdpError::new(
        "scanning drives Chromium through its DevTools pipe, which cookiedoc supports on Linux and macOS only",
    ))
}

/// Chromium, Chrome or Edge: `$CHROME` if it names a file, else the first of the usual names on
/// `PATH`, else the usual install places.
pub fn find_browser() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("CHROME").map(PathBuf::from)
        && path.exists()
    {
        return Some(path);
    }
    const NAMES: &[&str] = &[
        "google-chrome-stable",
        "google-chrome-beta",
        "google-chrome-dev",
        "google-chrome-unstable",
        "chromium",
        "chromium-browser",
        "microsoft-edge-stable",
        "microsoft-edge-beta",
        "microsoft-edge-dev",
        "chrome",
        "chrome-browser",
        "msedge",
        "microsoft-edge",
    ];
    let path = std::env::var_os("PATH").unwrap_or_default();
    for name in NAMES {
        for dir in std::env::split_paths(&path) {
            let candidate = dir
                .join(name)
                .with_extension(std::env::consts::EXE_EXTENSION);
            if candidate.is_file() {
                return Some(candidate);
            }
        }
    }
    INSTALLED.iter().map(PathBuf::from).find(|p| p.exists())
}

#[cfg(target_os = "macos")]
const INSTALLED: &[&str] = &[
    "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
    "/Applications/Chromium.app/Contents/MacOS/Chromium",
    "/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge",
];
#[cfg(windows)]
const INSTALLED: &[&str] = &[
    r"C:\Program Files\Google\Chrome\Application\chrome.exe",
    r"C:\Program Files (x86)\Google\Chrome\Application\chrome.exe",
    r"C:\Program Files (x86)\Microsoft\Edge\Application\msedge.exe",
];
#[cfg(not(any(target_os = "macos", windows)))]
const INSTALLED: &[&str] = &[];
