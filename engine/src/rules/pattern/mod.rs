//! Good patterns the review recognises and praises.

mod bigint_identity_key;
mod concurrent_index;
mod hash_index_equality;
mod keyset_pagination;
mod timestamptz_default_now;
mod unique_natural_key;
mod window_function;

pub use bigint_identity_key::BigintIdentityKey;
pub use concurrent_index::ConcurrentIndex;
pub use hash_index_equality::HashIndexEquality;
pub use keyset_pagination::KeysetPagination;
pub use timestamptz_default_now::TimestamptzDefaultNow;
pub use unique_natural_key::UniqueNaturalKey;
pub use window_function::WindowFunction;
