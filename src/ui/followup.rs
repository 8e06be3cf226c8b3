//! "Follow up my file": check what the visitor typed (the reference's check symbol catches a
//! typo before any request), answer from the local queue when the file is still here, else ask
//! the central service through the sync worker and show its answer.

use slint::ComponentHandle;

use cc_store::State as RowState;

use super::{FollowUp, Kiosk, Nav, Page};

/// Field ids of the follow-up form (for the on-screen keyboard).
pub const REFERENCE: &str = "follow-up-reference";
pub const CODE: &str = "follow-up-code";

/// The follow-up part of the visit: what the visitor typed, the problems found, the answer.
#[derive(Debug, Clone, Default)]
pub(super) struct FollowUpEntry {
    pub reference: String,
    pub code: String,
    /// Tr keys of the problems shown under the fields ("" for none).
    pub err_reference: &'static str,
    pub err_code: &'static str,
    pub answer: Option<Answer>,
    /// The kind of the file asked about (`report`, `question`, `mediation`) when this kiosk
    /// made it: its status is then told in the words of that kind.
    pub kind: Option<String>,
}

impl FollowUpEntry {
    /// A typed field's value, by id; None when `id` is not one of the follow-up's.
    pub fn get(&self, id: &str) -> Option<&str> {
        match id {
            REFERENCE => Some(&self.reference),
            CODE => Some(&self.code),
            _ => None,
        }
    }

    /// The problem shown under a field (a Tr key), by id.
    pub fn error(&self, id: &str) -> Option<&'static str> {
        match id {
            REFERENCE => Some(self.err_reference),
            CODE => Some(self.err_code),
            _ => None,
        }
    }
}

/// A central reference as the back office writes it: `CC-2026-0001234`.
fn is_central_reference(s: &str) -> bool {
    let parts: Vec<&str> = s.split('-').collect();
    parts.len() == 3
        && parts[0] == "CC"
        && parts[1].len() == 4
        && parts[2].len() == 7
        && parts[1..].iter().all(|p| p.chars().all(|c| c.is_ascii_digit()))
}

/// The reference in canonical form, if it can be one (kiosk-made with a right check symbol,
/// or central).
pub fn parse_reference(input: &str) -> Option<String> {
    let upper: String = input.trim().to_uppercase().split_whitespace().collect();
    if is_central_reference(&upper) {
        return Some(upper);
    }
    cc_core::reference::normalize_reference(input).filter(|r| cc_core::reference::is_valid_reference(r))
}

/// The tracking code: 6 digits (spaces ignored).
pub fn parse_code(input: &str) -> Option<String> {
    let code: String = input.chars().filter(|c| !c.is_whitespace()).collect();
    (code.len() == 6 && code.chars().all(|c| c.is_ascii_digit())).then_some(code)
}

/// What the visitor sees after asking.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    Checking,
    /// Still in this kiosk's queue.
    Waiting,
    /// Rejected by the central service: staff must look at it.
    Held,
    Found {
        status: String,
        updated_at: String,
    },
    NotFound,
    Offline,
}

impl Kiosk {
    pub(super) fn wire_follow_up(&self) {
        let k = self.weak();
        self.window.global::<Nav>().on_open_follow_up(move || {
            k.with(|k| k.go(Page::FollowUp));
        });
        let k = self.weak();
        self.window.global::<FollowUp>().on_check(move || k.with(|k| k.check_follow_up()));
        let k = self.weak();
        self.window.global::<FollowUp>().on_set_value(move |id, value| {
            k.with(|k| {
                k.follow_up_set(&id, &value);
            })
        });
    }

    /// Changes a follow-up field of the visit; false when `id` is not one.
    pub(super) fn follow_up_set(&self, id: &str, value: &str) -> bool {
        {
            let mut st = self.state.borrow_mut();
            let f = &mut st.visit.follow_up;
            match id {
                REFERENCE => f.reference = value.to_string(),
                CODE => f.code = value.to_string(),
                _ => return false,
            }
        }
        self.show_follow_up();
        true
    }

