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

#[test]
fn adventureworks_schemas_hold_their_tables_and_views() {
    let install = "CREATE DOMAIN \"Name\" varchar(50) NULL;\n\
                   CREATE DOMAIN \"Flag\" boolean NOT NULL;\n\
                   CREATE SCHEMA Person\n  CREATE TABLE BusinessEntity(\n    BusinessEntityID SERIAL,\n    ModifiedDate TIMESTAMP NOT NULL DEFAULT (NOW())\n  )\n  \
                   CREATE TABLE Person(\n    BusinessEntityID INT NOT NULL,\n    FirstName \"Name\" NOT NULL\n  );\n\
                   CREATE SCHEMA pe\n  CREATE VIEW be AS SELECT businessentityid AS id, * FROM person.businessentity\n  \
                   CREATE VIEW p AS SELECT businessentityid AS id, * FROM person.person;\n\
                   SELECT FirstName FROM Person.Person;\n";
    assert_read_quietly(install, Dialect::Postgres);
    let review = reviewed(install, Dialect::Postgres);
    assert!(review.catalog.table("businessentity").is_some() && review.catalog.table("person").is_some(), "{:?}", review.catalog.tables.len());
    assert!(!codes(&review).contains(&"L002"), "a schema's table reported undefined: {:?}", codes(&review));
    // Each element is its own statement: a finding points into its own element.
    assert_syntax_error("CREATE SCHEMA Person CREATE TABLE BusinessEntity (id int CREATE VIEW v AS SELECT 1;", Dialect::Postgres);
    assert_syntax_error("CREATE DOMAIN \"Name\" varchar(50 NULL;", Dialect::Postgres);
}

#[test]
fn pg_dump_partitioned_indexes_and_materialized_views_are_read() {
    let dump = "CREATE TABLE public.enriched_events (id bigint NOT NULL, event_id uuid NOT NULL) PARTITION BY RANGE (id);\n\
                CREATE INDEX index_enriched_events_on_event_id ON ONLY public.enriched_events USING btree (event_id);\n\
                CREATE MATERIALIZED VIEW public.last_hour_events_mv AS\n WITH f AS (\n SELECT id FROM public.enriched_events\n )\n SELECT f.id FROM f\n  WITH NO DATA;\n";
    assert_read_quietly(dump, Dialect::Postgres);
    let review = reviewed(dump, Dialect::Postgres);
    let events = review.catalog.table("enriched_events").expect("the table is read");
    assert!(events.indexes.iter().any(|i| i.name.as_deref() == Some("index_enriched_events_on_event_id")), "{:?}", events.indexes);
    assert_syntax_error("CREATE INDEX i ON ONLY public.enriched_events USING btree (event_id;", Dialect::Postgres);
}

