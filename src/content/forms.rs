//! The forms of `kiosk-config/content/forms/*.toml`: read into [`cc_core::form::FormSpec`]s
//! (what the engine validates and sends) plus what the screens need (texts, columns, notes),
//! and checked like the rest of the content.

use std::collections::{BTreeMap, BTreeSet};

use serde::Deserialize;
use serde_json::Value;

use cc_core::form::{
    Age, AtLeastOne, Condition, FieldSpec, FieldType, FormSpec, Notice, NullUnless, Requirement, StepSpec,
};
use cc_core::validate::FieldError;

pub const FORMS_DIR: &str = "kiosk-config/content/forms";

/// Where a field sits on its step's screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    /// The whole width (before the two columns when it comes before them in the step, after
    /// them otherwise).
    Full,
    Left,
    Right,
}

/// How a field is shown and reviewed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldView {
    /// Its label's key (`field-<id>` unless the file says otherwise).
    pub label: String,
    /// Its hint's key, if it has one (`field-<id>-hint`).
    pub hint: Option<String>,
    /// The prefix of its options' keys (`<prefix>-<option>`).
    pub options_label: String,
    /// Shown on the review (as `review-<id>`).
    pub review: bool,
    pub column: Column,
}

/// A text shown on a step when its condition holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    pub key: String,
    pub shown: Option<Condition>,
}

/// A form: what the engine needs, and how the screens show it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Form {
    pub spec: FormSpec,
    /// The top bar's title key.
    pub title: String,
    /// The prefix of the steps' title and hint keys (`<texts>-<step>-title`, `-hint`).
    pub texts: String,
    /// The send button's key.
    pub confirm: String,
    /// Per step: whether it has a title on screen, and a hint under it.
    pub step_titles: Vec<bool>,
    pub step_hints: Vec<bool>,
    /// Per step: its notes.
    pub notes: Vec<Vec<Note>>,
    pub views: BTreeMap<String, FieldView>,
}

impl Form {
    pub fn view(&self, field: &str) -> Option<&FieldView> {
        self.views.get(field)
    }

    /// Every key the form's screens use, with what needs it.
    pub fn messages(&self, file: &str) -> Vec<(String, String)> {
        let origin = |what: &str| format!("{file}, {what}");
        let mut keys = vec![
            (self.title.clone(), origin("title")),
            (self.confirm.clone(), origin("confirm")),
            ("step-review".to_string(), origin("the review step")),
            (format!("{}-review-title", self.texts), origin("the review step")),
            (format!("{}-review-hint", self.texts), origin("the review step")),
        ];
        for (i, step) in self.spec.steps.iter().enumerate() {
            keys.push((format!("step-{}", step.id), origin(&format!("step {}", step.id))));
            if self.step_titles.get(i).copied().unwrap_or(true) {
                keys.push((format!("{}-{}-title", self.texts, step.id), origin(&format!("step {}", step.id))));
            }
            if self.step_hints.get(i).copied().unwrap_or(false) {
                keys.push((format!("{}-{}-hint", self.texts, step.id), origin(&format!("step {}", step.id))));
            }
            for n in self.notes.get(i).into_iter().flatten() {
                keys.push((n.key.clone(), origin(&format!("step {}, note", step.id))));
            }
        }
        for f in &self.spec.fields {
            if f.ty == FieldType::Hidden {
                // Shown on the review (not editable): its label, and its value's name.
                if self.view(&f.id).is_some_and(|v| v.review) {
                    keys.push((format!("review-{}", f.id), origin(&format!("field {}", f.id))));
                }
                continue;
            }
            let Some(v) = self.view(&f.id) else { continue };
            let here = origin(&format!("field {}", f.id));
            if !v.label.is_empty() {
                keys.push((v.label.clone(), here.clone()));
            }
            if let Some(h) = &v.hint {
                keys.push((h.clone(), here.clone()));
            }
            if v.review {
                keys.push((format!("review-{}", f.id), here.clone()));
            }
            for o in &f.options {
                keys.push((format!("{}-{o}", v.options_label), here.clone()));
            }
        }
        for n in &self.spec.notices {
            keys.push((n.key.clone(), origin(&format!("notice on {}", n.field))));
        }
        keys
    }
}

