//! The form adapter: one engine for the three forms (report, question, mediation request).
//!
//! The visitor's draft lives here, in Rust ([`FormSession`], part of the session the wipe
//! replaces); the `Form` global shows the current step, built from the form's data
//! (`kiosk-config/content/forms/`) and the draft. Every change on screen comes back through
//! `Form.set-value`; the engine (`cc_core::form`) checks a step, the whole draft, and builds the
//! payload; the store commits the envelope before the receipt is shown.

use std::rc::Rc;

use chrono::{Datelike, NaiveDate};
use slint::{ComponentHandle, Model, ModelRc, SharedString, VecModel};

use cc_core::form::{Draft, Errors, FieldType, FormSpec};
use cc_core::validate::FieldError;
use cc_store::Store;

use super::session::ShownReceipt;
use super::{Choice, Form, FormField, Kiosk, Nav, Page, ReviewRow, Tr};
use crate::content::forms::{Column, Form as FormDef};
use crate::i18n::Translations;

/// The open form: which one, the draft, where the visitor is.
#[derive(Debug, Clone, Default)]
pub(super) struct FormSession {
    pub id: String,
    pub draft: Draft,
    /// The step shown; the number of steps means the review.
    pub step: usize,
    /// Editing one answer from the review: "Next" goes back to it.
    pub returning: bool,
    /// The errors shown (after the last "Next" or "Confirm").
    pub errors: Errors,
}

/// The four lists of the step on screen, kept to update one field without rebuilding them.
#[derive(Default)]
pub(super) struct StepModels {
    lists: Vec<Rc<VecModel<FormField>>>,
    /// The form and step they show.
    shows: Option<(String, usize)>,
}

/// Shows `rows` in `model` where they are, when the model holds the same fields: the controls
/// on screen stay (and the keyboard focus with them); a choice's options keep their model, so
/// its buttons are not made anew. False when the fields differ.
fn update_in_place(model: &VecModel<FormField>, rows: &[FormField]) -> bool {
    if model.row_count() != rows.len() || (0..rows.len()).any(|i| model.row_data(i).is_none_or(|r| r.id != rows[i].id))
    {
        return false;
    }
    for (i, row) in rows.iter().enumerate() {
        let mut row = row.clone();
        if let Some(old) = model.row_data(i) {
            let same_options = old.options.row_count() == row.options.row_count()
                && (0..row.options.row_count()).all(|j| old.options.row_data(j) == row.options.row_data(j));
            if same_options {
                row.options = old.options.clone();
            }
            if old != row {
                model.set_row_data(i, row);
            }
        }
    }
    true
}

/// The key of an error with its arguments (see [`Translations::key_with_args`]).
fn error_key(e: &FieldError) -> String {
    Translations::key_with_args(e.key(), &e.args())
}

impl Kiosk {
    pub(super) fn wire_form(&self) {
        let f = self.window.global::<Form>();
        let k = self.weak();
        f.on_set_value(move |id, value| k.with(|k| k.form_set_value(&id, &value)));
        let k = self.weak();
        f.on_next(move || k.with(|k| k.form_next()));
        let k = self.weak();
        f.on_previous(move || k.with(|k| k.form_previous()));
        let k = self.weak();
        f.on_edit(move |step| {
            k.with(|k| {
                k.hide_keyboard();
                if let Some(s) = k.state.borrow_mut().visit.form.as_mut() {
                    s.returning = true;
                    s.step = usize::try_from(step).unwrap_or(0);
                    s.errors.clear();
                }
                k.show_form_step();
            })
        });
        let k = self.weak();
        f.on_confirm(move || k.with(|k| k.form_confirm()));
    }

    /// The form `id`, and whether it exists in the content.
    fn form_def(&self, id: &str) -> Option<FormDef> {
        self.content().form(id).cloned()
    }

