//! The pure domain core of the ConsumerConnect kiosk.
//!
//! Nothing here knows about Slint, SQL or HTTP: it is plain data and functions, unit-tested.

pub mod amount;
pub mod clock;
pub mod contact;
pub mod enterprise;
pub mod envelope;
pub mod form;
pub mod keyboard;
pub mod locale;
pub mod reference;
pub mod report;
pub mod routing;
pub mod search;
pub mod staff;
pub mod tree;
pub mod validate;

pub use validate::FieldError;