#[test]
fn iceberg_and_hive_material_is_read_as_spark_and_hive() {
    // Iceberg's Spark DDL page, detected as Spark SQL although Hive's words outnumber `USING iceberg`.
    let ddl = "CREATE TABLE prod.db.sample (\n    id bigint,\n    data string,\n    category string,\n    ts timestamp)\nUSING iceberg\nPARTITIONED BY (bucket(16, id), days(ts), category);\n\
               ALTER TABLE prod.db.sample WRITE ORDERED BY category, id;\n\
               ALTER TABLE prod.db.sample ADD PARTITION FIELD bucket(16, id) AS shard;\n\
               ALTER TABLE prod.db.sample UNSET TBLPROPERTIES ('read.split.target-size');\n\
               CREATE VIEW <viewName> AS SELECT * FROM <tableName>;\n\
               SELECT * FROM prod.db.sample VERSION AS OF 'audit-branch';\n\
               SELECT * FROM prod.db.sample TIMESTAMP AS OF '1986-10-26 01:21:00';\n";
    let review = review(&[Document::new("spark-ddl.md.sql", ddl)], &Options { dialect: Dialect::Auto, ..Options::default() });
    assert_eq!(review.dialect, Dialect::Spark);
    assert_read_quietly(ddl, Dialect::Spark);
    assert!(reviewed(ddl, Dialect::Spark).catalog.table("sample").is_some());
    // hive-testbench: a script variable for the format, and one FROM feeding two inserts.
    let testbench = "create table store_sales (ss_item_sk bigint, ss_sold_date_sk bigint)\npartitioned by (ss_sold_date_sk bigint)\nstored as ${FILE};\n\
                     from ${SOURCE}.store_sales ss\ninsert overwrite table store_sales partition (ss_sold_date_sk)\nselect ss.ss_item_sk, ss.ss_sold_date_sk\n  where ss.ss_sold_date_sk is not null\n\
                     insert overwrite table store_sales partition (ss_sold_date_sk)\nselect ss.ss_item_sk, ss.ss_sold_date_sk\n  where ss.ss_sold_date_sk is null\n  sort by ss.ss_sold_date_sk;\n";
    assert_read_quietly(testbench, Dialect::Hive);
    assert_read_quietly("INSERT INTO newData VALUES 3, 4, 5, 6;", Dialect::Spark);
    // Schema evolution on Iceberg's Spark DDL page and its Hive page.
    let evolution = "ALTER TABLE prod.db.sample ADD COLUMNS (\n    new_column string comment 'new_column docs'\n  );\n\
                     ALTER TABLE prod.db.sample ADD COLUMN new_column2 bigint AFTER other_column;\n\
                     ALTER TABLE prod.db.sample ADD COLUMN point.z double;\n\
                     ALTER TABLE prod.db.sample ALTER COLUMN measurement TYPE double COMMENT 'unit is bytes per second';\n\
                     DROP TABLE [IF EXISTS] table_name [PURGE];\nOPTIMIZE TABLE t REWRITE DATA;\n";
    assert_read_quietly(evolution, Dialect::Spark);
    // A real mistake in the same statements.
    assert_syntax_error("CREATE TABLE prod.db.sample (id bigint, ts timestamp) USING iceberg PARTITIONED BY (days(ts);", Dialect::Spark);
    assert_syntax_error("from src ss insert overwrite table t select (ss.a where ss.a is null;", Dialect::Hive);
}

#[test]
fn sql_server_sample_bookkeeping_passes_quietly() {
    // instawdb.sql and instnwnd.sql around their bulk loads.
    let load = "ALTER TABLE \"Categories\" NOCHECK CONSTRAINT ALL\ngo\n\
                BULK INSERT [Person].[Address] FROM 'C:\\data\\Address.csv' WITH (CHECK_CONSTRAINTS, CODEPAGE = '65001', FIELDTERMINATOR = '\\t')\ngo\n\
                ALTER TABLE \"Categories\" CHECK CONSTRAINT ALL\ngo\n\
                CREATE FULLTEXT CATALOG AW2025FullTextCatalog AS DEFAULT\ngo\n\
                CREATE PRIMARY XML INDEX [PXML_Person_AddContact] ON [Person].[Person]([AdditionalContactInfo])\ngo\n";
    assert_read_quietly(load, Dialect::Mssql);
    // A constraint switched off by name is a choice the review should see: it stays listed.
    let named = reviewed("ALTER TABLE \"Orders\" NOCHECK CONSTRAINT FK_Orders_Customers\ngo\n", Dialect::Mssql);
    assert!(named.parse_problems.iter().all(|p| !p.is_quiet()), "{:?}", named.parse_problems);
}

#[test]
fn routine_bodies_are_one_note_per_document() {
    // Oracle's hr_code.sql: two procedures and two triggers.
    let code = "CREATE OR REPLACE PROCEDURE secure_dml IS BEGIN\n  IF TO_CHAR (SYSDATE, 'HH24:MI') NOT BETWEEN '08:00' AND '18:00' THEN\n    RAISE_APPLICATION_ERROR (-20205, 'You may only make changes during normal office hours');\n  END IF;\nEND secure_dml;\n/\n\
                CREATE OR REPLACE TRIGGER secure_employees\n  BEFORE INSERT OR UPDATE OR DELETE ON employees\nBEGIN\n  secure_dml;\nEND secure_employees;\n/\n\
                ALTER TRIGGER secure_employees DISABLE;\n";
    let review = reviewed(code, Dialect::Oracle);
    let notes: Vec<&engine::Finding> = review.findings().filter(|f| f.code == "E002").collect();
    assert_eq!(notes.len(), 1, "{:?}", notes.iter().map(|f| &f.message).collect::<Vec<_>>());
    assert!(notes[0].message.starts_with("2 procedure and trigger bodies not reviewed (lines 1, 7)"), "{}", notes[0].message);
    assert!(!codes(&review).contains(&"E001"));
}

