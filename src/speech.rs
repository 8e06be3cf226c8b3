//! Speech output: what the kiosk says in audio mode goes to a [`Speaker`].
//!
//! The engine is eSpeak NG (`espeak-ng`, a Debian package): offline, small (about 2 MiB with its
//! voices), with French, Dutch, German and English voices, and its own audio output through
//! pcaudiolib to the system's default sound device (PulseAudio/PipeWire if running, else ALSA's
//! `default`, which the deployment docs point at the headphone jack). It runs as a child process,
//! one utterance at a time, so that "stop" is a kill and a hung engine never blocks the UI. Tests
//! use [`Recorder`], which keeps what would have been said.

use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc;
use std::sync::{Arc, Mutex};

/// One piece of speech in one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Utterance {
    /// A kiosk locale (`fr-BE`, `nl-BE`, `de-BE`, `en`).
    pub lang: String,
    pub text: String,
}

impl Utterance {
    pub fn new(lang: &str, text: impl Into<String>) -> Utterance {
        Utterance { lang: lang.to_string(), text: text.into() }
    }
}

/// Where speech goes. `say` replaces whatever was being said.
pub trait Speaker {
    fn say(&self, utterances: Vec<Utterance>);
    fn stop(&self);
    /// A short tone (the inactivity warning), heard whether speech is on or not.
    fn beep(&self) {}
}

/// A 0.3 s tone at 880 Hz, 16-bit mono PCM at 22 050 Hz, as a WAV file, faded in and out.
pub fn beep_wav() -> Vec<u8> {
    let rate = 22_050u32;
    let n = rate * 3 / 10;
    let mut data = Vec::with_capacity(n as usize * 2);
    for i in 0..n {
        let t = i as f64 / rate as f64;
        let fade = (i.min(n - i) as f64 / (rate as f64 * 0.02)).min(1.0);
        let v = (t * 880.0 * std::f64::consts::TAU).sin() * fade * 0.5;
        data.extend(((v * i16::MAX as f64) as i16).to_le_bytes());
    }
    let mut w = b"RIFF".to_vec();
    w.extend((36 + data.len() as u32).to_le_bytes());
    w.extend(b"WAVEfmt ");
    w.extend(16u32.to_le_bytes());
    w.extend([1, 0, 1, 0]);
    w.extend(rate.to_le_bytes());
    w.extend((rate * 2).to_le_bytes());
    w.extend([2, 0, 16, 0]);
    w.extend(b"data");
    w.extend((data.len() as u32).to_le_bytes());
    w.extend(data);
    w
}

/// The eSpeak NG voice of a kiosk locale.
pub fn voice(lang: &str) -> &'static str {
    match lang {
        "fr-BE" => "fr-be",
        "nl-BE" => "nl",
        "de-BE" => "de",
        _ => "en-gb",
    }
}

/// Speaks with the `espeak-ng` program on a thread of its own.
pub struct Espeak {
    tx: mpsc::Sender<(u64, Vec<Utterance>)>,
    current: Arc<Mutex<Option<Child>>>,
    /// The newest request: an older one stops at its next utterance.
    latest: Arc<AtomicU64>,
}

impl Espeak {
    /// `program`: the engine's command (`espeak-ng`); `rate`: words per minute.
    pub fn new(program: String, rate: u32) -> Espeak {
        let (tx, rx) = mpsc::channel::<(u64, Vec<Utterance>)>();
        let current: Arc<Mutex<Option<Child>>> = Arc::default();
        let latest = Arc::new(AtomicU64::new(0));
        let (slot, newest) = (current.clone(), latest.clone());
        let _ = std::thread::Builder::new().name("speech".into()).spawn(move || {
            let mut warned = false;
            while let Ok((id, utterances)) = rx.recv() {
                for u in utterances {
                    if newest.load(Ordering::SeqCst) != id {
                        break;
                    }
                    let spawned = Command::new(&program)
                        .args(["-v", voice(&u.lang), "-s", &rate.to_string(), "--", &u.text])
                        .stdin(Stdio::null())
                        .stdout(Stdio::null())
                        .stderr(Stdio::null())
                        .spawn();
                    let child = match spawned {
                        Ok(child) => child,
                        Err(e) => {
                            if !warned {
                                log::warn!("speech: cannot start {program}: {e}");
                                warned = true;
                            }
                            break;
                        }
                    };
                    *slot.lock().unwrap_or_else(|e| e.into_inner()) = Some(child);
                    // Wait for the end of the utterance, or for `stop` to take the child.
                    loop {
                        let mut guard = slot.lock().unwrap_or_else(|e| e.into_inner());
                        let done = match guard.as_mut() {
                            None => true,
                            Some(c) => !matches!(c.try_wait(), Ok(None)),
                        };
                        if done {
                            *guard = None;
                            break;
                        }
                        drop(guard);
                        std::thread::sleep(std::time::Duration::from_millis(20));
                    }
                }
            }
        });
        Espeak { tx, current, latest }
    }

    fn kill_current(&self) {
        if let Some(mut c) = self.current.lock().unwrap_or_else(|e| e.into_inner()).take() {
            let _ = c.kill();
            let _ = c.wait();
        }
    }
}

