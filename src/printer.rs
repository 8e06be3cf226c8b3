//! The receipt printer (optional): an 80 mm thermal printer speaking ESC/POS, reached either
//! as a device file (`/dev/usb/lp0`, the kernel's `usblp` driver) or as a raw CUPS queue
//! (`lp -d QUEUE -o raw`).
//!
//! [`encode`] turns a receipt into the printer's byte stream and is pure (tests check the
//! bytes); [`Printer::print`] sends it and says plainly what went wrong. Text goes out in code
//! page 858 (Latin-1 letters of French, Dutch and German, and the euro sign), selected with
//! `ESC t 19`; the QR code is drawn by the printer itself (`GS ( k`, model 2, level M).

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};

/// Where receipts go.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// A device file such as `/dev/usb/lp0` (or any file: the test of the byte stream).
    Device(PathBuf),
    /// A CUPS queue printed raw through `lp`.
    Cups(String),
}

/// `[printer]` of the config.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PrinterConfig {
    pub target: Target,
    /// Characters per line in font A (48 on an 80 mm printer, 32 on 58 mm).
    pub columns: usize,
}

/// What goes on paper: every text already in the visitor's language.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PrintedReceipt {
    pub title: String,
    pub reference_label: String,
    pub reference: String,
    pub code_label: String,
    pub code: String,
    /// The follow-up address, also in the QR code.
    pub url: String,
    pub qr_caption: String,
    pub next_title: String,
    pub next_text: String,
    /// Time frames (may be empty).
    pub times: String,
    /// The date and time of printing, as the visitor's language writes it.
    pub printed_at: String,
}

const ESC: u8 = 0x1b;
const GS: u8 = 0x1d;

/// The printer's byte stream for `r`.
pub fn encode(r: &PrintedReceipt, columns: usize) -> Vec<u8> {
    let columns = columns.clamp(24, 64);
    let mut out = vec![ESC, b'@', ESC, b't', 19];
    let center = |out: &mut Vec<u8>| out.extend([ESC, b'a', 1]);
    let left = |out: &mut Vec<u8>| out.extend([ESC, b'a', 0]);
    let bold = |out: &mut Vec<u8>, on: bool| out.extend([ESC, b'E', on as u8]);
    // Double width and height (GS ! 0x11) or normal.
    let big = |out: &mut Vec<u8>, on: bool| out.extend([GS, b'!', if on { 0x11 } else { 0 }]);
    let text = |out: &mut Vec<u8>, s: &str, width: usize| {
        for line in wrap(s, width) {
            out.extend(cp858(&line));
            out.push(b'\n');
        }
    };

    center(&mut out);
    bold(&mut out, true);
    text(&mut out, &r.title, columns);
    bold(&mut out, false);
    out.push(b'\n');
    for (label, value) in [(&r.reference_label, &r.reference), (&r.code_label, &r.code)] {
        text(&mut out, label, columns);
        big(&mut out, true);
        bold(&mut out, true);
        text(&mut out, value, columns / 2);
        bold(&mut out, false);
        big(&mut out, false);
        out.push(b'\n');
    }
    if !r.url.is_empty() {
        qr(&mut out, &r.url);
        text(&mut out, &r.qr_caption, columns);
        text(&mut out, &r.url, columns);
        out.push(b'\n');
    }
    left(&mut out);
    bold(&mut out, true);
    text(&mut out, &r.next_title, columns);
    bold(&mut out, false);
    text(&mut out, &r.next_text, columns);
    if !r.times.is_empty() {
        out.push(b'\n');
        text(&mut out, &r.times, columns);
    }
    out.push(b'\n');
    center(&mut out);
    text(&mut out, &r.printed_at, columns);
    // Feed past the cutter, then a partial cut (GS V 66 n).
    out.extend([ESC, b'd', 4, GS, b'V', 66, 0]);
    out
}

