use crate::rules::{KafkaCx, Rule, Sink};

crate::declare_rule! {
    /// ## What it does
    /// Flags a Kafka Connect standalone worker whose
    /// `offset.storage.file.filename` is under `/tmp`.
    ///
    /// ## Why it matters
    /// A standalone worker keeps its source connectors' offsets (how far
    /// each has read its source) only in that local file. Many systems
    /// empty `/tmp` at boot or after some days, and in a container it goes
    /// with the container. With the file gone, every source connector
    /// starts over: rows, files or events already sent to Kafka are read
    /// and sent again, and downstream consumers see duplicates.
    ///
    /// ## Example
    /// ```properties
    /// bootstrap.servers=localhost:9092
    /// offset.storage.file.filename=/tmp/connect.offsets
    /// ```
    ///
    /// ## Use instead
    /// ```properties
    /// bootstrap.servers=localhost:9092
    /// offset.storage.file.filename=/var/lib/kafka-connect/connect.offsets
    /// ```
    ///
    /// ## In production
    /// The file is fine for a laptop; a worker that must survive restarts
    /// needs it on a kept volume, or distributed mode, which stores offsets
    /// in a replicated Kafka topic (`offset.storage.topic`).
    ///
    /// ## Alternatives
    /// Distributed mode even with a single worker: its offsets, configs and
    /// status live in Kafka topics, and a second worker can take over.
    pub struct ConnectOffsetsInTmp {
        code: "N307",
        name: "kafka-connect-offsets-in-tmp",
        area: Architecture,
        severity: Warning,
        section: RealWorldContext,
        concepts: ["T10"],
        dialects: [Kafka],
        fix: None,
        summary: "Connect standalone offsets kept in /tmp: lost at reboot, sources re-read",
    }
}

impl Rule for ConnectOffsetsInTmp {
    fn kafka(&self, cx: &KafkaCx, out: &mut Sink) {
        let Some(entry) = cx.config.get("offset.storage.file.filename") else { return };
        let path = entry.value.trim();
        if path.starts_with("/tmp/") {
            out.report(
                cx.span(&entry.span),
                format!("source connector offsets are kept only in `{path}`: when /tmp is cleared the connectors start over and send their data again"),
            )
            .help("keep the file on a persistent volume, or run Connect in distributed mode (offsets in a Kafka topic)");
        }
    }
}
