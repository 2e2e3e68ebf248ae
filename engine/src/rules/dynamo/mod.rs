//! DynamoDB's own rules (concept T9): scans, filters applied after the
//! read, partition keys that concentrate load, index projections, TTLs and
//! consistent reads on global indexes.

mod filter_expression;
mod gsi_consistent_read;
mod gsi_projection_all;
mod hot_partition_key;
mod minimal_capacity;
mod missing_ttl;
mod removal_policy_destroy;
mod scan;
mod update_creates_item;
mod update_expression_built;

pub use filter_expression::FilterExpression;
pub use gsi_consistent_read::GsiConsistentRead;
pub use gsi_projection_all::GsiProjectionAll;
pub use hot_partition_key::HotPartitionKey;
pub use minimal_capacity::MinimalCapacity;
pub use missing_ttl::MissingTtl;
pub use removal_policy_destroy::RemovalPolicyDestroy;
pub use scan::Scan;
pub use update_creates_item::UpdateCreatesItem;
pub use update_expression_built::UpdateExpressionBuilt;

/// Names of data that expires: sessions, tokens, caches, carts…
fn expiring(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    ["session", "token", "cache", "otp", "cart", "ratelimit", "lock", "temp"].iter().any(|w| lower.contains(w))
}
