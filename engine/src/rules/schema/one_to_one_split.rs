use crate::model::{Catalog, ForeignKey, Table, TypeKind};
use crate::rules::util::name_is;
use crate::rules::{CatalogCx, Rule, Sink};

crate::declare_rule! {
    /// ## What it does
    /// Notes a table whose primary key is also a foreign key to another
    /// table's primary key: a one-to-one split of one entity, when nothing
    /// in the schema says why it was split.
    ///
    /// Several reasons are visible in the schema itself, and keep it silent:
    /// a parent with two or more such tables, or a chain of them, is a
    /// supertype with its subtypes (`items` with `item_notes` and
    /// `item_attachments`; `business_entity`, `person`, `employee`); a side
    /// table holding secrets or account ids of another system is split to be
    /// secured apart; one with its own timestamps or state flags is written
    /// at its own rate (a background scan's progress).
    ///
    /// ## Why it matters
    /// Every read of the whole entity pays a join, and every write touches
    /// two tables. Splits are sometimes right (a rarely read wide column, a
    /// separately secured part), but as a default they are over-normalisation.
    ///
    /// ## Example
    /// ```sql
    /// CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);
    /// CREATE TABLE user_profiles (user_id bigint PRIMARY KEY REFERENCES users (id), bio text);
    /// ```
    ///
    /// ## Use instead
    /// ```sql
    /// CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL, bio text);
    /// ```
    ///
    /// ## In production
    /// One-to-one tables are common in systems designed entity-by-entity from
    /// a class diagram; read paths then join five tables to show a profile.
    ///
    /// ## Alternatives
    /// Keep the columns on one table; split only for a measured reason (very
    /// wide rarely read data, different access control, different write rates).
    pub struct OneToOneSplit {
        code: "S005",
        name: "one-to-one-split",
        area: Schema,
        severity: Info,
        section: TechnicalAssessment,
        concepts: ["S3"],
        dialects: [],
        fix: None,
        summary: "A one-to-one table split (over-normalisation)",
    }
}

/// The table whose primary key `table`'s primary key references, if any.
fn split_parent<'c>(catalog: &'c Catalog, table: &'c Table) -> Option<(&'c ForeignKey, &'c Table)> {
    if table.primary_key.is_empty() {
        return None;
    }
    table.foreign_keys.iter().filter(|fk| fk.columns == table.primary_key && fk.references != table.name).find_map(|fk| {
        let parent = catalog.table(&fk.references)?;
        (parent.primary_key.len() == fk.columns.len()).then_some((fk, parent))
    })
}

/// Secrets or another system's account ids: a reason to secure a part apart.
const PRIVATE: &[&str] = &["password", "passwd", "secret", "token", "api_key", "salt", "hash", "stripe", "customer_id", "account_id", "ssn"];
/// State of its own, written at its own rate.
const OWN_STATE: &[&str] = &["needs", "state", "status", "sync", "synced", "scan", "checked", "last"];

/// Timestamps every table of a framework carries: no sign of a life of its own.
const AUDIT_STAMPS: &[&str] = &["created_at", "updated_at", "modified_at", "inserted_at", "created", "updated", "modified", "date_created", "date_modified"];

/// A default that records when the row was written (a typeless SQLite column too).
fn stamps_now(default: &str) -> bool {
    let d = default.to_ascii_lowercase();
    d.contains("current_timestamp") || d.contains("now()") || d.contains("getdate()") || d.contains("sysdate")
}

/// Why the schema itself shows the split is deliberate.
fn deliberate(catalog: &Catalog, table: &Table, parent: &Table) -> bool {
    let siblings = catalog.tables.iter().filter(|t| split_parent(catalog, t).is_some_and(|(_, p)| p.name == parent.name)).count();
    let has_children = catalog.tables.iter().any(|t| split_parent(catalog, t).is_some_and(|(_, p)| p.name == table.name));
    let own = table.columns.iter().filter(|c| !table.primary_key.contains(&c.name));
    siblings >= 2
        || has_children
        || split_parent(catalog, parent).is_some()
        || own.clone().any(|c| name_is(&c.name, PRIVATE) || name_is(&c.name, OWN_STATE))
        || own
            .clone()
            .filter(|c| !AUDIT_STAMPS.contains(&c.name.to_ascii_lowercase().as_str()))
            .any(|c| matches!(c.kind, TypeKind::Timestamp | TypeKind::TimestampTz) || c.default.as_deref().is_some_and(stamps_now))
}

impl Rule for OneToOneSplit {
    fn catalog(&self, cx: &CatalogCx, out: &mut Sink) {
        for table in &cx.catalog.tables {
            if let Some((fk, parent)) = split_parent(cx.catalog, table) {
                if !deliberate(cx.catalog, table, parent) {
                    out.report(fk.span, format!("`{}` shares its primary key with `{}`: a one-to-one split", table.name, fk.references))
                        .help("merge the columns into one table unless there is a measured reason to split");
                }
            }
        }
    }
}
