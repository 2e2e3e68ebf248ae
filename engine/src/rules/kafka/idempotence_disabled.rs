use crate::rules::{KafkaCx, Rule, Sink};

crate::declare_rule! {
    /// ## What it does
    /// Flags producer configuration that turns idempotence off
    /// (`enable.idempotence=false`).
    ///
    /// ## Why it matters
    /// Producers retry sends that time out. Without idempotence, a retry of
    /// a batch the broker did receive writes it twice, and with several
    /// batches in flight a retried one can land after a later one: the
    /// topic gets duplicates and reordered events, and every consumer must
    /// cope with both.
    ///
    /// ## Example
    /// ```properties
    /// acks=all
    /// enable.idempotence=false
    /// ```
    ///
    /// ## Use instead
    /// ```properties
    /// acks=all
    /// enable.idempotence=true
    /// ```
    ///
    /// ## In production
    /// Idempotence is on by default since Kafka 3.0 and costs almost
    /// nothing; turning it off is rarely deliberate.
    ///
    /// ## Alternatives
    /// Transactions (`transactional.id`) when writes to several partitions
    /// must appear together; idempotent consumers in any case.
    pub struct IdempotenceDisabled {
        code: "N304",
        name: "kafka-idempotence-disabled",
        area: Architecture,
        severity: Warning,
        section: TechnicalAssessment,
        concepts: ["T10"],
        dialects: [Kafka],
        fix: None,
        summary: "Producer idempotence off: retries duplicate and reorder",
    }
}

impl Rule for IdempotenceDisabled {
    fn kafka(&self, cx: &KafkaCx, out: &mut Sink) {
        if let Some(entry) = cx.config.get("enable.idempotence").filter(|e| e.value.trim().eq_ignore_ascii_case("false")) {
            out.report(cx.span(&entry.span), "idempotence is off: a retried send can be written twice, or after later records")
                .help("keep enable.idempotence=true");
        }
    }
}
