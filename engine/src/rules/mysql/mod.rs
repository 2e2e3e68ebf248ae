//! MySQL's own rules (concept T2).

mod implicit_conversion;
mod int_display_width;
mod myisam_engine;
mod nonaggregated_column;
mod timestamp_2038;
mod utf8_charset;

pub use implicit_conversion::ImplicitConversion;
pub use int_display_width::IntDisplayWidth;
pub use myisam_engine::MyisamEngine;
pub use nonaggregated_column::NonaggregatedColumn;
pub use timestamp_2038::Timestamp2038;
pub use utf8_charset::Utf8Charset;
