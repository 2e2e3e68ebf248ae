//! How each document is read: plain SQL as it is; a Markdown lesson or a
//! code file through a view in which everything but the SQL is blanked
//! (same bytes, same lines, so findings land at the document's own
//! positions), with its fenced blocks and its code kept for the rules.

use crate::code::{self, CodeFile, Language};
use crate::engine::{Document, MAX_INPUT_BYTES};
use crate::{cql, dynamo, explain, kafka, mongo, redis};
use crate::source::markdown::{self, Fence};
use crate::sql::Dialect;
use std::borrow::Cow;
use std::ops::Range;

#[derive(Default)]
pub struct Reading<'a> {
    /// The text the SQL engine parses.
    pub sql: Cow<'a, str>,
    /// A lesson's fenced blocks.
    pub fences: Vec<Fence>,
    /// The code: a whole code file, or each code block of a lesson.
    pub code: Vec<CodeFile>,
    /// Parts written for a named system (a lesson's ```mysql block).
    pub regions: Vec<(Range<usize>, Dialect)>,
    /// Redis material: a whole `.redis` file or `redis.conf`, or a lesson's ```redis blocks.
    pub redis: Vec<redis::Script>,
    /// CQL: a whole `.cql` file, or a lesson's ```cql blocks.
    pub cql: Vec<cql::Script>,
    /// Kafka configuration: `.properties` files, Kafka YAML, a lesson's
    /// ```properties blocks (and YAML or shell blocks about Kafka).
    pub kafka: Vec<kafka::Config>,
    /// MongoDB calls: a `.mongodb.js` file, or a lesson's ```mongodb blocks
    /// (and JavaScript blocks that call `db.`).
    pub mongo: Vec<mongo::Script>,
    /// DynamoDB: table definitions and calls (a `*dynamo*.json` file, lesson
    /// blocks that define tables or call the API).
    pub dynamo: Vec<dynamo::Material>,
    /// EXPLAIN output pasted as text, or a lesson's block of it. The engine
    /// takes these out to place them, and counts and reports them itself.
    pub explain: Vec<explain::Plan>,
}

impl Reading<'_> {
    /// Statements of the non-SQL readers, and their problems.
    pub fn other_statements(&self) -> usize {
        self.redis.iter().map(|s| s.commands.len() + s.config.len()).sum::<usize>()
            + self.cql.iter().map(|s| s.statements).sum::<usize>()
            + self.kafka.iter().map(|c| c.statements()).sum::<usize>()
            + self.mongo.iter().map(|m| m.operations.len()).sum::<usize>()
            + self.dynamo.iter().map(|d| d.statements()).sum::<usize>()
    }

    pub fn other_problems(&self) -> impl Iterator<Item = &(String, Range<usize>)> {
        let redis = self.redis.iter().flat_map(|s| s.problems.iter());
        let cql = self.cql.iter().flat_map(|s| s.problems.iter());
        let kafka = self.kafka.iter().flat_map(|c| c.problems.iter());
        let mongo = self.mongo.iter().flat_map(|m| m.problems.iter());
        redis.chain(cql).chain(kafka).chain(mongo).chain(self.dynamo.iter().flat_map(|d| d.problems.iter()))
    }
}

/// Files read as Kafka configuration whatever the chosen system:
/// `.properties`, and YAML whose name says Kafka.
pub fn is_kafka_file(name: &str) -> bool {
    let lower = untemplated(name);
    lower.ends_with(".properties") || (lower.contains("kafka") && (lower.ends_with(".yml") || lower.ends_with(".yaml")))
}

/// A lesson block that holds Kafka configuration or topic commands.
fn is_kafka_block(lang: &str, content: &str) -> bool {
    match lang {
        "properties" | "kafka" => true,
        "yaml" | "yml" | "sh" | "bash" | "shell" | "console" => content.contains("kafka") || content.contains("bootstrap"),
        _ => false,
    }
}

/// Files read as DynamoDB material whatever the chosen system.
pub fn is_dynamo_file(name: &str) -> bool {
    let lower = untemplated(name);
    lower.contains("dynamo") && (lower.ends_with(".json") || lower.ends_with(".js") || lower.ends_with(".ts"))
}

