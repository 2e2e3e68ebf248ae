//! Bad input never panics or hangs: it becomes located parse findings and the
//! rest of the input is still reviewed.

use engine::{review_sql, Options, Section};
use proptest::prelude::*;

fn codes(sql: &str) -> Vec<&'static str> {
    review_sql(sql, &Options::default()).findings().map(|f| f.code).collect()
}

#[test]
fn empty_input_is_an_empty_review() {
    let review = review_sql("", &Options::default());
    assert_eq!(review.findings().count(), 0);
    assert!(review.summary.contains("Nothing to review"));
    assert_eq!(review.section(Section::TechnicalAssessment).unwrap().verdict, engine::Verdict::NotApplicable);
}

#[test]
fn binary_bytes_give_parse_findings() {
    let bytes: Vec<u8> = (0..=255u8).cycle().take(4096).collect();
    let text = String::from_utf8_lossy(&bytes);
    let review = review_sql(&text, &Options::default());
    assert!(review.findings().all(|f| f.span.end <= text.len()));
}

#[test]
fn deep_nesting_is_a_located_error_not_a_stack_overflow() {
    let sql = format!("SELECT {}1{};\nDELETE FROM t;", "(".repeat(10_000), ")".repeat(10_000));
    let review = review_sql(&sql, &Options::default());
    let problem = review.findings().find(|f| f.code == "E001").expect("nesting reported");
    assert!(problem.message.contains("nesting"), "{}", problem.message);
    assert!(review.findings().any(|f| f.code == "Q002" && f.span.line == 2), "the next statement is still reviewed");
}

#[test]
fn unterminated_string_and_comment_are_located() {
    let review = review_sql("DELETE FROM a;\nSELECT 'oops FROM b;", &Options::default());
    let problem = review.findings().find(|f| f.code == "E001").expect("reported");
    assert_eq!(problem.span.line, 2);
    assert!(review.findings().any(|f| f.code == "Q002"), "statements before it are reviewed");
    let comment = codes("DELETE FROM a;\n/* never closed\nSELECT 1;");
    assert!(comment.contains(&"E001") && comment.contains(&"Q002"));
}

#[test]
fn one_bad_statement_does_not_hide_the_rest() {
    let review = review_sql("SELEC 1;\nSELECT * FROM t WHERE x = 1;\nDELETE FROM t;", &Options::default());
    let lines: Vec<(usize, &str)> = review.findings().map(|f| (f.span.line, f.code)).collect();
    assert!(lines.contains(&(1, "E001")));
    assert!(lines.contains(&(2, "Q001")));
    assert!(lines.contains(&(3, "Q002")));
}

#[test]
fn ten_megabytes_are_reviewed() {
    let unit = "CREATE TABLE t_x (id bigint PRIMARY KEY, name text NOT NULL);\nSELECT id, name FROM t_x WHERE name = $1 LIMIT 10;\n";
    let sql = unit.repeat(10 * 1024 * 1024 / unit.len());
    let started = std::time::Instant::now();
    let review = review_sql(&sql, &Options::default());
    assert!(review.sources[0].statements > 100_000);
    assert!(started.elapsed().as_secs() < 120, "took {:?}", started.elapsed());
}

#[test]
fn spans_are_correct_with_non_ascii_text() {
    let sql = "-- ünïcødé comment ✓\nSELECT * FROM café WHERE naïve = 'é';";
    let review = review_sql(sql, &Options::default());
    let star = review.findings().find(|f| f.code == "Q001").expect("select-star");
    assert_eq!((star.span.line, star.span.column), (2, 8));
    assert_eq!(&sql[star.span.start..star.span.end], "*");
}

#[test]
fn suppression_comments_work_per_statement_and_per_file() {
    let sql = "-- sqlreview:disable select-star\nSELECT * FROM a;\nSELECT * FROM b;";
    assert_eq!(codes(sql).iter().filter(|c| **c == "Q001").count(), 1);
    let file = "/* sqlreview:disable-file Q001 */\nSELECT * FROM a;\nSELECT * FROM b;";
    assert!(!codes(file).contains(&"Q001"));
    let bad = codes("-- sqlreview:disable no-such-rule\nSELECT 1;");
    assert!(bad.contains(&"E001"), "an unknown rule in a directive is reported");
}

