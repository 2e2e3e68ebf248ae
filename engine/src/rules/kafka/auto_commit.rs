use crate::rules::{KafkaCx, Rule, Sink};

crate::declare_rule! {
    /// ## What it does
    /// Flags consumer configuration (it has a `group.id`) that leaves
    /// `enable.auto.commit` on, explicitly or by default.
    ///
    /// ## Why it matters
    /// Auto-commit saves the consumer's position on a timer, whatever the
    /// application has done with the records. A crash after a commit but
    /// before processing skips records for good; a crash after processing
    /// but before the next commit processes them again. Either way the
    /// guarantee is "roughly once", decided by timing.
    ///
    /// ## Example
    /// ```properties
    /// group.id=billing
    /// enable.auto.commit=true
    /// ```
    ///
    /// ## Use instead
    /// ```properties
    /// group.id=billing
    /// enable.auto.commit=false
    /// ```
    ///
    /// A librdkafka client (confluent-kafka, node-rdkafka) with
    /// `enable.auto.offset.store=false` is not flagged: the timer then
    /// commits only the offsets the application stored after processing
    /// (`store_offsets`), which is at-least-once.
    ///
    /// ## In production
    /// Commit after processing (`commitSync` per batch, or the framework's
    /// record/batch ack mode) and make processing idempotent: at-least-once
    /// with duplicates handled is the usual contract.
    ///
    /// ## Alternatives
    /// Kafka transactions (read-process-write with `sendOffsetsToTransaction`)
    /// for exactly-once between topics.
    pub struct AutoCommit {
        code: "N305",
        name: "kafka-auto-commit",
        area: Architecture,
        severity: Info,
        section: TechnicalAssessment,
        concepts: ["T10"],
        dialects: [Kafka],
        fix: None,
        summary: "Consumer offsets auto-committed on a timer, not after processing",
    }
}

impl Rule for AutoCommit {
    fn kafka(&self, cx: &KafkaCx, out: &mut Sink) {
        let Some(group) = cx.config.get("group.id") else { return };
        if cx.config.get("enable.auto.offset.store").is_some_and(|e| e.value.trim().eq_ignore_ascii_case("false")) {
            return; // the timer commits only what the application stored after processing
        }
        match cx.config.get("enable.auto.commit") {
            Some(entry) if entry.value.trim().eq_ignore_ascii_case("true") => {
                out.report(cx.span(&entry.span), "offsets are committed on a timer: a crash can skip records or process them twice")
                    .help("set enable.auto.commit=false and commit after processing");
            }
            None => {
                out.report(
                    cx.span(&group.span),
                    format!("consumer group `{}` keeps the default enable.auto.commit=true: offsets are committed on a timer", group.value.trim()),
                )
                .help("set enable.auto.commit=false and commit after processing");
            }
            Some(_) => {}
        }
    }
}
