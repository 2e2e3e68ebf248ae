use crate::rules::{KafkaCx, Rule, Sink};

crate::declare_rule! {
    /// ## What it does
    /// Flags a topic created with fewer partitions than the consumers the
    /// same material starts for it (Spring's `listener.concurrency`), and a
    /// topic with a single partition.
    ///
    /// ## Why it matters
    /// A partition is read by one consumer of a group at a time. Extra
    /// consumers sit idle, so a topic with one partition is processed by
    /// one thread however many instances run. Partitions can be added
    /// later, but that moves keys to other partitions and breaks the
    /// per-key ordering consumers relied on.
    ///
    /// ## Example
    /// ```properties
    /// kafka-topics.sh --bootstrap-server localhost:9092 --create --topic orders --partitions 2 --replication-factor 3
    /// spring.kafka.listener.concurrency=6
    /// ```
    ///
    /// ## Use instead
    /// ```properties
    /// kafka-topics.sh --bootstrap-server localhost:9092 --create --topic orders --partitions 12 --replication-factor 3
    /// spring.kafka.listener.concurrency=6
    /// ```
    ///
    /// ## In production
    /// Size partitions for the peak number of consumers you expect, with
    /// room to grow; a few dozen per busy topic is ordinary.
    ///
    /// ## Alternatives
    /// A parallel consumer library that processes one partition with many
    /// threads while keeping per-key order.
    pub struct PartitionsVsConsumers {
        code: "N306",
        name: "kafka-partitions-vs-consumers",
        area: Architecture,
        severity: Warning,
        section: PerformanceAnalysis,
        concepts: ["T10"],
        dialects: [Kafka],
        fix: None,
        summary: "Fewer partitions than consumers: the extra consumers sit idle",
    }
}

impl Rule for PartitionsVsConsumers {
    fn kafka(&self, cx: &KafkaCx, out: &mut Sink) {
        let consumers = cx.review.number("listener.concurrency").map(|(n, _)| n);
        for topic in &cx.config.topics {
            let Some(partitions) = topic.partitions else { continue };
            match consumers {
                Some(consumers) if consumers > partitions => {
                    out.report(
                        cx.span(&topic.span),
                        format!(
                            "topic `{}` has {partitions} partition{} for {consumers} consumers: {} of them sit idle",
                            topic.name,
                            if partitions == 1 { "" } else { "s" },
                            consumers - partitions
                        ),
                    )
                    .help("create at least as many partitions as consumers, with room to grow");
                }
                _ if partitions == 1 => {
                    out.report(
                        cx.span(&topic.span),
                        format!("topic `{}` has a single partition: one consumer per group reads it, whatever the number of instances", topic.name),
                    )
                    .severity(crate::finding::Severity::Info)
                    .help("create it with as many partitions as the consumers you expect at peak");
                }
                _ => {}
            }
        }
    }
}