#[test]
fn a_comment_closed_by_a_star_slash_inside_it_is_explained() {
    // zoneminder's zm_create.sql.in: `Events_*/Event_Summaries` ends the comment early; MySQL then reads prose as SQL.
    let text = "/*\n * Advisory locks over events. Nothing here can block the\n * writers that touch Events/Events_*/Event_Summaries.\n * No foreign key to Events for the same reason.\n */\nDROP TABLE IF EXISTS `Events_Lock`;\n";
    let review = reviewed(text, Dialect::Mysql);
    let error = review.findings().find(|f| f.code == "E001").expect("MySQL rejects it too");
    assert_eq!(error.span.line, 3);
    assert!(error.message.contains("opened on line 1") && error.message.contains("`*/`"), "{}", error.message);
    // A comment closed at a line's end explains nothing: the typo after it is told as a typo.
    let typo = reviewed("/* a\n comment */\nSELEC 1;\n", Dialect::Mysql);
    let message = &typo.findings().find(|f| f.code == "E001").unwrap().message;
    assert!(!message.contains("comment") && message.contains("SELECT"), "{message}");
}

#[test]
fn clickhouse_aggregating_tables_and_views_are_read() {
    // umami's schema.sql and lago-api's dead-letter view, the altinity-kb stage tables.
    let schema = "CREATE TABLE umami.website_event_stats_hourly\n(\n    website_id UUID,\n    hostname SimpleAggregateFunction(groupArrayArray, Array(String)),\n    \
                  entry_url AggregateFunction(argMin, String, DateTime('UTC')),\n    created_at Datetime('UTC')\n)\nENGINE = AggregatingMergeTree\nORDER BY (website_id, created_at);\n\
                  CREATE MATERIALIZED VIEW events_dead_letter_mv TO events_dead_letter\n(\n    `organization_id` String,\n    `event` JSON\n)\nAS SELECT\n  event.organization_id AS organization_id,\n  event\nFROM events_dead_letter_queue;\n\
                  create table Example1Null engine = Null as umami.website_event_stats_hourly;\n\
                  select id from Example1Null as _new join _old using id;\n";
    assert_read_quietly(schema, Dialect::Clickhouse);
    assert!(reviewed(schema, Dialect::Clickhouse).catalog.table("website_event_stats_hourly").is_some());
    assert_syntax_error(
        "CREATE TABLE s (h SimpleAggregateFunction(groupArrayArray, Array(String)) ENGINE = AggregatingMergeTree ORDER BY h;",
        Dialect::Clickhouse,
    );
}

#[test]
fn sql_server_views_are_read_and_a_two_word_alias_is_an_error() {
    // instawdb.sql's views: WITH SCHEMABINDING, and an alias named `at`.
    let views = "CREATE VIEW [Person].[vStateProvinceCountryRegion]\nWITH SCHEMABINDING\nAS\nSELECT sp.[StateProvinceID], cr.[Name] AS [CountryRegionName]\nFROM [Person].[StateProvince] sp\n    INNER JOIN [Person].[CountryRegion] cr ON sp.[CountryRegionCode] = cr.[CountryRegionCode];\nGO\n\
                 CREATE VIEW [Sales].[vStoreWithAddresses] AS\nSELECT s.[BusinessEntityID], at.[Name] AS [AddressType]\nFROM [Sales].[Store] s\n    INNER JOIN [Person].[BusinessEntityAddress] bea ON bea.[BusinessEntityID] = s.[BusinessEntityID]\n    INNER JOIN [Person].[AddressType] at ON at.[AddressTypeID] = bea.[AddressTypeID];\nGO\n";
    assert_read_quietly(views, Dialect::Mssql);
    // 03-manufacturing-reports.sql: SQL Server rejects this view (Incorrect syntax near 'Usage').
    let view = "CREATE OR ALTER VIEW vw_InventoryTurnover AS\nSELECT\n    i.ItemCode,\n    ts.QuantityIssued AS Annual Usage,\n    ts.QuantityReceived AS AnnualReceipts\nFROM Items i JOIN ts ON ts.ItemID = i.ItemID;\nGO\n";
    let review = reviewed(view, Dialect::Mssql);
    let error = review.findings().find(|f| f.code == "E001").expect("a syntax error");
    assert!(error.message.contains("[Annual Usage]"), "{}", error.message);
}

