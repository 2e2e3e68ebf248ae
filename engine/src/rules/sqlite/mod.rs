//! SQLite's own rules (concept T5): SQLite is how many courses start.

mod autoincrement;
mod foreign_keys_off;
mod int_primary_key;
mod missing_strict;
mod numeric_affinity;

pub use autoincrement::Autoincrement;
pub use foreign_keys_off::ForeignKeysOff;
pub use int_primary_key::IntPrimaryKey;
pub use missing_strict::MissingStrict;
pub use numeric_affinity::NumericAffinity;
