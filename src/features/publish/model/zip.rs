//! 「このツールをZIPでダウンロード」 (issue 31): the release zip of `scripts/release.sh`, made from
//! a deployment's own files, with the form's `config.json` in it. This module is the layout
//! (which file goes where, from `kit/files.json`) and the zip writer; fetching the files is the
//! page's (`platform::site_files`).
//!
//! **The layout** follows `scripts/release/zip-layout.mjs` (`releaseFiles`): under
//! `jishin-shindan-<version>/`, every file of the site but the precompressed copies and hidden
//! names in `site/`, the kit's copies ([`KIT_COPIES`]) beside and inside it, sorted by path as
//! JavaScript compares strings (UTF-16 code units), the guide's images pointed at `site/kit/guide/`.
//!
//! **The writer** is the smallest honest one: entries are *stored*, not deflated. Every other
//! field is the release zip's (fflate's, as zip-layout.mjs calls it): version 2.0, the UTF-8 flag
//! on names that are not ASCII, the date 2000-01-01 00:00, made on Unix with mode 644, no extra
//! fields, no comment. So the files and their bytes are the release zip's, but the archive is
//! larger (a deflate writer would add code to the page's chunk for a download made rarely).
//!
//! ```
//! use jishin_shindan::features::publish::model::zip::{crc32, zip_stored, ZipEntry};
//! assert_eq!(crc32(b"123456789"), 0xcbf4_3926);
//! let zip = zip_stored(&[ZipEntry { path: "a.txt".into(), bytes: b"hi".to_vec() }]).unwrap();
//! assert_eq!(&zip[..4], b"PK\x03\x04");
//! assert_eq!(zip.len(), 30 + 5 + 2 + 46 + 5 + 22);
//! ```

use crate::features::publish::model::json::{self, Json};

/// The kit's files copied to another name in the zip (from `kit/…` in the site to a path under
/// the zip's folder): `KIT_COPIES` of zip-layout.mjs (a test compares the two).
pub const KIT_COPIES: [(&str, &str); 4] = [
    ("kit/導入ガイド.html", "導入ガイド.html"),
    ("kit/LICENSE.txt", "LICENSE.txt"),
    ("kit/htaccess.txt", "site/.htaccess"),
    ("kit/headers.txt", "site/_headers"),
];

/// The guide beside `site/`, whose images are in `site/kit/guide/`.
const GUIDE: &str = "導入ガイド.html";

/// The deployment's lists, `kit/files.json` as `scripts/kit.mjs` writes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KitList {
    /// The version the deployment was built as.
    pub version: String,
    /// The kit's files, relative to `kit/`.
    pub files: Vec<String>,
    /// The site's files outside `kit/`, relative to the app's folder.
    pub site: Vec<String>,
}

/// Why `kit/files.json` could not be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ListError {
    /// Not JSON of `{ version, files, site }`.
    Malformed,
    /// The version is not `N.N.N…` of letters, digits, `.`, `-` and `+`.
    BadVersion,
    /// A path that could leave the zip's folder or the app's folder (`..`, `/…`, `\`, `:`, …).
    BadPath(String),
}

impl KitList {
    /// Reads `kit/files.json`.
    ///
    /// ```
    /// use jishin_shindan::features::publish::model::zip::KitList;
    /// let list = KitList::parse(r#"{"version": "1.2.0", "files": ["LICENSE.txt"], "site": ["index.html"]}"#).unwrap();
    /// assert_eq!(list.version, "1.2.0");
    /// assert!(KitList::parse(r#"{"version": "1.2.0", "files": [], "site": ["../x"]}"#).is_err());
    /// ```
    pub fn parse(text: &str) -> Result<KitList, ListError> {
        let Ok(Json::Object(members)) = json::parse(text) else {
            return Err(ListError::Malformed);
        };
        let mut version = None;
        let mut files = None;
        let mut site = None;
        for (key, value) in members {
            match (key.as_deref(), value) {
                (Some("version"), Json::String(v)) => version = Some(v),
                (Some("files"), Json::Array(items)) => files = Some(paths(items)?),
                (Some("site"), Json::Array(items)) => site = Some(paths(items)?),
                _ => {}
            }
        }
        let (Some(version), Some(files), Some(site)) = (version, files, site) else {
            return Err(ListError::Malformed);
        };
        let version_ok = version.len() <= 40
            && version.split('.').take(3).count() == 3
            && version
                .split('.')
                .take(2)
                .all(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
            && version
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'+'));
        if !version_ok {
            return Err(ListError::BadVersion);
        }
        Ok(KitList {
            version,
            files,
            site,
        })
    }

    /// The zip's folder, `jishin-shindan-<version>/`.
    pub fn folder(&self) -> String {
        format!("jishin-shindan-{}/", self.version)
    }

    /// The zip's file name, as release.sh names it.
    pub fn zip_name(&self) -> String {
        format!("jishin-shindan-{}.zip", self.version)
    }

    /// Every entry of the release zip, sorted as zip-layout.mjs sorts them: where it goes, and
    /// where it comes from. The site's `config.json` is the form's.
    pub fn plan(&self) -> Vec<Planned> {
        let top = self.folder();
        let site = self
            .site
            .iter()
            .filter(|path| !left_out(path))
            .map(|path| Planned {
                path: format!("{top}site/{path}"),
                source: if path == "config.json" {
                    Source::Config
                } else {
                    Source::Site(path.clone())
                },
            });
        let kit = self
            .files
            .iter()
            .map(|file| format!("kit/{file}"))
            .filter(|path| !left_out(path))
            .map(|path| Planned {
                path: format!("{top}site/{path}"),
                source: Source::Site(path),
            });
        let copies = KIT_COPIES.iter().map(|(from, to)| Planned {
            path: format!("{top}{to}"),
            source: if *to == GUIDE {
                Source::Guide(from.to_string())
            } else {
                Source::Site(from.to_string())
            },
        });
        let mut plan: Vec<Planned> = site.chain(kit).chain(copies).collect();
        if !plan.iter().any(|p| p.source == Source::Config) {
            plan.push(Planned {
                path: format!("{top}site/config.json"),
                source: Source::Config,
            });
        }
        // An insertion sort (a few dozen entries): the standard library's sorts would add their
        // own copy of a few kilobytes to the page's chunk for this one list.
        for i in 1..plan.len() {
            let mut j = i;
            while j > 0 && js_order(&plan[j].path, &plan[j - 1].path) {
                plan.swap(j, j - 1);
                j -= 1;
            }
        }
        plan.dedup_by(|a, b| a.path == b.path);
        plan
    }
}