// ----- the file's shape -----

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FormFile {
    id: String,
    kind: String,
    title: String,
    texts: String,
    confirm: String,
    #[serde(default)]
    step: Vec<StepFile>,
    #[serde(default)]
    field: Vec<FieldFile>,
    #[serde(default)]
    at_least_one: Vec<AtLeastOneFile>,
    #[serde(default)]
    null_unless: Vec<NullUnlessFile>,
    #[serde(default)]
    notice: Vec<NoticeFile>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct StepFile {
    id: String,
    fields: Vec<String>,
    #[serde(default = "yes")]
    title: bool,
    /// A hint under the title (`<texts>-<step>-hint`).
    #[serde(default)]
    hint: bool,
    #[serde(default)]
    note: Vec<NoteFile>,
}

fn yes() -> bool {
    true
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct NoteFile {
    key: String,
    shown: Option<String>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum RequiredFile {
    Always(bool),
    When(String),
}

#[derive(Deserialize)]
#[serde(untagged)]
enum OptionsFile {
    List(Vec<String>),
    /// A list of the content: `themes`, `channels`.
    Named(String),
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FieldFile {
    id: String,
    #[serde(rename = "type")]
    ty: String,
    required: Option<RequiredFile>,
    shown: Option<String>,
    max: Option<usize>,
    options: Option<OptionsFile>,
    options_label: Option<String>,
    path: Option<String>,
    required_error: Option<String>,
    #[serde(default)]
    hint: bool,
    label: Option<String>,
    review: Option<bool>,
    column: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AtLeastOneFile {
    fields: Vec<String>,
    when: Option<String>,
    error_on: String,
    error: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct NullUnlessFile {
    path: String,
    when: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct NoticeFile {
    field: String,
    older_than_days: Option<i64>,
    within_days: Option<i64>,
    when: Option<String>,
    key: String,
}

/// The content lists a choice's options may name.
pub struct Lists<'a> {
    pub themes: &'a [String],
    pub channels: &'a [String],
}

/// Reads and checks one form file; problems are pushed as `(place, problem)`.
pub(super) fn read(text: &str, lists: &Lists<'_>, problems: &mut Vec<(String, String)>) -> Option<Form> {
    let file: FormFile = match toml::from_str(text) {
        Ok(f) => f,
        Err(e) => {
            let line = e.span().map(|s| text[..s.start.min(text.len())].matches('\n').count() + 1);
            problems.push((line.map(|l| format!("line {l}")).unwrap_or_default(), e.message().to_string()));
            return None;
        }
    };
    let mut p = |place: &str, problem: String| problems.push((place.to_string(), problem));
    if !cc_core::envelope::KINDS.contains(&file.kind.as_str()) {
        p("kind", format!("{:?} is not a kind of the contract ({:?})", file.kind, cc_core::envelope::KINDS));
    }
    let contract: BTreeSet<&str> =
        cc_core::envelope::payload_paths(&file.kind).unwrap_or_default().iter().copied().collect();

    // Fields.
    let mut fields = Vec::new();
    let mut views = BTreeMap::new();
    let mut seen = BTreeSet::new();
    for f in &file.field {
        let place = format!("field {}", f.id);
        if !seen.insert(f.id.clone()) {
            p(&place, "this id is used twice".into());
        }
        let Some(ty) = FieldType::parse(&f.ty) else {
            p(&place, format!("type {:?} is not one of {:?}", f.ty, FieldType::NAMES));
            continue;
        };
        let condition = |p: &mut dyn FnMut(&str, String), what: &str, s: &str| {
            let c = Condition::parse(s);
            if c.is_none() {
                p(&place, format!("{what} {s:?} is not a condition (field = value)"));
            }
            c
        };
        let requirement = match &f.required {
            None | Some(RequiredFile::Always(false)) => Requirement::Optional,
            Some(RequiredFile::Always(true)) => Requirement::Required,
            Some(RequiredFile::When(s)) => match condition(&mut p, "required", s) {
                Some(c) => Requirement::RequiredWhen(c),
                None => Requirement::Optional,
            },
        };
        let shown = f.shown.as_deref().and_then(|s| condition(&mut p, "shown", s));
        let options = match &f.options {
            None => Vec::new(),
            Some(OptionsFile::List(l)) => l.clone(),
            Some(OptionsFile::Named(name)) => match name.as_str() {
                "themes" => lists.themes.to_vec(),
                "channels" => lists.channels.to_vec(),
                other => {
                    p(&place, format!("options {other:?} is not a list of the content (themes, channels)"));
                    Vec::new()
                }
            },
        };
        if ty == FieldType::Choice && options.is_empty() {
            p(&place, "a choice needs options".into());
        }
        if ty != FieldType::Choice && f.options.is_some() {
            p(&place, "only a choice has options".into());
        }
        let required_error = f.required_error.as_deref().and_then(|k| {
            let e = FieldError::from_key(k);
            if e.is_none() {
                p(&place, format!("required_error {k:?} is not an error of errors.ftl"));
            }
            e
        });
        if let Some(path) = &f.path
            && !contract.is_empty()
            && !contract.contains(path.as_str())
        {
            p(&place, format!("path {path:?} is not a place of the contract's {} payload", file.kind));
        }
        let column = match f.column.as_deref() {
            None | Some("full") => Column::Full,
            Some("left") => Column::Left,
            Some("right") => Column::Right,
            Some(other) => {
                p(&place, format!("column {other:?} is not full, left or right"));
                Column::Full
            }
        };
        views.insert(
            f.id.clone(),
            FieldView {
                label: f.label.clone().unwrap_or_else(|| format!("field-{}", f.id)),
                hint: f.hint.then(|| format!("field-{}-hint", f.id)),
                options_label: f.options_label.clone().unwrap_or_else(|| f.id.clone()),
                review: f.review.unwrap_or(ty != FieldType::Hidden),
                column,
            },
        );
        fields.push(FieldSpec {
            id: f.id.clone(),
            ty,
            requirement,
            shown,
            max: f.max.unwrap_or_else(|| ty.default_max()),
            options,
            path: f.path.clone(),
            required_error,
        });
    }

    // Steps.
    let mut steps = Vec::new();
    let mut step_titles = Vec::new();
    let mut step_hints = Vec::new();
    let mut notes = Vec::new();
    let mut placed: BTreeMap<String, String> = BTreeMap::new();
    for s in &file.step {
        let place = format!("step {}", s.id);
        if s.fields.is_empty() {
            p(&place, "a step without fields".into());
        }
        for f in &s.fields {
            if !fields.iter().any(|x| &x.id == f) {
                p(&place, format!("field {f:?} is not a field of the form"));
            } else if let Some(other) = placed.insert(f.clone(), s.id.clone()) {
                p(&place, format!("field {f:?} is already on step {other:?}"));
            }
        }
        let mut step_notes = Vec::new();
        for n in &s.note {
            let shown = n.shown.as_deref().and_then(|c| {
                let parsed = Condition::parse(c);
                if parsed.is_none() {
                    p(&place, format!("note {:?}: {c:?} is not a condition (field = value)", n.key));
                }
                parsed
            });
            step_notes.push(Note { key: n.key.clone(), shown });
        }
        steps.push(StepSpec { id: s.id.clone(), fields: s.fields.clone() });
        step_titles.push(s.title);
        step_hints.push(s.hint);
        notes.push(step_notes);
    }
    if steps.is_empty() {
        p("", "a form without steps".into());
    }
    for f in &fields {
        if f.ty != FieldType::Hidden && !placed.contains_key(&f.id) {
            p(&format!("field {}", f.id), "on no step: it is never asked".into());
        }
    }

    // Conditions name fields of the form, and values one of their options.
    let check_condition =
        |p: &mut dyn FnMut(&str, String), place: &str, c: &Condition| match fields.iter().find(|f| f.id == c.field) {
            None => p(place, format!("condition on {:?}, which is not a field of the form", c.field)),
            Some(f) if f.ty == FieldType::Choice && !f.options.contains(&c.equals) => {
                p(place, format!("{:?} is not an option of {:?}", c.equals, c.field))
            }
            Some(f) if f.ty == FieldType::Consent && c.equals != "true" => {
                p(place, format!("a consent is only ever \"true\" ({:?} given)", c.equals))
            }
            _ => {}
        };
    for f in &fields {
        let place = format!("field {}", f.id);
        if let Some(c) = &f.shown {
            check_condition(&mut p, &place, c);
        }
        if let Requirement::RequiredWhen(c) = &f.requirement {
            check_condition(&mut p, &place, c);
        }
    }
    for n in notes.iter().flatten() {
        if let Some(c) = &n.shown {
            check_condition(&mut p, &format!("note {}", n.key), c);
        }
    }

    // Rules.
    let mut at_least_one = Vec::new();
    for (i, r) in file.at_least_one.iter().enumerate() {
        let place = format!("at_least_one {}", i + 1);
        for f in r.fields.iter().chain(std::iter::once(&r.error_on)) {
            if !fields.iter().any(|x| &x.id == f) {
                p(&place, format!("{f:?} is not a field of the form"));
            }
        }
        let when = r.when.as_deref().and_then(Condition::parse);
        if let Some(c) = &when {
            check_condition(&mut p, &place, c);
        } else if let Some(w) = &r.when {
            p(&place, format!("when {w:?} is not a condition (field = value)"));
        }
        let Some(error) = FieldError::from_key(&r.error) else {
            p(&place, format!("error {:?} is not an error of errors.ftl", r.error));
            continue;
        };
        at_least_one.push(AtLeastOne { fields: r.fields.clone(), when, error_on: r.error_on.clone(), error });
    }
    let mut null_unless = Vec::new();
    for n in &file.null_unless {
        let place = format!("null_unless {}", n.path);
        if !contract.is_empty() && !contract.contains(n.path.as_str()) {
            p(&place, format!("{:?} is not a place of the contract's {} payload", n.path, file.kind));
        }
        match Condition::parse(&n.when) {
            Some(c) => {
                check_condition(&mut p, &place, &c);
                null_unless.push(NullUnless { path: n.path.clone(), when: c });
            }
            None => p(&place, format!("when {:?} is not a condition (field = value)", n.when)),
        }
    }
    let mut notices = Vec::new();
    for n in &file.notice {
        let place = format!("notice {}", n.key);
        match fields.iter().find(|f| f.id == n.field) {
            Some(f) if f.ty == FieldType::Date => {}
            _ => p(&place, format!("{:?} is not a date field of the form", n.field)),
        }
        let age = match (n.older_than_days, n.within_days) {
            (Some(days), None) if days >= 0 => Age::OlderThan(days),
            (None, Some(days)) if days >= 0 => Age::Within(days),
            (Some(_), Some(_)) => {
                p(&place, "older_than_days and within_days together: give one".into());
                continue;
            }
            (None, None) => {
                p(&place, "neither older_than_days nor within_days".into());
                continue;
            }
            _ => {
                p(&place, "a number of days below 0".into());
                continue;
            }
        };
        let when = match n.when.as_deref().map(|w| (w, Condition::parse(w))) {
            None => None,
            Some((_, Some(c))) => {
                check_condition(&mut p, &place, &c);
                Some(c)
            }
            Some((w, None)) => {
                p(&place, format!("when {w:?} is not a condition (field = value)"));
                None
            }
        };
        notices.push(Notice { field: n.field.clone(), age, when, key: n.key.clone() });
    }

    // Every place of the contract's payload is written.
    let written: BTreeSet<&str> =
        fields.iter().filter_map(|f| f.path.as_deref()).chain(null_unless.iter().map(|n| n.path.as_str())).collect();
    for path in &contract {
        let is_object = contract.iter().any(|other| other.starts_with(&format!("{path}.")));
        if !is_object && !written.contains(path) {
            p("", format!("the contract's {} payload has {path:?}: no field writes it", file.kind));
        }
    }

    let spec = FormSpec {
        id: file.id.clone(),
        kind: file.kind.clone(),
        steps,
        fields,
        at_least_one,
        null_unless,
        notices,
        constants: Vec::<(String, Value)>::new(),
    };
    Some(Form {
        spec,
        title: file.title,
        texts: file.texts,
        confirm: file.confirm,
        step_titles,
        step_hints,
        notes,
        views,
    })
}
