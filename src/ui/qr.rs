//! The receipt's QR code as a Slint image.

use qrcode::{Color, EcLevel, QrCode};
use slint::{Image, Rgb8Pixel, SharedPixelBuffer};

/// Pixels per module; the UI scales the image (pixelated) to its box.
const SCALE: usize = 8;
/// The quiet zone around the code, in modules (the standard asks for 4).
const QUIET: usize = 4;

/// A black-on-white QR code of `text`, or an empty image if it is too long to encode.
pub fn image(text: &str) -> Image {
    let Ok(code) = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M) else {
        return Image::default();
    };
    let modules = code.width();
    let colors = code.to_colors();
    let side = (modules + 2 * QUIET) * SCALE;
    let mut buffer = SharedPixelBuffer::<Rgb8Pixel>::new(side as u32, side as u32);
    let pixels = buffer.make_mut_slice();
    for (i, px) in pixels.iter_mut().enumerate() {
        let (x, y) = ((i % side) / SCALE, (i / side) / SCALE);
        let dark = x >= QUIET
            && y >= QUIET
            && x < modules + QUIET
            && y < modules + QUIET
            && colors[(y - QUIET) * modules + (x - QUIET)] == Color::Dark;
        let v = if dark { 0 } else { 255 };
        *px = Rgb8Pixel { r: v, g: v, b: v };
    }
    Image::from_rgb8(buffer)
}
