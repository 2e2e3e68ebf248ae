use crate::rules::{KafkaCx, Rule, Sink};

/// Broker settings that give internal or new topics a replication factor.
const FACTORS: [&str; 3] = ["default.replication.factor", "offsets.topic.replication.factor", "transaction.state.log.replication.factor"];

crate::declare_rule! {
    /// ## What it does
    /// Flags a topic created with `--replication-factor 1`, and broker
    /// settings that give new or internal topics one replica.
    ///
    /// ## Why it matters
    /// With one replica, each partition lives on one broker. When that
    /// broker restarts, the partition is offline; when its disk is lost,
    /// the data is gone. For `__consumer_offsets`, consumers also lose
    /// their positions. A single-broker laptop setup copied into a shared
    /// environment is the usual cause.
    ///
    /// ## Example
    /// ```properties
    /// kafka-topics.sh --bootstrap-server localhost:9092 --create --topic orders --partitions 6 --replication-factor 1
    /// ```
    ///
    /// ## Use instead
    /// ```properties
    /// kafka-topics.sh --bootstrap-server localhost:9092 --create --topic orders --partitions 6 --replication-factor 3
    /// ```
    ///
    /// ## In production
    /// Three replicas with `min.insync.replicas=2` is the common baseline:
    /// one broker can be down for maintenance without stopping writes or
    /// risking acknowledged data.
    ///
    /// ## Alternatives
    /// A managed Kafka service that fixes the factor for you; for local
    /// development only, say in the material that 1 is a laptop setting.
    pub struct ReplicationFactorOne {
        code: "N301",
        name: "kafka-replication-factor-one",
        area: Architecture,
        severity: Warning,
        section: TechnicalAssessment,
        concepts: ["T10", "A1"],
        dialects: [Kafka],
        fix: None,
        summary: "Topics with a single replica: one broker lost, data lost",
    }
}

impl Rule for ReplicationFactorOne {
    fn kafka(&self, cx: &KafkaCx, out: &mut Sink) {
        for topic in cx.config.topics.iter().filter(|t| t.replication_factor == Some(1)) {
            out.report(
                cx.span(&topic.span),
                format!("topic `{}` has one replica: its partitions go offline with their broker, and its data with the disk", topic.name),
            )
            .help("use --replication-factor 3 (with min.insync.replicas=2)");
        }
        for entry in cx.config.entries.iter().filter(|e| FACTORS.contains(&e.key.as_str()) && e.value.trim() == "1") {
            out.report(cx.span(&entry.span), format!("`{}=1`: those topics get a single replica", entry.key))
                .help("set it to 3 on any cluster with three or more brokers");
        }
    }
}
