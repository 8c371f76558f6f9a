//! Word and Excel files made in the browser (issue 34): the 基本方針 and the 従業員向け注意事項 as
//! `.docx`, the 社内ルール sheet, the action plan and the result as `.xlsx`. The writers are a
//! chunk fetched on the first press ([`lazy`]).

pub mod lazy;
pub mod model;
pub mod office_button;
pub mod text;
