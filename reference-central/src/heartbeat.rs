//! The shape of a heartbeat body (`POST /v1/kiosks/{kiosk_id}/heartbeat`).
//!
//! Like [`crate::contract`]: unknown fields are ignored, nullable fields
//! (`queue.oldest_pending_at`, `last_sync_at`) may also be missing, times are RFC 3339 with any
//! offset.

use serde_json::{Map, Value};

/// What is wrong with a heartbeat: `field` is a JSON path (empty for the whole document).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeartbeatProblem {
    pub field: String,
    pub reason: &'static str,
}

fn problem(field: &str, reason: &'static str) -> HeartbeatProblem {
    HeartbeatProblem { field: field.to_string(), reason }
}

/// The heartbeat modes of the contract.
pub const MODES: [&str; 2] = ["unattended", "staff"];

/// Checks a parsed heartbeat body; returns the first problem found.
pub fn validate_heartbeat(value: &Value) -> Result<(), HeartbeatProblem> {
    let root = value.as_object().ok_or_else(|| problem("", "The document is not a JSON object."))?;
    match root.get("version") {
        Some(Value::String(s)) if !s.trim().is_empty() => {}
        _ => return Err(problem("version", "Must be a non-empty string.")),
    }
    match root.get("mode").and_then(Value::as_str) {
        Some(m) if MODES.contains(&m) => {}
        _ => return Err(problem("mode", "Must be \"unattended\" or \"staff\".")),
    }
    let queue = match root.get("queue") {
        Some(Value::Object(q)) => q,
        _ => return Err(problem("queue", "Must be an object.")),
    };
    count(queue, "pending", "queue.pending")?;
    count(queue, "failed", "queue.failed")?;
    optional_time(queue, "oldest_pending_at", "queue.oldest_pending_at")?;
    optional_time(root, "last_sync_at", "last_sync_at")?;
    match root.get("started_at").and_then(Value::as_str) {
        Some(s) if is_rfc3339(s) => {}
        _ => return Err(problem("started_at", "Must be an RFC 3339 date and time.")),
    }
    Ok(())
}

fn count(map: &Map<String, Value>, key: &str, path: &str) -> Result<(), HeartbeatProblem> {
    match map.get(key).and_then(Value::as_u64) {
        Some(_) => Ok(()),
        None => Err(problem(path, "Must be a whole number, 0 or more.")),
    }
}

fn optional_time(map: &Map<String, Value>, key: &str, path: &str) -> Result<(), HeartbeatProblem> {
    match map.get(key) {
        None | Some(Value::Null) => Ok(()),
        Some(Value::String(s)) if is_rfc3339(s) => Ok(()),
        Some(_) => Err(problem(path, "Must be an RFC 3339 date and time, or null.")),
    }
}

fn is_rfc3339(s: &str) -> bool {
    chrono::DateTime::parse_from_rfc3339(s).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn example() -> Value {
        serde_json::from_str(include_str!("../../crates/core/fixtures/contract/heartbeat.json")).expect("fixture")
    }

    fn field_of(v: &Value) -> Option<String> {
        validate_heartbeat(v).err().map(|p| p.field)
    }

    #[test]
    fn contract_example_and_tolerated_variants_pass() {
        assert_eq!(field_of(&example()), None);
        let mut v = example();
        v["mode"] = json!("staff");
        v["queue"]["oldest_pending_at"] = Value::Null;
        v["last_sync_at"] = Value::Null;
        v["extra"] = json!({"future": true});
        v["queue"]["extra"] = json!(1);
        assert_eq!(field_of(&v), None);
        let mut v = example();
        v.as_object_mut().map(|o| o.remove("last_sync_at"));
        assert_eq!(field_of(&v), None);
    }

    #[test]
    fn broken_heartbeats_name_the_field() {
        let cases: Vec<(&str, Value, &str)> = vec![
            ("version", json!(""), "version"),
            ("version", json!(3), "version"),
            ("mode", json!("kiosk"), "mode"),
            ("queue", json!([]), "queue"),
            ("started_at", json!("yesterday"), "started_at"),
            ("started_at", Value::Null, "started_at"),
            ("last_sync_at", json!(12), "last_sync_at"),
        ];
        for (key, new, field) in cases {
            let mut v = example();
            v[key] = new;
            assert_eq!(field_of(&v).as_deref(), Some(field), "{key}");
        }
        for (key, new, field) in [
            ("pending", json!(-1), "queue.pending"),
            ("pending", json!("2"), "queue.pending"),
            ("failed", json!(1.5), "queue.failed"),
            ("oldest_pending_at", json!("09:01"), "queue.oldest_pending_at"),
        ] {
            let mut v = example();
            v["queue"][key] = new;
            assert_eq!(field_of(&v).as_deref(), Some(field), "{key}");
        }
        assert_eq!(field_of(&json!([1])).as_deref(), Some(""));
    }
}
