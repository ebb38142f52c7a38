//! A small HTTP/1.1 server for the preview, on the standard library alone: GET and HEAD, one
//! request per connection, and bounds on everything a client controls.
//!
//! - Only requests addressed to the bound address are answered (421 otherwise): a page of
//!   another site that rebinds its name to 127.0.0.1 sends its own name as `Host`, and must not
//!   read the preview or the error overlay, which quotes the registry.
//! - A fixed pool of workers with a bounded queue (503 beyond it), so that many clients cannot
//!   make many threads.
//! - A deadline for the request head and a limit on its size (431 beyond it).

use std::io::{self, Read, Write};
use std::net::{IpAddr, Shutdown, SocketAddr, TcpListener, TcpStream};
use std::sync::mpsc::{self, Receiver, SyncSender, TrySendError};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Connections handled at once.
pub const WORKERS: usize = 16;
/// Connections accepted and waiting for a worker; more are answered 503 at once.
pub const QUEUE: usize = 64;
/// The whole request head must arrive within this time, and each write must progress within it.
pub const TIMEOUT: Duration = Duration::from_secs(10);
/// The most bytes a request line and its headers may have.
pub const MAX_HEAD: usize = 16 * 1024;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    Get,
    Head,
}

pub struct Request {
    pub method: Method,
    /// The path and query, as sent.
    pub target: String,
}

pub struct Response {
    status: u16,
    headers: Vec<(&'static str, String)>,
    body: Body,
}

enum Body {
    Bytes(Vec<u8>),
    /// After the head, the connection is handed over; it stays open as long as its owner wants.
    Stream(Box<dyn FnOnce(TcpStream) + Send>),
}

impl Response {
    pub fn new(status: u16, body: impl Into<Vec<u8>>) -> Response {
        Response {
            status,
            headers: Vec::new(),
            body: Body::Bytes(body.into()),
        }
    }

    /// A 200 whose body `write` sends over the connection for as long as it likes.
    pub fn stream(write: impl FnOnce(TcpStream) + Send + 'static) -> Response {
        Response {
            status: 200,
            headers: Vec::new(),
            body: Body::Stream(Box::new(write)),
        }
    }

    pub fn header(mut self, name: &'static str, value: impl Into<String>) -> Response {
        self.headers.push((name, value.into()));
        self
    }
}

pub struct Server {
    listener: TcpListener,
    address: SocketAddr,
}

impl Server {
    pub fn bind(address: SocketAddr) -> io::Result<Server> {
        let listener = TcpListener::bind(address)?;
        let address = listener.local_addr()?;
        Ok(Server { listener, address })
    }

    pub fn address(&self) -> SocketAddr {
        self.address
    }