/// DynamoDB material in a piece of text: JSON is parsed whole, anything
/// else searched for SDK calls and `aws dynamodb` lines.
fn read_dynamo(text: &str, range: Range<usize>) -> dynamo::Material {
    if text[range.clone()].trim_start().starts_with('{') {
        dynamo::read_json(text, range)
    } else {
        dynamo::read_calls(text, range)
    }
}

/// A lesson block about DynamoDB.
fn is_dynamo_block(lang: &str, content: &str) -> bool {
    match lang {
        "json" => content.contains("\"TableName\"") || content.contains("\"KeySchema\""),
        "javascript" | "js" | "typescript" | "ts" => ["ScanCommand", "QueryCommand", "DocumentClient", "DynamoDB"].iter().any(|w| content.contains(w)),
        "sh" | "bash" | "shell" | "console" => content.contains("aws dynamodb"),
        _ => false,
    }
}

/// Files read as MongoDB shell code whatever the chosen system.
pub fn is_mongo_file(name: &str) -> bool {
    let lower = untemplated(name);
    lower.ends_with(".mongodb.js") || lower.ends_with(".mongodb")
}

/// Files read as CQL whatever the chosen system.
pub fn is_cql_file(name: &str) -> bool {
    untemplated(name).ends_with(".cql")
}

/// A file name in lower case without the suffix of a template that a
/// deployment tool fills in (`schema.cql.tmpl`, `redis.conf.j2`).
fn untemplated(name: &str) -> String {
    let lower = name.to_ascii_lowercase();
    let kept = [".tmpl", ".template", ".j2", ".jinja", ".in"].iter().find_map(|suffix| lower.strip_suffix(suffix)).unwrap_or(&lower);
    kept.to_string()
}

/// Files read as Redis whatever the chosen system: `*.redis`, `redis.conf`.
pub fn is_redis_file(name: &str) -> bool {
    let file = untemplated(name.rsplit(['/', '\\']).next().unwrap_or(name));
    file.ends_with(".redis") || ((file.contains("redis") || file.contains("sentinel")) && file.ends_with(".conf"))
}

