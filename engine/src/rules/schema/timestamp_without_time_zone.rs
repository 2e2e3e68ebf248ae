use crate::model::TypeKind;
use crate::rules::{CatalogCx, Rule, Sink};

crate::declare_rule! {
    /// ## What it does
    /// Flags `timestamp` (without time zone) columns. A schema of twenty or
    /// more of them and no `timestamptz` at all keeps a convention (Rails
    /// and Django write UTC into `timestamp`) and is left alone.
    ///
    /// ## Why it matters
    /// A `timestamp` stores a wall-clock reading with no zone: the same
    /// instant written by servers in two zones, or before and after a
    /// daylight-saving change, compares wrongly. `timestamptz` stores an
    /// absolute instant (in UTC) and converts on display, at the same 8 bytes.
    ///
    /// ## Example
    /// ```sql
    /// CREATE TABLE logins (id bigint PRIMARY KEY, happened_at timestamp NOT NULL);
    /// ```
    ///
    /// ## Use instead
    /// ```sql
    /// CREATE TABLE logins (id bigint PRIMARY KEY, happened_at timestamptz NOT NULL);
    /// ```
    ///
    /// ## In production
    /// Off-by-one-hour bugs twice a year and reports that disagree between
    /// regions are the signature of `timestamp` columns.
    ///
    /// ## Alternatives
    /// `timestamptz` for instants; `date` for calendar days; `timestamp` only
    /// for a local time that must not move (an alarm at 07:00 wherever you are).
    pub struct TimestampWithoutTimeZone {
        code: "S015",
        name: "timestamp-without-time-zone",
        area: Schema,
        severity: Warning,
        section: BestPracticeAlignment,
        concepts: ["S7", "P3"],
        dialects: [Postgres],
        fix: Suggestion,
        summary: "timestamp without time zone for an instant",
    }
}

/// From this many `timestamp` columns and none with a time zone, the schema
/// follows a convention rather than an oversight.
const CONVENTION: usize = 20;

impl Rule for TimestampWithoutTimeZone {
    fn catalog(&self, cx: &CatalogCx, out: &mut Sink) {
        // A large schema that never uses timestamptz keeps a convention (Rails
        // and Django write UTC into `timestamp`): changing hundreds of columns
        // is no advice, and one mixed-in column would be the real risk.
        let columns = || cx.catalog.tables.iter().flat_map(|t| t.columns.iter());
        let plain = columns().filter(|c| c.kind == TypeKind::Timestamp).count();
        if plain >= CONVENTION && !columns().any(|c| c.kind == TypeKind::TimestampTz) {
            return;
        }
        for table in &cx.catalog.tables {
            for column in table.columns.iter().filter(|c| c.kind == TypeKind::Timestamp) {
                out.report(column.span, format!("`{}.{}` is `timestamp` without time zone", table.name, column.name))
                    .fix("Store an absolute instant", format!("{} timestamptz", column.name));
            }
        }
    }
}
