//! What the tests that read the real-world corpus share.

use engine::Dialect;

/// The system a corpus file is written for, from its folder (and, in the
/// Spark/Hive folder, its project).
pub fn dialect_of(folder: &str, file: &str) -> Dialect {
    match folder {
        "postgresql" | "explain" | "pg_regress" => Dialect::Postgres,
        "mysql" => Dialect::Mysql,
        "sqlserver" => Dialect::Mssql,
        "oracle" => Dialect::Oracle,
        "sqlite" => Dialect::Sqlite,
        "clickhouse" => Dialect::Clickhouse,
        "spark-hive" if file.starts_with("hive-testbench") => Dialect::Hive,
        "spark-hive" => Dialect::Spark,
        "redis" => Dialect::Redis,
        "cassandra" => Dialect::Cassandra,
        "kafka" => Dialect::Kafka,
        "mongodb" => Dialect::Mongodb,
        "dynamodb" => Dialect::Dynamodb,
        _ => Dialect::Auto,
    }
}
