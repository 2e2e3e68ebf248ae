use crate::finding::Severity;
use crate::rules::{KafkaCx, Rule, Sink};

crate::declare_rule! {
    /// ## What it does
    /// Flags producer configuration with `acks=0` or `acks=1`.
    ///
    /// ## Why it matters
    /// With `acks=0` the producer never learns whether a write arrived.
    /// With `acks=1` the leader acknowledges before any follower has the
    /// record; if the leader fails in that moment, a follower without the
    /// record becomes leader and the acknowledged write is silently gone.
    /// Orders, payments and events that feed other systems should not
    /// depend on that window.
    ///
    /// ## Example
    /// ```properties
    /// bootstrap.servers=broker-1:9092
    /// acks=1
    /// ```
    ///
    /// ## Use instead
    /// ```properties
    /// bootstrap.servers=broker-1:9092
    /// acks=all
    /// ```
    ///
    /// ## In production
    /// `acks=all` is the default since Kafka 3.0; configurations that set
    /// `acks=1` are usually copied from old tutorials about throughput.
    ///
    /// ## Alternatives
    /// `acks=1` or `0` for data that may be lost (metrics, logs sampled
    /// anyway), stated as such.
    pub struct ProducerAcks {
        code: "N303",
        name: "kafka-producer-acks",
        area: Architecture,
        severity: Warning,
        section: TechnicalAssessment,
        concepts: ["T10", "A2"],
        dialects: [Kafka],
        fix: None,
        summary: "acks=0 or acks=1: acknowledged writes can be lost",
    }
}

impl Rule for ProducerAcks {
    fn kafka(&self, cx: &KafkaCx, out: &mut Sink) {
        let Some(entry) = cx.config.get("acks") else { return };
        match entry.value.trim() {
            "0" => {
                out.report(cx.span(&entry.span), "`acks=0`: the producer never learns whether a write arrived").help("use acks=all");
            }
            "1" => {
                out.report(cx.span(&entry.span), "`acks=1`: a write acknowledged by the leader alone is lost if the leader fails before a follower copies it")
                    .severity(Severity::Warning)
                    .help("use acks=all (the default since Kafka 3.0)");
            }
            _ => {}
        }
    }
}
