//! Kafka's own rules (concept T10): replication, acknowledgements,
//! idempotence, offset commits and partitions against consumers.

mod auto_commit;
mod connect_offsets_in_tmp;
mod idempotence_disabled;
mod listener_without_authentication;
mod min_insync_replicas;
mod partitions_vs_consumers;
mod producer_acks;
mod replication_factor_one;

pub use auto_commit::AutoCommit;
pub use connect_offsets_in_tmp::ConnectOffsetsInTmp;
pub use idempotence_disabled::IdempotenceDisabled;
pub use listener_without_authentication::ListenerWithoutAuthentication;
pub use min_insync_replicas::MinInsyncReplicas;
pub use partitions_vs_consumers::PartitionsVsConsumers;
pub use producer_acks::ProducerAcks;
pub use replication_factor_one::ReplicationFactorOne;

use crate::read::kafka::Config;

/// The replication factor the material gives topics: the smallest of the
/// created topics', else the broker default (pass the review-wide config).
fn replication_factor(config: &Config) -> Option<u32> {
    config.topics.iter().filter_map(|t| t.replication_factor).min().or_else(|| config.number("default.replication.factor").map(|(n, _)| n))
}
