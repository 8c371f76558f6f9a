//! Limits on what a person types, counted in characters (not bytes: a Japanese character is one
//! character, as the form fields' `maxlength` counts it). One place for the rule, whatever the
//! field.

/// Most characters kept for a company or person name, wherever one is typed (the report's
/// profile, the drafts' forms, a combined result's label, the organisation in config.json).
pub const MAX_NAME_CHARS: usize = 100;

/// Whether `s` is longer than `max` characters.
///
/// ```
/// use jishin_shindan::core::limit::too_long;
/// assert!(!too_long("情報", 2));
/// assert!(too_long("情報セ", 2));
/// ```
pub fn too_long(s: &str, max: usize) -> bool {
    s.chars().nth(max).is_some()
}

/// `s` cut to its first `max` characters.
///
/// ```
/// use jishin_shindan::core::limit::cut;
/// assert_eq!(cut("情報セキュリティ", 2), "情報");
/// assert_eq!(cut("ok", 5), "ok");
/// ```
pub fn cut(s: &str, max: usize) -> String {
    s.chars().take(max).collect()
}

/// Cuts `s` to its first `max` characters, in place (nothing happens when it is short enough).
pub fn cut_in_place(s: &mut String, max: usize) {
    if let Some((at, _)) = s.char_indices().nth(max) {
        s.truncate(at);
    }
}
