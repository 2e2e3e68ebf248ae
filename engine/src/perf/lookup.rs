//! Small lookup tables the material itself shows: a handful of seed rows in
//! the script, or a name that says the table lists kinds, statuses,
//! countries or currencies. A full scan of such a table costs less than an
//! index probe, and it never grows into a problem, so no growth or index
//! verdict should rest on it. The sizes are inferred, and say so.

use super::scale::TableSizes;
use crate::model::{Catalog, StatementFacts, Table, TypeKind};
use std::collections::BTreeMap;

/// At most this many seed rows make a table small.
const MAX_SEED_ROWS: usize = 50;
/// A lookup table is narrow: a key, a name or code, a description or two.
const MAX_COLUMNS: usize = 6;
/// The size assumed for a table whose name says it is a lookup.
const LOOKUP_ROWS: u64 = 100;

/// Names that say a table lists the values of a kind.
const LOOKUP_SUFFIXES: &[&str] = &["_type", "_types", "_status", "_statuses", "_kind", "_kinds"];
const LOOKUP_NAMES: &[&str] = &["status", "statuses", "countries", "currencies", "languages", "locales", "timezones"];

/// Why a table is taken to be small.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Basis {
    /// The script loads this many rows into it, and no more.
    SeedRows(usize),
    /// Its name says it is a lookup table.
    Name,
}

impl Basis {
    pub fn describe(&self) -> String {
        match self {
            Basis::SeedRows(n) => format!("{n} seed row{} in the script", if *n == 1 { "" } else { "s" }),
            Basis::Name => "its name says it is a lookup table".to_string(),
        }
    }
}

fn narrow(table: &Table) -> bool {
    let big_key = table.primary_key.iter().filter_map(|k| table.column(k)).any(|c| matches!(c.kind, TypeKind::BigInt | TypeKind::BigSerial));
    // A table that references others (a link table, a child) grows with them.
    table.columns.len() <= MAX_COLUMNS && !big_key && table.foreign_keys.is_empty()
}

fn named_lookup(name: &str) -> bool {
    LOOKUP_NAMES.contains(&name) || LOOKUP_SUFFIXES.iter().any(|s| name.ends_with(s))
}

/// The tables the material shows to be small, with why.
pub fn small_tables(catalog: &Catalog, facts: &[StatementFacts]) -> BTreeMap<String, Basis> {
    // Rows loaded per table; `None` once a load's size is unknown (COPY from a file).
    let mut seeds: BTreeMap<&str, Option<usize>> = BTreeMap::new();
    for load in facts.iter().filter_map(|f| f.load.as_ref()) {
        let entry = seeds.entry(load.table.as_str()).or_insert(Some(0));
        *entry = entry.zip(load.rows).map(|(a, b)| a + b);
    }
    let mut small = BTreeMap::new();
    for table in catalog.tables.iter().filter(|t| narrow(t)) {
        let basis = match seeds.get(table.name.as_str()) {
            Some(Some(rows)) if (1..=MAX_SEED_ROWS).contains(rows) => Some(Basis::SeedRows(*rows)),
            Some(_) => None,
            None => named_lookup(&table.name).then_some(Basis::Name),
        };
        if let Some(basis) = basis {
            small.insert(table.name.clone(), basis);
        }
    }
    small
}

impl TableSizes {
    /// These sizes with the inferred small tables added; a size the author
    /// gave always wins.
    pub fn with_inferred(&self, inferred: BTreeMap<String, Basis>) -> TableSizes {
        let mut sizes = self.clone();
        for (table, basis) in inferred {
            if sizes.rows.contains_key(&table) {
                continue;
            }
            let rows = match basis {
                Basis::SeedRows(n) => n as u64,
                Basis::Name => LOOKUP_ROWS,
            };
            sizes.rows.insert(table.clone(), rows);
            sizes.inferred.insert(table, basis);
        }
        sizes
    }
}