    /// Opens form `id` with `prefill` (theme, service… known from where the visitor came). The
    /// answers of a form of the same kind opened before in this session are kept.
    pub fn open_form_with(&self, id: &str, prefill: Draft) {
        let Some(def) = self.form_def(id) else {
            log::error!("the content has no form {id:?}");
            return;
        };
        {
            let mut st = self.state.borrow_mut();
            let same = st.visit.form.as_ref().is_some_and(|s| s.id == id);
            if !same {
                st.visit.form = Some(FormSession { id: id.to_string(), ..FormSession::default() });
            }
            if let Some(s) = st.visit.form.as_mut() {
                s.draft.extend(prefill);
                s.step = 0;
                s.returning = false;
                s.errors.clear();
            }
        }
        let g = self.window.global::<Form>();
        g.set_id(id.into());
        g.set_title_key(def.title.as_str().into());
        g.set_confirm_key(def.confirm.as_str().into());
        g.set_step_count(def.spec.steps.len() as i32);
        let keys: Vec<SharedString> = def
            .spec
            .steps
            .iter()
            .map(|s| format!("step-{}", s.id).into())
            .chain(std::iter::once("step-review".into()))
            .collect();
        g.set_step_keys(ModelRc::new(VecModel::from(keys)));
        g.set_save_error(SharedString::new());
        self.go(Page::Form);
        self.show_form_step();
    }

    /// Shows step `step` of the open form (the number of steps: the review), as an "Edit"
    /// from the review or the stepper would (screenshots, benchmarks).
    pub fn form_goto(&self, step: usize) {
        if let Some(s) = self.state.borrow_mut().visit.form.as_mut() {
            s.step = step;
            s.returning = false;
        }
        self.show_form_step();
    }

    /// The draft of the open form (tests, screenshots).
    pub fn form_draft(&self) -> Option<Draft> {
        self.state.borrow().visit.form.as_ref().map(|s| s.draft.clone())
    }

    /// Shows the current step (or the review) of the open form, from the draft.
    pub(super) fn show_form_step(&self) {
        let Some(session) = self.state.borrow().visit.form.clone() else { return };
        let Some(def) = self.form_def(&session.id) else { return };
        let g = self.window.global::<Form>();
        let today = self.state.borrow().today();
        g.set_returning_to_review(session.returning);
        g.set_step(session.step as i32);
        if session.step >= def.spec.steps.len() {
            g.set_title(format!("{}-review-title", def.texts).into());
            g.set_hint(format!("{}-review-hint", def.texts).into());
            let (left, right) = self.review_rows(&def, &session.draft);
            g.set_review_left(ModelRc::new(VecModel::from(left)));
            g.set_review_right(ModelRc::new(VecModel::from(right)));
            for list in [Form::set_top, Form::set_left, Form::set_right, Form::set_bottom] {
                list(&g, ModelRc::default());
            }
            g.set_notes(ModelRc::default());
            self.state.borrow_mut().step_models = StepModels::default();
            return;
        }
        let step = &def.spec.steps[session.step];
        let with_title = def.step_titles.get(session.step).copied().unwrap_or(true);
        let with_hint = def.step_hints.get(session.step).copied().unwrap_or(false);
        g.set_title(if with_title { format!("{}-{}-title", def.texts, step.id).into() } else { SharedString::new() });
        g.set_hint(if with_hint { format!("{}-{}-hint", def.texts, step.id).into() } else { SharedString::new() });
        // Full-width fields before the first column field go on top, the others below.
        let mut lists: [Vec<FormField>; 4] = Default::default();
        let mut seen_column = false;
        let notices = def.spec.notices(&session.draft, today);
        for id in &step.fields {
            let Some(f) = def.spec.field(id) else { continue };
            if f.ty == FieldType::Hidden || !def.spec.is_shown(id, &session.draft) {
                continue;
            }
            let row = field_row(&def, f, &session, &notices);
            let column = def.view(id).map_or(Column::Full, |v| v.column);
            let at = match column {
                Column::Full if !seen_column => 0,
                Column::Full => 3,
                Column::Left => {
                    seen_column = true;
                    1
                }
                Column::Right => {
                    seen_column = true;
                    2
                }
            };
            lists[at].push(row);
        }
        let notes: Vec<SharedString> = def
            .notes
            .get(session.step)
            .into_iter()
            .flatten()
            .filter(|n| n.shown.as_ref().is_none_or(|c| def.spec.holds(c, &session.draft)))
            .map(|n| n.key.as_str().into())
            .collect();
        g.set_notes(ModelRc::new(VecModel::from(notes)));
        // The same step again (an answer changed what it asks): each list that holds the same
        // fields is updated where it is; the others are replaced.
        let shows = Some((session.id.clone(), session.step));
        let old = {
            let st = self.state.borrow();
            if st.step_models.shows == shows { st.step_models.lists.clone() } else { vec![] }
        };
        let setters = [Form::set_top, Form::set_left, Form::set_right, Form::set_bottom];
        let mut models = vec![];
        for (i, rows) in lists.into_iter().enumerate() {
            match old.get(i) {
                Some(model) if update_in_place(model, &rows) => models.push(model.clone()),
                _ => {
                    let model = Rc::new(VecModel::from(rows));
                    setters[i](&g, ModelRc::from(model.clone()));
                    models.push(model);
                }
            }
        }
        self.state.borrow_mut().step_models = StepModels { lists: models, shows };
        // The step's date field, if any, drives the date picker.
        let date = step
            .fields
            .iter()
            .filter_map(|id| def.spec.field(id))
            .find(|f| f.ty == FieldType::Date)
            .and_then(|f| session.draft.get(&f.id))
            .and_then(|v| NaiveDate::parse_from_str(v, "%Y-%m-%d").ok());
        if let Some(d) = date {
            self.state.borrow_mut().cursor = (d.year(), d.month());
        }
        self.refresh_dates();
    }

