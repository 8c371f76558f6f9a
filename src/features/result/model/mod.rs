//! The result's pure parts: the share link's QR code.

pub mod qr;
