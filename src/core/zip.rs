//! The smallest honest zip writer, shared by the publishing page's ZIP (issue 31) and the office
//! files (.xlsx and .docx are zips, issue 34): entries are *stored*, not deflated. Every other
//! field is the release zip's (fflate's, as scripts/release/zip-layout.mjs calls it): version
//! 2.0, the UTF-8 flag on names that are not ASCII, the date 2000-01-01 00:00, made on Unix with
//! mode 644, no extra fields, no comment. So the files and their bytes are the release zip's, but
//! the archive is larger (a deflate writer would add code to chunks whose files are made rarely).
//!
//! ```
//! use jishin_shindan::core::zip::{crc32, zip_stored, ZipEntry};
//! assert_eq!(crc32(b"123456789"), 0xcbf4_3926);
//! let zip = zip_stored(&[ZipEntry { path: "a.txt".into(), bytes: b"hi".to_vec() }]).unwrap();
//! assert_eq!(&zip[..4], b"PK\x03\x04");
//! assert_eq!(zip.len(), 30 + 5 + 2 + 46 + 5 + 22);
//! ```

/// A file to put in a zip.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ZipEntry {
    /// Its path in the zip (`/` between folders).
    pub path: String,
    /// Its content.
    pub bytes: Vec<u8>,
}

/// Why a zip could not be written: it would need ZIP64 (4 GB, 65,535 entries, a 64 KB name).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TooLargeForZip;

/// CRC-32 (the zip's and gzip's: polynomial 0xEDB88320, reflected), bit by bit over a 256-entry
/// table built at compile time.
pub fn crc32(bytes: &[u8]) -> u32 {
    !bytes.iter().fold(!0u32, |crc, &b| {
        CRC_TABLE[((crc ^ u32::from(b)) & 0xff) as usize] ^ (crc >> 8)
    })
}

const CRC_TABLE: [u32; 256] = {
    let mut table = [0u32; 256];
    let mut n = 0;
    while n < 256 {
        let mut c = n as u32;
        let mut k = 0;
        while k < 8 {
            c = if c & 1 != 0 {
                0xedb8_8320 ^ (c >> 1)
            } else {
                c >> 1
            };
            k += 1;
        }
        table[n] = c;
        n += 1;
    }
    table
};

/// The zip's date, 2000-01-01 00:00, in MS-DOS form: ((2000 − 1980) << 9) | (1 << 5) | 1.
const DOS_DATE: u16 = (20 << 9) | (1 << 5) | 1;
/// "Version needed" and "made by" 2.0, as fflate writes them.
const VERSION: u8 = 20;
/// Made on Unix: the high byte of "made by".
const MADE_ON_UNIX: u8 = 3;
/// A regular file with mode 644, in the external attributes' high half.
const FILE_MODE: u32 = 0o100644 << 16;
/// The general-purpose flag saying a name is UTF-8 (set, as fflate sets it, on non-ASCII names).
const UTF8_NAME: u16 = 1 << 11;

/// Text files (an office file's XML parts: `(path, text)`, in order) as a stored zip. A few
/// pages or sheets of text are far from the zip's 4 GB and 65,535 files: the impossible case
/// gives no bytes rather than an error every caller would have to carry.
pub fn zip_text(parts: Vec<(String, String)>) -> Vec<u8> {
    let entries: Vec<ZipEntry> = parts
        .into_iter()
        .map(|(path, text)| ZipEntry {
            path,
            bytes: text.into_bytes(),
        })
        .collect();
    zip_stored(&entries).unwrap_or_default()
}

