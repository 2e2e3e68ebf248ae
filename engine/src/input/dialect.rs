//! The SQL dialects the engine accepts, mapped to sqlparser's dialects.

use serde::{Deserialize, Serialize};
use sqlparser::dialect as sp;

/// The database system whose SQL the input is written for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Dialect {
    #[default]
    Postgres,
    Mysql,
    Mssql,
    Oracle,
    Sqlite,
    Clickhouse,
    Spark,
    Hive,
    /// Google BigQuery (GoogleSQL).
    Bigquery,
    /// Redis commands and configuration (not SQL).
    Redis,
    /// Cassandra's CQL (read by its own reader, not sqlparser).
    Cassandra,
    /// Kafka broker, topic, producer and consumer configuration.
    Kafka,
    /// MongoDB shell and driver calls.
    Mongodb,
    /// DynamoDB table definitions and API calls.
    Dynamodb,
    Generic,
    /// Detect the system from the text (see [`crate::read::sql::detect`]).
    Auto,
}

impl Dialect {
    pub const ALL: [Dialect; 16] = {
        let mut all = [Dialect::Auto; 16];
        let mut i = 0;
        while i < Self::CONCRETE.len() {
            all[i] = Self::CONCRETE[i];
            i += 1;
        }
        all
    };

    /// The systems a text can be reviewed as (every dialect but `Auto`).
    /// Ties in detection go to the one listed first (Spark before Hive: a
    /// Spark text shares most of Hive's syntax).
    pub const CONCRETE: [Dialect; 15] = [
        Dialect::Postgres,
        Dialect::Mysql,
        Dialect::Mssql,
        Dialect::Oracle,
        Dialect::Sqlite,
        Dialect::Clickhouse,
        Dialect::Spark,
        Dialect::Hive,
        Dialect::Bigquery,
        Dialect::Redis,
        Dialect::Cassandra,
        Dialect::Kafka,
        Dialect::Mongodb,
        Dialect::Dynamodb,
        Dialect::Generic,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Dialect::Postgres => "postgres",
            Dialect::Mysql => "mysql",
            Dialect::Mssql => "mssql",
            Dialect::Oracle => "oracle",
            Dialect::Sqlite => "sqlite",
            Dialect::Clickhouse => "clickhouse",
            Dialect::Spark => "spark",
            Dialect::Hive => "hive",
            Dialect::Bigquery => "bigquery",
            Dialect::Redis => "redis",
            Dialect::Cassandra => "cassandra",
            Dialect::Kafka => "kafka",
            Dialect::Mongodb => "mongodb",
            Dialect::Dynamodb => "dynamodb",
            Dialect::Generic => "generic",
            Dialect::Auto => "auto",
        }
    }

    /// What names the system in a lesson whose code blocks are tagged with it.
    pub fn fence_name(self) -> &'static str {
        match self {
            Dialect::Postgres => "blocks tagged postgresql",
            Dialect::Mysql => "blocks tagged mysql",
            Dialect::Mssql => "blocks tagged tsql",
            Dialect::Oracle => "blocks tagged plsql",
            Dialect::Sqlite => "blocks tagged sqlite",
            Dialect::Clickhouse => "blocks tagged clickhouse",
            Dialect::Spark => "blocks tagged sparksql",
            Dialect::Hive => "blocks tagged hiveql",
            Dialect::Bigquery => "blocks tagged bigquery",
            Dialect::Redis => "blocks tagged redis",
            Dialect::Cassandra => "blocks tagged cql",
            Dialect::Kafka => "blocks tagged properties",
            Dialect::Mongodb => "blocks tagged mongodb",
            Dialect::Dynamodb => "blocks tagged json",
            Dialect::Generic | Dialect::Auto => "blocks tagged sql",
        }
    }

    /// Human name of the system, for messages.
    pub fn system(self) -> &'static str {
        match self {
            Dialect::Postgres => "PostgreSQL",
            Dialect::Mysql => "MySQL",
            Dialect::Mssql => "SQL Server",
            Dialect::Oracle => "Oracle",
            Dialect::Sqlite => "SQLite",
            Dialect::Clickhouse => "ClickHouse",
            Dialect::Spark => "Spark SQL",
            Dialect::Hive => "Hive",
            Dialect::Bigquery => "BigQuery",
            Dialect::Redis => "Redis",
            Dialect::Cassandra => "Cassandra (CQL)",
            Dialect::Kafka => "Kafka (configuration)",
            Dialect::Mongodb => "MongoDB",
            Dialect::Dynamodb => "DynamoDB",
            Dialect::Generic => "generic SQL",
            Dialect::Auto => "Detect automatically",
        }
    }

    /// Whether the system speaks SQL (the others have readers of their own).
    pub fn is_sql(self) -> bool {
        !matches!(self, Dialect::Redis | Dialect::Cassandra | Dialect::Kafka | Dialect::Mongodb | Dialect::Dynamodb)
    }

    /// Column stores, warehouses and data lakes (ClickHouse, Spark, Hive,
    /// BigQuery): no enforced keys, no B-tree indexes; data is pruned by
    /// partitions and sort (or clustering) keys.
    pub fn is_analytical(self) -> bool {
        matches!(self, Dialect::Clickhouse | Dialect::Spark | Dialect::Hive | Dialect::Bigquery)
    }

    pub(crate) fn parser_dialect(self) -> &'static dyn sp::Dialect {
        match self {
            Dialect::Postgres => &sp::PostgreSqlDialect {},
            Dialect::Mysql => &sp::MySqlDialect {},
            Dialect::Mssql => &sp::MsSqlDialect {},
            Dialect::Oracle => &sp::OracleDialect {},
            Dialect::Sqlite => &sp::SQLiteDialect {},
            Dialect::Clickhouse => &sp::ClickHouseDialect {},
            Dialect::Spark => &sp::SparkSqlDialect {},
            Dialect::Hive => &sp::HiveDialect {},
            Dialect::Bigquery => &sp::BigQueryDialect {},
            // Resolved before parsing; generic is the safe reading if it is not.
            Dialect::Generic | Dialect::Auto | Dialect::Redis | Dialect::Cassandra | Dialect::Kafka | Dialect::Mongodb | Dialect::Dynamodb => {
                &sp::GenericDialect {}
            }
        }
    }
}

impl std::str::FromStr for Dialect {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let wanted = s.trim().to_ascii_lowercase();
        let alias = match wanted.as_str() {
            "postgresql" | "pg" | "postgres" => Some(Dialect::Postgres),
            "mariadb" => Some(Dialect::Mysql),
            "sqlserver" | "tsql" => Some(Dialect::Mssql),
            "sparksql" | "databricks" => Some(Dialect::Spark),
            "hiveql" => Some(Dialect::Hive),
            "googlesql" | "bq" => Some(Dialect::Bigquery),
            "cql" => Some(Dialect::Cassandra),
            "mongo" | "mongosh" => Some(Dialect::Mongodb),
            _ => None,
        };
        alias.or_else(|| Dialect::ALL.into_iter().find(|d| d.name() == wanted)).ok_or_else(|| {
            let names: Vec<_> = Dialect::ALL.iter().map(|d| d.name()).collect();
            format!("unknown dialect `{s}`; expected one of: {}", names.join(", "))
        })
    }
}

impl std::fmt::Display for Dialect {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}
