//! The on-screen keyboard: it edits the typed fields of the visit (the open form's, the
//! follow-up's, the search), whichever has the focus.

use slint::{ComponentHandle, ModelRc, SharedString, VecModel};

use cc_core::form::FieldType;
use cc_core::keyboard::{KeyboardState, Layout};

use super::{Kbd, KeyCap, KeyRow, Kiosk, Tr};

/// The field id of the search.
pub(super) const SEARCH: &str = "search";

impl Kiosk {
    pub(super) fn wire_keyboard(&self) {
        let kb = self.window.global::<Kbd>();
        let k = self.weak();
        kb.on_open(move |field, label, kind| {
            k.with(|k| {
                let layout = match kind.as_str() {
                    "email" => Layout::Email,
                    "numeric" => Layout::Numeric,
                    _ => Layout::Text,
                };
                let lang = k.window.global::<Tr>().get_lang();
                let kb = k.window.global::<Kbd>();
                let same = kb.get_shown() && kb.get_field() == field;
                if !same {
                    k.state.borrow_mut().visit.keyboard = Some(KeyboardState::new(layout, &lang));
                }
                kb.set_field(field.clone());
                kb.set_field_label(label);
                kb.set_multiline(k.form_multiline(&field));
                kb.set_shown(true);
                k.refresh_keyboard();
            })
        });
        let k = self.weak();
        kb.on_press(move |row, col| k.with(|k| k.press_key(row as usize, col as usize)));
        let k = self.weak();
        kb.on_hide(move || k.with(|k| k.hide_keyboard()));
        let k = self.weak();
        kb.on_field_edited(move |field| {
            k.with(|k| {
                let kb = k.window.global::<Kbd>();
                if kb.get_shown() && kb.get_field() == field {
                    kb.set_preview(k.field_value(&field));
                }
            })
        });
    }

    pub(super) fn refresh_keyboard(&self) {
        let kb = self.window.global::<Kbd>();
        let rows = match &self.state.borrow().visit.keyboard {
            Some(state) => state.rows(),
            None => vec![],
        };
        let rows: Vec<KeyRow> = rows
            .into_iter()
            .map(|row| KeyRow {
                keys: ModelRc::new(VecModel::from(
                    row.into_iter()
                        .map(|key| KeyCap {
                            label: key.label.into(),
                            label_key: key.label_key.unwrap_or("").into(),
                            width: key.width as i32,
                            active: key.active,
                        })
                        .collect::<Vec<_>>(),
                )),
            })
            .collect();
        kb.set_rows(ModelRc::new(VecModel::from(rows)));
        let field = kb.get_field();
        kb.set_preview(self.field_value(&field));
        kb.set_error(self.field_error(&field));
    }

    pub(super) fn press_key(&self, row: usize, col: usize) {
        let edit = {
            let mut st = self.state.borrow_mut();
            let Some(state) = st.visit.keyboard.as_mut() else { return };
            let Some(action) = state.rows().get(row).and_then(|r| r.get(col)).map(|k| k.action.clone()) else { return };
            state.press(&action)
        };
        let field = self.window.global::<Kbd>().get_field().to_string();
        match edit {
            Some(cc_core::keyboard::Edit::Insert(s)) => {
                let mut v = self.field_value(&field).to_string();
                v.push_str(&s);
                self.set_field_value(&field, &v);
            }
            Some(cc_core::keyboard::Edit::Backspace) => {
                let mut v = self.field_value(&field).to_string();
                v.pop();
                self.set_field_value(&field, &v);
            }
            Some(cc_core::keyboard::Edit::Done) | Some(cc_core::keyboard::Edit::Hide) => {
                self.hide_keyboard();
                return;
            }
            None => {}
        }
        self.refresh_keyboard();
    }

    /// The text of any typed field, by id (the search's, the follow-up's, the open form's),
    /// from the visit.
    pub(super) fn field_value(&self, id: &str) -> SharedString {
        if id == SEARCH {
            return self.state.borrow().visit.search.as_str().into();
        }
        if let Some(v) = self.staff_field(id) {
            return v.into();
        }
        match self.state.borrow().visit.follow_up.get(id) {
            Some(v) => v.into(),
            None => self.form_value(id).unwrap_or_default(),
        }
    }

    /// Changes a typed field of the visit, and what shows it.
    pub(super) fn set_field_value(&self, id: &str, value: &str) {
        if id == SEARCH {
            self.set_search(value);
        } else if !self.set_staff_field(id, value) && !self.follow_up_set(id, value) {
            self.form_set_value(id, value);
        }
    }

    fn field_error(&self, id: &str) -> SharedString {
        match self.state.borrow().visit.follow_up.error(id) {
            Some(v) => v.into(),
            None => self.form_error(id).unwrap_or_default(),
        }
    }

    /// Whether a field takes several lines (the keyboard's preview then wraps).
    fn form_multiline(&self, id: &str) -> bool {
        let st = self.state.borrow();
        let Some(s) = st.visit.form.as_ref() else { return false };
        st.content
            .form(&s.id)
            .and_then(|def| def.spec.field(id))
            .is_some_and(|f| matches!(f.ty, FieldType::LongText | FieldType::PostalAddress))
    }

    /// Closes the on-screen keyboard and forgets its state.
    pub(super) fn hide_keyboard(&self) {
        self.state.borrow_mut().visit.keyboard = None;
        self.show_keyboard_state();
    }

    /// Shows the keyboard of the visit: none when it has none.
    pub(super) fn show_keyboard_state(&self) {
        if self.state.borrow().visit.keyboard.is_some() {
            self.refresh_keyboard();
            return;
        }
        let kb = self.window.global::<Kbd>();
        kb.set_shown(false);
        kb.set_field(SharedString::new());
        kb.set_preview(SharedString::new());
        kb.set_error(SharedString::new());
        kb.set_rows(ModelRc::default());
    }
}
