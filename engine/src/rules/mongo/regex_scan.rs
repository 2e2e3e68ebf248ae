use super::filters;
use crate::read::objlit::{Node, Value};
use crate::rules::{MongoCx, Rule, Sink};

crate::declare_rule! {
    /// ## What it does
    /// Flags regular expressions in MongoDB filters that are not anchored
    /// at the start (`/ada/`) or that ignore case (`/^ada/i`).
    ///
    /// ## Why it matters
    /// An index can serve a regular expression only as a range scan on its
    /// fixed prefix: `/^ada/` reads the keys from "ada" to "adb". Without
    /// the `^`, or with the `i` flag, there is no prefix, so every key of
    /// the index (or every document) is examined, for each search a user
    /// types.
    ///
    /// ## Example
    /// ```mongodb
    /// db.users.find({ name: /ada/i })
    /// ```
    ///
    /// ## Use instead
    /// ```mongodb
    /// db.users.find({ name_lower: /^ada/ })
    /// ```
    ///
    /// ## In production
    /// Search boxes are where this hides: each keystroke a collection scan.
    ///
    /// ## Alternatives
    /// A case-insensitive collation index with equality matches; Atlas
    /// Search or a text index for words inside text.
    pub struct RegexScan {
        code: "N402",
        name: "mongo-regex-scan",
        area: Query,
        severity: Warning,
        section: PerformanceAnalysis,
        concepts: ["T6", "Q6"],
        dialects: [Mongodb],
        fix: None,
        summary: "An unanchored or case-insensitive regex: no index range",
    }
}

/// The pattern and flags of a regex value (`/x/i` or `{ $regex: "x", $options: "i" }`).
fn regex(node: &Node) -> Option<(String, String)> {
    match &node.value {
        Value::Regex { pattern, flags } => Some((pattern.clone(), flags.clone())),
        Value::Object(_) => {
            let pattern = node.get("$regex")?;
            let pattern = match &pattern.value {
                Value::Regex { pattern, flags } => return Some((pattern.clone(), flags.clone())),
                Value::Str(s) => s.clone(),
                // A pattern from a variable: only its flags are known; give it
                // the benefit of the doubt on anchoring.
                _ => "^".to_string(),
            };
            Some((pattern, node.get("$options").and_then(|o| o.as_str()).unwrap_or("").to_string()))
        }
        _ => None,
    }
}

impl Rule for RegexScan {
    fn mongo(&self, cx: &MongoCx, out: &mut Sink) {
        for operation in &cx.script.operations {
            for filter in filters(operation) {
                filter.walk(&mut |key, node| {
                    let Some(field) = key.filter(|k| !k.name.starts_with('$')) else { return };
                    let Some((pattern, flags)) = regex(node) else { return };
                    let why = if !pattern.starts_with('^') {
                        "is not anchored with `^`"
                    } else if flags.contains('i') {
                        "ignores case"
                    } else {
                        return;
                    };
                    out.report(
                        cx.span(&node.span),
                        format!("the regular expression on `{}` {why}: no index range can serve it, every key is examined", field.name),
                    )
                    .help("anchor it (^…) on a lower-cased copy of the field, or use a collation or text index");
                });
            }
        }
    }
}
