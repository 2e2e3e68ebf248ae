//! The input text and its positions.

mod line_index;

pub use line_index::{LineIndex, TextSpan};
