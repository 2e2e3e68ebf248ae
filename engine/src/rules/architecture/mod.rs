//! Architecture rules: what the SQL reveals about the choice of design.

mod entity_attribute_value;
mod hot_counter_row;
mod queue_without_skip_locked;

pub use entity_attribute_value::EntityAttributeValue;
pub use hot_counter_row::HotCounterRow;
pub use queue_without_skip_locked::QueueWithoutSkipLocked;
