//! A bare HTTP/1.1 server on loopback whose answers a test chooses per request: for answers the
//! reference central never gives (a `200` with an HTML page, an empty or cut body, a body
//! without `reference`) and for a service that fails exactly one id.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};

/// One request as received.
#[derive(Debug, Clone)]
pub struct Request {
    pub method: String,
    pub path: String,
    /// The `Idempotency-Key` header, if any.
    pub key: Option<String>,
    pub body: Vec<u8>,
}

/// An answer: status, content type and body.
#[derive(Debug, Clone)]
pub struct Answer {
    pub status: u16,
    pub content_type: &'static str,
    pub body: Vec<u8>,
}

impl Answer {
    pub fn new(status: u16, content_type: &'static str, body: impl Into<Vec<u8>>) -> Answer {
        Answer { status, content_type, body: body.into() }
    }

    /// The contract's acknowledgement of a submission.
    pub fn ack(reference: &str) -> Answer {
        Answer::new(
            201,
            "application/json",
            format!(r#"{{"reference":"{reference}","status":"received","received_at":"2026-11-29T10:00:00Z"}}"#),
        )
    }
}

type Responder = Box<dyn Fn(&Request) -> Answer + Send>;

/// The server; it stops with the test process.
pub struct Fake {
    pub base_url: String,
    log: Arc<Mutex<Vec<Request>>>,
    responder: Arc<Mutex<Responder>>,
}

impl Fake {
    /// Starts a server that answers with `responder` (heartbeats included).
    pub fn start(responder: impl Fn(&Request) -> Answer + Send + 'static) -> Fake {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
        let base_url = format!("http://{}", listener.local_addr().expect("addr"));
        let log = Arc::new(Mutex::new(Vec::new()));
        let responder: Arc<Mutex<Responder>> = Arc::new(Mutex::new(Box::new(responder)));
        let (l, r) = (log.clone(), responder.clone());
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let (l, r) = (l.clone(), r.clone());
                std::thread::spawn(move || serve(stream, &l, &r));
            }
        });
        Fake { base_url, log, responder }
    }

    /// Answers from now on with `responder`.
    pub fn set(&self, responder: impl Fn(&Request) -> Answer + Send + 'static) {
        *self.responder.lock().unwrap() = Box::new(responder);
    }

    /// Every request so far.
    pub fn requests(&self) -> Vec<Request> {
        self.log.lock().unwrap().clone()
    }

    /// The `Idempotency-Key` of every `POST /v1/submissions` so far, in order.
    pub fn submission_keys(&self) -> Vec<String> {
        self.requests()
            .into_iter()
            .filter(|r| r.method == "POST" && r.path.ends_with("/v1/submissions"))
            .filter_map(|r| r.key)
            .collect()
    }
}

/// Answers the requests of one connection (keep-alive) until it closes.
fn serve(stream: TcpStream, log: &Mutex<Vec<Request>>, responder: &Mutex<Responder>) {
    let mut reader = BufReader::new(stream.try_clone().expect("clone"));
    let mut writer = stream;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).unwrap_or(0) == 0 {
            return;
        }
        let mut parts = line.split_whitespace();
        let method = parts.next().unwrap_or("").to_string();
        let path = parts.next().unwrap_or("").to_string();
        let mut length = 0usize;
        let mut key = None;
        loop {
            let mut header = String::new();
            if reader.read_line(&mut header).unwrap_or(0) == 0 {
                return;
            }
            let header = header.trim_end();
            if header.is_empty() {
                break;
            }
            if let Some((name, value)) = header.split_once(':') {
                let value = value.trim();
                match name.to_ascii_lowercase().as_str() {
                    "content-length" => length = value.parse().unwrap_or(0),
                    "idempotency-key" => key = Some(value.to_string()),
                    _ => {}
                }
            }
        }
        let mut body = vec![0; length];
        if reader.read_exact(&mut body).is_err() {
            return;
        }
        let request = Request { method, path, key, body };
        let answer = (responder.lock().unwrap())(&request);
        log.lock().unwrap().push(request);
        let head = format!(
            "HTTP/1.1 {} Answer\r\nContent-Type: {}\r\nContent-Length: {}\r\n\r\n",
            answer.status,
            answer.content_type,
            answer.body.len()
        );
        if writer.write_all(head.as_bytes()).and_then(|()| writer.write_all(&answer.body)).is_err() {
            return;
        }
    }
}
