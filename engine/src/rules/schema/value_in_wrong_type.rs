use crate::model::{Column, TypeKind};
use crate::rules::util::{name_is, system_types, SystemTypes};
use crate::rules::{CatalogCx, Rule, Sink};

crate::declare_rule! {
    /// ## What it does
    /// Flags values stored in the wrong type: dates and numbers in strings
    /// (`birth_date varchar`, `quantity text`), booleans as `char(1)` or
    /// integers (`is_active int`), and UUIDs as `char(36)`. The advice names
    /// each system's own type (`BIT` on SQL Server, `DateTime` on
    /// ClickHouse…); what is a system's idiom stays silent: MySQL's
    /// `TINYINT(1)` and Oracle's `NUMBER(1)` flags, SQLite's text dates and
    /// 0/1 integers.
    ///
    /// ## Why it matters
    /// The database can no longer validate the value ('2024-02-30' is a
    /// valid string), comparisons become text comparisons ('10' < '9'),
    /// storage grows (a UUID is 16 bytes, as text 37), and every query casts.
    ///
    /// ## Example
    /// ```sql
    /// CREATE TABLE people (id bigint PRIMARY KEY, birth_date varchar(10), is_active char(1));
    /// ```
    ///
    /// ## Use instead
    /// ```sql
    /// CREATE TABLE people (id bigint PRIMARY KEY, birth_date date, is_active boolean NOT NULL DEFAULT true);
    /// ```
    ///
    /// ## In production
    /// Data imported from spreadsheets arrives as strings; teams that keep it
    /// that way end up with three date formats in one column.
    ///
    /// ## Alternatives
    /// `date`, `timestamptz`, `integer`/`numeric`, `boolean` and `uuid`;
    /// convert at the edge of the system, not in every query.
    pub struct ValueInWrongType {
        code: "S016",
        name: "value-in-wrong-type",
        area: Schema,
        severity: Warning,
        section: BestPracticeAlignment,
        concepts: ["S7"],
        dialects: [],
        fix: None,
        summary: "Dates, numbers, booleans or UUIDs stored as strings or integers",
    }
}

fn problem(column: &Column, types: &SystemTypes) -> Option<(&'static str, &'static str)> {
    let n = column.name.as_str();
    let flag = n.starts_with("is_") || n.starts_with("has_") || matches!(n, "active" | "enabled" | "deleted" | "verified");
    if column.kind.is_textual() {
        // Each system's list ends with its date type: a `*_date` or birthday
        // is a calendar day, an `*_at` an instant.
        if name_is(n, &["date", "birthday", "dob"]) {
            return types.timestamp.map(|t| ("a date", t.rsplit(" or ").next().unwrap_or(t)));
        }
        if n.ends_with("_at") {
            return types.timestamp.map(|t| ("a date or time", t.rsplit_once(" or ").map_or(t, |(instant, _)| instant)));
        }
        // One character holds a code or a Y/N flag (TPC-DS `d_current_year`), not a count or a year.
        if name_is(n, &["count", "quantity", "qty", "age", "year"]) && column.length != Some(1) {
            return Some(("a number", "an integer type"));
        }
        if flag {
            return Some(("a boolean", types.boolean));
        }
        if column.length == Some(36) && (name_is(n, &["uuid", "guid"]) || n == "id") {
            return types.uuid.map(|t| ("a UUID", t));
        }
    }
    if matches!(column.kind, TypeKind::SmallInt | TypeKind::Int) && flag {
        return types.boolean_for_integers.map(|t| ("a boolean", t));
    }
    None
}

impl Rule for ValueInWrongType {
    fn catalog(&self, cx: &CatalogCx, out: &mut Sink) {
        let types = system_types(cx.dialect);
        for table in &cx.catalog.tables {
            for column in &table.columns {
                if let Some((what, better)) = problem(column, &types) {
                    out.report(column.span, format!("`{}.{}` stores {what} as {}", table.name, column.name, column.data_type)).help(format!("use {better}"));
                }
            }
        }
    }
}
