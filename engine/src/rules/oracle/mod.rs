//! Oracle's own rules (concept T4).

mod empty_string_comparison;
mod rownum_before_order_by;
mod rownum_never_true;
mod varchar2_byte_length;
mod varchar_type;

pub use empty_string_comparison::EmptyStringComparison;
pub use rownum_before_order_by::RownumBeforeOrderBy;
pub use rownum_never_true::RownumNeverTrue;
pub use varchar2_byte_length::Varchar2ByteLength;
pub use varchar_type::VarcharType;

use sqlparser::ast::Expr;

/// Whether `expr` is the `ROWNUM` pseudo-column.
fn is_rownum(expr: &Expr) -> bool {
    matches!(expr, Expr::Identifier(word) if word.quote_style.is_none() && word.value.eq_ignore_ascii_case("ROWNUM"))
}
