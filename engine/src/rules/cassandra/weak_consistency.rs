use crate::read::cql::Verb;
use crate::rules::{CqlCx, Rule, Sink};

crate::declare_rule! {
    /// ## What it does
    /// Flags a read whose consistency level, with the level of the writes
    /// before it, cannot see the latest write: when the replicas read plus
    /// the replicas written do not exceed the replication factor
    /// (R + W ≤ RF). The levels come from cqlsh `CONSISTENCY` statements,
    /// the factor from `CREATE KEYSPACE`.
    ///
    /// ## Why it matters
    /// With RF 3, a write acknowledged by one replica and a read answered
    /// by one replica can miss each other: the reader gets the old value.
    /// Lessons that promise "read your writes" at `ONE`/`ONE` teach a
    /// guarantee Cassandra does not give; `QUORUM` for both (2 + 2 > 3)
    /// does.
    ///
    /// ## Example
    /// ```cql
    /// CREATE KEYSPACE shop WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 3};
    /// CONSISTENCY ONE;
    /// INSERT INTO carts (user_id, item) VALUES (42, 'lamp');
    /// SELECT item FROM carts WHERE user_id = 42;
    /// ```
    ///
    /// ## Use instead
    /// ```cql
    /// CREATE KEYSPACE shop WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 3};
    /// CONSISTENCY QUORUM;
    /// INSERT INTO carts (user_id, item) VALUES (42, 'lamp');
    /// SELECT item FROM carts WHERE user_id = 42;
    /// ```
    ///
    /// ## In production
    /// `LOCAL_QUORUM` for reads and writes is the usual choice in
    /// multi-datacenter clusters: strong within a datacenter, without
    /// waiting on the others.
    ///
    /// ## Alternatives
    /// `ONE` where staleness is acceptable and documented (metrics, feeds);
    /// writes at `ALL` with reads at `ONE` when reads dominate and a node
    /// may be down for writes.
    pub struct WeakConsistency {
        code: "N207",
        name: "cql-weak-consistency",
        area: Architecture,
        severity: Warning,
        section: TechnicalAssessment,
        concepts: ["T7", "A2"],
        dialects: [Cassandra],
        fix: None,
        summary: "Read and write consistency levels with R + W ≤ RF",
    }
}

/// How many replicas a level waits for, at replication factor `rf`.
fn replicas(level: &str, rf: u32) -> Option<u32> {
    Some(match level {
        "ANY" => 0,
        "ONE" | "LOCAL_ONE" => 1,
        "TWO" => 2,
        "THREE" => 3,
        "QUORUM" | "LOCAL_QUORUM" | "EACH_QUORUM" | "SERIAL" | "LOCAL_SERIAL" => rf / 2 + 1,
        "ALL" => rf,
        _ => return None,
    })
}

impl Rule for WeakConsistency {
    fn cql(&self, cx: &CqlCx, out: &mut Sink) {
        let Some(rf) = cx.replication_factor() else { return };
        let mut write_level: Option<&str> = None;
        for access in &cx.script.accesses {
            let Some(level) = access.consistency.as_deref() else { continue };
            if access.verb != Verb::Select {
                write_level = Some(level);
                continue;
            }
            let Some(written) = write_level else { continue };
            let (Some(r), Some(w)) = (replicas(level, rf), replicas(written, rf)) else { continue };
            if r + w <= rf {
                out.report(
                    cx.span(&access.span),
                    format!(
                        "reading at {level} after writing at {written} with replication factor {rf}: {r} + {w} ≤ {rf}, so this read may miss the latest write"
                    ),
                )
                .help("use QUORUM (or LOCAL_QUORUM) for both, or say that stale reads are acceptable here");
                return;
            }
        }
    }
}
