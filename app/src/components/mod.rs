//! One component per file.

pub mod editor;
pub mod findings;
pub mod lifecycle;
pub mod performance;
pub mod plan_tree;
pub mod review_panel;
pub mod rule_doc;
pub mod rules_catalog;
pub mod schema_panel;
pub mod toolbar;