#[test]
fn oracle_sample_schemas_are_read() {
    // oe_cre.sql and hr_create.sql.
    let oe = "CREATE TABLE warehouses (warehouse_id NUMBER(3) PRIMARY KEY);\n\
              CREATE TABLE inventories (product_id NUMBER(6), warehouse_id NUMBER(3) NOT NULL);\n\
              ALTER TABLE inventories \nADD ( CONSTRAINT inventories_warehouses_fk \n      FOREIGN KEY (warehouse_id)\n      REFERENCES warehouses (warehouse_id)\n      ENABLE NOVALIDATE\n    ) ;\n\
              CREATE TYPE phone_list_typ\n  OID '82A4AF6A4CD2656DE034080020E0EE3D'\n  AS VARRAY(5) OF VARCHAR2(25);\n/\n\
              CREATE OR REPLACE VIEW emp_details_view\n  (warehouse_id)\n  AS SELECT w.warehouse_id FROM warehouses w\n  WITH READ ONLY;\n";
    assert_read_quietly(oe, Dialect::Oracle);
    let review = reviewed(oe, Dialect::Oracle);
    let inventories = review.catalog.table("inventories").expect("read");
    assert!(!inventories.foreign_keys.is_empty(), "the enabled foreign key is read: {:?}", inventories.foreign_keys);
    assert_syntax_error(
        "ALTER TABLE inventories ADD ( CONSTRAINT fk FOREIGN KEY (warehouse_id REFERENCES warehouses (warehouse_id) ENABLE NOVALIDATE );",
        Dialect::Oracle,
    );
}

#[test]
fn calibre_full_text_tables_pass_quietly_and_stay_known() {
    let calibre = "CREATE TABLE annotations (id INTEGER PRIMARY KEY, searchable_text TEXT NOT NULL DEFAULT '');\n\
                   CREATE VIRTUAL TABLE annotations_fts USING fts5(searchable_text, content = 'annotations', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2');\n\
                   PRAGMA application_id = 0x63616c69;\n\
                   SELECT rowid FROM annotations_fts WHERE annotations_fts MATCH 'x';\n";
    assert_read_quietly(calibre, Dialect::Sqlite);
    assert!(!codes(&reviewed(calibre, Dialect::Sqlite)).contains(&"L002"));
    assert_syntax_error("CREATE VIRTUAL TABLE annotations_fts USING fts5(searchable_text, content = 'annotations';", Dialect::Sqlite);
}

#[test]
fn pgvector_readme_shows_nothing_left_unreviewed_but_its_own_typo() {
    let readme = "# pgvector\n\n```sql\nCREATE TABLE items (id bigserial PRIMARY KEY, embedding vector(3));\n```\n\n```sql\nBEGIN;\nSET LOCAL hnsw.ef_search = 100;\nSELECT ...\nCOMMIT;\n```\n\n\
                  ```sql\nORDER BY embedding <=> '[3,1,2]' LIMIT 5;\n```\n\n```sql\nALTER TABLE items ALTER COLUMN embedding SET STORAGE PLAIN;\nREINDEX INDEX CONCURRENTLY index_name;\nALTER EXTENSION vector UPDATE;\n```\n";
    let review = review(&[Document::new("README.md", readme)], &Options { dialect: Dialect::Postgres, ..Options::default() });
    let listed: Vec<&String> = review.findings().filter(|f| f.code == "E001" || f.code == "E002").map(|f| &f.message).collect();
    assert!(listed.is_empty(), "{listed:?}");
}