    /// What the visitor typed or chose: into the draft, and on screen. A change that shows or
    /// hides other fields (an answer that conditions them) rebuilds the step.
    pub(super) fn form_set_value(&self, id: &str, value: &str) {
        let Some(id_form) = self.state.borrow().visit.form.as_ref().map(|s| s.id.clone()) else { return };
        let Some(def) = self.form_def(&id_form) else { return };
        let before = self.shown_now(&def);
        {
            let mut st = self.state.borrow_mut();
            let Some(s) = st.visit.form.as_mut() else { return };
            s.draft.insert(id.to_string(), value.to_string());
        }
        let today = self.state.borrow().today();
        let draft = self.state.borrow().visit.form.as_ref().map(|s| s.draft.clone()).unwrap_or_default();
        let notes_changed = self.window.global::<Form>().get_notes().row_count()
            != def
                .notes
                .get(self.state.borrow().visit.form.as_ref().map_or(0, |s| s.step))
                .into_iter()
                .flatten()
                .filter(|n| n.shown.as_ref().is_none_or(|c| def.spec.holds(c, &draft)))
                .count();
        let notice_fields: Vec<String> = def.spec.notices.iter().map(|n| n.field.clone()).collect();
        if before != self.shown_now(&def) || notes_changed || notice_fields.iter().any(|f| f == id) {
            self.show_form_step();
            return;
        }
        // Only this field changed: update its row where it is.
        let models = self.state.borrow().step_models.lists.clone();
        let session = self.state.borrow().visit.form.clone().unwrap_or_default();
        let notices = def.spec.notices(&draft, today);
        for list in models {
            let rows: Vec<FormField> = (0..list.row_count())
                .filter_map(|i| list.row_data(i))
                .map(|r| match def.spec.field(&r.id) {
                    Some(f) if r.id == id => field_row(&def, f, &session, &notices),
                    _ => r,
                })
                .collect();
            update_in_place(&list, &rows);
        }
    }

    /// The fields shown now on the current step (to know whether an answer changed them).
    fn shown_now(&self, def: &FormDef) -> Vec<String> {
        let st = self.state.borrow();
        let Some(s) = st.visit.form.as_ref() else { return vec![] };
        def.spec
            .steps
            .get(s.step)
            .map(|step| step.fields.iter().filter(|f| def.spec.is_shown(f, &s.draft)).cloned().collect())
            .unwrap_or_default()
    }

    /// "Next": the step's errors next to their fields, or the next step (the review after the
    /// last one, or when the visitor came from the review).
    fn form_next(&self) {
        self.hide_keyboard();
        let Some(session) = self.state.borrow().visit.form.clone() else { return };
        let Some(def) = self.form_def(&session.id) else { return };
        let today = self.state.borrow().today();
        let errors = def.spec.validate_step(&session.draft, session.step, today);
        {
            let mut st = self.state.borrow_mut();
            let Some(s) = st.visit.form.as_mut() else { return };
            s.errors = errors.clone();
            if errors.is_empty() {
                s.step = if s.returning { def.spec.steps.len() } else { s.step + 1 };
                if s.step >= def.spec.steps.len() {
                    s.returning = false;
                }
            }
        }
        self.show_form_step();
    }

