use super::replication_factor;
use crate::rules::{KafkaCx, Rule, Sink};

crate::declare_rule! {
    /// ## What it does
    /// Flags `min.insync.replicas` that is equal to or larger than the
    /// replication factor, or that is 1 while the factor is 3 or more.
    ///
    /// ## Why it matters
    /// With `acks=all`, a write succeeds once `min.insync.replicas` replicas
    /// have it. Equal to the replication factor, a single broker down
    /// (a routine restart) stops all writes to its partitions. Set to 1, an
    /// "all" acknowledgement can mean the leader alone, and a leader that
    /// dies right after acknowledging takes the write with it.
    ///
    /// ## Example
    /// ```properties
    /// default.replication.factor=3
    /// min.insync.replicas=3
    /// ```
    ///
    /// ## Use instead
    /// ```properties
    /// default.replication.factor=3
    /// min.insync.replicas=2
    /// ```
    ///
    /// ## In production
    /// The rule of thumb is replication factor minus one: writes survive
    /// one broker down, and every acknowledged write is on two machines.
    ///
    /// ## Alternatives
    /// Per-topic overrides (`--config min.insync.replicas=…`) for topics
    /// whose durability needs differ.
    pub struct MinInsyncReplicas {
        code: "N302",
        name: "kafka-min-insync-replicas",
        area: Architecture,
        severity: Warning,
        section: TechnicalAssessment,
        concepts: ["T10", "A1", "A2"],
        dialects: [Kafka],
        fix: None,
        summary: "min.insync.replicas that stops writes or protects nothing",
    }
}

impl Rule for MinInsyncReplicas {
    fn kafka(&self, cx: &KafkaCx, out: &mut Sink) {
        let Some((min, entry)) = cx.config.number("min.insync.replicas") else { return };
        let Some(rf) = replication_factor(cx.review) else { return };
        if min >= rf && rf > 1 {
            out.report(cx.span(&entry.span), format!("`min.insync.replicas={min}` with replication factor {rf}: one broker down stops writes with acks=all"))
                .help(format!("set it to {}", rf - 1));
        } else if min == 1 && rf >= 3 {
            out.report(cx.span(&entry.span), format!("`min.insync.replicas=1` with replication factor {rf}: acks=all may mean the leader alone"))
                .help("set it to 2, so every acknowledged write is on two brokers");
        }
    }
}
