use crate::rules::util::fine_partition_reason;
use crate::rules::{Rule, Sink, StatementCx};
use sqlparser::ast::{Expr, Statement};

/// Functions whose result changes more often than once a day.
const FINE_GRAINED: [&str; 9] = [
    "tostartofhour",
    "tostartofminute",
    "tostartoffiveminutes",
    "tostartoffifteenminutes",
    "tostartoftenminutes",
    "toyyyymmddhhmmss",
    "tohour",
    "tounixtimestamp",
    "todatetime",
];

crate::declare_rule! {
    /// ## What it does
    /// Flags a ClickHouse `PARTITION BY` on a raw timestamp, an id column,
    /// or a function finer than a day (`toStartOfHour(ts)`).
    ///
    /// ## Why it matters
    /// Every insert writes at least one part per partition it touches, and
    /// parts are never merged across partitions. A fine partition key turns
    /// each batch into many tiny parts; past a few thousand partitions,
    /// inserts fail with "too many parts" and queries open thousands of
    /// files. Partitions are for dropping old data, not for speeding up
    /// queries (the sorting key does that).
    ///
    /// ## Example
    /// ```sql
    /// CREATE TABLE events (occurred_at DateTime, user_id UInt64)
    /// ENGINE = MergeTree PARTITION BY occurred_at ORDER BY (user_id, occurred_at);
    /// ```
    ///
    /// ## Use instead
    /// ```sql
    /// CREATE TABLE events (occurred_at DateTime, user_id UInt64)
    /// ENGINE = MergeTree PARTITION BY toYYYYMM(occurred_at) ORDER BY (user_id, occurred_at);
    /// ```
    ///
    /// ## In production
    /// The table works in a demo with a few rows and breaks under real
    /// insert rates, usually at night when a backfill runs.
    ///
    /// ## Alternatives
    /// `toDate(ts)` for tables that drop data daily; no partitioning at all
    /// for small tables; TTL clauses to expire rows without partitions.
    pub struct PartitionGranularity {
        code: "T604",
        name: "clickhouse-partition-granularity",
        area: Schema,
        severity: Warning,
        section: PerformanceAnalysis,
        concepts: ["T13", "S10"],
        dialects: [Clickhouse],
        fix: None,
        summary: "PARTITION BY a timestamp, an id or an hour: too many parts",
    }
}

impl Rule for PartitionGranularity {
    fn statement(&self, cx: &StatementCx, out: &mut Sink) {
        let Statement::CreateTable(create) = cx.stmt else { return };
        let Some(partition) = create.partition_by.as_deref() else { return };
        let parts: Vec<&Expr> = match partition {
            Expr::Tuple(items) => items.iter().collect(),
            other => vec![other],
        };
        for part in parts {
            let reason = match part {
                Expr::Identifier(column) => {
                    let def = create.columns.iter().find(|c| c.name.value.eq_ignore_ascii_case(&column.value));
                    let type_text = def.map(|d| d.data_type.to_string()).unwrap_or_default();
                    fine_partition_reason(&column.value, &type_text).map(|what| {
                        if what == "an id" {
                            "one partition per id"
                        } else {
                            "one partition per distinct timestamp"
                        }
                    })
                }
                Expr::Function(f) if FINE_GRAINED.contains(&f.name.to_string().to_ascii_lowercase().as_str()) => Some("partitions finer than a day"),
                _ => None,
            };
            if let Some(reason) = reason {
                out.report(cx.span_of(part), format!("`PARTITION BY {part}` on `{}` makes {reason}: inserts will create too many parts", create.name))
                    .help("partition by month (toYYYYMM) or day (toDate) at the finest; let the sorting key serve queries");
            }
        }
    }
}
