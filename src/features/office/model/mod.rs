//! The office files (issue 34): Word and Excel files made in the browser from the drafts, the
//! plan and the result. `documents` says what goes in them, as data; `docx` and `xlsx` write
//! them; `xml` escapes their text.

pub mod documents;
pub mod docx;
pub mod xlsx;
pub mod xml;
