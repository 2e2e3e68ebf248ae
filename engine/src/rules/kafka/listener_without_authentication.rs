use crate::rules::{KafkaCx, Rule, Sink};

crate::declare_rule! {
    /// ## What it does
    /// Flags a listener of a Strimzi `Kafka` resource that sets no
    /// `authentication`, and says when the cluster sets no `authorization`
    /// either.
    ///
    /// ## Why it matters
    /// A listener without `authentication` accepts any client that can open
    /// a connection to it; `tls: true` encrypts the traffic but does not say
    /// who the client is. Without `authorization`, every connected client
    /// may do everything: read every topic, write to it, delete it, change
    /// its configuration, reset consumer groups. For an `internal` listener
    /// that is every pod of the Kubernetes cluster that the network policy
    /// lets through, which by default is all of them.
    ///
    /// ## Example
    /// ```yaml
    /// kind: Kafka
    /// spec:
    ///   kafka:
    ///     listeners:
    ///       - name: plain
    ///         port: 9092
    ///         type: internal
    ///         tls: false
    /// ```
    ///
    /// ## Use instead
    /// ```yaml
    /// kind: Kafka
    /// spec:
    ///   kafka:
    ///     listeners:
    ///       - name: tls
    ///         port: 9093
    ///         type: internal
    ///         tls: true
    ///         authentication:
    ///           type: tls
    ///     authorization:
    ///       type: simple
    /// ```
    ///
    /// ## In production
    /// Give each application a `KafkaUser` (mTLS or SCRAM-SHA-512) with ACLs
    /// for the topics it needs; keep an unauthenticated listener, if any,
    /// behind a NetworkPolicy that admits only known pods.
    ///
    /// ## Alternatives
    /// OAuth 2.0 authentication with Keycloak authorization; a
    /// NetworkPolicy (the listener's `networkPolicyPeers`) when clients
    /// cannot authenticate yet.
    pub struct ListenerWithoutAuthentication {
        code: "N308",
        name: "kafka-listener-without-authentication",
        area: Security,
        severity: Warning,
        section: TechnicalAssessment,
        concepts: ["T10"],
        dialects: [Kafka],
        fix: None,
        summary: "Strimzi listener without authentication: any client that reaches it connects",
    }
}

impl Rule for ListenerWithoutAuthentication {
    fn kafka(&self, cx: &KafkaCx, out: &mut Sink) {
        for listener in &cx.config.open_listeners {
            let rights = if listener.authorization {
                "any client that reaches it connects"
            } else {
                "any client that reaches it connects, and with no authorization it may read, write and delete every topic"
            };
            out.report(cx.span(&listener.span), format!("listener `{}` (port {}) has no authentication: {rights}", listener.name, listener.port))
                .help("add authentication (type: tls or scram-sha-512) with a KafkaUser per application, and authorization (type: simple)");
        }
    }
}
