//! Commands besides the kiosk itself: the outbox (status, export, import) and screenshots.

pub mod outbox;
pub mod screenshot;
