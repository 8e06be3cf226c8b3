//! "Follow up my file": check what the visitor typed (the reference's check symbol catches a
//! typo before any request), answer from the local queue when the file is still here, else ask
//! the central service through the sync worker and show its answer.

use slint::{ComponentHandle, SharedString};

use cc_store::State as RowState;

use super::{FollowUp, Kiosk, Nav, Page};

/// Field ids of the follow-up form (for the on-screen keyboard).
pub const REFERENCE: &str = "follow-up-reference";
pub const CODE: &str = "follow-up-code";

pub fn get(f: &FollowUp<'_>, id: &str) -> Option<SharedString> {
    match id {
        REFERENCE => Some(f.get_reference()),
        CODE => Some(f.get_code()),
        _ => None,
    }
}

/// Sets a follow-up field; false when `id` is not one.
pub fn set(f: &FollowUp<'_>, id: &str, value: &str) -> bool {
    match id {
        REFERENCE => f.set_reference(value.into()),
        CODE => f.set_code(value.into()),
        _ => return false,
    }
    true
}

pub fn get_error(f: &FollowUp<'_>, id: &str) -> Option<SharedString> {
    match id {
        REFERENCE => Some(f.get_err_reference()),
        CODE => Some(f.get_err_code()),
        _ => None,
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
    }

    fn check_follow_up(&self) {
        self.hide_keyboard();
        let f = self.window.global::<FollowUp>();
        let reference = parse_reference(&f.get_reference());
        let code = parse_code(&f.get_code());
        f.set_err_reference(if reference.is_some() { "" } else { "err-reference" }.into());
        f.set_err_code(if code.is_some() { "" } else { "err-tracking-code" }.into());
        let (Some(reference), Some(code)) = (reference, code) else {
            self.show_answer(None);
            return;
        };
        f.set_reference(reference.clone().into());
        match self.local_answer(&reference, &code) {
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

    /// The answer the kiosk can give without asking: the file is still in its queue (or held),
    /// or the code does not match. None when the central service must be asked.
    fn local_answer(&self, reference: &str, code: &str) -> Option<Answer> {
        let mut st = self.state.borrow_mut();
        if st.store.is_none() {
            st.store = cc_store::Store::open(&st.config.database_path()).ok();
        }
        let row = st.store.as_ref()?.find_by_reference(reference).ok().flatten()?;
        if row.tracking_code != code {
            return Some(Answer::NotFound);
        }
        match row.state {
            RowState::Pending | RowState::Sending => Some(Answer::Waiting),
            RowState::Rejected => Some(Answer::Held),
            RowState::Sent => None,
        }
    }

    /// Shows an answer (None clears it).
    pub(super) fn show_answer(&self, answer: Option<Answer>) {
        let f = self.window.global::<FollowUp>();
        let (result, status, updated) = match answer {
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
                    .map(|t| t.with_timezone(&chrono::Local).format("%d/%m/%Y").to_string())
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

    pub(super) fn clear_follow_up(&self) {
        let f = self.window.global::<FollowUp>();
        f.set_reference(SharedString::new());
        f.set_code(SharedString::new());
        f.set_err_reference(SharedString::new());
        f.set_err_code(SharedString::new());
        self.show_answer(None);
        // An answer still on its way must not show up for the next visitor.
        self.state.borrow_mut().follow_up_request += 1;
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
