//! Redis's own rules (concept T8): commands that block the single thread,
//! keys that never expire, and configuration that loses data or refuses
//! writes.

mod expiring_keys;
mod flush;
mod keys_command;
mod key_without_ttl;
mod maxmemory_without_eviction;
mod no_persistence;
mod select_database;
mod whole_collection_read;

pub use expiring_keys::ExpiringKeys;
pub use flush::Flush;
pub use key_without_ttl::KeyWithoutTtl;
pub use keys_command::KeysCommand;
pub use maxmemory_without_eviction::MaxmemoryWithoutEviction;
pub use no_persistence::NoPersistence;
pub use select_database::SelectDatabase;
pub use whole_collection_read::WholeCollectionRead;

use crate::redis::Command;
use crate::rules::RedisCx;

/// Key prefixes that say the data is temporary (`session:42`, `cache:user:1`).
const TEMPORARY: [&str; 10] = ["cache", "session", "sess", "token", "otp", "ratelimit", "rate", "lock", "tmp", "temp"];

/// Commands that write a key, and which of their arguments are keys.
fn written_keys(command: &Command) -> Vec<&crate::redis::Word> {
    match command.name.as_str() {
        "SET" | "SETNX" | "HSET" | "HMSET" | "HSETNX" | "SADD" | "LPUSH" | "RPUSH" | "ZADD" | "INCR" | "INCRBY" | "JSON.SET" | "XADD" => {
            command.args.first().into_iter().collect()
        }
        "MSET" | "MSETNX" => command.args.iter().step_by(2).collect(),
        _ => Vec::new(),
    }
}

/// Whether a key's name says it holds temporary data.
fn is_temporary(key: &str) -> bool {
    let first = key.split([':', '_', '-', '.', '/']).next().unwrap_or("").to_ascii_lowercase();
    TEMPORARY.contains(&first.as_str())
}

/// Whether `key` gets an expiry: by its own write (`SET … EX`, `SETEX`) or a
/// later or earlier `EXPIRE`-family command anywhere in the review.
fn expires(cx: &RedisCx, write: &Command, key: &str) -> bool {
    let own = matches!(write.name.as_str(), "SET" | "JSON.SET") && ["EX", "PX", "EXAT", "PXAT", "KEEPTTL"].iter().any(|f| write.has_flag(f));
    own || cx.review_commands().any(|c| {
        matches!(c.name.as_str(), "EXPIRE" | "PEXPIRE" | "EXPIREAT" | "PEXPIREAT" | "SETEX" | "PSETEX" | "GETEX" | "HEXPIRE")
            && c.args.first().is_some_and(|k| k.value == key)
    })
}
