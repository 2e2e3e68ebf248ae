//! Rules over PostgreSQL EXPLAIN output: what the executor actually did,
//! node by node, and what each finding costs at scale.

mod dominant_node;
mod estimate_off;
mod heap_fetches;
mod join_without_index;
mod nested_loop_many_loops;
mod scan_discards_rows;
mod spill_to_disk;
mod workers_not_launched;

pub use dominant_node::DominantNode;
pub use estimate_off::EstimateOff;
pub use heap_fetches::HeapFetches;
pub use join_without_index::JoinWithoutIndex;
pub use nested_loop_many_loops::NestedLoopManyLoops;
pub use scan_discards_rows::ScanDiscardsRows;
pub use spill_to_disk::SpillToDisk;
pub use workers_not_launched::WorkersNotLaunched;

use crate::read::explain::PlanNode;

/// `Seq Scan on orders (line 3)`-style name of a node for messages.
fn node_name(node: &PlanNode) -> String {
    format!("`{}`", node.title.replace('`', ""))
}

/// How much of the plan's time a node took, when the plan was timed.
fn time_note(node: &PlanNode) -> String {
    match node.share_permille {
        0 => String::new(),
        permille => format!(" ({}.{}% of the time spent in the node itself)", permille / 10, permille % 10),
    }
}

/// All loops together.
fn total_rows(node: &PlanNode) -> u64 {
    node.actual_rows.unwrap_or(0).saturating_mul(node.loops.unwrap_or(1).max(1))
}