/// The entries, in the given order, as a zip of stored (uncompressed) files; deterministic.
pub fn zip_stored(entries: &[ZipEntry]) -> Result<Vec<u8>, TooLargeForZip> {
    let count = u16::try_from(entries.len()).map_err(|_| TooLargeForZip)?;
    let mut out = Vec::new();
    let mut central = Vec::new();
    for entry in entries {
        let name = entry.path.as_bytes();
        let name_len = u16::try_from(name.len()).map_err(|_| TooLargeForZip)?;
        let size = u32::try_from(entry.bytes.len()).map_err(|_| TooLargeForZip)?;
        let offset = u32::try_from(out.len()).map_err(|_| TooLargeForZip)?;
        let flags = if entry.path.is_ascii() { 0 } else { UTF8_NAME };
        let crc = crc32(&entry.bytes);
        // The fields local and central headers share, from "version needed" to the name's length.
        let mut common = Vec::with_capacity(26);
        common.extend([VERSION, 0]);
        common.extend(flags.to_le_bytes());
        common.extend(0u16.to_le_bytes()); // stored
        common.extend(0u16.to_le_bytes()); // 00:00
        common.extend(DOS_DATE.to_le_bytes());
        common.extend(crc.to_le_bytes());
        common.extend(size.to_le_bytes()); // compressed = uncompressed
        common.extend(size.to_le_bytes());
        common.extend(name_len.to_le_bytes());
        common.extend(0u16.to_le_bytes()); // no extra field

        out.extend(0x0403_4b50u32.to_le_bytes());
        out.extend(&common);
        out.extend(name);
        out.extend(&entry.bytes);

        central.extend(0x0201_4b50u32.to_le_bytes());
        central.extend([VERSION, MADE_ON_UNIX]);
        central.extend(&common);
        central.extend(0u16.to_le_bytes()); // no comment
        central.extend(0u16.to_le_bytes()); // disk 0
        central.extend(0u16.to_le_bytes()); // internal attributes
        central.extend(FILE_MODE.to_le_bytes());
        central.extend(offset.to_le_bytes());
        central.extend(name);
    }
    let central_at = u32::try_from(out.len()).map_err(|_| TooLargeForZip)?;
    let central_len = u32::try_from(central.len()).map_err(|_| TooLargeForZip)?;
    out.extend(central);
    out.extend(0x0605_4b50u32.to_le_bytes());
    out.extend([0, 0, 0, 0]); // this disk, the central directory's disk
    out.extend(count.to_le_bytes());
    out.extend(count.to_le_bytes());
    out.extend(central_len.to_le_bytes());
    out.extend(central_at.to_le_bytes());
    out.extend(0u16.to_le_bytes()); // no comment
    u32::try_from(out.len()).map_err(|_| TooLargeForZip)?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crc32_matches_the_standard_check_values() {
        assert_eq!(crc32(b""), 0);
        assert_eq!(crc32(b"hi"), 0xd893_2aac);
        assert_eq!(crc32(b"123456789"), 0xcbf4_3926);
    }

    #[test]
    fn a_tiny_archive_has_exactly_these_bytes() {
        let zip = zip_stored(&[
            ZipEntry {
                path: "a.txt".into(),
                bytes: b"hi".to_vec(),
            },
            ZipEntry {
                path: "ガ".into(),
                bytes: Vec::new(),
            },
        ])
        .unwrap();
        #[rustfmt::skip]
        let expected: Vec<u8> = [
            // local header of a.txt at 0
            &[0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0, 0, 0, 0, 0, 0x21, 0x28][..],
            &[0xac, 0x2a, 0x93, 0xd8, 2, 0, 0, 0, 2, 0, 0, 0, 5, 0, 0, 0],
            b"a.txt", b"hi",
            // local header of ガ (3 bytes of UTF-8, the UTF-8 flag) at 37
            &[0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0x08, 0, 0, 0, 0, 0x21, 0x28],
            &[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0, 0],
            "ガ".as_bytes(),
            // central directory at 70
            &[0x50, 0x4b, 0x01, 0x02, 20, 3, 20, 0, 0, 0, 0, 0, 0, 0, 0x21, 0x28],
            &[0xac, 0x2a, 0x93, 0xd8, 2, 0, 0, 0, 2, 0, 0, 0, 5, 0, 0, 0],
            &[0, 0, 0, 0, 0, 0, 0, 0, 0xa4, 0x81, 0, 0, 0, 0],
            b"a.txt",
            &[0x50, 0x4b, 0x01, 0x02, 20, 3, 20, 0, 0, 0x08, 0, 0, 0, 0, 0x21, 0x28],
            &[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0, 0],
            &[0, 0, 0, 0, 0, 0, 0, 0, 0xa4, 0x81, 37, 0, 0, 0],
            "ガ".as_bytes(),
            // end of central directory: 2 entries, 100 bytes at 70
            &[0x50, 0x4b, 0x05, 0x06, 0, 0, 0, 0, 2, 0, 2, 0, 100, 0, 0, 0, 70, 0, 0, 0, 0, 0],
        ]
        .concat();
        assert_eq!(zip, expected);
    }

    #[test]
    fn pythons_zipfile_reads_the_archive_back() {
        let entries = [
            ZipEntry {
                path: "jishin-shindan-1.0.0/site/index.html".into(),
                bytes: b"<!DOCTYPE html>\n".to_vec(),
            },
            ZipEntry {
                path: "jishin-shindan-1.0.0/導入ガイド.html".into(),
                bytes: "ガイド".repeat(1000).into_bytes(),
            },
        ];
        let dir = std::env::temp_dir().join(format!("zip-test-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("t.zip");
        std::fs::write(&path, zip_stored(&entries).unwrap()).unwrap();
        let script = "import sys, zipfile\n\
            z = zipfile.ZipFile(sys.argv[1])\n\
            assert z.testzip() is None\n\
            for i in z.infolist():\n\
            \x20   print(i.filename, i.file_size, i.compress_type, i.date_time, oct(i.external_attr >> 16), i.create_system, len(z.read(i)))\n";
        let run = std::process::Command::new("python3")
            .args(["-c", script])
            .arg(&path)
            .output();
        std::fs::remove_dir_all(&dir).unwrap();
        let Ok(run) = run else {
            eprintln!("python3 is not installed: the zip was not read back");
            return;
        };
        assert!(
            run.status.success(),
            "{}",
            String::from_utf8_lossy(&run.stderr)
        );
        let listing = String::from_utf8(run.stdout).unwrap();
        let lines: Vec<&str> = listing.lines().collect();
        assert_eq!(lines.len(), 2);
        // Name, size, stored (0), the date, mode 644, made on Unix (3), the bytes read back.
        assert_eq!(
            lines,
            [
                "jishin-shindan-1.0.0/site/index.html 16 0 (2000, 1, 1, 0, 0, 0) 0o100644 3 16",
                "jishin-shindan-1.0.0/導入ガイド.html 9000 0 (2000, 1, 1, 0, 0, 0) 0o100644 3 9000",
            ]
        );
    }
}