    fn check_follow_up(&self) {
        self.hide_keyboard();
        let (reference, code) = {
            let mut st = self.state.borrow_mut();
            let f = &mut st.visit.follow_up;
            let reference = parse_reference(&f.reference);
            let code = parse_code(&f.code);
            f.err_reference = if reference.is_some() { "" } else { "err-reference" };
            f.err_code = if code.is_some() { "" } else { "err-tracking-code" };
            if let Some(r) = &reference {
                f.reference = r.clone();
            }
            (reference, code)
        };
        let (Some(reference), Some(code)) = (reference, code) else {
            self.show_answer(None);
            return;
        };
        let row = self.local_row(&reference);
        // Only the right code tells anything about a file, its kind included.
        let wrong_code = row.as_ref().is_some_and(|r| r.tracking_code != code);
        let row = row.filter(|r| r.tracking_code == code);
        self.state.borrow_mut().visit.follow_up.kind = row.as_ref().map(|r| r.kind.clone());
        let local = match row.as_ref().map(|r| r.state) {
            None if wrong_code => Some(Answer::NotFound),
            None => None,
            Some(RowState::Pending | RowState::Sending) => Some(Answer::Waiting),
            Some(RowState::Rejected) => Some(Answer::Held),
            Some(RowState::Sent) => None,
        };
        match local {
            Some(answer) => self.show_answer(Some(answer)),
            None => {
                let asked = {
                    let mut st = self.state.borrow_mut();
                    st.follow_up_request += 1;
                    let id = st.follow_up_request;
                    st.worker.as_ref().map(|w| w.follow_up(id, reference, code)).is_some()
                };
                self.show_answer(Some(if asked { Answer::Checking } else { Answer::Offline }));
            }
        }
    }

    /// This kiosk's queue row of a reference (kiosk-made or central), if it has one.
    fn local_row(&self, reference: &str) -> Option<cc_store::OutboxRow> {
        let mut st = self.state.borrow_mut();
        if st.store.is_none() {
            st.store = cc_store::Store::open(&st.config.database_path()).ok();
        }
        st.store.as_ref()?.find_by_reference(reference).ok().flatten()
    }

    /// Records an answer in the visit (None clears it) and shows the follow-up.
    pub(super) fn show_answer(&self, answer: Option<Answer>) {
        self.state.borrow_mut().visit.follow_up.answer = answer;
        self.show_follow_up();
    }

    /// Shows the follow-up of the visit: the fields, their problems, the answer.
    pub(super) fn show_follow_up(&self) {
        let entry = self.state.borrow().visit.follow_up.clone();
        let f = self.window.global::<FollowUp>();
        f.set_reference(entry.reference.into());
        f.set_code(entry.code.into());
        f.set_err_reference(entry.err_reference.into());
        f.set_err_code(entry.err_code.into());
        f.set_texts(
            match entry.kind.as_deref() {
                Some("question") => "follow-up-question-status",
                Some("mediation") => "follow-up-mediation-status",
                _ => "follow-up-status",
            }
            .into(),
        );
        let (result, status, updated) = match entry.answer {
            None => ("", String::new(), String::new()),
            Some(Answer::Checking) => ("checking", String::new(), String::new()),
            Some(Answer::Waiting) => ("waiting", String::new(), String::new()),
            Some(Answer::Held) => ("held", String::new(), String::new()),
            Some(Answer::NotFound) => ("not-found", String::new(), String::new()),
            Some(Answer::Offline) => ("offline", String::new(), String::new()),
            Some(Answer::Found { status, updated_at }) => {
                let known = ["received", "in_progress", "forwarded", "closed"];
                let status = if known.contains(&status.as_str()) { status } else { "received".into() };
                let updated = chrono::DateTime::parse_from_rfc3339(&updated_at)
                    .map(|t| cc_core::clock::brussels(t.with_timezone(&chrono::Utc)).format("%d/%m/%Y").to_string())
                    .unwrap_or_default();
                ("found", status, updated)
            }
        };
        f.set_result(result.into());
        f.set_status(status.into());
        f.set_updated(updated.into());
    }

    /// The worker's answer to follow-up request `request_id` (older requests are ignored).
    pub fn follow_up_answered(&self, request_id: u64, answer: Answer) {
        if request_id != self.state.borrow().follow_up_request {
            return;
        }
        if self.window.global::<Nav>().get_page() != Page::FollowUp {
            return;
        }
        self.show_answer(Some(answer));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_and_codes() {
        let mut rng = <rand::rngs::StdRng as rand::SeedableRng>::seed_from_u64(1);
        let r = cc_core::reference::generate_reference("NG3", &mut rng);
        assert_eq!(parse_reference(&r).as_deref(), Some(r.as_str()));
        assert_eq!(parse_reference(&r.to_lowercase().replace('-', " ")).as_deref(), Some(r.as_str()));
        // One wrong symbol is caught before any request.
        let mut typo: Vec<char> = r.chars().collect();
        let last = typo.len() - 1;
        typo[last] = if typo[last] == 'A' { 'B' } else { 'A' };
        assert_eq!(parse_reference(&typo.iter().collect::<String>()), None);
        assert_eq!(parse_reference("cc-2026-0001234").as_deref(), Some("CC-2026-0001234"));
        assert_eq!(parse_reference("CC-2026-12"), None);
        assert_eq!(parse_code(" 482 913 ").as_deref(), Some("482913"));
        assert_eq!(parse_code("48291"), None);
        assert_eq!(parse_code("48291a"), None);
    }
}
