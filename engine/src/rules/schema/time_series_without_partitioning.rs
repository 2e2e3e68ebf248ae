use crate::input::Dialect;
use crate::model::{Table, TypeKind};
use crate::rules::{CatalogCx, Rule, Sink};

crate::declare_rule! {
    /// ## What it does
    /// Notes an append-only time-series table (events, logs, metrics,
    /// readings…) with a timestamp column and no partitioning.
    ///
    /// A name is not enough on its own. A table that defines things rather
    /// than records them (`billable_metrics` with a name, a code and a
    /// description) is a catalog, and a pg_partman template
    /// (`template_public_events`, the shape partman copies into each
    /// partition of an already partitioned parent) is partitioned by design:
    /// both are left alone. On MySQL and MariaDB a partitioned table can
    /// neither have nor be referenced by a foreign key, so a table that does
    /// is left alone there, and the help says that the time column must join
    /// every unique key, the primary key included.
    ///
    /// ## Why it matters
    /// Such tables grow without bound. Deleting old rows leaves bloat and
    /// takes hours; with range partitions by time, retention is a
    /// near-instant `DROP` of a partition and queries on recent data touch
    /// only recent partitions.
    ///
    /// ## Example
    /// ```sql
    /// CREATE TABLE page_events (id bigint GENERATED ALWAYS AS IDENTITY, occurred_at timestamptz NOT NULL, url text, PRIMARY KEY (id));
    /// ```
    ///
    /// ## Use instead
    /// ```sql
    /// CREATE TABLE page_events (id bigint GENERATED ALWAYS AS IDENTITY, occurred_at timestamptz NOT NULL, url text, PRIMARY KEY (id, occurred_at)) PARTITION BY RANGE (occurred_at);
    /// ```
    ///
    /// ## In production
    /// Event tables in the billions of rows are routinely partitioned by day
    /// or month (pg_partman automates it); TimescaleDB does the same
    /// automatically.
    ///
    /// ## Alternatives
    /// Native range partitioning, a time-series extension, BRIN indexes on
    /// the timestamp for very large append-only tables, or an OLAP store
    /// (ClickHouse) for analytics.
    pub struct TimeSeriesWithoutPartitioning {
        code: "S025",
        name: "time-series-without-partitioning",
        area: Schema,
        severity: Info,
        section: PerformanceAnalysis,
        concepts: ["S10"],
        dialects: [],
        fix: None,
        summary: "A growing time-series table without partitioning",
    }
}

const TIME_SERIES: &[&str] =
    &["events", "event", "logs", "log", "metrics", "measurements", "readings", "clicks", "pageviews", "page_views", "telemetry", "audit_log", "history"];

/// Columns that define an entity: a catalog of definitions, not a stream.
fn defines_things(table: &Table) -> bool {
    let has = |name: &str| table.column(name).is_some();
    has("description") || (has("name") && has("code"))
}

impl Rule for TimeSeriesWithoutPartitioning {
    fn catalog(&self, cx: &CatalogCx, out: &mut Sink) {
        if cx.dialect == Dialect::Clickhouse {
            return;
        }
        for table in cx.catalog.tables.iter().filter(|t| t.partitioned_by.is_none()) {
            let series = TIME_SERIES.iter().any(|w| table.name == *w || table.name.ends_with(&format!("_{w}")));
            // pg_partman's template for a partitioned parent.
            let template = table.name.starts_with("template_");
            if !series || template || defines_things(table) {
                continue;
            }
            let time = table.columns.iter().find(|c| matches!(c.kind, TypeKind::TimestampTz | TypeKind::Timestamp));
            let Some(time) = time else { continue };
            // MySQL and MariaDB partition no table that has or is referenced by a foreign key.
            let keyed = !table.foreign_keys.is_empty() || cx.catalog.tables.iter().any(|t| t.foreign_keys.iter().any(|fk| fk.references == table.name));
            if cx.dialect == Dialect::Mysql && keyed {
                continue;
            }
            let help = match cx.dialect {
                Dialect::Mysql => format!(
                    "partition by RANGE COLUMNS on `{}` so retention is a DROP PARTITION; MySQL needs the column in every unique key, the primary key included",
                    time.name
                ),
                _ => format!("partition by range on `{}` so retention is a DROP PARTITION", time.name),
            };
            out.report(table.span, format!("time-series table `{}` is not partitioned", table.name)).help(help);
        }
    }
}