/// True when `a` sorts before `b` as JavaScript compares strings (by UTF-16 code units).
fn js_order(a: &str, b: &str) -> bool {
    a.encode_utf16().lt(b.encode_utf16())
}

/// The items of a list of paths, each checked.
fn paths(items: Vec<Json>) -> Result<Vec<String>, ListError> {
    items
        .into_iter()
        .map(|item| match item {
            Json::String(path) if safe_path(&path) => Ok(path),
            Json::String(path) => Err(ListError::BadPath(path.chars().take(80).collect())),
            _ => Err(ListError::Malformed),
        })
        .collect()
}

/// A relative path that stays inside its folder, both as a URL and unpacked from a zip.
fn safe_path(path: &str) -> bool {
    !path.is_empty()
        && path.len() <= 400
        && path
            .split('/')
            .all(|seg| !seg.is_empty() && seg != "." && seg != "..")
        && !path
            .chars()
            .any(|c| c.is_control() || matches!(c, '\\' | ':' | '?' | '#' | '%'))
}

/// zip-layout.mjs' `LEFT_OUT`, for every folder and file of the path: precompressed copies
/// (`.gz`, `.br`) and names starting with a dot.
fn left_out(path: &str) -> bool {
    path.split('/')
        .any(|name| name.starts_with('.') || name.ends_with(".gz") || name.ends_with(".br"))
}

/// One entry of the zip to make.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Planned {
    /// Its path in the zip.
    pub path: String,
    /// Where its bytes come from.
    pub source: Source,
}

/// Where an entry's bytes come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// The deployment's file at this path (relative to the app's folder), as it is.
    Site(String),
    /// The deployment's guide at this path, its images pointed at `site/kit/guide/`
    /// ([`guide_for_zip`]).
    Guide(String),
    /// The form's `config.json`.
    Config,
}