    /// "Previous": the step before (the review when editing from it); from the first step,
    /// back to where the visitor came from. Nothing typed is lost.
    fn form_previous(&self) {
        self.hide_keyboard();
        let leave = {
            let mut st = self.state.borrow_mut();
            let Some(s) = st.visit.form.as_mut() else { return };
            s.errors.clear();
            if s.returning {
                s.returning = false;
                s.step = usize::MAX;
                false
            } else if s.step == 0 {
                true
            } else {
                s.step -= 1;
                false
            }
        };
        if leave {
            self.go_back();
            return;
        }
        if let Some(s) = self.state.borrow_mut().visit.form.as_mut()
            && s.step == usize::MAX
        {
            s.step = self.content().form(&s.id).map_or(0, |d| d.spec.steps.len());
        }
        self.show_form_step();
    }

    /// "Send": every rule again; the first step with an error, or the envelope committed to
    /// the queue and the receipt.
    fn form_confirm(&self) {
        self.hide_keyboard();
        let Some(session) = self.state.borrow().visit.form.clone() else { return };
        let Some(def) = self.form_def(&session.id) else { return };
        let today = self.state.borrow().today();
        let errors = def.spec.validate(&session.draft, today);
        if let Some((first, _)) = errors.first() {
            let step = def.spec.step_of(first).unwrap_or(0);
            if let Some(s) = self.state.borrow_mut().visit.form.as_mut() {
                s.errors = errors.clone();
                s.returning = true;
                s.step = step;
            }
            self.show_form_step();
            return;
        }
        let locale = self.window.global::<Tr>().get_lang().to_string();
        match self.save_form(&def.spec, &session.draft, &locale) {
            Ok(receipt) => {
                if let Some(w) = self.state.borrow().worker.as_ref() {
                    w.wake();
                }
                let service = if def.spec.kind == "mediation" {
                    session.draft.get("service").cloned().unwrap_or_default()
                } else {
                    String::new()
                };

                // What the next form of the visit may reuse (the company, what happened).
                {
                    let mut st = self.state.borrow_mut();
                    st.visit.last_sent = Some((def.spec.kind.clone(), session.draft.clone()));
                    st.visit.form = None;
                }
                self.clear_form_screen();
                let url = self.state.borrow().config.follow_up_url_for(&receipt.reference);
                let shown = self.receipt_for(&def.spec.kind, service, receipt.reference, receipt.tracking_code, url);
                self.state.borrow_mut().visit.receipt = Some(shown);
                self.show_receipt();
                // After the receipt, Back leads to the home menu.
                self.state.borrow_mut().visit.explore.history.clear();
                self.window.global::<Nav>().set_page(Page::Receipt);
            }
            Err(e) => {
                // No personal data in the log: only the kind of failure.
                log::error!("the {} could not be queued: {e}", def.spec.kind);
                self.window.global::<Form>().set_save_error("save-failed".into());
                // The visitor keeps their answers; the next visitors are told before they start.
                self.check_storage();
            }
        }
    }

    /// Builds the envelope and commits it to the queue (one transaction) before returning.
    fn save_form(&self, spec: &FormSpec, draft: &Draft, locale: &str) -> Result<cc_core::envelope::Receipt, String> {
        let mut st = self.state.borrow_mut();
        if st.store.is_none() {
            st.store = Some(Store::open(&st.config.database_path()).map_err(|e| e.to_string())?);
        }
        let (kiosk_id, short_code) = (st.config.kiosk_id.clone(), st.config.short_code.clone());
        let assisted_by = st.assisted_by.clone();
        let clock = st.clock.clone();
        let store = st.store.as_mut().ok_or("no store")?;
        let mut rng = rand::rng();
        // A reference already used on this kiosk (astronomically rare) gets a fresh draw.
        for _ in 0..5 {
            let now = clock();
            let env = cc_core::form::build_envelope(
                spec,
                draft,
                &kiosk_id,
                &short_code,
                locale,
                assisted_by.as_deref(),
                now,
                &mut rng,
            )
            .map_err(|errors| format!("{} invalid field(s)", errors.len()))?;
            match store.enqueue(&env) {
                Ok(_) => return Ok(env.receipt),
                Err(cc_store::StoreError::ReferenceTaken { .. }) => continue,
                Err(e) => {
                    // A broken connection may heal (disk freed): open again next time.
                    st.store = None;
                    return Err(e.to_string());
                }
            }
        }
        Err("no free reference after 5 draws".into())
    }

