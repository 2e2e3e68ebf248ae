use crate::model::{integer_width, TypeKind};
use crate::rules::util::identity_key_sql;
use crate::rules::{CatalogCx, Rule, Sink};

crate::declare_rule! {
    /// ## What it does
    /// Flags single-column primary keys of integer types of 32 bits or less
    /// (`integer`, `serial`, `int`, `smallint`, MySQL's `MEDIUMINT`) on tables
    /// that will outgrow them: a 16-bit key on any table beyond a lookup of a
    /// few columns, a 24- or 32-bit key on a table whose name says rows are
    /// appended all day (events, logs, messages, page views). Widths are each system's: SQLite's
    /// `INTEGER` is 64-bit and Oracle's `INTEGER` is `NUMBER(38)`, so neither
    /// is flagged.
    ///
    /// ## Why it matters
    /// A 32-bit key runs out at 2,147,483,647, a `SMALLINT` one at 32,767. A table taking 100 inserts a
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
        summary: "A primary key of 32 bits or less on a growing table",
    }
}

impl Rule for IntPrimaryKey {
    fn catalog(&self, cx: &CatalogCx, out: &mut Sink) {
        for table in &cx.catalog.tables {
            let [key] = table.primary_key.as_slice() else { continue };
            let Some(column) = table.column(key) else { continue };
            // SQLite's INTEGER is 64-bit whatever its declared name, Oracle's
            // INTEGER is NUMBER(38): only a fixed width of 32 bits or less runs out.
            let Some(width) = integer_width(cx.dialect, &column.data_type).filter(|w| w.bits <= 32) else { continue };
            // Only a table written all day comes near two billion rows; lookup
            // tables, users and projects stay far below it.
            // A 16-bit key runs out at 32,767 or 65,535 rows, which any growing table reaches.
            if table.columns.len() <= 3 || (width.bits > 16 && !crate::rules::util::is_high_volume_table(&table.name)) {
                continue;
            }
            let replacement = if column.kind == TypeKind::Serial { "bigserial / bigint identity" } else { "bigint" };
            out.report(
                column.span,
                format!("primary key `{}.{}` is {} ({}-bit): it runs out at {}", table.name, column.name, column.data_type, width.bits, width.max_text()),
            )
            .help(format!("use {replacement}"))
            .fix("Use a 64-bit identity key", identity_key_sql(cx.dialect, &column.name));
        }
    }
}