    /// Serves until accepting fails for good; `handler` answers each valid request.
    pub fn run<H>(self, handler: H) -> io::Result<()>
    where
        H: Fn(&Request) -> Response + Send + Sync + 'static,
    {
        let (sender, receiver) = mpsc::sync_channel::<TcpStream>(QUEUE);
        let receiver = Arc::new(Mutex::new(receiver));
        let handler = Arc::new(handler);
        for _ in 0..WORKERS {
            let receiver = receiver.clone();
            let handler = handler.clone();
            let address = self.address;
            std::thread::spawn(move || work(&receiver, &*handler, address));
        }
        accept(&self.listener, &sender)
    }
}

fn accept(listener: &TcpListener, queue: &SyncSender<TcpStream>) -> io::Result<()> {
    for stream in listener.incoming() {
        match stream {
            Ok(stream) => match queue.try_send(stream) {
                Ok(()) => {}
                Err(TrySendError::Full(stream)) => {
                    // A fresh connection's send buffer is empty: this write does not wait.
                    let _ = stream.set_write_timeout(Some(Duration::from_secs(1)));
                    let busy = Response::new(503, "busy, try again\n").header("Retry-After", "1");
                    let _ = write_response(stream, busy, Method::Get);
                }
                Err(TrySendError::Disconnected(_)) => return Ok(()),
            },
            // Out of file descriptors, or a connection reset before it was accepted: the
            // server goes on once things calm down.
            Err(_) => std::thread::sleep(Duration::from_millis(50)),
        }
    }
    Ok(())
}

fn work(
    receiver: &Mutex<Receiver<TcpStream>>,
    handler: &(dyn Fn(&Request) -> Response + Sync),
    address: SocketAddr,
) {
    loop {
        let next = receiver.lock().map(|r| r.recv());
        let Ok(Ok(stream)) = next else { return };
        let _ = serve_connection(stream, handler, address);
    }
}

fn serve_connection(
    mut stream: TcpStream,
    handler: &(dyn Fn(&Request) -> Response + Sync),
    address: SocketAddr,
) -> io::Result<()> {
    stream.set_write_timeout(Some(TIMEOUT))?;
    let head = match read_head(&mut stream)? {
        Head::Complete(head) => head,
        Head::TooLarge => {
            let response = Response::new(431, "request header fields too large\n");
            write_response(stream.try_clone()?, response, Method::Get)?;
            drain(&mut stream);
            return Ok(());
        }
        // Closed, or too slow: nothing to answer.
        Head::Gone => return Ok(()),
    };
    let (request, response) = match parse(&head, address) {
        Ok(request) => {
            let response = handler(&request);
            (request.method, response)
        }
        Err(refusal) => (Method::Get, refusal),
    };
    write_response(stream, response, request)
}

/// Reads and drops what the client is still sending, for a bounded time and amount: closing
/// with unread bytes would reset the connection, and the client could lose the answer.
fn drain(stream: &mut TcpStream) {
    let deadline = Instant::now() + Duration::from_secs(2);
    let mut left = 4 * 1024 * 1024usize;
    let mut chunk = [0u8; 8192];
    while left > 0 {
        let wait = deadline.saturating_duration_since(Instant::now());
        if wait.is_zero() || stream.set_read_timeout(Some(wait)).is_err() {
            return;
        }
        match stream.read(&mut chunk) {
            Ok(0) | Err(_) => return,
            Ok(read) => left = left.saturating_sub(read),
        }
    }
}

enum Head {
    Complete(Vec<u8>),
    TooLarge,
    Gone,
}

/// Reads up to the blank line that ends the head, within [`TIMEOUT`] in all and [`MAX_HEAD`].
fn read_head(stream: &mut TcpStream) -> io::Result<Head> {
    let deadline = Instant::now() + TIMEOUT;
    let mut head = Vec::with_capacity(1024);
    let mut chunk = [0u8; 2048];
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return Ok(Head::Gone);
        }
        stream.set_read_timeout(Some(left))?;
        let read = match stream.read(&mut chunk) {
            Ok(0) => return Ok(Head::Gone),
            Ok(read) => read,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(_) => return Ok(Head::Gone),
        };
        // Only the new bytes and the three before them can complete the end marker.
        let from = head.len().saturating_sub(3);
        head.extend_from_slice(&chunk[..read]);
        if let Some(end) = find_end(&head[from..]) {
            head.truncate(from + end);
            return Ok(if head.len() > MAX_HEAD {
                Head::TooLarge
            } else {
                Head::Complete(head)
            });
        }
        if head.len() > MAX_HEAD {
            return Ok(Head::TooLarge);
        }
    }
}

fn find_end(bytes: &[u8]) -> Option<usize> {
    bytes.windows(4).position(|w| w == b"\r\n\r\n").or_else(|| {
        // Bare line feeds, as some hand-written clients send them.
        bytes.windows(2).position(|w| w == b"\n\n")
    })
}

/// The request, or the response that refuses it.
fn parse(head: &[u8], address: SocketAddr) -> Result<Request, Response> {
    let bad = || Response::new(400, "bad request\n");
    let head = std::str::from_utf8(head).map_err(|_| bad())?;
    let mut lines = head.lines();
    let mut parts = lines.next().unwrap_or("").split(' ');
    let (Some(method), Some(target), Some(version), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(bad());
    };
    if !matches!(version, "HTTP/1.1" | "HTTP/1.0") {
        return Err(Response::new(505, "HTTP/1.1 only\n"));
    }
    let mut host = None;
    for line in lines {
        let (name, value) = line.split_once(':').ok_or_else(bad)?;
        if name.eq_ignore_ascii_case("host") {
            if host.is_some() {
                return Err(bad());
            }
            host = Some(value.trim());
        }
    }
    if !host.is_some_and(|host| is_own_host(host, address)) {
        return Err(Response::new(
            421,
            format!("this server answers only requests for {address}\n"),
        ));
    }
    let method = match method {
        "GET" => Method::Get,
        "HEAD" => Method::Head,
        _ => return Err(Response::new(405, "method not allowed\n").header("Allow", "GET, HEAD")),
    };
    Ok(Request {
        method,
        target: target.to_owned(),
    })
}

