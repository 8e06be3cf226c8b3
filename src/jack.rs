//! The headphone jack: plugging headphones in turns speech on, as on a talking cash machine.
//!
//! Linux reports the jack of most sound cards (HDA codecs, many USB and SoC codecs) as an input
//! device with the switch `SW_HEADPHONE_INSERT`; its state is read with the `EVIOCGSW` ioctl,
//! which needs read access to `/dev/input/event*` (the kiosk user in the `input` group). Where
//! no device has that switch (HDMI or USB audio without jack sensing), the hardware does not
//! tell, and speech is turned on with the audio control only.

use std::path::{Path, PathBuf};

/// Says whether headphones are plugged in; `None` when it cannot tell (no jack sensing).
pub trait Jack {
    fn plugged(&mut self) -> Option<bool>;
}

/// `EV_SW`, the event type of switches (linux/input-event-codes.h).
const EV_SW: u32 = 0x05;
/// `SW_HEADPHONE_INSERT` (linux/input-event-codes.h).
pub const SW_HEADPHONE_INSERT: usize = 0x02;
/// Bytes of a switch bit mask (`SW_MAX` is 0x10; room to spare).
const SW_BYTES: usize = 8;

/// `_IOC(_IOC_READ, 'E', nr, len)` (asm-generic/ioctl.h).
const fn ioc_read(nr: u32, len: usize) -> u64 {
    (2u64 << 30) | ((len as u64) << 16) | ((b'E' as u64) << 8) | nr as u64
}

/// `EVIOCGBIT(EV_SW, len)`: which switches a device has.
const EVIOCGBIT_SW: u64 = ioc_read(0x20 + EV_SW, SW_BYTES);
/// `EVIOCGSW(len)`: the state of a device's switches.
const EVIOCGSW: u64 = ioc_read(0x1b, SW_BYTES);

/// Whether bit `bit` is set in a kernel bit mask (bytes in the order the kernel fills them, on
/// a little-endian machine: bit n is bit n % 8 of byte n / 8).
pub fn bit_set(mask: &[u8], bit: usize) -> bool {
    mask.get(bit / 8).is_some_and(|b| b & (1 << (bit % 8)) != 0)
}

/// Reads a switch bit mask of the device at `path` with `request`; Err if it is not an input
/// device (or cannot be read).
fn read_mask(path: &Path, request: u64) -> std::io::Result<[u8; SW_BYTES]> {
    use std::os::fd::AsRawFd;
    use std::os::unix::fs::OpenOptionsExt;
    let file = std::fs::OpenOptions::new().read(true).custom_flags(libc::O_NONBLOCK).open(path)?;
    let mut mask = [0u8; SW_BYTES];
    // SAFETY: the request reads at most SW_BYTES bytes (its size field) into `mask`, which is
    // SW_BYTES long and lives across the call; the descriptor is open.
    let r = unsafe { libc::ioctl(file.as_raw_fd(), request as _, mask.as_mut_ptr()) };
    if r < 0 {
        return Err(std::io::Error::last_os_error());
    }
    Ok(mask)
}

/// The jack switch of the kernel's input devices.
pub struct Evdev {
    /// Where to look for devices (`/dev/input`); None for a configured device, which is never
    /// replaced by a search.
    dir: Option<PathBuf>,
    /// The device with the switch, once found (or as configured).
    device: Option<PathBuf>,
    /// Polls since the last search, so that a machine without a jack is searched again now
    /// and then (a USB sound card plugged in later), not at every poll.
    since_search: u32,
}

/// Polls between two searches of `/dev/input` while no jack is known.
const SEARCH_EVERY: u32 = 60;

impl Evdev {
    /// Searches `dir` (normally `/dev/input`) for a device with a headphone switch.
    pub fn search(dir: impl Into<PathBuf>) -> Evdev {
        let dir = dir.into();
        let device = find(&dir);
        match &device {
            Some(d) => log::info!("headphone jack: {}", d.display()),
            None => log::info!("headphone jack: no input device with a headphone switch in {}", dir.display()),
        }
        Evdev { dir: Some(dir), device, since_search: 0 }
    }

    /// The switch of one device (`[speech] headphone_jack = "/dev/input/eventN"`).
    pub fn device(path: impl Into<PathBuf>) -> Evdev {
        Evdev { dir: None, device: Some(path.into()), since_search: 0 }
    }
}

/// The first `eventN` device of `dir` that has a headphone switch.
fn find(dir: &Path) -> Option<PathBuf> {
    let mut names: Vec<PathBuf> = std::fs::read_dir(dir)
        .ok()?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with("event")))
        .collect();
    names.sort();
    names.into_iter().find(|p| read_mask(p, EVIOCGBIT_SW).is_ok_and(|m| bit_set(&m, SW_HEADPHONE_INSERT)))
}

impl Jack for Evdev {
    fn plugged(&mut self) -> Option<bool> {
        if self.device.is_none()
            && let Some(dir) = &self.dir
        {
            self.since_search += 1;
            if self.since_search >= SEARCH_EVERY {
                self.since_search = 0;
                self.device = find(dir);
            }
        }
        let device = self.device.as_ref()?;
        match read_mask(device, EVIOCGSW) {
            Ok(state) => Some(bit_set(&state, SW_HEADPHONE_INSERT)),
            Err(_) => {
                // The device went away (a USB card unplugged): search again later.
                if self.dir.is_some() {
                    self.device = None;
                }
                None
            }
        }
    }
}

/// A jack whose state a test sets.
#[derive(Clone, Default)]
pub struct FakeJack(pub std::rc::Rc<std::cell::Cell<Option<bool>>>);

impl Jack for FakeJack {
    fn plugged(&mut self) -> Option<bool> {
        self.0.get()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_ioctl_numbers_are_the_kernels() {
        // As computed by the C macros on x86_64 and aarch64 Linux.
        assert_eq!(EVIOCGSW, 0x8008_451b);
        assert_eq!(EVIOCGBIT_SW, 0x8008_4525);
    }

    #[test]
    fn switch_bits() {
        // SW_HEADPHONE_INSERT (2) and SW_LINEOUT_INSERT (6) set.
        let mask = [0b0100_0100u8, 0, 0];
        assert!(bit_set(&mask, SW_HEADPHONE_INSERT));
        assert!(bit_set(&mask, 6));
        assert!(!bit_set(&mask, 4));
        assert!(!bit_set(&mask, 200));
    }

    #[test]
    fn files_that_are_not_input_devices_are_no_jack() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("event0"), b"not a device").unwrap();
        std::fs::write(dir.path().join("mouse0"), b"").unwrap();
        let mut j = Evdev::search(dir.path());
        assert_eq!(j.plugged(), None);
        let mut missing = Evdev::search(dir.path().join("nowhere"));
        assert_eq!(missing.plugged(), None);
        let mut fixed = Evdev::device(dir.path().join("event0"));
        assert_eq!(fixed.plugged(), None);
    }
}