    /// Empties what the form screen shows (the draft itself is the session's).
    pub(super) fn clear_form_screen(&self) {
        let g = self.window.global::<Form>();
        for list in [Form::set_top, Form::set_left, Form::set_right, Form::set_bottom] {
            list(&g, ModelRc::default());
        }
        g.set_notes(ModelRc::default());
        g.set_review_left(ModelRc::default());
        g.set_review_right(ModelRc::default());
        g.set_step(0);
        g.set_returning_to_review(false);
        g.set_save_error(SharedString::new());
        self.state.borrow_mut().step_models = StepModels::default();
        let today = self.state.borrow().today();
        self.state.borrow_mut().cursor = (today.year(), today.month());
        self.refresh_dates();
    }

    /// Every answer for the review, each with the step that edits it, in two columns.
    fn review_rows(&self, def: &FormDef, draft: &Draft) -> (Vec<ReviewRow>, Vec<ReviewRow>) {
        // Dates as the visitor's language writes them (14/09/2025, German 14.09.2025).
        let lang = self.window.global::<Tr>().get_lang();
        let mut rows = Vec::new();
        // Set by the kiosk, not by the visitor (the service a request goes to): shown first,
        // without "Change"; the value names the message `<options_label>-<value>-name`.
        for f in def.spec.fields.iter().filter(|f| f.ty == FieldType::Hidden) {
            let Some(view) = def.view(&f.id).filter(|v| v.review) else { continue };
            let Some(raw) = draft.get(&f.id).filter(|v| !v.trim().is_empty()) else { continue };
            rows.push(ReviewRow {
                label: format!("review-{}", f.id).into(),
                value: format!("{}-{}-name", view.options_label, raw.trim()).into(),
                translate: true,
                step: -1,
            });
        }
        for (i, step) in def.spec.steps.iter().enumerate() {
            for id in &step.fields {
                let Some(f) = def.spec.field(id) else { continue };
                let Some(view) = def.view(id) else { continue };
                if !view.review || f.ty == FieldType::Hidden || !def.spec.is_shown(id, draft) {
                    continue;
                }
                let raw = draft.get(id).map(|v| v.trim().to_string()).unwrap_or_default();
                let (value, translate) = match f.ty {
                    FieldType::Choice if raw.is_empty() => (String::new(), false),
                    FieldType::Choice => (format!("{}-{raw}", view.options_label), true),
                    FieldType::Consent => (if raw == "true" { "review-yes" } else { "review-no" }.to_string(), true),
                    FieldType::Date => (
                        NaiveDate::parse_from_str(&raw, "%Y-%m-%d")
                            .map(|d| d.format(if lang == "de-BE" { "%d.%m.%Y" } else { "%d/%m/%Y" }).to_string())
                            .unwrap_or_default(),
                        false,
                    ),
                    FieldType::EnterpriseNumber => (
                        cc_core::enterprise::EnterpriseNumber::parse(&raw).map(|n| n.formatted()).unwrap_or(raw),
                        false,
                    ),
                    FieldType::LongText => (draft.get(id).cloned().unwrap_or_default(), false),
                    _ => (raw, false),
                };
                rows.push(ReviewRow {
                    label: format!("review-{id}").into(),
                    value: value.into(),
                    translate,
                    step: i as i32,
                });
            }
        }
        let half = rows.len().div_ceil(2);
        let right = rows.split_off(half);
        (rows, right)
    }

    /// The value of a field of the open form (for the on-screen keyboard).
    pub(super) fn form_value(&self, id: &str) -> Option<SharedString> {
        let st = self.state.borrow();
        let s = st.visit.form.as_ref()?;
        let def = st.content.form(&s.id)?;
        def.spec.field(id)?;
        Some(s.draft.get(id).map(String::as_str).unwrap_or("").into())
    }

    /// The error shown next to a field of the open form.
    pub(super) fn form_error(&self, id: &str) -> Option<SharedString> {
        let st = self.state.borrow();
        let s = st.visit.form.as_ref()?;
        st.content.form(&s.id)?.spec.field(id)?;
        Some(s.errors.iter().find(|(f, _)| f == id).map(|(_, e)| error_key(e)).unwrap_or_default().into())
    }

