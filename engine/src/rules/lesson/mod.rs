//! Rules about a Markdown lesson as a whole.

mod block_without_language;
mod undefined_table;

pub use block_without_language::BlockWithoutLanguage;
pub use undefined_table::UndefinedTable;
