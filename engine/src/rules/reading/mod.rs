//! What the reader could not read: statements that do not parse, and
//! statements the reader kept but did not review.

mod not_reviewed;
mod syntax_error;

pub use not_reviewed::NotReviewed;
pub use syntax_error::SyntaxError;
