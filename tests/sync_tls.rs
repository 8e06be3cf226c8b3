//! HTTPS: the service's certificate is checked against the system roots plus
//! `[central] extra_ca_file`; every contract header goes out, and the body byte for byte.

mod sync_support;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;

use cc_kiosk::config::Config;
use cc_kiosk::sync::{self, SyncError};
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer};
use sync_support::Kiosk;

/// A test CA (EC P-256, valid until 2126), trusted only through `extra_ca_file`.
const CA_PEM: &str = "-----BEGIN CERTIFICATE-----
MIIBjDCCATOgAwIBAgIUKyeiFedyTifkgryMS1IjcNPioBwwCgYIKoZIzj0EAwIw
GzEZMBcGA1UEAwwQY2Mta2lvc2sgdGVzdCBDQTAgFw0yNjExMjYxMDU5MzZaGA8y
MTI2MTEwMjEwNTkzNlowGzEZMBcGA1UEAwwQY2Mta2lvc2sgdGVzdCBDQTBZMBMG
ByqGSM49AgEGCCqGSM49AwEHA0IABNeX4+qLMzs1p3u/WZ3WHR2rekqbTYpX70KV
vEQMJGRE25yN7l31kjkPeB+rMb3i/GoAXT9EpadqCmh2encUPTOjUzBRMB0GA1Ud
DgQWBBTV7S6CgX6aRAMVcLU8X9Cd4CfPmjAfBgNVHSMEGDAWgBTV7S6CgX6aRAMV
cLU8X9Cd4CfPmjAPBgNVHRMBAf8EBTADAQH/MAoGCCqGSM49BAMCA0cAMEQCIE8e
EGmDqcjVTSZ7KC1ze+O7DtxTu0KztCi1amq6F+ViAiBh9LLg88dG14OCsThfY5Mm
xmCY+W3ViTu4vo3dsXmsXQ==
-----END CERTIFICATE-----
";

/// The server's certificate for 127.0.0.1 and localhost, signed by [`CA_PEM`].
const SERVER_PEM: &str = "-----BEGIN CERTIFICATE-----
MIIBvzCCAWagAwIBAgIUeb+jvczZ6e4FJOezY63UzxMwFgUwCgYIKoZIzj0EAwIw
GzEZMBcGA1UEAwwQY2Mta2lvc2sgdGVzdCBDQTAgFw0yNjExMjYxMDU5NDZaGA8y
MTI2MTEwMjEwNTk0NlowFDESMBAGA1UEAwwJMTI3LjAuMC4xMFkwEwYHKoZIzj0C
AQYIKoZIzj0DAQcDQgAE7BJbeblbPWO6ni6Xst644bixf+cxD5pt0OZhmGIhGNpi
SHC8qODBMJwok+3lbB4tF5tTiwkDhZUP0g/65gXVVKOBjDCBiTAaBgNVHREEEzAR
hwR/AAABgglsb2NhbGhvc3QwCQYDVR0TBAIwADALBgNVHQ8EBAMCB4AwEwYDVR0l
BAwwCgYIKwYBBQUHAwEwHQYDVR0OBBYEFLIjqJtk1O5KQlYPUG1BWzIvi/UiMB8G
A1UdIwQYMBaAFNXtLoKBfppEAxVwtTxf0J3gJ8+aMAoGCCqGSM49BAMCA0cAMEQC
IDWrrsdiidA1EDNty+jrWqCXINmBCaSftnpWbhZjJWHoAiB/NfvU/JKoOX37edID
8aWlTf2d33HMWajxKl2UiPk5GA==
-----END CERTIFICATE-----
";

const SERVER_KEY: &str = "-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg5In7ESwrsePbLQCA
8LmTYPwMb1QgjRVSumhsZyOchEShRANCAATsElt5uVs9Y7qeLpey3rjhuLF/5zEP
mm3Q5mGYYiEY2mJIcLyo4MEwnCiT7eVsHi0Xm1OLCQOFlQ/SD/rmBdVU
-----END PRIVATE KEY-----
";

