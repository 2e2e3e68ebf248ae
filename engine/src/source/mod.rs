//! The input text and its positions.

mod line_index;
pub mod markdown;

pub use line_index::{LineIndex, TextSpan};
