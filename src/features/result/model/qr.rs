//! QR codes for share links, as SVG path data the UI draws itself.
//!
//! The UI renders
//! `<svg viewBox="0 0 {size} {size}" role="img" aria-label="共有リンクのQRコード"><rect width="100%"
//! height="100%" fill="#fff"/><path d="{path}" fill="#000"/></svg>` and sets `shape-rendering:
//! crispEdges`; the white rectangle keeps the code readable on a dark background or in print.

use qrcodegen::{QrCode, QrCodeEcc};

/// Light modules around the symbol, as the QR specification requires.
pub const QUIET_ZONE: usize = 4;

/// A QR code of `text`: its size in modules **including** a [`QUIET_ZONE`] of 4 on every side
/// (use it for the SVG `viewBox`), and SVG path data that draws every dark module with the
/// symbol's top-left corner at (4, 4).
///
/// Each horizontal run of dark modules is one subpath `M{x} {y}h{n}v1h-{n}z` (a rectangle `n`
/// modules wide and 1 high). Error correction Medium (raised automatically when it costs no
/// size), falling back to Low for long text; `None` when the text does not fit even then
/// (more than 2953 bytes of binary data) or is empty.
///
/// ```
/// use jishin_shindan::features::result::model::qr::qr_svg_path;
/// let (size, path) = qr_svg_path("HELLO WORLD").unwrap();
/// assert_eq!(size, 21 + 8); // version 1 is 21 modules wide
/// assert!(path.starts_with("M4 4h7v1h-7z")); // the top row of the top-left finder pattern
/// ```
pub fn qr_svg_path(text: &str) -> Option<(usize, String)> {
    if text.is_empty() {
        return None;
    }
    let code = QrCode::encode_text(text, QrCodeEcc::Medium)
        .or_else(|_| QrCode::encode_text(text, QrCodeEcc::Low))
        .ok()?;
    let n = code.size();
    let quiet = QUIET_ZONE as i32;
    let mut path = String::new();
    for y in 0..n {
        let mut x = 0;
        while x < n {
            if !code.get_module(x, y) {
                x += 1;
                continue;
            }
            let start = x;
            while x < n && code.get_module(x, y) {
                x += 1;
            }
            let run = x - start;
            path.push_str(&format!("M{} {}h{run}v1h-{run}z", start + quiet, y + quiet));
        }
    }
    let size = usize::try_from(n).ok()? + 2 * QUIET_ZONE;
    Some((size, path))
}
