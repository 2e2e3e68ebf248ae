//! Matching brackets among a file's tokens.

use super::{Token, TokenKind};

/// The token closing the bracket opened at `open`.
pub fn matching(tokens: &[Token], open: usize) -> Option<usize> {
    partner(tokens, (open..tokens.len()).collect(), b"([{", b")]}")
}

/// The token opening the bracket closed at `close`.
pub fn opening(tokens: &[Token], close: usize) -> Option<usize> {
    partner(tokens, (0..=close).rev().collect(), b")]}", b"([{")
}

/// The bracket that returns the depth to zero, walking `order` from a
/// bracket in `deeper`.
fn partner(tokens: &[Token], order: Vec<usize>, deeper: &[u8], shallower: &[u8]) -> Option<usize> {
    let mut depth = 0usize;
    for j in order {
        let TokenKind::Punct(c) = tokens[j].kind else { continue };
        if deeper.contains(&c) {
            depth += 1;
        } else if shallower.contains(&c) {
            depth = depth.checked_sub(1)?;
            if depth == 0 {
                return Some(j);
            }
        }
    }
    None
}
