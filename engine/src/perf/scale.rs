//! Table sizes: hints from the author (`-- sqlreview: rows orders=50M`, the
//! CLI's `--rows`, the app's field) and how a query's cost grows with them.

use super::lookup::Basis;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Below this many rows a full scan costs less than the index probe's bookkeeping.
pub const SMALL_TABLE: u64 = 10_000;
/// From this many rows on a full scan on the request path is an outage in waiting.
pub const LARGE_TABLE: u64 = 1_000_000;

/// How a query's cost grows with the size of the tables it reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Growth {
    Constant,
    Logarithmic,
    Linear,
    Linearithmic,
    /// Every row of one table against every row of another.
    Product,
}

impl Growth {
    pub fn notation(self) -> &'static str {
        match self {
            Growth::Constant => "O(1)",
            Growth::Logarithmic => "O(log n)",
            Growth::Linear => "O(n)",
            Growth::Linearithmic => "O(n log n)",
            Growth::Product => "O(n·m)",
        }
    }
}

/// Row counts by table name (lower case): the ones the author gave, and
/// after the analysis the small lookup tables it inferred.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TableSizes {
    pub rows: BTreeMap<String, u64>,
    /// Tables whose size was inferred from the material, with why.
    #[serde(default)]
    pub inferred: BTreeMap<String, Basis>,
}

impl TableSizes {
    pub fn of(&self, table: &str) -> Option<u64> {
        self.rows.get(table).copied()
    }

    /// Small enough that a full scan costs less than an index probe.
    pub fn is_small(&self, table: &str) -> bool {
        self.of(table).is_some_and(|rows| rows < SMALL_TABLE)
    }

    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }
}

/// What a verdict on `table` rests on: its hinted or inferred size, or the assumption.
pub fn size_phrase(sizes: &TableSizes, table: &str) -> String {
    match (sizes.of(table), sizes.inferred.get(table)) {
        (Some(_), Some(basis)) => format!("`{table}` looks small ({}; inferred, say its size with `-- sqlreview: rows {table}=…`)", basis.describe()),
        (Some(rows), None) => format!("`{table}` has about {} rows", rows_text(rows)),
        (None, _) => format!("assuming `{table}` grows large (say its size with `-- sqlreview: rows {table}=…`)"),
    }
}

/// `50000000` as `50M`, `1200` as `1.2k`.
pub fn rows_text(rows: u64) -> String {
    let scaled = |unit: u64, suffix: &str| {
        let tenths = rows * 10 / unit;
        if tenths.is_multiple_of(10) || tenths >= 1000 {
            format!("{}{suffix}", tenths / 10)
        } else {
            format!("{}.{}{suffix}", tenths / 10, tenths % 10)
        }
    };
    match rows {
        r if r >= 1_000_000_000 => scaled(1_000_000_000, "B"),
        r if r >= 1_000_000 => scaled(1_000_000, "M"),
        r if r >= 1_000 => scaled(1_000, "k"),
        r => r.to_string(),
    }
}

/// Parse `orders=50M, users=200 events=1.5B` (commas or spaces between pairs).
pub fn parse_hints(text: &str) -> Result<Vec<(String, u64)>, String> {
    text.split(|c: char| c == ',' || c.is_whitespace())
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (table, count) = pair.split_once('=').ok_or_else(|| format!("`{pair}` is not a table size; write `table=rows`, e.g. `orders=50M`"))?;
            let table = table.trim().trim_matches('"').to_ascii_lowercase();
            let table = table.rsplit('.').next().unwrap_or_default().to_string();
            if table.is_empty() {
                return Err(format!("`{pair}` names no table"));
            }
            Ok((table, parse_count(count.trim())?))
        })
        .collect()
}

/// `50M`, `1.5B`, `200`, `20k`, `3_000_000` (integer arithmetic: no float parsing in the browser bundle).
pub fn parse_count(text: &str) -> Result<u64, String> {
    let bad = || format!("`{text}` is not a row count; write a number with an optional k, M or B (`50M`)");
    let cleaned: String = text.chars().filter(|c| *c != '_').collect();
    let (digits, unit) = match cleaned.char_indices().last() {
        Some((i, c)) if c.is_ascii_alphabetic() => {
            let unit = match c.to_ascii_lowercase() {
                'k' => 1_000,
                'm' => 1_000_000,
                'b' | 'g' => 1_000_000_000,
                _ => return Err(bad()),
            };
            (&cleaned[..i], unit)
        }
        _ => (cleaned.as_str(), 1),
    };
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    if whole.is_empty() || !whole.bytes().all(|b| b.is_ascii_digit()) || !fraction.bytes().all(|b| b.is_ascii_digit()) {
        return Err(bad());
    }
    let whole: u64 = whole.parse().map_err(|_| bad())?;
    let mut value = whole.checked_mul(unit).ok_or_else(bad)?;
    let mut place = unit;
    for digit in fraction.bytes() {
        place /= 10;
        value += u64::from(digit - b'0') * place;
    }
    Ok(value)
}

/// Table sizes from the options and the `-- sqlreview: rows …` comments (the
/// comments win: they sit beside the schema they describe).
pub(crate) fn sizes_from(given: &BTreeMap<String, u64>, hinted: impl IntoIterator<Item = (String, u64)>) -> TableSizes {
    let mut sizes = TableSizes { rows: given.iter().map(|(t, r)| (t.to_ascii_lowercase(), *r)).collect(), ..TableSizes::default() };
    sizes.rows.extend(hinted);
    sizes
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_read_units_and_fractions() {
        assert_eq!(parse_count("50M"), Ok(50_000_000));
        assert_eq!(parse_count("1.5B"), Ok(1_500_000_000));
        assert_eq!(parse_count("200"), Ok(200));
        assert_eq!(parse_count("20k"), Ok(20_000));
        assert_eq!(parse_count("3_000_000"), Ok(3_000_000));
        assert!(parse_count("lots").is_err());
        assert!(parse_count("99999999999999999999B").is_err());
    }

    #[test]
    fn sizes_read_back_in_short_form() {
        assert_eq!(rows_text(50_000_000), "50M");
        assert_eq!(rows_text(1_200), "1.2k");
        assert_eq!(rows_text(200), "200");
    }
}
