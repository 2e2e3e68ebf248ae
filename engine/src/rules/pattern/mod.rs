//! Good patterns the review recognises and praises.

mod bigint_identity_key;
mod bounded_connection_pool;
mod concurrent_index_build;
mod cql_bucketed_time_series;
mod dynamo_ttl_enabled;
mod hash_index_equality;
mod kafka_idempotent_producer;
mod keyset_pagination;
mod parameterized_queries;
mod query_with_deadline;
mod redis_expiring_keys;
mod timestamptz_default_now;
mod unique_natural_key;
mod window_function;

pub use bigint_identity_key::BigintIdentityKey;
pub use bounded_connection_pool::BoundedConnectionPool;
pub use concurrent_index_build::ConcurrentIndexBuild;
pub use cql_bucketed_time_series::CqlBucketedTimeSeries;
pub use dynamo_ttl_enabled::DynamoTtlEnabled;
pub use hash_index_equality::HashIndexEquality;
pub use kafka_idempotent_producer::KafkaIdempotentProducer;
pub use keyset_pagination::KeysetPagination;
pub use parameterized_queries::ParameterizedQueries;
pub use query_with_deadline::QueryWithDeadline;
pub use redis_expiring_keys::RedisExpiringKeys;
pub use timestamptz_default_now::TimestamptzDefaultNow;
pub use unique_natural_key::UniqueNaturalKey;
pub use window_function::WindowFunction;
