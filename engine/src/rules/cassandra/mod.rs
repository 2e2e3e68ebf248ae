//! Cassandra's own rules (concept T7): queries that do not name their
//! partition, indexes and partitions that do not scale, batches used as
//! transactions, and consistency levels that cannot see the latest write.

mod allow_filtering;
mod high_cardinality_index;
mod in_on_partition_key;
mod logged_batch;
mod missing_partition_key;
mod unbounded_partition;
mod weak_consistency;

pub use allow_filtering::AllowFiltering;
pub use high_cardinality_index::HighCardinalityIndex;
pub use in_on_partition_key::InOnPartitionKey;
pub use logged_batch::LoggedBatch;
pub use missing_partition_key::MissingPartitionKey;
pub use unbounded_partition::UnboundedPartition;
pub use weak_consistency::WeakConsistency;

use crate::read::cql::Table;

/// Column types whose values are unique or nearly so.
fn is_time_or_id_type(data_type: &str) -> bool {
    matches!(data_type, "timestamp" | "timeuuid" | "uuid")
}

/// Partition-key columns that bucket a time series (`day`, `month`, `bucket`…).
pub(crate) fn is_time_bucket(table: &Table, column: &str) -> bool {
    let typed = table.column(column).is_some_and(|c| c.data_type == "date");
    typed
        || ["day", "date", "month", "week", "hour", "year", "bucket", "yyyymm", "yyyymmdd"]
            .iter()
            .any(|b| column == *b || column.ends_with(&format!("_{b}")) || column.starts_with(&format!("{b}_")))
}

/// A time series: clustered by a timestamp or timeuuid column.
pub(crate) fn time_clustering(table: &Table) -> Option<&str> {
    table.clustering.iter().find(|c| table.column(c).is_some_and(|col| matches!(col.data_type.as_str(), "timestamp" | "timeuuid"))).map(String::as_str)
}