impl Speaker for Espeak {
    fn say(&self, utterances: Vec<Utterance>) {
        let id = self.latest.fetch_add(1, Ordering::SeqCst) + 1;
        self.kill_current();
        let _ = self.tx.send((id, utterances));
    }

    fn stop(&self) {
        self.latest.fetch_add(1, Ordering::SeqCst);
        self.kill_current();
    }

    /// Played with `aplay` (alsa-utils) from a thread; where it is missing, nothing is heard
    /// and the log says so once.
    fn beep(&self) {
        let _ = std::thread::Builder::new().name("beep".into()).spawn(|| {
            static WARNED: std::sync::Once = std::sync::Once::new();
            let child = Command::new("aplay")
                .args(["-q", "-"])
                .stdin(Stdio::piped())
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn();
            match child {
                Ok(mut c) => {
                    if let Some(mut stdin) = c.stdin.take() {
                        use std::io::Write;
                        let _ = stdin.write_all(&beep_wav());
                    }
                    let _ = c.wait();
                }
                Err(e) => WARNED.call_once(|| log::warn!("beep: cannot start aplay: {e}")),
            }
        });
    }
}

/// Keeps what would have been said (tests, and the kiosk without a speech engine).
#[derive(Clone, Default)]
pub struct Recorder {
    log: Arc<Mutex<Vec<Event>>>,
}

/// What a [`Recorder`] saw.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    Say(Vec<Utterance>),
    Stop,
    Beep,
}

impl Recorder {
    /// Everything since the last `take`.
    pub fn take(&self) -> Vec<Event> {
        std::mem::take(&mut *self.log.lock().unwrap_or_else(|e| e.into_inner()))
    }

    /// The text of everything said since the last `take`, one string per utterance.
    pub fn take_texts(&self) -> Vec<Utterance> {
        self.take()
            .into_iter()
            .flat_map(|e| match e {
                Event::Say(u) => u,
                Event::Stop | Event::Beep => vec![],
            })
            .collect()
    }
}

impl Speaker for Recorder {
    fn say(&self, utterances: Vec<Utterance>) {
        self.log.lock().unwrap_or_else(|e| e.into_inner()).push(Event::Say(utterances));
    }
    fn stop(&self) {
        self.log.lock().unwrap_or_else(|e| e.into_inner()).push(Event::Stop);
    }
    fn beep(&self) {
        self.log.lock().unwrap_or_else(|e| e.into_inner()).push(Event::Beep);
    }
}

/// Synthesises `text` to WAV bytes with `program` (`espeak-ng -w`), for the synthesis test and
/// `cc-kiosk speak`. Err when the engine is missing or fails.
pub fn synthesize_wav(program: &str, lang: &str, text: &str, out: &std::path::Path) -> Result<(), String> {
    let status = Command::new(program)
        .args(["-v", voice(lang), "-w"])
        .arg(out)
        .args(["--", text])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .output()
        .map_err(|e| format!("cannot start {program}: {e}"))?;
    if !status.status.success() {
        return Err(format!("{program} failed: {}", String::from_utf8_lossy(&status.stderr).trim()));
    }
    Ok(())
}

/// The duration of a PCM WAV file in seconds (RIFF header: byte rate and data size).
pub fn wav_seconds(bytes: &[u8]) -> Option<f64> {
    if bytes.len() < 44 || &bytes[0..4] != b"RIFF" || &bytes[8..12] != b"WAVE" {
        return None;
    }
    let mut pos = 12;
    let mut byte_rate = None;
    while pos + 8 <= bytes.len() {
        let id = &bytes[pos..pos + 4];
        let size = u32::from_le_bytes(bytes[pos + 4..pos + 8].try_into().ok()?) as usize;
        let body = pos + 8;
        if id == b"fmt " && body + 12 <= bytes.len() {
            byte_rate = Some(u32::from_le_bytes(bytes[body + 8..body + 12].try_into().ok()?));
        }
        if id == b"data" {
            // eSpeak NG writing to a file it cannot seek may leave the size at 0x7fffffff.
            let size = size.min(bytes.len() - body);
            return byte_rate.filter(|r| *r > 0).map(|r| size as f64 / r as f64);
        }
        pos = body + size + (size & 1);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wav_length_from_its_header() {
        let mut w = b"RIFF\0\0\0\0WAVEfmt ".to_vec();
        w.extend(16u32.to_le_bytes());
        w.extend([1, 0, 1, 0]); // PCM, mono
        w.extend(22050u32.to_le_bytes());
        w.extend(44100u32.to_le_bytes()); // byte rate
        w.extend([2, 0, 16, 0]);
        w.extend(b"data");
        w.extend(88200u32.to_le_bytes());
        w.extend(vec![0u8; 88200]);
        assert_eq!(wav_seconds(&w), Some(2.0));
        assert_eq!(wav_seconds(b"not a wav file at all, not at all, no no no no no"), None);
        let beep = beep_wav();
        assert!((wav_seconds(&beep).unwrap() - 0.3).abs() < 0.001);
    }

    #[test]
    fn every_locale_has_a_voice() {
        assert_eq!(voice("fr-BE"), "fr-be");
        assert_eq!(voice("nl-BE"), "nl");
        assert_eq!(voice("de-BE"), "de");
        assert_eq!(voice("en"), "en-gb");
    }
}
