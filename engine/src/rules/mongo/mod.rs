//! MongoDB's own rules (concept T6): server-side JavaScript, regular
//! expressions and skips that scan, unbounded reads, late `$match`, writes
//! without a filter, growing arrays and shard keys.

mod large_skip;
mod match_late;
mod regex_scan;
mod server_side_js;
mod shard_key;
mod unbounded_array;
mod unbounded_find;
mod unfiltered_write;

pub use large_skip::LargeSkip;
pub use match_late::MatchLate;
pub use regex_scan::RegexScan;
pub use server_side_js::ServerSideJs;
pub use shard_key::ShardKey;
pub use unbounded_array::UnboundedArray;
pub use unbounded_find::UnboundedFind;
pub use unfiltered_write::UnfilteredWrite;

use crate::read::mongo::Operation;
use crate::read::objlit::Node;

/// Methods whose first argument is a query filter.
const FILTERED: [&str; 14] = [
    "find",
    "findOne",
    "count",
    "countDocuments",
    "distinct",
    "updateOne",
    "updateMany",
    "update",
    "deleteOne",
    "deleteMany",
    "remove",
    "findOneAndUpdate",
    "findOneAndDelete",
    "replaceOne",
];

/// The filters an operation applies: its filter argument, and the
/// `$match` stages of its pipeline.
fn filters(operation: &Operation) -> Vec<&Node> {
    let Some(method) = operation.method() else { return Vec::new() };
    let argument = if method.name == "distinct" { method.args.get(1) } else { method.args.first() };
    let mut out: Vec<&Node> = argument.filter(|_| FILTERED.contains(&method.name.as_str())).into_iter().collect();
    out.extend(operation.pipeline().iter().filter_map(|stage| stage.get("$match")));
    out
}

/// The name of an aggregation stage (`$match` for `{ $match: {…} }`).
/// Whether a filter is written as `{}`: a variable or an expression may
/// hold any filter, and is not taken for an empty one.
fn is_empty_object(node: &Node) -> bool {
    matches!(&node.value, crate::read::objlit::Value::Object(fields) if fields.is_empty())
}

fn stage_name(stage: &Node) -> &str {
    stage.fields().first().map_or("", |(k, _)| k.name.as_str())
}
