//! How many bits an integer type holds on each system, and its largest
//! value: the one place the rules ask before saying a key "runs out".

use crate::input::Dialect;

/// A fixed-width integer type as one system stores it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IntegerWidth {
    pub bits: u16,
    pub unsigned: bool,
}

impl IntegerWidth {
    const fn signed(bits: u16) -> Option<Self> {
        Some(IntegerWidth { bits, unsigned: false })
    }

    const fn of(bits: u16, unsigned: bool) -> Option<Self> {
        Some(IntegerWidth { bits, unsigned })
    }

    /// The largest value the type stores (saturating at `u128::MAX`).
    pub fn max(self) -> u128 {
        let value_bits = if self.unsigned { self.bits } else { self.bits - 1 };
        1u128.checked_shl(u32::from(value_bits)).map_or(u128::MAX, |v| v - 1)
    }

    /// The largest value written for a reader: `32,767`, `2,147,483,647`.
    pub fn max_text(self) -> String {
        crate::read::explain::thousands(self.max())
    }
}

/// The width of an integer type on `dialect`, or `None` when the type is
/// not a fixed-width integer there: Oracle's `INT`, `INTEGER` and
/// `SMALLINT` are `NUMBER(38)` (Oracle SQL Language Reference, "ANSI, DB2,
/// and SQL/DS Data Types"); SQLite stores every integer in up to 8 bytes
/// (sqlite.org/datatype3.html); BigQuery's `INT`, `SMALLINT`, `TINYINT`…
/// are all `INT64`.
pub fn integer_width(dialect: Dialect, type_text: &str) -> Option<IntegerWidth> {
    let text = unwrap_clickhouse(type_text.trim());
    if dialect == Dialect::Clickhouse {
        if let Some(width) = clickhouse_width(text) {
            return Some(width);
        }
    }
    let lower = text.to_ascii_lowercase();
    let words: Vec<&str> = lower.split(|c: char| c.is_whitespace() || c == '(').filter(|w| !w.is_empty()).collect();
    let base = *words.first()?;
    let unsigned = words.contains(&"unsigned");
    let bits: u16 = match base {
        "tinyint" | "int1" | "byteint" => 8,
        "smallint" | "int2" | "smallserial" | "serial2" => 16,
        "mediumint" | "int3" | "middleint" => 24,
        "int" | "integer" | "int4" | "serial" | "serial4" => 32,
        "bigint" | "int8" | "bigserial" | "serial8" | "int64" => 64,
        _ => return None,
    };
    match dialect {
        Dialect::Oracle => None,
        Dialect::Sqlite | Dialect::Bigquery => IntegerWidth::signed(64),
        // MySQL's SERIAL is BIGINT UNSIGNED NOT NULL AUTO_INCREMENT UNIQUE.
        Dialect::Mysql if base == "serial" => IntegerWidth::of(64, true),
        Dialect::Mysql | Dialect::Clickhouse => IntegerWidth::of(bits, unsigned),
        // SQL Server's TINYINT is 0 to 255.
        Dialect::Mssql if bits == 8 => IntegerWidth::of(8, true),
        _ => IntegerWidth::signed(bits),
    }
}

/// `Nullable(Int32)` and `LowCardinality(UInt16)` hold the wrapped type.
fn unwrap_clickhouse(text: &str) -> &str {
    for wrapper in ["Nullable(", "LowCardinality("] {
        if let Some(inner) = text.strip_prefix(wrapper).and_then(|rest| rest.strip_suffix(')')) {
            return unwrap_clickhouse(inner.trim());
        }
    }
    text
}

/// ClickHouse's own names, which are case-sensitive: `Int8` is one byte,
/// `UInt64` eight (clickhouse.com/docs/sql-reference/data-types/int-uint).
fn clickhouse_width(text: &str) -> Option<IntegerWidth> {
    let (unsigned, digits) = match text.strip_prefix("UInt") {
        Some(rest) => (true, rest),
        None => (false, text.strip_prefix("Int")?),
    };
    let bits: u16 = digits.parse().ok()?;
    matches!(bits, 8 | 16 | 32 | 64 | 128 | 256).then_some(IntegerWidth { bits, unsigned })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn max(dialect: Dialect, text: &str) -> Option<String> {
        integer_width(dialect, text).map(IntegerWidth::max_text)
    }

    #[test]
    fn widths_per_system() {
        assert_eq!(max(Dialect::Postgres, "SMALLINT").as_deref(), Some("32,767"));
        assert_eq!(max(Dialect::Mysql, "SMALLINT(5) UNSIGNED").as_deref(), Some("65,535"));
        assert_eq!(max(Dialect::Mysql, "MEDIUMINT").as_deref(), Some("8,388,607"));
        assert_eq!(max(Dialect::Mysql, "INT(10) UNSIGNED").as_deref(), Some("4,294,967,295"));
        assert_eq!(max(Dialect::Mssql, "INT").as_deref(), Some("2,147,483,647"));
        assert_eq!(max(Dialect::Mssql, "TINYINT").as_deref(), Some("255"));
        assert_eq!(max(Dialect::Postgres, "SERIAL").as_deref(), Some("2,147,483,647"));
        assert_eq!(integer_width(Dialect::Postgres, "int8").map(|w| w.bits), Some(64));
        assert_eq!(integer_width(Dialect::Clickhouse, "Int8").map(|w| w.bits), Some(8));
        assert_eq!(max(Dialect::Clickhouse, "Nullable(UInt16)").as_deref(), Some("65,535"));
        assert_eq!(integer_width(Dialect::Mysql, "SERIAL").map(|w| w.bits), Some(64));
        assert_eq!(integer_width(Dialect::Oracle, "INTEGER"), None);
        assert_eq!(integer_width(Dialect::Oracle, "SMALLINT"), None);
        assert_eq!(integer_width(Dialect::Sqlite, "INT").map(|w| w.bits), Some(64));
        assert_eq!(integer_width(Dialect::Postgres, "text"), None);
    }
}
