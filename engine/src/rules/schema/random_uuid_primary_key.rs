use crate::model::TypeKind;
use crate::rules::{CatalogCx, Rule, Sink};

crate::declare_rule! {
    /// ## What it does
    /// Notes primary keys filled with random (version 4) UUIDs, such as
    /// `DEFAULT gen_random_uuid()`.
    ///
    /// ## Why it matters
    /// Random keys land on random pages of the primary-key index: once the
    /// index outgrows memory every insert reads a cold page and splits it,
    /// write amplification and WAL volume climb, and the index is ~16 bytes a
    /// key instead of 8.
    ///
    /// ## Example
    /// ```sql
    /// CREATE TABLE orders (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), total_cents bigint NOT NULL);
    /// ```
    ///
    /// ## Use instead
    /// ```sql
    /// CREATE TABLE orders (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, public_id uuid NOT NULL UNIQUE DEFAULT gen_random_uuid(), total_cents bigint NOT NULL);
    /// ```
    ///
    /// ## In production
    /// Insert throughput on large tables keyed by UUIDv4 drops sharply once
    /// the index no longer fits in RAM; time-ordered UUIDs (v7) or bigint
    /// keys keep inserts on the right-most pages.
    ///
    /// ## Alternatives
    /// UUIDv7 (time-ordered; `uuidv7()` in PostgreSQL 18), a bigint key with a
    /// separate random public identifier, or ULIDs.
    pub struct RandomUuidPrimaryKey {
        code: "S004",
        name: "random-uuid-primary-key",
        area: Schema,
        severity: Info,
        section: PerformanceAnalysis,
        concepts: ["S2"],
        dialects: [],
        fix: None,
        summary: "Random UUIDv4 primary keys scatter inserts across the index",
    }
}

impl Rule for RandomUuidPrimaryKey {
    fn catalog(&self, cx: &CatalogCx, out: &mut Sink) {
        for table in &cx.catalog.tables {
            let [key] = table.primary_key.as_slice() else { continue };
            let Some(column) = table.column(key).filter(|c| c.kind == TypeKind::Uuid) else { continue };
            let default = column.default.as_deref().unwrap_or("").to_ascii_lowercase();
            if default.contains("gen_random_uuid") || default.contains("uuid_generate_v4") || default.contains("newid") {
                out.report(column.span, format!("primary key `{}.{}` takes random UUIDv4 values", table.name, column.name))
                    .help("prefer a time-ordered key (UUIDv7 or bigint identity) for index locality");
            }
        }
    }
}
