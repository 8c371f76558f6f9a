//! The time, for work that gives the page a turn every few milliseconds (the roll-up's reading,
//! issue 32): milliseconds since the epoch from the browser's clock (`Date.now()`).

/// Milliseconds since 1970-01-01 UTC, as the browser's clock says.
pub fn now_ms() -> f64 {
    js_sys::Date::now()
}