/// One request as the server read it.
#[derive(Debug, Clone)]
struct Seen {
    head: Vec<String>,
    body: Vec<u8>,
}

impl Seen {
    fn header(&self, name: &str) -> Option<&str> {
        self.head.iter().find_map(|line| {
            let (key, value) = line.split_once(':')?;
            key.eq_ignore_ascii_case(name).then(|| value.trim())
        })
    }
}

/// A TLS server on loopback that answers every submission `201` and every other request `204`,
/// one request per connection, at most 20 connections.
struct TlsServer {
    addr: SocketAddr,
    seen: Arc<Mutex<Vec<Seen>>>,
    handshakes_failed: Arc<Mutex<u32>>,
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
}

impl TlsServer {
    fn start() -> TlsServer {
        let certs = vec![CertificateDer::from_pem_slice(SERVER_PEM.as_bytes()).expect("server cert")];
        let key = PrivateKeyDer::from_pem_slice(SERVER_KEY.as_bytes()).expect("server key");
        let provider = Arc::new(rustls::crypto::aws_lc_rs::default_provider());
        let mut config = rustls::ServerConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .expect("versions")
            .with_no_client_auth()
            .with_single_cert(certs, key)
            .expect("server config");
        config.alpn_protocols = vec![b"http/1.1".to_vec()];
        let config = Arc::new(config);
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
        let addr = listener.local_addr().expect("addr");
        let seen = Arc::new(Mutex::new(Vec::new()));
        let handshakes_failed = Arc::new(Mutex::new(0));
        let stop = Arc::new(AtomicBool::new(false));
        let (seen2, failed2, stop2) = (seen.clone(), handshakes_failed.clone(), stop.clone());
        let thread = std::thread::spawn(move || {
            for stream in listener.incoming().take(20) {
                if stop2.load(Ordering::SeqCst) {
                    break;
                }
                let Ok(stream) = stream else { continue };
                match serve_one(stream, config.clone()) {
                    Ok(request) => seen2.lock().expect("lock").push(request),
                    Err(_) => *failed2.lock().expect("lock") += 1,
                }
            }
        });
        TlsServer { addr, seen, handshakes_failed, stop, thread: Some(thread) }
    }

    fn seen(&self) -> Vec<Seen> {
        self.seen.lock().expect("lock").clone()
    }
}

impl Drop for TlsServer {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        let _ = TcpStream::connect(self.addr);
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

fn serve_one(stream: TcpStream, config: Arc<rustls::ServerConfig>) -> std::io::Result<Seen> {
    stream.set_read_timeout(Some(Duration::from_secs(5)))?;
    let connection = rustls::ServerConnection::new(config).map_err(std::io::Error::other)?;
    let mut tls = rustls::StreamOwned::new(connection, stream);
    let mut reader = BufReader::new(&mut tls);
    let mut head = Vec::new();
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line)? == 0 {
            return Err(std::io::Error::other("closed before the request ended"));
        }
        let line = line.trim_end().to_string();
        if line.is_empty() {
            break;
        }
        head.push(line);
    }
    let mut seen = Seen { head, body: Vec::new() };
    let length: usize = seen.header("content-length").and_then(|v| v.parse().ok()).unwrap_or(0);
    seen.body = vec![0; length];
    reader.read_exact(&mut seen.body)?;
    let answer = if seen.head[0].starts_with("POST /v1/submissions ") {
        let body = r#"{"reference":"CC-2026-0000042","status":"received","received_at":"2026-11-26T10:15:30Z"}"#;
        format!(
            "HTTP/1.1 201 Created\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
            body.len()
        )
    } else {
        "HTTP/1.1 204 No Content\r\nconnection: close\r\n\r\n".to_string()
    };
    tls.write_all(answer.as_bytes())?;
    tls.flush()?;
    tls.conn.send_close_notify();
    let _ = tls.flush();
    Ok(seen)
}

