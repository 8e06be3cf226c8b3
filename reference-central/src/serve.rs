//! Serving connections ourselves (HTTP/1.1), so that a handler can ask for the connection to be
//! closed without any answer (fault injection `drop_rate`).

use std::future::Future;
use std::pin::Pin;
use std::time::Duration;

use axum::Router;
use axum::body::Body;
use axum::http::{Request, Response};
use hyper::body::Incoming;
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::net::TcpListener;
use tokio::sync::watch;
use tokio::task::JoinSet;

/// A response extension set by a handler: close the connection instead of sending the response.
#[derive(Debug, Clone, Copy)]
pub(crate) struct DropConnection;

/// The error that makes hyper close the connection without answering.
#[derive(Debug)]
struct Dropped;

impl std::fmt::Display for Dropped {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("response dropped on purpose (fault injection)")
    }
}

impl std::error::Error for Dropped {}

/// The axum router as a hyper service that turns a [`DropConnection`] response into an error.
#[derive(Clone)]
struct ConnectionService {
    router: Router,
}

impl hyper::service::Service<Request<Incoming>> for ConnectionService {
    type Response = Response<Body>;
    type Error = Dropped;
    type Future = Pin<Box<dyn Future<Output = Result<Response<Body>, Dropped>> + Send>>;

    fn call(&self, request: Request<Incoming>) -> Self::Future {
        let mut router = self.router.clone();
        Box::pin(async move {
            // `Router` is always ready and never fails (its error type is `Infallible`).
            let response = match tower_service::Service::call(&mut router, request).await {
                Ok(response) => response,
                Err(never) => match never {},
            };
            if response.extensions().get::<DropConnection>().is_some() { Err(Dropped) } else { Ok(response) }
        })
    }
}

/// Accepts connections until `stop` turns true (or its sender is gone), then closes them all.
pub(crate) async fn serve(listener: TcpListener, router: Router, mut stop: watch::Receiver<bool>) {
    let service = ConnectionService { router };
    let mut connections = JoinSet::new();
    loop {
        if *stop.borrow_and_update() {
            break;
        }
        tokio::select! {
            changed = stop.changed() => {
                if changed.is_err() {
                    break;
                }
            }
            accepted = listener.accept() => match accepted {
                Ok((stream, _peer)) => {
                    // Only a latency tweak: ignore a failure.
                    let _ = stream.set_nodelay(true);
                    let service = service.clone();
                    connections.spawn(async move {
                        let connection = hyper::server::conn::http1::Builder::new()
                            .timer(TokioTimer::new())
                            .serve_connection(TokioIo::new(stream), service);
                        // Errors here are the peer going away or a dropped answer: nothing to do.
                        let _ = connection.await;
                    });
                }
                // Out of file descriptors and the like: let some connections finish.
                Err(_) => tokio::time::sleep(Duration::from_millis(50)).await,
            },
            Some(_) = connections.join_next(), if !connections.is_empty() => {}
        }
    }
    drop(listener);
    connections.shutdown().await;
}