fn identifier() -> impl Strategy<Value = String> {
    prop_oneof!["[a-z_][a-z0-9_]{0,12}", "\"[^\"]{0,8}\"", "[a-zé✓]{1,5}", Just("x".repeat(300))]
}

fn expression() -> impl Strategy<Value = String> {
    let leaf = prop_oneof![identifier(), "[0-9]{1,5}", "'[^']{0,6}'", Just("NULL".to_string()), Just("$1".to_string())];
    leaf.prop_recursive(6, 64, 4, |inner| {
        prop_oneof![
            (inner.clone(), inner.clone(), prop_oneof![Just("="), Just("<>"), Just("AND"), Just("OR"), Just("+"), Just("||")])
                .prop_map(|(a, b, op)| format!("{a} {op} {b}")),
            inner.clone().prop_map(|e| format!("({e})")),
            inner.clone().prop_map(|e| format!("lower({e})")),
            (inner.clone(), identifier()).prop_map(|(e, t)| format!("{e} NOT IN (SELECT {t} FROM {t})")),
        ]
    })
}

fn statement() -> impl Strategy<Value = String> {
    prop_oneof![
        (identifier(), expression()).prop_map(|(t, e)| format!("SELECT * FROM {t} WHERE {e}")),
        (identifier(), identifier()).prop_map(|(t, c)| format!("CREATE TABLE {t} ({c} int PRIMARY KEY, {c}_id bigint REFERENCES {t}({c}))")),
        (identifier(), identifier(), expression()).prop_map(|(t, c, e)| format!("UPDATE {t} SET {c} = {e}")),
        (identifier(), identifier()).prop_map(|(t, c)| format!("CREATE INDEX ON {t} USING hash ({c})")),
        "[ -~]{0,40}",
        Just("/* open comment".to_string()),
        Just("-- line comment\n".to_string()),
        Just("'unterminated".to_string()),
        Just("$$ body".to_string()),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn random_sql_never_panics(statements in prop::collection::vec(statement(), 0..8)) {
        let sql = statements.join(";\n");
        let review = review_sql(&sql, &Options::default());
        for f in review.findings() {
            prop_assert!(f.span.start <= f.span.end && f.span.end <= sql.len());
            prop_assert!(sql.is_char_boundary(f.span.start) && sql.is_char_boundary(f.span.end));
        }
    }

    #[test]
    fn arbitrary_text_never_panics(text in "\\PC{0,200}") {
        let _ = review_sql(&text, &Options::default());
    }

    /// Code files: quotes, escapes, holes and comments in any order, and
    /// SQL-looking strings among them, never panic and spans stay on
    /// character boundaries.
    #[test]
    fn code_in_any_language_never_panics(
        parts in proptest::collection::vec(prop_oneof![
            Just("\"SELECT id FROM t WHERE id = \" + x".to_string()),
            Just("`SELECT ${a} FROM t`".to_string()),
            Just("f'SELECT {x} FROM t'".to_string()),
            Just("\"\"\"\nSELECT 1 FROM t\n\"\"\"".to_string()),
            Just("for x in y:\n    cur.execute(q)\n".to_string()),
            Just("for { db.Query(q) }".to_string()),
            "[\"'`{}$%\\\\/#*\n é]{0,6}".prop_map(|s| s),
            "\\PC{0,12}",
        ], 0..12),
        extension in prop_oneof![Just("go"), Just("py"), Just("ts"), Just("java")],
    ) {
        let text: String = parts.concat();
        let name = format!("x.{extension}");
        prop_assert!(spans_on_char_boundaries(name, &text));
    }

    /// Redis material: prompts, replies, quotes, escapes, config lines and
    /// junk in any order never panic, and every span is on a character boundary.
    #[test]
    fn redis_material_never_panics(
        parts in proptest::collection::vec(prop_oneof![
            Just("SET session:1 \"{\\\"a\\\": 1}\" EX 60\n".to_string()),
            Just("127.0.0.1:6379> HGETALL user:1\n1) \"x\"\n".to_string()),
            Just("maxmemory 1gb\nsave \"\"\n".to_string()),
            Just("CONFIG SET maxmemory-policy noeviction\n".to_string()),
            "[\"'\\\\ a-zA-Z:>\n é\u{1}]{0,8}".prop_map(|s| s),
            "\\PC{0,12}",
        ], 0..12),
    ) {
        let text: String = parts.concat();
        prop_assert!(spans_on_char_boundaries("x.redis", &text));
    }

    /// CQL: statements, batches, strings, comments and junk in any order
    /// never panic, and every span is on a character boundary.
    #[test]
    fn cql_never_panics(
        parts in proptest::collection::vec(prop_oneof![
            Just("CREATE TABLE t (a uuid, b timestamp, PRIMARY KEY ((a), b));".to_string()),
            Just("SELECT * FROM t WHERE a IN (1, 2) ALLOW FILTERING;".to_string()),
            Just("BEGIN BATCH INSERT INTO t (a) VALUES (1); APPLY BATCH;".to_string()),
            Just("CONSISTENCY ONE;".to_string()),
            Just("CREATE TABLE s (primary, static text, PRIMARY KEY (static));".to_string()),
            "[\"'(){}<>,;/*\\- a-zA-Z0-9\n é]{0,10}".prop_map(|s| s),
            "\\PC{0,12}",
        ], 0..12),
    ) {
        let text: String = parts.concat();
        prop_assert!(spans_on_char_boundaries("x.cql", &text));
    }

    /// Kafka configuration: properties, YAML, topic commands and junk in
    /// any order never panic, and every span is on a character boundary.
    #[test]
    fn kafka_configuration_never_panics(
        parts in proptest::collection::vec(prop_oneof![
            Just("acks=1\n".to_string()),
            Just("spring:\n  kafka:\n    listener:\n      concurrency: 8\n".to_string()),
            Just("kafka-topics.sh --create --topic t --partitions 1 --replication-factor 1\n".to_string()),
            Just("group.id=g\nenable.auto.commit=true\n".to_string()),
            "[\"'=:#! a-z.\\-\n é\u{1}\u{c}\u{a0}]{0,10}".prop_map(|s| s),
            "\\PC{0,12}",
        ], 0..12),
    ) {
        let text: String = parts.concat();
        prop_assert!(spans_on_char_boundaries("x.properties", &text));
    }

    /// MongoDB shell code: chains, literals, regexes, expressions and junk in
    /// any order never panic, and every span is on a character boundary.
    #[test]
    fn mongodb_code_never_panics(
        parts in proptest::collection::vec(prop_oneof![
            Just("db.orders.find({ a: /x/i }).skip(5000)\n".to_string()),
            Just("db.collection(\"o\").aggregate([{ $lookup: { as: \"c\" } }, { $match: { s: 1 } }])\n".to_string()),
            Just("sh.shardCollection(\"a.b\", { _id: 1 })\n".to_string()),
            "[\"'`(){}\\[\\]/,:$. a-z0-9*\n é\u{99}]{0,10}".prop_map(|s| s),
            "\\PC{0,12}",
        ], 0..12),
    ) {
        let text: String = parts.concat();
        prop_assert!(spans_on_char_boundaries("x.mongodb.js", &text));
    }

    /// DynamoDB JSON: definitions, requests, truncation and junk in any
    /// order never panic, and every span is on a character boundary.
    #[test]
    fn dynamodb_json_never_panics(
        parts in proptest::collection::vec(prop_oneof![
            Just("{\"TableName\": \"T\", \"KeySchema\": [{\"AttributeName\": \"status\", \"KeyType\": \"HASH\"}], \"AttributeDefinitions\": []}".to_string()),
            Just("{\"TableName\": \"T\", \"IndexName\": \"i\", \"FilterExpression\": \"a = :a\", \"ConsistentRead\": true}".to_string()),
            "[\"{}\\[\\]:, a-zA-Z0-9.\n é]{0,10}".prop_map(|s| s),
            "\\PC{0,12}",
        ], 0..8),
    ) {
        let text: String = parts.concat();
        prop_assert!(spans_on_char_boundaries("x.dynamodb.json", &text));
        let lesson = format!("```javascript\nclient.send(new ScanCommand({text}));\n```\n");
        prop_assert!(spans_on_char_boundaries("lesson.md", &lesson));
    }

    /// EXPLAIN output cut, shuffled and mixed with noise (text and JSON)
    /// never panics; plans and findings stay on character boundaries.
    #[test]
    fn explain_output_never_panics(
        parts in proptest::collection::vec(prop_oneof![
            Just("Seq Scan on t  (cost=0.00..10.00 rows=5 width=4) (actual time=0.010..9.000 rows=1 loops=1)\n".to_string()),
            Just("  ->  Nested Loop  (cost=1.00..2.00 rows=1 width=8) (actual time=0.1..2.5 rows=90000 loops=3)\n".to_string()),
            Just("        Rows Removed by Filter: 50000\n  Sort Method: external merge  Disk: 100kB\n  Workers Planned: 2\n  Workers Launched: 0\n".to_string()),
            Just("Execution Time: 12.5 ms\n".to_string()),
            Just("[{\"Plan\": {\"Node Type\": \"Seq Scan\", \"Actual Rows\": 3, \"Plans\": [{\"Node Type\": \"Sort\"}]}, \"Execution Time\": 1.5}]".to_string()),
            "[ ->()a-z0-9.=:é\n]{0,16}",
            "\\PC{0,12}",
        ], 0..10),
    ) {
        let text: String = parts.concat();
        prop_assert!(spans_on_char_boundaries("plan", &text));
    }
}

/// Review `text` as a file called `name`: every finding's span lies on
/// character boundaries inside the text.
fn spans_on_char_boundaries(name: impl Into<String>, text: &str) -> bool {
    let review = engine::review(&[engine::Document::new(name, text)], &Options::default());
    let on_boundaries = review.findings().all(|f| f.span.end <= text.len() && text.is_char_boundary(f.span.start) && text.is_char_boundary(f.span.end));
    on_boundaries
}

#[test]
fn tables_from_an_earlier_document_are_existing_tables() {
    use engine::{review, Document};
    let schema = Document::new("schema.sql", "CREATE TABLE orders (id bigint PRIMARY KEY, status text);");
    let migration = Document::new("0042.sql", "CREATE INDEX idx_orders_status ON orders (status);");
    let codes: Vec<_> = review(&[schema.clone(), migration], &Options::default()).findings().map(|f| f.code).collect();
    assert!(codes.contains(&"M001"), "a migration against the schema's table is on a live table: {codes:?}");
    let same_file =
        Document::new("lesson.sql", "CREATE TABLE orders (id bigint PRIMARY KEY, status text);\nCREATE INDEX idx_orders_status ON orders (status);");
    let codes: Vec<_> = review(&[same_file], &Options::default()).findings().map(|f| f.code).collect();
    assert!(!codes.contains(&"M001"), "an index on a table the same file just created is fine");
}

#[test]
fn statement_count_is_bounded_with_a_located_message() {
    let sql = "SELECT 1;\n".repeat(engine::read::sql::MAX_STATEMENTS + 10);
    let review = review_sql(&sql, &Options::default());
    let problem = review.findings().find(|f| f.code == "E001").expect("the limit is reported");
    assert_eq!(review.sources[0].statements, engine::read::sql::MAX_STATEMENTS + 1);
    assert!(problem.message.contains("not reviewed"), "{}", problem.message);
    assert_eq!(problem.span.line, engine::read::sql::MAX_STATEMENTS + 1);
}
