//! Column types, normalised so rules can ask "is this money in a float?"
//! without knowing every spelling each system accepts.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TypeKind {
    SmallInt,
    Int,
    BigInt,
    /// Auto-increment of at most 32 bits (`SERIAL`, `SMALLSERIAL`).
    Serial,
    BigSerial,
    Numeric,
    Float,
    Text,
    Varchar,
    Char,
    Boolean,
    Date,
    Time,
    Timestamp,
    TimestampTz,
    Interval,
    Uuid,
    Json,
    Jsonb,
    Binary,
    Array,
    Other,
}

impl TypeKind {
    /// Classify the canonical text of a data type (sqlparser's `Display`).
    pub fn classify(type_text: &str) -> (TypeKind, Option<u64>) {
        let lower = type_text.trim().to_ascii_lowercase();
        if lower.ends_with("[]") || lower.starts_with("array") {
            return (TypeKind::Array, None);
        }
        let length = lower.split_once('(').and_then(|(_, rest)| rest.split([')', ',']).next()).and_then(|n| n.trim().parse::<u64>().ok());
        // SQL Server scripts quote type names as identifiers: `[int]`, `"bit"`.
        let base = lower.split('(').next().unwrap_or("").trim().trim_matches(|c| matches!(c, '"' | '[' | ']'));
        // ClickHouse wrappers: the column's kind is the wrapped type's.
        if let ("nullable" | "lowcardinality", Some((_, inner))) = (base, lower.split_once('(')) {
            return TypeKind::classify(inner.strip_suffix(')').unwrap_or(inner));
        }
        let kind = match base {
            "uint8" | "uint16" | "int16" => TypeKind::SmallInt,
            "int32" | "uint32" => TypeKind::Int,
            "int64" | "uint64" | "int128" | "uint128" | "int256" | "uint256" => TypeKind::BigInt,
            "float32" | "float64" => TypeKind::Float,
            "decimal32" | "decimal64" | "decimal128" => TypeKind::Numeric,
            "datetime64" => TypeKind::Timestamp,
            "smallint" | "int2" | "tinyint" => TypeKind::SmallInt,
            "int" | "integer" | "int4" | "mediumint" => TypeKind::Int,
            "bigint" | "int8" => TypeKind::BigInt,
            "serial" | "serial4" | "smallserial" | "serial2" => TypeKind::Serial,
            "bigserial" | "serial8" => TypeKind::BigSerial,
            "numeric" | "decimal" | "dec" | "money" | "number" => TypeKind::Numeric,
            "real" | "float" | "float4" | "float8" | "double" | "double precision" | "binary_float" | "binary_double" => TypeKind::Float,
            "text" | "clob" | "longtext" | "mediumtext" | "tinytext" | "ntext" | "citext" | "string" => TypeKind::Text,
            "varchar" | "character varying" | "nvarchar" | "varchar2" | "nvarchar2" | "varying" => TypeKind::Varchar,
            "char" | "character" | "nchar" | "bpchar" => TypeKind::Char,
            "boolean" | "bool" | "bit" => TypeKind::Boolean,
            "date" => TypeKind::Date,
            "timestamptz" | "timestamp with time zone" | "datetimeoffset" => TypeKind::TimestampTz,
            "timestamp" | "timestamp without time zone" | "datetime" | "datetime2" | "smalldatetime" => TypeKind::Timestamp,
            "time" | "timetz" | "time with time zone" | "time without time zone" => TypeKind::Time,
            "interval" => TypeKind::Interval,
            "uuid" | "uniqueidentifier" => TypeKind::Uuid,
            "json" => TypeKind::Json,
            "jsonb" => TypeKind::Jsonb,
            "bytea" | "blob" | "binary" | "varbinary" | "longblob" => TypeKind::Binary,
            _ if base.starts_with("timestamp") && base.contains("with time zone") && !base.contains("without") => TypeKind::TimestampTz,
            _ if base.starts_with("timestamp") => TypeKind::Timestamp,
            _ => TypeKind::Other,
        };
        (kind, length)
    }

    pub fn is_integer(self) -> bool {
        matches!(self, TypeKind::SmallInt | TypeKind::Int | TypeKind::BigInt | TypeKind::Serial | TypeKind::BigSerial)
    }

    pub fn is_textual(self) -> bool {
        matches!(self, TypeKind::Text | TypeKind::Varchar | TypeKind::Char)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies_common_spellings() {
        assert_eq!(TypeKind::classify("TIMESTAMP WITH TIME ZONE").0, TypeKind::TimestampTz);
        assert_eq!(TypeKind::classify("timestamp(3) without time zone").0, TypeKind::Timestamp);
        assert_eq!(TypeKind::classify("CHARACTER VARYING(255)"), (TypeKind::Varchar, Some(255)));
        assert_eq!(TypeKind::classify("DOUBLE PRECISION").0, TypeKind::Float);
        assert_eq!(TypeKind::classify("NUMERIC(10,2)"), (TypeKind::Numeric, Some(10)));
        assert_eq!(TypeKind::classify("INTEGER[]").0, TypeKind::Array);
        assert_eq!(TypeKind::classify("Nullable(DateTime64(3))").0, TypeKind::Timestamp);
        assert_eq!(TypeKind::classify("LowCardinality(String)").0, TypeKind::Text);
        assert_eq!(TypeKind::classify("UInt64").0, TypeKind::BigInt);
        assert_eq!(TypeKind::classify("\"bit\"").0, TypeKind::Boolean);
        assert_eq!(TypeKind::classify("[nvarchar](60)"), (TypeKind::Varchar, Some(60)));
    }
}
