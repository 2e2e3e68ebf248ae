use crate::rules::{KafkaCx, Rule, Sink};

crate::declare_rule! {
    /// ## What it does
    /// Praises producer configuration that asks for `acks=all` with
    /// idempotence explicitly on.
    ///
    /// ## Why it matters
    /// Together they give each partition exactly-once, in-order writes from
    /// the producer's side: no acknowledged record lost to a leader
    /// failure, no duplicate from a retry.
    ///
    /// ## Example
    /// ```properties
    /// acks=all
    /// enable.idempotence=true
    /// ```
    ///
    /// ## Use instead
    /// ```properties
    /// acks=1
    /// ```
    ///
    /// ## In production
    /// Spelling out the defaults documents the guarantee for readers who
    /// learned Kafka when the defaults were weaker.
    ///
    /// ## Alternatives
    /// A transactional producer for atomic writes across partitions.
    pub struct KafkaIdempotentProducer {
        code: "P013",
        name: "kafka-idempotent-producer",
        area: Pattern,
        severity: Praise,
        section: BestPracticeAlignment,
        concepts: ["T10"],
        dialects: [Kafka],
        fix: None,
        summary: "an idempotent producer with acks=all",
    }
}

impl Rule for KafkaIdempotentProducer {
    fn kafka(&self, cx: &KafkaCx, out: &mut Sink) {
        let idempotent = cx.config.get("enable.idempotence").filter(|e| e.value.trim().eq_ignore_ascii_case("true"));
        let all = cx.config.get("acks").is_some_and(|e| matches!(e.value.trim(), "all" | "-1"));
        if let (Some(entry), true) = (idempotent, all) {
            out.report(cx.span(&entry.span), "the producer is idempotent and waits for all in-sync replicas");
        }
    }
}
