//! The NoSQL readers review a schema or configuration pane and a queries
//! pane together, as the playground sends them: facts from one document
//! serve the other, and every finding points into the document it is about.

use engine::{review, Dialect, Document, Options};

fn findings(dialect: Dialect, schema: &str, queries: &str) -> Vec<(String, usize, usize)> {
    let docs = [Document::new("schema", schema), Document::new("queries", queries)];
    review(&docs, &Options { dialect, ..Options::default() }).findings().map(|f| (f.rule.to_string(), f.span.source, f.span.line)).collect()
}

#[test]
fn redis_configuration_in_one_pane_governs_commands_in_the_other() {
    let found = findings(Dialect::Redis, "maxmemory 1gb\nrename-command FLUSHALL \"\"\n", "SET cache:home \"x\" EX 60\nFLUSHALL\n");
    assert!(!found.iter().any(|f| f.0 == "redis-flush"), "FLUSHALL is renamed away: {found:?}");
    assert!(found.contains(&("redis-maxmemory-without-eviction".to_string(), 0, 1)), "{found:?}");
}

#[test]
fn cassandra_queries_are_checked_against_tables_of_the_schema_pane() {
    let schema = "CREATE KEYSPACE k WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 3};\nCREATE TABLE t (a int, b int, c timestamp, PRIMARY KEY ((a, b), c));";
    let found = findings(
        Dialect::Cassandra,
        schema,
        "SELECT c FROM t WHERE a = 1;\nCONSISTENCY ONE;\nINSERT INTO t (a, b, c) VALUES (1, 2, '2024-01-01');\nSELECT c FROM t WHERE a = 1 AND b = 2;",
    );
    assert!(found.contains(&("cql-missing-partition-key".to_string(), 1, 1)), "{found:?}");
    assert!(found.contains(&("cql-weak-consistency".to_string(), 1, 4)), "{found:?}");
}

#[test]
fn kafka_topics_and_consumers_meet_across_files() {
    let found = findings(Dialect::Kafka, "kafka-topics.sh --create --topic t --partitions 2 --replication-factor 3\n", "spring.kafka.listener.concurrency=4\n");
    assert_eq!(found, vec![("kafka-partitions-vs-consumers".to_string(), 0, 1)]);
}
