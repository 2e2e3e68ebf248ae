//! Redis's own rules (concept T8): commands that block the single thread,
//! keys that never expire, and configuration that loses data or refuses
//! writes.

mod flush;
mod key_without_ttl;
mod keys_command;
mod maxmemory_without_eviction;
mod no_persistence;
mod protected_mode_off;
mod select_database;
mod whole_collection_read;

pub use flush::Flush;
pub use key_without_ttl::KeyWithoutTtl;
pub use keys_command::KeysCommand;
pub use maxmemory_without_eviction::MaxmemoryWithoutEviction;
pub use no_persistence::NoPersistence;
pub use protected_mode_off::ProtectedModeOff;
pub use select_database::SelectDatabase;
pub use whole_collection_read::WholeCollectionRead;

use crate::read::redis::Command;
use crate::rules::RedisCx;
use std::collections::HashSet;

/// Key prefixes that say the data is temporary (`session:42`, `cache:user:1`).
const TEMPORARY: [&str; 10] = ["cache", "session", "sess", "token", "otp", "ratelimit", "rate", "lock", "tmp", "temp"];

/// Commands that write a key, and which of their arguments are keys.
pub(crate) fn written_keys(command: &Command) -> Vec<&crate::read::redis::Word> {
    match command.name.as_str() {
        "SET" | "SETNX" | "HSET" | "HMSET" | "HSETNX" | "SADD" | "LPUSH" | "RPUSH" | "ZADD" | "INCR" | "INCRBY" | "JSON.SET" | "XADD" => {
            command.args.first().into_iter().collect()
        }
        "MSET" | "MSETNX" => command.args.iter().step_by(2).collect(),
        _ => Vec::new(),
    }
}

/// Whether a key's name says it holds temporary data.
pub(crate) fn is_temporary(key: &str) -> bool {
    let first = key.split([':', '_', '-', '.', '/']).next().unwrap_or("").to_ascii_lowercase();
    TEMPORARY.contains(&first.as_str())
}

/// The keys an `EXPIRE`-family command (or `SETEX`, `GETEX`…) gives an
/// expiry anywhere in the review; built once per rule run, so a long
/// script is not searched again for every write.
pub(crate) fn expired_keys<'a>(cx: &'a RedisCx) -> HashSet<&'a str> {
    cx.review_commands()
        .filter(|c| matches!(c.name.as_str(), "EXPIRE" | "PEXPIRE" | "EXPIREAT" | "PEXPIREAT" | "SETEX" | "PSETEX" | "GETEX" | "HEXPIRE"))
        .filter_map(|c| c.args.first().map(|k| k.value.as_str()))
        .collect()
}

/// Whether `key` gets an expiry: by its own write (`SET … EX`) or by one of
/// the review's `expired` keys.
pub(crate) fn expires(write: &Command, key: &str, expired: &HashSet<&str>) -> bool {
    let own = matches!(write.name.as_str(), "SET" | "JSON.SET") && ["EX", "PX", "EXAT", "PXAT", "KEEPTTL"].iter().any(|f| write.has_flag(f));
    own || expired.contains(key)
}