/// The QR code as ESC/POS `GS ( k` commands: model 2, module 6 dots, level M, store, print.
fn qr(out: &mut Vec<u8>, data: &str) {
    let fun = |out: &mut Vec<u8>, cn: u8, f: u8, params: &[u8]| {
        // pL pH: the bytes after them (cn, fn and the parameters).
        let len = params.len() + 2;
        out.extend([GS, b'(', b'k', (len & 0xff) as u8, (len >> 8) as u8, cn, f]);
        out.extend(params);
    };
    fun(out, 49, 65, &[50, 0]); // model 2
    fun(out, 49, 67, &[6]); // module size
    fun(out, 49, 69, &[49]); // error correction M
    fun(out, 49, 80, &[&[48u8][..], data.as_bytes()].concat()); // store the data
    fun(out, 49, 81, &[48]); // print
    out.push(b'\n');
}

/// Wraps `s` at word boundaries into lines of at most `width` characters (a longer word is
/// cut). Line breaks in `s` are kept.
pub fn wrap(s: &str, width: usize) -> Vec<String> {
    let width = width.max(1);
    let mut lines = vec![];
    for para in s.split('\n') {
        let mut line = String::new();
        for word in para.split_whitespace() {
            let mut word = word.to_string();
            while word.chars().count() > width {
                if !line.is_empty() {
                    lines.push(std::mem::take(&mut line));
                }
                let head: String = word.chars().take(width).collect();
                word = word.chars().skip(width).collect();
                lines.push(head);
            }
            let needed = line.chars().count() + usize::from(!line.is_empty()) + word.chars().count();
            if needed > width && !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(&word);
        }
        lines.push(line);
    }
    lines
}

/// Code page 858 (850 with the euro sign at 0xD5), bytes 0x80 to 0xFF.
const CP858: [char; 128] = [
    'Ç', 'ü', 'é', 'â', 'ä', 'à', 'å', 'ç', 'ê', 'ë', 'è', 'ï', 'î', 'ì', 'Ä', 'Å', //
    'É', 'æ', 'Æ', 'ô', 'ö', 'ò', 'û', 'ù', 'ÿ', 'Ö', 'Ü', 'ø', '£', 'Ø', '×', 'ƒ', //
    'á', 'í', 'ó', 'ú', 'ñ', 'Ñ', 'ª', 'º', '¿', '®', '¬', '½', '¼', '¡', '«', '»', //
    '░', '▒', '▓', '│', '┤', 'Á', 'Â', 'À', '©', '╣', '║', '╗', '╝', '¢', '¥', '┐', //
    '└', '┴', '┬', '├', '─', '┼', 'ã', 'Ã', '╚', '╔', '╩', '╦', '╠', '═', '╬', '¤', //
    'ð', 'Ð', 'Ê', 'Ë', 'È', '€', 'Í', 'Î', 'Ï', '┘', '┌', '█', '▄', '¦', 'Ì', '▀', //
    'Ó', 'ß', 'Ô', 'Ò', 'õ', 'Õ', 'µ', 'þ', 'Þ', 'Ú', 'Û', 'Ù', 'ý', 'Ý', '¯', '´', //
    '\u{ad}', '±', '‗', '¾', '¶', '§', '÷', '¸', '°', '¨', '·', '¹', '³', '²', '■', '\u{a0}',
];

/// Encodes text for the printer in code page 858; typographic quotes, dashes and the ellipsis
/// become their plain forms, anything else unknown a `?`.
pub fn cp858(s: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\u{20}'..='\u{7e}' => out.push(c as u8),
            '’' | '‘' | '\u{2032}' => out.push(b'\''),
            '“' | '”' | '„' => out.push(b'"'),
            '–' | '—' | '\u{2011}' => out.push(b'-'),
            '…' => out.extend(b"..."),
            '\u{202f}' | '\u{2009}' => out.push(b' '),
            _ => match CP858.iter().position(|&x| x == c) {
                Some(i) => out.push(0x80 + i as u8),
                None => out.push(b'?'),
            },
        }
    }
    out
}