fn https_kiosk(server: &TlsServer, extra_ca: bool) -> Kiosk {
    let kiosk = Kiosk::new("http://127.0.0.1:9", Some(sync_support::TOKEN));
    let mut text = std::fs::read_to_string(&kiosk.config_path).expect("config");
    text = text
        .replace("http://127.0.0.1:9/", &format!("https://{}/", server.addr))
        .replace("allow_insecure_http = true", "allow_insecure_http = false");
    if extra_ca {
        std::fs::write(kiosk.dir.path().join("ca.pem"), CA_PEM).expect("write CA");
        text.push_str("extra_ca_file = \"ca.pem\"\n");
    }
    std::fs::write(&kiosk.config_path, text).expect("write config");
    Kiosk { config: Config::load(&kiosk.config_path).expect("config"), ..kiosk }
}

#[test]
fn https_with_the_extra_ca_sends_every_header_and_the_exact_body() {
    let server = TlsServer::start();
    let kiosk = https_kiosk(&server, true);
    let env = kiosk.enqueue(1, None).remove(0);
    let stored = kiosk.store().queued_bodies().expect("bodies").remove(0).1;

    let summary = sync::sync_once(&kiosk.config).expect("sync over https");
    assert_eq!((summary.sent, summary.pending), (1, 0));
    let row = kiosk.store().get(env.id).expect("get").expect("row");
    assert_eq!(row.central_reference.as_deref(), Some("CC-2026-0000042"));

    let seen = server.seen();
    assert_eq!(seen.len(), 1, "{seen:?}");
    let request = &seen[0];
    assert_eq!(request.head[0], "POST /v1/submissions HTTP/1.1");
    assert_eq!(request.header("authorization"), Some(format!("Bearer {}", sync_support::TOKEN).as_str()));
    assert_eq!(request.header("x-kiosk-id"), Some(sync_support::KIOSK_ID));
    assert_eq!(request.header("idempotency-key"), Some(env.id.to_string().as_str()));
    assert_eq!(request.header("user-agent"), Some(concat!("cc-kiosk/", env!("CARGO_PKG_VERSION"))));
    assert_eq!(request.header("content-type"), Some("application/json"));
    assert_eq!(request.body, stored, "the stored bytes go out as they are");
    assert_eq!(*server.handshakes_failed.lock().expect("lock"), 0);
}

#[test]
fn https_without_the_extra_ca_refuses_the_server_and_keeps_the_queue() {
    let server = TlsServer::start();
    let kiosk = https_kiosk(&server, false);
    kiosk.enqueue(1, None);
    let summary = sync::sync_once(&kiosk.config).expect("a TLS failure is transient");
    assert_eq!((summary.sent, summary.pending), (0, 1));
    assert!(server.seen().is_empty(), "no request may cross an untrusted connection");
    let store = kiosk.store();
    let (id, _) = store.queued_bodies().expect("bodies").remove(0);
    let row = store.get(id).expect("get").expect("row");
    assert_eq!(row.attempts, 1);
    let error = row.last_error.expect("last error");
    assert!(error.starts_with("cannot connect") && error.contains("certificate"), "{error}");
}

#[test]
fn a_broken_extra_ca_file_is_a_configuration_error() {
    let server = TlsServer::start();
    let kiosk = https_kiosk(&server, true);
    std::fs::write(kiosk.dir.path().join("ca.pem"), "not a certificate").expect("write");
    let error = sync::sync_once(&kiosk.config).expect_err("no certificate");
    assert!(matches!(error, SyncError::Certificate { .. }), "{error}");
    std::fs::remove_file(kiosk.dir.path().join("ca.pem")).expect("remove");
    let error = sync::start(&kiosk.config, |_| {}).expect_err("no file");
    assert!(matches!(error, SyncError::Certificate { .. }), "{error}");
}
