//! The non-SQL systems: each system's rules over each document's material
//! (Redis, CQL, Kafka, MongoDB, DynamoDB), with the review-wide facts each
//! system's rules need (keys expired anywhere, topics, table definitions).

use crate::input::Dialect;
use crate::input::Document;
use crate::read::Reading;
use crate::rules::RuleSet;
use crate::rules::{CqlCx, DynamoCx, KafkaCx, MongoCx, RedisCx, Rule, Sink};
use crate::source::LineIndex;

/// Run every present system's rules; returns the systems present, in a fixed order.
pub(crate) fn review_systems(
    documents: &[Document],
    readings: &[Reading],
    indexes: &[LineIndex],
    rules_for: &dyn Fn(Dialect) -> RuleSet,
    sink: &mut Sink,
) -> Vec<Dialect> {
    let mut run_system = |system: Dialect, visit: &dyn Fn(&dyn Rule, usize, &Reading, &mut Sink)| {
        let set = rules_for(system);
        for (doc, reading) in readings.iter().enumerate() {
            for rule in &set.active {
                sink.rule = rule.meta();
                visit(*rule, doc, reading, sink);
            }
        }
    };
    let any_redis = readings.iter().any(|r| !r.redis.is_empty());
    let any_cql = readings.iter().any(|r| !r.cql.is_empty());
    let any_kafka = readings.iter().any(|r| !r.kafka.is_empty());
    let any_mongo = readings.iter().any(|r| !r.mongo.is_empty());
    let any_dynamo = readings.iter().any(|r| !r.dynamo.is_empty());
    if any_redis {
        let review: Vec<&crate::read::redis::Script> = readings.iter().flat_map(|r| r.redis.iter()).collect();
        run_system(Dialect::Redis, &|rule, doc, reading, out| {
            for script in &reading.redis {
                rule.redis(&RedisCx { text: &documents[doc].text, index: &indexes[doc], script, review: &review }, out);
            }
        });
    }
    if any_cql {
        let review: Vec<&crate::read::cql::Script> = readings.iter().flat_map(|r| r.cql.iter()).collect();
        run_system(Dialect::Cassandra, &|rule, doc, reading, out| {
            for script in &reading.cql {
                rule.cql(&CqlCx { text: &documents[doc].text, index: &indexes[doc], script, review: &review }, out);
            }
        });
    }
    if any_kafka {
        let review = crate::read::kafka::Config::merged(readings.iter().flat_map(|r| r.kafka.iter()));
        run_system(Dialect::Kafka, &|rule, doc, reading, out| {
            for config in &reading.kafka {
                rule.kafka(&KafkaCx { text: &documents[doc].text, index: &indexes[doc], config, review: &review }, out);
            }
        });
    }
    if any_mongo {
        run_system(Dialect::Mongodb, &|rule, doc, reading, out| {
            for script in &reading.mongo {
                rule.mongo(&MongoCx { text: &documents[doc].text, index: &indexes[doc], script }, out);
            }
        });
    }
    if any_dynamo {
        let tables: Vec<&crate::read::dynamo::Table> = readings.iter().flat_map(|r| r.dynamo.iter().flat_map(|d| d.tables.iter())).collect();
        run_system(Dialect::Dynamodb, &|rule, doc, reading, out| {
            for material in &reading.dynamo {
                rule.dynamo(&DynamoCx { text: &documents[doc].text, index: &indexes[doc], material, tables: &tables }, out);
            }
        });
    }

    [(any_redis, Dialect::Redis), (any_cql, Dialect::Cassandra), (any_kafka, Dialect::Kafka), (any_mongo, Dialect::Mongodb), (any_dynamo, Dialect::Dynamodb)]
        .into_iter()
        .filter(|(any, _)| *any)
        .map(|(_, d)| d)
        .collect()
}
