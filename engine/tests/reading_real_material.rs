//! Statements from real public files (pg_dump, mysqldump, SQL*Plus scripts,
//! vendor samples) that their systems run: each is read, or known by its
//! kind and passed over quietly when it carries nothing to review; a real
//! mistake in the same family is still reported.

use engine::{review, Dialect, Document, Options, Review};

fn reviewed(text: &str, dialect: Dialect) -> Review {
    review(&[Document::new("real.sql", text)], &Options { dialect, ..Options::default() })
}

fn codes(review: &Review) -> Vec<&'static str> {
    review.findings().map(|f| f.code).collect()
}

/// Neither a syntax error nor a not-reviewed note.
fn assert_read_quietly(text: &str, dialect: Dialect) {
    let review = reviewed(text, dialect);
    let listed: Vec<String> = review.findings().filter(|f| f.code == "E001" || f.code == "E002").map(|f| f.message.clone()).collect();
    assert!(listed.is_empty(), "{text}\n{listed:?}");
}

fn assert_syntax_error(text: &str, dialect: Dialect) {
    assert!(codes(&reviewed(text, dialect)).contains(&"E001"), "{text}: no syntax error in {:?}", codes(&reviewed(text, dialect)));
}

#[test]
fn statements_that_carry_nothing_to_review_pass_quietly() {
    // pg_dump (kanboard, osm-website, lago-api) and the AdventureWorks install script.
    let pg = "CREATE SEQUENCE public.acls_id_seq START WITH 1;\n\
              ALTER SEQUENCE \"public\".\"action_has_params_id_seq\" OWNED BY \"public\".\"action_has_params\".\"id\";\n\
              CLUSTER Person.Address USING \"PK_Address_AddressID\";\n\
              drop publication if exists supabase_realtime;\n\
              create publication supabase_realtime for table products, prices;\n\
              ALTER INDEX public.index_enriched_events_on_event_id ATTACH PARTITION public.enriched_events_default_event_id_idx;\n\
              REINDEX INDEX CONCURRENTLY index_name;\n\
              ALTER EXTENSION vector UPDATE;\n";
    assert_read_quietly(pg, Dialect::Postgres);
    // mysqldump and zoneminder's upgrade scripts.
    let mysql = "LOCK TABLES `settings` WRITE;\n\
                 /*!40000 ALTER TABLE `settings` DISABLE KEYS */;\n\
                 /*!40000 ALTER TABLE `settings` ENABLE KEYS */;\n\
                 UNLOCK TABLES;\n\
                 ALTER TABLE `session` ROW_FORMAT=DYNAMIC;\n\
                 ALTER TABLE `session` CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;\n\
                 PREPARE stmt FROM @s;\nEXECUTE stmt;\nDEALLOCATE PREPARE stmt;\n";
    assert_read_quietly(mysql, Dialect::Mysql);
    // Oracle's hr_install.sql and oe_cre.sql.
    let oracle = "ALTER SESSION SET NLS_LANGUAGE=American;\n\
                  CREATE USER hr IDENTIFIED BY \"secret\" DEFAULT TABLESPACE users QUOTA UNLIMITED ON users;\n\
                  GRANT CREATE MATERIALIZED VIEW, CREATE PROCEDURE, CREATE SEQUENCE, CREATE SESSION TO hr;\n\
                  CREATE SYNONYM countries FOR hr.countries;\n\
                  CREATE SEQUENCE locations_seq START WITH 3300 INCREMENT BY 100 MAXVALUE 9900 NOCACHE NOCYCLE;\n";
    assert_read_quietly(oracle, Dialect::Oracle);
    // ClickHouse's SYSTEM statements (altinity-kb).
    assert_read_quietly("SYSTEM STOP TTL MERGES test_ttl_group_by;\nSYSTEM START MERGES test_ttl_group_by;\n", Dialect::Clickhouse);
}

#[test]
fn a_real_mistake_among_them_is_still_an_error() {
    assert_syntax_error("CLUSTR Person.Address USING \"PK_Address_AddressID\";", Dialect::Postgres);
    assert_syntax_error("ALTER SEQUENCE s OWNED BY (t.id;", Dialect::Postgres);
    assert_syntax_error("PREPAR stmt FROM @s;", Dialect::Mysql);
    // An object grant the reader cannot read stays listed: a rule reviews grants.
    let grant = reviewed("GRANT SELECT ON employees TO hr WITH HIERARCHY OPTION frob;", Dialect::Oracle);
    assert!(codes(&grant).iter().any(|c| *c == "E001" || *c == "E002"), "{:?}", codes(&grant));
}