/// Whether `host` (a `Host` header) names the address the server is bound to: its port, and
/// its IP address or `localhost` for a loopback one. A name that merely resolves there (DNS
/// rebinding) is not enough. A server bound to all addresses answers any IP address.
pub fn is_own_host(host: &str, address: SocketAddr) -> bool {
    let (name, port) = match host.strip_prefix('[') {
        Some(rest) => match rest.split_once(']') {
            Some((name, "")) => (name, None),
            Some((name, port)) => match port.strip_prefix(':') {
                Some(port) => (name, Some(port)),
                None => return false,
            },
            None => return false,
        },
        None => match host.split_once(':') {
            Some((name, port)) => (name, Some(port)),
            None => (host, None),
        },
    };
    let port_matches = match port {
        Some(port) => port.parse::<u16>() == Ok(address.port()),
        None => address.port() == 80,
    };
    let bound = address.ip();
    let name_matches = if name.eq_ignore_ascii_case("localhost") {
        bound.is_loopback() || bound.is_unspecified()
    } else {
        match name.parse::<IpAddr>() {
            Ok(ip) => {
                ip == bound || bound.is_unspecified() || ip.is_loopback() && bound.is_loopback()
            }
            Err(_) => false,
        }
    };
    port_matches && name_matches
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        301 => "Moved Permanently",
        400 => "Bad Request",
        404 => "Not Found",
        405 => "Method Not Allowed",
        421 => "Misdirected Request",
        431 => "Request Header Fields Too Large",
        503 => "Service Unavailable",
        505 => "HTTP Version Not Supported",
        _ => "",
    }
}

fn write_response(mut stream: TcpStream, response: Response, method: Method) -> io::Result<()> {
    let mut head = format!(
        "HTTP/1.1 {} {}\r\n",
        response.status,
        reason(response.status)
    );
    for (name, value) in &response.headers {
        // Values are the server's own; a line break would still never split a header.
        head.push_str(&format!("{name}: {}\r\n", value.replace(['\r', '\n'], " ")));
    }
    head.push_str("Connection: close\r\n");
    match response.body {
        Body::Bytes(body) => {
            head.push_str(&format!("Content-Length: {}\r\n\r\n", body.len()));
            let mut bytes = head.into_bytes();
            if method != Method::Head {
                bytes.extend_from_slice(&body);
            }
            stream.write_all(&bytes)?;
            stream.flush()?;
            // Closing only the sending side lets the client read to the end before the close.
            let _ = stream.shutdown(Shutdown::Write);
            Ok(())
        }
        Body::Stream(write) => {
            head.push_str("\r\n");
            stream.write_all(head.as_bytes())?;
            stream.flush()?;
            if method != Method::Head {
                write(stream);
            }
            Ok(())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_bound_address_is_its_own_host() {
        let loopback: SocketAddr = "127.0.0.1:8000".parse().unwrap();
        for host in [
            "127.0.0.1:8000",
            "localhost:8000",
            "LOCALHOST:8000",
            "[::1]:8000",
        ] {
            assert!(is_own_host(host, loopback), "{host}");
        }
        for host in [
            "evil.example:8000",
            "127.0.0.1",
            "127.0.0.1:8001",
            "localhost",
            "127.0.0.1.nip.io:8000",
            "10.0.0.1:8000",
            "[::1]8000",
            "",
            "127.0.0.1:8000:8000",
        ] {
            assert!(!is_own_host(host, loopback), "{host}");
        }
        let any: SocketAddr = "0.0.0.0:80".parse().unwrap();
        assert!(is_own_host("192.168.1.20", any));
        assert!(is_own_host("192.168.1.20:80", any));
        assert!(!is_own_host("rebound.example", any));
    }

    #[test]
    fn a_request_for_another_host_is_misdirected() {
        let address: SocketAddr = "127.0.0.1:8000".parse().unwrap();
        let Ok(ok) = parse(b"GET /en/ HTTP/1.1\r\nHost: 127.0.0.1:8000", address) else {
            panic!("refused");
        };
        assert_eq!((ok.method, ok.target.as_str()), (Method::Get, "/en/"));
        for (head, status) in [
            (&b"GET / HTTP/1.1\r\nHost: evil.example:8000"[..], 421),
            (b"GET / HTTP/1.1", 421),
            (b"GET / HTTP/1.1\r\nHost: 127.0.0.1:8000\r\nHost: x", 400),
            (b"POST / HTTP/1.1\r\nHost: 127.0.0.1:8000", 405),
            (b"GET / HTTP/2\r\nHost: 127.0.0.1:8000", 505),
            (b"GET /\r\nHost: 127.0.0.1:8000", 400),
        ] {
            let refusal = parse(head, address).err().expect("refused");
            assert_eq!(refusal.status, status, "{}", String::from_utf8_lossy(head));
        }
    }
}
