//! No way out for a visitor (issue 12): the keys and gestures that close, hide or switch away
//! from an application elsewhere do nothing harmful to the fullscreen kiosk. (What a window
//! manager does with Super+D or Ctrl+Alt+arrows is outside the window: the shipped session has
//! no window manager to do it.)

mod common;

use common::Harness;
use i_slint_backend_testing::mock_elapsed_time;
use slint::platform::{Key, PointerEventButton, WindowEvent};
use slint::{ComponentHandle, SharedString};

use cc_kiosk::ui::{Nav, Page};

/// Presses the keys in order and releases them in reverse, as a hand does a chord.
fn chord(h: &Harness, keys: &[SharedString]) {
    let w = h.kiosk.window.window();
    for k in keys {
        w.dispatch_event(WindowEvent::KeyPressed { text: k.clone() });
    }
    for k in keys.iter().rev() {
        w.dispatch_event(WindowEvent::KeyReleased { text: k.clone() });
    }
    h.settle();
}

fn key(k: Key) -> SharedString {
    k.into()
}

#[test]
fn escape_chords_close_requests_and_gestures_leave_the_visitor_where_they_are() {
    let mut h = Harness::new();
    h.kiosk.lock_down();
    assert!(h.kiosk.window.window().is_fullscreen());
    h.kiosk.window.show().unwrap();
    h.choose_language("de-BE");
    h.tap_key("home-report");
    h.tap_key("theme-energy");
    h.tap_key("report-next");
    h.type_into("field-company-name", "Kanarie GmbH");
    let page = || h.kiosk.window.global::<Nav>().get_page();
    let chords: Vec<(&str, Vec<SharedString>)> = vec![
        ("Alt+F4", vec![key(Key::Alt), key(Key::F4)]),
        ("Ctrl+Q", vec![key(Key::Control), "q".into()]),
        ("Ctrl+W", vec![key(Key::Control), "w".into()]),
        ("Alt+Tab", vec![key(Key::Alt), key(Key::Tab)]),
        ("F11", vec![key(Key::F11)]),
        ("Super+D", vec![key(Key::Meta), "d".into()]),
        ("Ctrl+Alt+Right", vec![key(Key::Control), key(Key::Alt), key(Key::RightArrow)]),
        ("Ctrl+Alt+Left", vec![key(Key::Control), key(Key::Alt), key(Key::LeftArrow)]),
        ("Ctrl+Alt+Delete", vec![key(Key::Control), key(Key::Alt), key(Key::Delete)]),
        ("Alt+F2", vec![key(Key::Alt), key(Key::F2)]),
    ];
    for (name, keys) in &chords {
        chord(&h, keys);
        assert!(h.kiosk.window.window().is_visible(), "{name}: the window stays");
        assert!(h.kiosk.window.window().is_fullscreen(), "{name}: fullscreen");
        assert_eq!(page(), Page::Form, "{name}: the visitor stays on the form");
        assert_eq!(h.step(), 1, "{name}");
        assert_eq!(h.value_of("field-company-name"), "Kanarie GmbH", "{name}: nothing typed is lost");
    }
    // The window manager's close (what Alt+F4 becomes under a desktop): refused.
    h.kiosk.window.window().dispatch_event(WindowEvent::CloseRequested);
    h.settle();
    assert!(h.kiosk.window.window().is_visible(), "a close request keeps the window");
    assert_eq!(page(), Page::Form);
    // A right click, and a long press (5 s) on the form's title: nothing.
    let title = h.find(&h.t("report-company-title")).into_iter().next().expect("the step's title");
    let at = title.absolute_position();
    let at = slint::LogicalPosition::new(at.x + 10.0, at.y + 10.0);
    let w = h.kiosk.window.window();
    for button in [PointerEventButton::Right, PointerEventButton::Left] {
        w.dispatch_event(WindowEvent::PointerPressed { position: at, button });
        mock_elapsed_time(std::time::Duration::from_secs(5));
        w.dispatch_event(WindowEvent::PointerReleased { position: at, button });
        h.settle();
        assert!(w.is_visible());
        assert_eq!(page(), Page::Form, "{button:?} press");
        assert_eq!(h.value_of("field-company-name"), "Kanarie GmbH");
    }
    // Escape is the keypad's "back": it goes back a step, never out of the kiosk.
    for _ in 0..10 {
        chord(&h, &[key(Key::Escape)]);
        assert!(w.is_visible());
    }
    assert!(matches!(page(), Page::Start | Page::Home), "{:?}", page());
}