/// Read a document; `dialect` is the system chosen for plain text (Redis
/// turns a plain pane into Redis commands).
pub fn read(document: &Document, dialect: Dialect) -> Reading<'_> {
    let text = document.text.as_str();
    let plain = Reading { sql: Cow::Borrowed(text), ..Reading::default() };
    if text.len() > MAX_INPUT_BYTES {
        return plain;
    }
    let lesson = markdown::is_markdown(&document.name);
    let plain_text = !lesson && Language::from_file_name(&document.name).is_none();
    // Non-SQL material: the SQL engine sees a blank view of the same length.
    let blank = || Cow::Owned(into_text(code::blank(text), text));
    // Before the code readers: `*.mongodb.js` and `*dynamo*.js` end in `.js`.
    if is_dynamo_file(&document.name) || (dialect == Dialect::Dynamodb && plain_text) {
        return Reading { sql: blank(), dynamo: vec![read_dynamo(text, 0..text.len())], ..plain };
    }
    if is_mongo_file(&document.name) || (dialect == Dialect::Mongodb && plain_text) {
        return Reading { sql: blank(), mongo: vec![mongo::read(text, 0..text.len())], ..plain };
    }
    if is_redis_file(&document.name) || (dialect == Dialect::Redis && plain_text) {
        return Reading { sql: blank(), redis: vec![redis::read(text, 0..text.len())], ..plain };
    }
    if is_cql_file(&document.name) || (dialect == Dialect::Cassandra && plain_text) {
        return Reading { sql: blank(), cql: vec![cql::read(text, 0..text.len())], ..plain };
    }
    if is_kafka_file(&document.name) || (dialect == Dialect::Kafka && plain_text) {
        return Reading { sql: blank(), kafka: vec![kafka::read(text, 0..text.len())], ..plain };
    }
    if plain_text {
        if let Some((at, json)) = explain::locate(text, 0..text.len()) {
            // The plan is read as a plan; the query above it stays SQL.
            let mut view = text.as_bytes().to_vec();
            for range in std::iter::once(at.clone()).chain(explain::psql_decoration(text)) {
                view[range].iter_mut().filter(|b| **b != b'\n').for_each(|b| *b = b' ');
            }
            return Reading { sql: Cow::Owned(into_text(view, text)), explain: vec![explain::read(text, at, json)], ..plain };
        }
    }
    if let Some(language) = Language::from_file_name(&document.name) {
        let file = code::analyse(text, 0..text.len(), language);
        let mut view = code::blank(text);
        code::copy_sql(text, &file, &mut view);
        let regions = question_mark_regions(&view, &file);
        return Reading { sql: Cow::Owned(into_text(view, text)), code: vec![file], regions, ..plain };
    }
    if !lesson {
        return plain;
    }
    let fences = markdown::fences(text);
    let code: Vec<CodeFile> = fences
        .iter()
        .filter_map(|fence| Some(code::analyse(text, fence.content.clone(), Language::from_tag(&fence.lang)?)))
        .collect();
    let mut view = markdown::sql_view(text, &fences).into_bytes();
    for file in &code {
        code::copy_sql(text, file, &mut view);
    }
    let mut regions: Vec<(Range<usize>, Dialect)> = code.iter().flat_map(|file| question_mark_regions(&view, file)).collect();
    regions.extend(fences.iter().filter_map(|fence| Some((fence.content.clone(), fence.dialect()?))));
    let redis = fences.iter().filter(|f| f.lang == "redis").map(|f| redis::read(text, f.content.clone())).collect();
    let cql = fences.iter().filter(|f| matches!(f.lang.as_str(), "cql" | "cassandra")).map(|f| cql::read(text, f.content.clone())).collect();
    // A lesson's Kafka blocks are one configuration: the topic created in a
    // shell block and the consumers configured in YAML meet in the rules.
    let kafka_blocks: Vec<kafka::Config> = fences.iter().filter(|f| is_kafka_block(&f.lang, &text[f.content.clone()])).map(|f| kafka::read(text, f.content.clone())).collect();
    let kafka = if kafka_blocks.is_empty() { Vec::new() } else { vec![kafka::Config::merged(&kafka_blocks)] };
    let mongo = fences
        .iter()
        .filter(|f| matches!(f.lang.as_str(), "mongodb" | "mongo" | "mongosh") || (matches!(f.lang.as_str(), "javascript" | "js" | "typescript" | "ts") && text[f.content.clone()].contains("db.")))
        .map(|f| mongo::read(text, f.content.clone()))
        .collect();
    let dynamo = fences.iter().filter(|f| is_dynamo_block(&f.lang, &text[f.content.clone()])).map(|f| read_dynamo(text, f.content.clone())).collect();
    let explain = fences
        .iter()
        .filter(|f| !matches!(f.lang.as_str(), "sql" | "postgresql" | "postgres" | "mysql"))
        .filter_map(|f| explain::locate(text, f.content.clone()))
        .map(|(at, json)| explain::read(text, at, json))
        .collect();
    Reading { sql: Cow::Owned(into_text(view, text)), fences, code, regions, redis, cql, kafka, mongo, dynamo, explain }
}

/// Strings whose SQL uses `?` placeholders (JDBC, database/sql with MySQL,
/// DB-API's `%s` as rewritten in the view): PostgreSQL's parser reads `?` as
/// an operator, so these statements are parsed as generic SQL.
fn question_mark_regions(view: &[u8], file: &CodeFile) -> Vec<(Range<usize>, Dialect)> {
    file.sql
        .iter()
        .filter_map(|literal| {
            let first = file.tokens[literal.token].string()?;
            let last = literal.continued.last().and_then(|&j| file.tokens[j].string()).unwrap_or(first);
            Some(first.content.start..last.content.end)
        })
        .filter(|range| view[range.clone()].contains(&b'?'))
        .map(|range| (range, Dialect::Generic))
        .collect()
}

/// The view as text. Only ASCII blanks and whole copied strings were
/// written, so it is UTF-8; should that ever fail, the blank text is used.
fn into_text(view: Vec<u8>, original: &str) -> String {
    String::from_utf8(view).unwrap_or_else(|_| String::from_utf8(code::blank(original)).unwrap_or_default())
}
