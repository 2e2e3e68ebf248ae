//! What the engine is given: named documents, the options, the system they
//! are written for, and the limits on what it reads.

mod dialect;

pub use dialect::Dialect;

use crate::finding::Severity;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Inputs larger than this are refused with a located problem, not reviewed.
pub const MAX_INPUT_BYTES: usize = 16 * 1024 * 1024;

/// One named input: a schema, a query file, a pane of the playground.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Document {
    pub name: String,
    pub text: String,
}

impl Document {
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> Self {
        Document { name: name.into(), text: text.into() }
    }
}

/// The options shared by the CLI (`sqlreview.toml`), the app and share links.
#[derive(Debug, Clone, Serialize, Deserialize, Default, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct Options {
    pub dialect: Dialect,
    /// Rule names or codes that never run.
    pub disabled: Vec<String>,
    /// Pedantic rules that run (off by default), by name or code, or
    /// `pedantic` for all of them.
    pub enabled: Vec<String>,
    /// Per-rule severity overrides, by name or code.
    pub severity: BTreeMap<String, Severity>,
    /// Findings below this severity are left out (default: keep everything).
    pub min_severity: Option<Severity>,
    /// Table sizes in rows (`orders = 50000000`), as `-- sqlreview: rows` gives them.
    pub rows: BTreeMap<String, u64>,
}

/// A size in megabytes with one decimal ("10.2"), in integer arithmetic:
/// formatting floats would add their machinery to the browser bundle.
pub fn megabytes(bytes: usize) -> String {
    let tenths = (bytes as u64 * 10 + 524_288) / 1_048_576;
    format!("{}.{}", tenths / 10, tenths % 10)
}

#[cfg(test)]
mod tests {
    #[test]
    fn megabytes_round_to_one_decimal() {
        assert_eq!(super::megabytes(0), "0.0");
        assert_eq!(super::megabytes(10 * 1_048_576 + 200_000), "10.2");
        assert_eq!(super::megabytes(17 * 1_048_576), "17.0");
        assert_eq!(super::megabytes(1_048_575), "1.0");
    }
}
