//! Rules for Spark SQL and Hive (concepts T11, T12): partition pruning,
//! global sorts, partition design, storage formats and distinct counts.

mod exact_distinct_count;
mod global_order_by;
mod high_cardinality_partition;
mod partition_column_wrapped;
mod row_format_storage;

pub use exact_distinct_count::ExactDistinctCount;
pub use global_order_by::GlobalOrderBy;
pub use high_cardinality_partition::HighCardinalityPartition;
pub use partition_column_wrapped::PartitionColumnWrapped;
pub use row_format_storage::RowFormatStorage;