    /// The day picked on the calendar: the current step's date field.
    pub(super) fn form_pick_date(&self, date: NaiveDate) {
        let Some(session) = self.state.borrow().visit.form.clone() else { return };
        let Some(def) = self.form_def(&session.id) else { return };
        let field = def
            .spec
            .steps
            .get(session.step)
            .and_then(|s| s.fields.iter().find(|f| def.spec.field(f).is_some_and(|x| x.ty == FieldType::Date)))
            .cloned();
        if let Some(field) = field {
            if let Some(s) = self.state.borrow_mut().visit.form.as_mut() {
                s.errors.retain(|(f, _)| f != &field);
            }
            self.form_set_value(&field, &date.format("%Y-%m-%d").to_string());
            self.show_form_step();
        }
    }

    /// The date the calendar shows as chosen: the current step's date field.
    pub(super) fn form_date(&self) -> Option<NaiveDate> {
        let st = self.state.borrow();
        let s = st.visit.form.as_ref()?;
        let def = st.content.form(&s.id)?;
        let step = def.spec.steps.get(s.step)?;
        let f = step.fields.iter().find(|f| def.spec.field(f).is_some_and(|x| x.ty == FieldType::Date))?;
        NaiveDate::parse_from_str(s.draft.get(f)?, "%Y-%m-%d").ok()
    }
}

impl Kiosk {
    /// The receipt of a form of `kind` just queued.
    pub(super) fn receipt_for(
        &self,
        kind: &str,
        service: String,
        reference: String,
        tracking_code: String,
        url: String,
    ) -> ShownReceipt {
        // The usual time frames: the legal ones of a qualified entity; for a question, the
        // Contact Center's number for an urgent one.
        let (times, times_contact) = match kind {
            "question" => ("receipt-question-times", "contact-center"),
            "mediation" if self.content().service(&service).is_some_and(|s| s.qualified_entity) => {
                ("receipt-mediation-times", "")
            }
            _ => ("", ""),
        };
        ShownReceipt {
            texts: receipt_texts(kind),
            service,
            times: times.to_string(),
            times_contact: times_contact.to_string(),
            reference,
            tracking_code,
            url,
            print_status: String::new(),
        }
    }
}

/// The prefix of the receipt's texts for a kind.
fn receipt_texts(kind: &str) -> String {
    match kind {
        "report" => "receipt".to_string(),
        other => format!("receipt-{other}"),
    }
}

/// A field as the screen shows it.
fn field_row(
    def: &FormDef,
    f: &cc_core::form::FieldSpec,
    session: &FormSession,
    notices: &[(String, String)],
) -> FormField {
    let view = def.view(&f.id);
    let options: Vec<Choice> = f
        .options
        .iter()
        .map(|o| Choice {
            id: o.into(),
            label: format!("{}-{o}", view.map_or(f.id.as_str(), |v| v.options_label.as_str())).into(),
        })
        .collect();
    FormField {
        id: f.id.as_str().into(),
        kind: FieldType::NAMES.iter().find(|n| FieldType::parse(n) == Some(f.ty)).copied().unwrap_or("text").into(),
        label: view.map_or(String::new(), |v| v.label.clone()).into(),
        hint: view.and_then(|v| v.hint.clone()).unwrap_or_default().into(),
        required: def.spec.is_required(f, &session.draft),
        keyboard: f.ty.keyboard().unwrap_or("text").into(),
        value: session.draft.get(&f.id).map(String::as_str).unwrap_or("").into(),
        error: session.errors.iter().find(|(x, _)| x == &f.id).map(|(_, e)| error_key(e)).unwrap_or_default().into(),
        notice: notices.iter().find(|(x, _)| x == &f.id).map(|(_, k)| k.as_str()).unwrap_or("").into(),
        options: ModelRc::new(VecModel::from(options)),
        max: i32::try_from(f.max).unwrap_or(i32::MAX),
        counter: if f.ty == FieldType::LongText && f.max > 0 {
            let typed = session.draft.get(&f.id).map_or(0, |v| v.chars().count());
            Translations::key_with_args("field-counter", &[("value", typed), ("max", f.max)]).into()
        } else {
            SharedString::new()
        },
    }
}