/// Why a receipt was not printed (for the log; the visitor is told plainly that the printer is
/// not working, and the submission is already safe).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PrintError {
    #[error("the printer is not connected ({0})")]
    Missing(String),
    #[error("the printer did not take the receipt ({0})")]
    Failed(String),
}

pub struct Printer {
    pub config: PrinterConfig,
}

impl Printer {
    /// Sends the receipt. A device is opened without blocking, so a printer that is off or out
    /// of paper (its buffer full) fails at once instead of freezing the screen.
    pub fn print(&self, r: &PrintedReceipt) -> Result<(), PrintError> {
        let bytes = encode(r, self.config.columns);
        match &self.config.target {
            Target::Device(path) => {
                use std::os::unix::fs::OpenOptionsExt;
                let mut f = std::fs::OpenOptions::new()
                    .append(true)
                    .custom_flags(libc::O_NONBLOCK)
                    .open(path)
                    .map_err(|e| PrintError::Missing(format!("{}: {e}", path.display())))?;
                f.write_all(&bytes).map_err(|e| PrintError::Failed(format!("{}: {e}", path.display())))?;
                Ok(())
            }
            Target::Cups(queue) => {
                let mut child = Command::new("lp")
                    .args(["-s", "-d", queue, "-o", "raw"])
                    .stdin(Stdio::piped())
                    .stdout(Stdio::null())
                    .stderr(Stdio::null())
                    .spawn()
                    .map_err(|e| PrintError::Missing(format!("lp: {e}")))?;
                if let Some(mut stdin) = child.stdin.take() {
                    stdin.write_all(&bytes).map_err(|e| PrintError::Failed(format!("lp: {e}")))?;
                }
                // `lp -s` hands the job to CUPS and returns at once; it is waited for at most
                // two seconds, so that a stuck spooler never freezes the screen.
                let deadline = std::time::Instant::now() + std::time::Duration::from_secs(2);
                loop {
                    match child.try_wait() {
                        Ok(Some(status)) if status.success() => return Ok(()),
                        Ok(Some(status)) => return Err(PrintError::Failed(format!("lp: {status}"))),
                        Ok(None) if std::time::Instant::now() < deadline => {
                            std::thread::sleep(std::time::Duration::from_millis(20))
                        }
                        Ok(None) => {
                            let _ = child.kill();
                            let _ = child.wait();
                            return Err(PrintError::Failed("lp did not answer within 2 s".into()));
                        }
                        Err(e) => return Err(PrintError::Failed(format!("lp: {e}"))),
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_at_words_and_cuts_long_words() {
        assert_eq!(
            wrap("Votre signalement a bien été enregistré.", 16),
            ["Votre", "signalement a", "bien été", "enregistré."]
        );
        assert_eq!(wrap("abcdefghij", 4), ["abcd", "efgh", "ij"]);
        assert_eq!(wrap("a\nb", 10), ["a", "b"]);
    }

    #[test]
    fn code_page_858_has_the_letters_of_the_four_languages() {
        assert_eq!(
            cp858("é è à ç ë ï ô û ü ö ä ß € É Ä Ö Ü"),
            [
                0x82, b' ', 0x8a, b' ', 0x85, b' ', 0x87, b' ', 0x89, b' ', 0x8b, b' ', 0x93, b' ', 0x96, b' ', 0x81,
                b' ', 0x94, b' ', 0x84, b' ', 0xe1, b' ', 0xd5, b' ', 0x90, b' ', 0x8e, b' ', 0x99, b' ', 0x9a
            ]
        );
        assert_eq!(cp858("l’été – «oui»…"), b"l'\x82t\x82 - \xaeoui\xaf...");
        assert_eq!(cp858("☎"), b"?");
    }
}