/// The guide as it sits beside `site/` in the zip: `src="guide/` becomes `src="site/kit/guide/`
/// (zip-layout.mjs does the same). Bytes that are not UTF-8 are left as they are.
pub fn guide_for_zip(bytes: Vec<u8>) -> Vec<u8> {
    match String::from_utf8(bytes) {
        Ok(text) => text
            .replace("src=\"guide/", "src=\"site/kit/guide/")
            .into_bytes(),
        Err(e) => e.into_bytes(),
    }
}

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

    fn list() -> KitList {
        KitList::parse(
            r#"{
  "version": "1.2.0",
  "files": ["CHANGELOG.md", "LICENSE.txt", "files.json", "guide/landing.png", "headers.txt", "htaccess.txt", "導入ガイド.html"],
  "site": ["config.example.json", "config.json", "index.html", "index.html.gz", "jishin-first-0123456789abcdef.js", "jishin-first-0123456789abcdef.js.br", ".well-known/x", "icons/icon-192.png", "sw.js"]
}"#,
        )
        .unwrap()
    }

    #[test]
    fn the_plan_is_the_release_zips_entries_in_its_order() {
        let plan = list().plan();
        let paths: Vec<&str> = plan.iter().map(|p| p.path.as_str()).collect();
        let top = "jishin-shindan-1.2.0/";
        let expected: Vec<String> = [
            "LICENSE.txt",
            "site/.htaccess",
            "site/_headers",
            "site/config.example.json",
            "site/config.json",
            "site/icons/icon-192.png",
            "site/index.html",
            "site/jishin-first-0123456789abcdef.js",
            "site/kit/CHANGELOG.md",
            "site/kit/LICENSE.txt",
            "site/kit/files.json",
            "site/kit/guide/landing.png",
            "site/kit/headers.txt",
            "site/kit/htaccess.txt",
            "site/kit/導入ガイド.html",
            "site/sw.js",
            "導入ガイド.html",
        ]
        .iter()
        .map(|p| format!("{top}{p}"))
        .collect();
        assert_eq!(paths, expected);
        let source = |path: &str| {
            plan.iter()
                .find(|p| p.path == format!("{top}{path}"))
                .unwrap()
                .source
                .clone()
        };
        assert_eq!(source("site/config.json"), Source::Config);
        assert_eq!(
            source("site/.htaccess"),
            Source::Site("kit/htaccess.txt".into())
        );
        assert_eq!(
            source("導入ガイド.html"),
            Source::Guide("kit/導入ガイド.html".into())
        );
        assert_eq!(
            source("site/kit/導入ガイド.html"),
            Source::Site("kit/導入ガイド.html".into())
        );
        assert_eq!(list().zip_name(), "jishin-shindan-1.2.0.zip");
    }

    #[test]
    fn paths_sort_by_utf16_code_units_as_javascript_sorts_them() {
        // U+1F600 is before U+FF5E in UTF-16 (0xD83D < 0xFF5E), after it by code points.
        assert!(js_order("a/\u{1f600}", "a/\u{ff5e}"));
        assert!(!js_order("a/\u{ff5e}", "a/\u{1f600}"));
        assert!(js_order("LICENSE.txt", "site/a"));
        assert!(js_order("site/z", "導入ガイド.html"));
    }

    #[test]
    fn a_list_without_config_json_still_gets_the_forms() {
        let mut list = list();
        list.site.retain(|p| p != "config.json");
        assert!(list.plan().iter().any(
            |p| p.path == "jishin-shindan-1.2.0/site/config.json" && p.source == Source::Config
        ));
    }

    #[test]
    fn paths_that_leave_the_folder_and_odd_versions_are_refused() {
        for bad in [
            "../x",
            "/etc/passwd",
            "a//b",
            "a/./b",
            "c:\\x",
            "a\\b",
            "x?y",
            "x%2e",
        ] {
            let text = format!(
                r#"{{"version": "1.0.0", "files": [], "site": [{}]}}"#,
                json_string(bad)
            );
            assert!(
                matches!(KitList::parse(&text), Err(ListError::BadPath(_))),
                "{bad}"
            );
        }
        for bad in ["1.0", "x.1.0", "1.0.0/..", ""] {
            let text = format!(
                r#"{{"version": {}, "files": [], "site": []}}"#,
                json_string(bad)
            );
            assert_eq!(KitList::parse(&text), Err(ListError::BadVersion), "{bad}");
        }
        assert_eq!(KitList::parse("[]"), Err(ListError::Malformed));
        assert_eq!(
            KitList::parse(r#"{"version": "1.0.0"}"#),
            Err(ListError::Malformed)
        );
        assert!(KitList::parse(r#"{"version": "1.0.0-rc.1", "files": [], "site": []}"#).is_ok());
    }

    fn json_string(s: &str) -> String {
        format!("\"{}\"", s.replace('\\', "\\\\"))
    }

    #[test]
    fn the_guide_points_at_its_images_inside_site() {
        assert_eq!(
            guide_for_zip(br#"<img src="guide/a.png"> src="guide/b.png""#.to_vec()),
            br#"<img src="site/kit/guide/a.png"> src="site/kit/guide/b.png""#.to_vec()
        );
        assert_eq!(guide_for_zip(vec![0xff, 0x00]), vec![0xff, 0x00]);
    }

    #[test]
    fn kit_copies_are_those_of_zip_layout_mjs() {
        let mjs = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/scripts/release/zip-layout.mjs"
        ))
        .unwrap();
        let start = mjs.find("export const KIT_COPIES = [").unwrap();
        let block = &mjs[start..start + mjs[start..].find("];").unwrap()];
        let pairs: Vec<String> = block
            .lines()
            .skip(1)
            .map(|l| l.trim().trim_end_matches(',').to_string())
            .collect();
        let ours: Vec<String> = KIT_COPIES
            .iter()
            .map(|(from, to)| format!("['{from}', '{to}']"))
            .collect();
        assert_eq!(pairs, ours);
        assert!(mjs.contains(
            "export const LEFT_OUT = (name) => name.startsWith('.') || name.endsWith('.gz') || name.endsWith('.br');"
        ));
        assert!(mjs.contains("replaceAll('src=\"guide/', 'src=\"site/kit/guide/')"));
    }
}
