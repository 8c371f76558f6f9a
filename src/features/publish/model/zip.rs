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
//! **The writer** is `core::zip` (shared with the office files): entries *stored*, every other
//! field the release zip's (fflate's, as zip-layout.mjs calls it).

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

#[cfg(test)]
mod tests {
    use super::*;

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
