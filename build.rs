//! Compiles the Slint UI (with debug info, so that tests can find elements by their accessible
//! labels) and embeds the Fluent files of `i18n/` so that the binary is self-contained.

use std::fmt::Write as _;
use std::path::Path;

mod walk {
    include!("src/content/walk.rs");
}

fn main() {
    let config = slint_build::CompilerConfiguration::new().with_debug_info(true);
    if let Err(e) = slint_build::compile_with_config("ui/app.slint", config) {
        eprintln!("{e}");
        std::process::exit(1);
    }
    embed_i18n();
    embed_content();
}

/// Every file under `kiosk-config/content/` and `assets/icons/themes/`, as
/// (path relative to the project root, bytes), so that the binary is self-contained and its
/// content is checked at start-up exactly as `cc-kiosk content check` checks a folder.
fn embed_content() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut out = String::from(
        "/// (path, bytes) of every content file and theme icon.\npub static FILES: &[(&str, &[u8])] = &[\n",
    );
    for dir in ["kiosk-config/content", "assets/icons/themes"] {
        // A folder: Cargo watches everything in it.
        println!("cargo:rerun-if-changed={}", root.join(dir).display());
        let files = walk::files_under(&root.join(dir));
        for p in files {
            let rel = p.strip_prefix(root).unwrap().to_string_lossy().replace('\\', "/");
            writeln!(out, "    ({rel:?}, include_bytes!({:?})),", p.display().to_string()).unwrap();
        }
    }
    out.push_str("];\n");
    let dest = Path::new(&std::env::var("OUT_DIR").unwrap()).join("content_files.rs");
    std::fs::write(dest, out).expect("cannot write content_files.rs");
}

fn embed_i18n() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("i18n");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut out = String::from(
        "/// (locale, file name, text) of every `i18n/<locale>/*.ftl`.\npub static FILES: &[(&str, &str, &str)] = &[\n",
    );
    for p in walk::files_under(&root) {
        // Only i18n/<locale>/<file>.ftl.
        let (Some(file), Some(locale)) = (p.file_name(), p.parent().filter(|d| d.parent() == Some(&root))) else {
            continue;
        };
        if p.extension().is_some_and(|x| x == "ftl") {
            let locale = locale.file_name().unwrap_or_default().to_string_lossy();
            let path = p.display().to_string();
            writeln!(out, "    ({locale:?}, {:?}, include_str!({path:?})),", file.to_string_lossy()).unwrap();
        }
    }
    out.push_str("];\n");
    let dest = Path::new(&std::env::var("OUT_DIR").unwrap()).join("i18n_files.rs");
    std::fs::write(dest, out).expect("cannot write i18n_files.rs");
}
