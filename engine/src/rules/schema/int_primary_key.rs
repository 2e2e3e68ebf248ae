use crate::input::Dialect;
use crate::model::TypeKind;
use crate::rules::util::identity_key_sql;
use crate::rules::{CatalogCx, Rule, Sink};

crate::declare_rule! {
    /// ## What it does
    /// Flags single-column primary keys of 32-bit integer types (`integer`,
    /// `serial`, `int`) on tables that look like they will grow.
    ///
    /// ## Why it matters
    /// A 32-bit key runs out at 2,147,483,647. A table taking 100 inserts a
    /// second gets there in under a year, and sequences also burn values on
    /// rolled-back inserts. Widening the key later rewrites the table and
    /// every referencing foreign key under an exclusive lock.
    ///
    /// ## Example
    /// ```sql
    /// CREATE TABLE events (id serial PRIMARY KEY, kind text NOT NULL, payload jsonb, created_at timestamptz NOT NULL);
    /// ```
    ///
    /// ## Use instead
    /// ```sql
    /// CREATE TABLE events (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, kind text NOT NULL, payload jsonb, created_at timestamptz NOT NULL);
    /// ```
    ///
    /// ## In production
    /// Running out of `int` keys is a well-known outage pattern: inserts
    /// fail with "integer out of range" and the fix is an online migration
    /// that takes weeks to do safely.
    ///
    /// ## Alternatives
    /// `bigint` identity (8 bytes, effectively inexhaustible); `uuid` (v7 for
    /// index locality) when keys must be generated outside the database.
    /// Small lookup tables may keep `smallint`/`int` keys.
    pub struct IntPrimaryKey {
        code: "S002",
        name: "int-primary-key",
        area: Schema,
        severity: Warning,
        section: TechnicalAssessment,
        concepts: ["S2", "S7"],
        dialects: [],
        fix: Suggestion,
        summary: "A 32-bit integer primary key on a growing table",
    }
}

impl Rule for IntPrimaryKey {
    fn catalog(&self, cx: &CatalogCx, out: &mut Sink) {
        // SQLite's INTEGER is 64-bit whatever its declared name.
        if cx.dialect == Dialect::Sqlite {
            return;
        }
        for table in &cx.catalog.tables {
            let [key] = table.primary_key.as_slice() else { continue };
            let Some(column) = table.column(key) else { continue };
            // Lookup tables (a key and a label or two) stay small.
            if !column.kind.is_32_bit_or_smaller() || table.columns.len() <= 3 {
                continue;
            }
            let replacement = if column.kind == TypeKind::Serial { "bigserial / bigint identity" } else { "bigint" };
            out.report(
                column.span,
                format!("primary key `{}.{}` is {} (32-bit): it runs out at about 2.1 billion rows", table.name, column.name, column.data_type),
            )
            .help(format!("use {replacement}"))
            .fix("Use a 64-bit identity key", identity_key_sql(cx.dialect, &column.name));
        }
    }
}
