//! The visitor's session: one value ([`Visit`]) holds everything the visitor told the kiosk
//! (the open form's draft, the last form sent, the questionnaire's and the routing's facts,
//! the search, the follow-up, the receipt on screen, the on-screen keyboard's state). The
//! globals only show it. The inactivity timers end the visit, and the wipe replaces the value
//! with an empty one, then shows that.

use slint::{ComponentHandle, SharedString};

use cc_core::form::Draft;
use cc_core::keyboard::KeyboardState;

use super::explore::Explore;
use super::followup::FollowUpEntry;
use super::form::FormSession;
use super::{Kiosk, Nav, Page, ReceiptInfo, Session, Tr};

/// Everything of one visitor, in memory only until they confirm a form.
#[derive(Debug, Default)]
pub(super) struct Visit {
    /// The open form and its draft.
    pub form: Option<FormSession>,
    /// The last form sent in this visit (kind, draft): what a mediation request reuses.
    pub last_sent: Option<(String, Draft)>,
    /// Screens, the questionnaire's and the routing's walks and facts.
    pub explore: Explore,
    /// What the visitor typed in the search field.
    pub search: String,
    /// The follow-up form and its answer.
    pub follow_up: FollowUpEntry,
    /// The on-screen keyboard (its shift, page), while it is open.
    pub keyboard: Option<KeyboardState>,
    /// The receipt on screen after a confirmation.
    pub receipt: Option<ShownReceipt>,
    /// Speech, text size and contrast.
    pub access: super::access::AccessChoice,
}

/// A receipt as the visitor sees it.
#[derive(Debug, Clone, Default)]
pub(super) struct ShownReceipt {
    /// The prefix of its texts (`receipt`, `question-receipt`, `mediation-receipt`).
    pub texts: String,
    /// The mediation service that receives the request ("" for the others).
    pub service: String,
    /// The usual time frames (a Tr key, "" for none), and the contact whose phone number it
    /// names ("" for none).
    pub times: String,
    pub times_contact: String,
    pub reference: String,
    pub tracking_code: String,
    /// The follow-up address in the QR code.
    pub url: String,
    /// What the last print did (a Tr key: `receipt-printed`, `receipt-print-failed`; "" = not
    /// printed).
    pub print_status: String,
}

impl Kiosk {
    pub(super) fn wire_session(&self) {
        let k = self.weak();
        self.window.global::<ReceiptInfo>().on_print(move || k.with(|k| k.print_receipt()));
        let k = self.weak();
        self.window.global::<Session>().on_more_time(move || {
            k.with(|k| {
                k.window.global::<Session>().set_warning(false);
                k.state.borrow().countdown.stop();
                k.state.borrow().expire.stop();
                k.restart_idle();
            })
        });
    }

    /// Restarts the inactivity countdown (any touch). Nothing runs on the start screen (except
    /// in an assisted session, which ends when left alone); on staff screens the staff
    /// session's own timer runs (it logs out).
    pub(super) fn restart_idle(&self) {
        let st = self.state.borrow();
        if self.window.global::<Session>().get_warning() {
            return;
        }
        let page = self.window.global::<Nav>().get_page();
        if super::staff::is_staff_page(page) {
            st.idle.stop();
            let Some(staff) = st.config.staff.as_ref() else { return };
            let k = self.weak();
            st.staff_idle.start(slint::TimerMode::SingleShot, staff.idle_timeout, move || {
                k.with(|k| {
                    if k.window.global::<Nav>().get_page() == Page::StaffLogin {
                        k.window.global::<super::Staff>().invoke_cancel();
                    } else {
                        k.staff_logout(cc_core::staff::AuditAction::IdleLogout);
                    }
                })
            });
            return;
        }
        st.staff_idle.stop();
        let assisting = st.staff.assisting;
        if (page == Page::Start && !assisting) || page == Page::OutOfService {
            st.idle.stop();
            return;
        }
        let timeout = match (&st.config.staff, assisting) {
            (Some(staff), true) => staff.assisted_idle_timeout,
            _ => st.config.idle_timeout,
        };
        // Reading takes longer than tapping: the information pages get twice the time.
        let reading = matches!(page, Page::Page | Page::Theme | Page::Info | Page::RouteResult | Page::Receipt);
        let timeout = if reading { timeout * 2 } else { timeout };
        let k = self.weak();
        st.idle.start(slint::TimerMode::SingleShot, timeout, move || k.with(|k| k.show_warning()));
    }

    fn show_warning(&self) {
        let st = self.state.borrow();
        let s = self.window.global::<Session>();
        s.set_seconds_left(st.config.warning.as_secs() as i32);
        s.set_warning(true);
        // A tone for a visitor who looked away (and, in audio mode, the warning is said).
        if let Some(speaker) = st.speaker.as_ref() {
            speaker.beep();
        }
        let k = self.weak();
        st.countdown.start(slint::TimerMode::Repeated, std::time::Duration::from_secs(1), move || {
            k.with(|k| {
                let s = k.window.global::<Session>();
                s.set_seconds_left((s.get_seconds_left() - 1).max(0));
            })
        });
        let k = self.weak();
        st.expire.start(slint::TimerMode::SingleShot, st.config.warning, move || k.with(|k| k.idle_expired()));
    }