#[test]
fn sql_in_application_code_is_read_around_its_holes() {
    // parse-server's PostgresStorageAdapter.js (pg-promise parameters, a task named 'create-table').
    let js = "const pgp = require('pg-promise')();\n\
              async function ensure(conn, className, joinTable) {\n\
              \x20 await conn.task('create-table', async t => {\n\
              \x20   await t.none('CREATE TABLE IF NOT EXISTS $<joinTable:name> (\"relatedId\" varChar(120), \"owningId\" varChar(120), PRIMARY KEY(\"relatedId\", \"owningId\") )', { joinTable });\n\
              \x20   await t.any('SELECT * FROM \"_SCHEMA\" WHERE \"className\" = $<className>', { className });\n\
              \x20   await t.none('CREATE INDEX IF NOT EXISTS $1:name ON $2:name ($3:name)', ['i', className, 'f']);\n\
              \x20   await t.none('ALTER TABLE $<className:name> ADD COLUMN IF NOT EXISTS $<fieldName:name> $<postgresType:raw>', {});\n\
              \x20 });\n}\n";
    let adapter = review(&[Document::new("PostgresStorageAdapter.js", js)], &Options { dialect: Dialect::Postgres, ..Options::default() });
    let listed: Vec<&String> = adapter.findings().filter(|f| f.code == "E001" || f.code == "E002").map(|f| &f.message).collect();
    assert!(listed.is_empty(), "{listed:?}");
    // pgspecial's dbcommands.py: a str.format template is completed by the code; a '{}' inside SQL quotes is no field.
    let py = "import psycopg\n\
              def list_extensions(cur, pattern):\n    sql = \"\"\"SELECT e.extname, e.oid FROM pg_catalog.pg_extension e {pattern} ORDER BY 1, 2\"\"\"\n    cur.execute(sql.format(pattern=pattern))\n\
              def details(cur, oid):\n    sql = \"\"\"SELECT pg_catalog.btrim(ARRAY(SELECT 1)::pg_catalog.text, '{}') AS d FROM pg_catalog.pg_ts_config AS c WHERE c.oid = %(oid)s\"\"\"\n    cur.execute(sql, {\"oid\": oid})\n";
    let commands = review(&[Document::new("dbcommands.py", py)], &Options { dialect: Dialect::Postgres, ..Options::default() });
    assert!(commands.findings().all(|f| f.code != "E001" && f.code != "E002"), "{:?}", codes(&commands));
    assert_eq!(commands.sources.iter().map(|s| s.statements).sum::<usize>(), 1, "only the complete statement is read");
}

#[test]
fn the_plain_statements_inside_a_trigger_are_reviewed_on_their_own() {
    // zoneminder's triggers.sql.
    let triggers = "delimiter //\nCREATE TRIGGER Events_Hour_update_trigger AFTER UPDATE ON Events_Hour\nFOR EACH ROW\n  BEGIN\n    declare diff BIGINT default 0;\n\n    set diff = COALESCE(NEW.DiskSpace,0) - COALESCE(OLD.DiskSpace,0);\n    IF ( diff ) THEN\n      UPDATE Event_Summaries SET HourEventDiskSpace=COALESCE(HourEventDiskSpace,0)+diff WHERE Event_Summaries.MonitorId=OLD.MonitorId;\n    END IF;\n    SELECT * FROM Event_Summaries;\n  END;\n//\ndelimiter ;\n";
    let review = reviewed(triggers, Dialect::Mysql);
    assert!(!codes(&review).contains(&"E001"), "{:?}", codes(&review));
    let note = review.findings().find(|f| f.code == "E002").expect("the body is still listed");
    assert!(note.message.starts_with("1 trigger body not reviewed"), "{}", note.message);
    // The SELECT between the body's `;` is read (and reviewed: SELECT *); the UPDATE under IF is not.
    assert_eq!(review.sources.iter().map(|s| s.statements).sum::<usize>(), 2);
    assert!(review.findings().any(|f| f.code == "Q001" || f.message.contains("SELECT *")), "{:?}", codes(&review));
}

#[test]
fn a_missing_semicolon_between_two_statements_is_an_error() {
    // umami's 05_add_utm_clid.sql: the INSERT runs on into the RENAME.
    let text = "INSERT INTO umami.website_event_new\nSELECT website_id, created_at\nFROM umami.website_event\n\n-- rename tables\nRENAME TABLE umami.website_event TO umami.website_event_old;\n";
    let review = reviewed(text, Dialect::Clickhouse);
    let error = review.findings().find(|f| f.code == "E001").expect("ClickHouse rejects it too");
    assert!(error.message.contains("before `RENAME` on line 6"), "{}", error.message);
    // Text in any script before the stop is no trouble (sqlparser's own tests hold `Ꭿ`).
    reviewed("SELECT phoneǤЖשचᎯ⻩☯♜🦄⚛🀄ᚠ⌛🌀 AS tbl FROM customer;\n", Dialect::Generic);
    // With its `;` both statements are read.
    assert_read_quietly(&text.replace("FROM umami.website_event\n", "FROM umami.website_event;\n"), Dialect::Clickhouse);
}