    /// The warning ran out: the visit is wiped; an assisted session ends (staff are back on their
    /// menu, whose own timer logs them out if they left too).
    fn idle_expired(&self) {
        if self.state.borrow().staff.assisting {
            self.end_assist();
        } else {
            self.wipe();
        }
    }

    /// Ends the visitor's session: the visit is replaced by an empty one, and every screen
    /// shows that (no typed value left in memory or in the UI); the start screen comes back
    /// with no language selected.
    pub fn wipe(&self) {
        {
            let mut st = self.state.borrow_mut();
            st.visit = Visit::default();
            // A follow-up answer still on its way must not show up for the next visitor.
            st.follow_up_request += 1;
        }
        self.show_visit();
        self.reset_access();
        let s = self.window.global::<Session>();
        s.set_warning(false);
        s.set_seconds_left(0);
        {
            let st = self.state.borrow();
            st.idle.stop();
            st.countdown.stop();
            st.expire.stop();
        }
        self.window.global::<Tr>().set_lang(SharedString::new());
        self.window.global::<Nav>().set_page(self.landing_page());
        self.restart_idle();
    }

    /// Shows the visit on every screen that depends on it, once it was replaced by an empty
    /// one: no keyboard, no form, an empty follow-up, search and routing, no receipt.
    fn show_visit(&self) {
        self.show_keyboard_state();
        self.clear_form_screen();
        self.show_follow_up();
        self.clear_explore_screens();
        self.show_receipt();
    }

    /// Shows the receipt of the visit (or none).
    pub(super) fn show_receipt(&self) {
        let receipt = self.state.borrow().visit.receipt.clone().unwrap_or_default();
        let info = self.window.global::<ReceiptInfo>();
        let lang = self.window.global::<Tr>().get_lang();
        info.set_times_value(self.receipt_phone(&receipt, &lang).into());
        info.set_texts(if receipt.texts.is_empty() { "receipt".into() } else { receipt.texts.into() });
        info.set_service(receipt.service.into());
        info.set_times(receipt.times.into());
        info.set_qr(if receipt.url.is_empty() { slint::Image::default() } else { super::qr::image(&receipt.url) });
        info.set_follow_up_url(receipt.url.into());
        info.set_reference(receipt.reference.into());
        info.set_tracking_code(receipt.tracking_code.into());
        info.set_print_status(receipt.print_status.into());
        info.set_printable(self.state.borrow().printer.is_some());
    }

    /// Prints the receipt on screen in the visitor's language. A failure is said on the
    /// receipt (the form is already queued) and logged without the receipt's content.
    pub(super) fn print_receipt(&self) {
        let Some(printed) = self.printed_receipt() else { return };
        let result = match self.state.borrow().printer.as_ref() {
            Some(p) => p.print(&printed),
            None => return,
        };
        let status = match result {
            Ok(()) => "receipt-printed",
            Err(e) => {
                log::warn!("receipt printer: {e}");
                "receipt-print-failed"
            }
        };
        if let Some(r) = self.state.borrow_mut().visit.receipt.as_mut() {
            r.print_status = status.to_string();
        }
        self.show_receipt();
    }

    /// The phone number the receipt's time frames name, in `lang` ("" for none): on screen and
    /// on paper.
    fn receipt_phone(&self, receipt: &ShownReceipt, lang: &str) -> String {
        let content = self.content();
        content
            .contact(&receipt.times_contact)
            .and_then(|c| c.phone.as_ref())
            .map(|p| p.get(lang).to_string())
            .unwrap_or_default()
    }

    /// The receipt on screen as it goes on paper, in the visitor's language (None: no receipt).
    pub fn printed_receipt(&self) -> Option<crate::printer::PrintedReceipt> {
        let receipt = self.state.borrow().visit.receipt.clone()?;
        let lang = self.window.global::<Tr>().get_lang().to_string();
        let tr = self.state.borrow().translations.clone();
        let t = |k: &str| tr.get(k, &lang);
        let next_key = format!("{}-next-text", receipt.texts);
        let next_text = if receipt.service.is_empty() {
            t(&next_key)
        } else {
            tr.get_with(&next_key, &lang, &t(&format!("service-{}-name", receipt.service)))
        };
        let times = if receipt.times.is_empty() {
            String::new()
        } else {
            tr.get_with(&receipt.times, &lang, &self.receipt_phone(&receipt, &lang))
        };
        let now = cc_core::clock::brussels((self.state.borrow().clock)());
        Some(crate::printer::PrintedReceipt {
            title: t(&format!("{}-title", receipt.texts)),
            reference_label: t("receipt-reference"),
            reference: receipt.reference.clone(),
            code_label: t("receipt-code"),
            code: receipt.tracking_code.clone(),
            url: receipt.url.clone(),
            qr_caption: t("receipt-qr"),
            next_title: t("receipt-next-title"),
            next_text,
            times,
            printed_at: now.format("%d/%m/%Y %H:%M").to_string(),
        })
    }

    /// Everything the session holds now, for tests that look for traces of a visitor
    /// (`{:?}` of the visit).
    #[doc(hidden)]
    pub fn session_dump(&self) -> String {
        format!("{:?}", self.state.borrow().visit)
    }
}
