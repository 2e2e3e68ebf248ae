//! Each script format authors paste is read the way its own client reads it:
//! no syntax error on valid input, and the statements after a client command
//! are still seen.

use engine::{review, Dialect, Document, Options, Review};

fn reviewed(name: &str, text: &str, dialect: Dialect) -> Review {
    review(&[Document::new(name, text)], &Options { dialect, ..Options::default() })
}

fn codes(review: &Review) -> Vec<&'static str> {
    review.findings().map(|f| f.code).collect()
}

fn assert_no_syntax_error(review: &Review) {
    let errors: Vec<String> = review.findings().filter(|f| f.code == "E001").map(|f| format!("line {}: {}", f.span.line, f.message)).collect();
    assert!(errors.is_empty(), "syntax errors on valid input: {errors:?}");
}

#[test]
fn a_pg_dump_keeps_the_key_and_index_after_its_data() {
    let dump = "CREATE TABLE public.orders (id integer NOT NULL, customer_id integer NOT NULL);\n\
                COPY public.orders (id, customer_id) FROM stdin;\n\
                1\t10\n\
                \\.\n\
                ALTER TABLE ONLY public.orders ADD CONSTRAINT orders_pkey PRIMARY KEY (id);\n\
                CREATE INDEX orders_customer_id_idx ON public.orders USING btree (customer_id);\n";
    let review = reviewed("dump.sql", dump, Dialect::Postgres);
    assert_no_syntax_error(&review);
    let orders = review.catalog.table("orders").expect("the table is in the catalog");
    assert_eq!(orders.primary_key, ["id"]);
    assert!(orders.indexes.iter().any(|i| i.name.as_deref() == Some("orders_customer_id_idx")), "{:?}", orders.indexes);
    assert!(!codes(&review).contains(&"S001"), "a missing key was reported: {:?}", codes(&review));
}

#[test]
fn a_tsql_script_with_go_batches() {
    let script = "USE [Shop]\nGO\nSET ANSI_NULLS ON\nGO\nCREATE TABLE [dbo].[Orders](\n  [OrderID] [int] IDENTITY(1,1) NOT NULL,\n  CONSTRAINT [PK_Orders] PRIMARY KEY CLUSTERED ([OrderID] ASC)\n) ON [PRIMARY]\nGO\n\
                  CREATE NONCLUSTERED INDEX [IX_Orders] ON [dbo].[Orders] ([OrderID])\nGO 2\nSELECT TOP 10 OrderID FROM dbo.Orders ORDER BY OrderID\nGO\n";
    let review = reviewed("shop.sql", script, Dialect::Mssql);
    assert_no_syntax_error(&review);
    assert!(review.sources[0].statements >= 5, "{:?}", review.sources);
}

#[test]
fn a_mysql_routine_script_with_delimiter() {
    let script = "CREATE TABLE t (id INT PRIMARY KEY, n INT) ENGINE=InnoDB;\n\
                  DELIMITER //\n\
                  CREATE PROCEDURE bump(IN k INT)\nBEGIN\n  UPDATE t SET n = n + 1 WHERE id = k;\n  SELECT n FROM t WHERE id = k;\nEND //\n\
                  DELIMITER ;\n\
                  CALL bump(1);\n";
    let review = reviewed("routines.sql", script, Dialect::Mysql);
    assert_no_syntax_error(&review);
    assert!(review.catalog.table("t").is_some());
}

#[test]
fn an_oracle_script_with_slash_lines() {
    let script = "SET DEFINE OFF\nPROMPT creating the table\nCREATE TABLE emp (id NUMBER PRIMARY KEY, salary NUMBER);\n\
                  CREATE OR REPLACE TRIGGER emp_salary\n  BEFORE UPDATE ON emp FOR EACH ROW\nBEGIN\n  IF :NEW.salary < 0 THEN\n    :NEW.salary := :OLD.salary;\n  END IF;\nEND;\n/\n\
                  REM done\nSELECT id FROM emp WHERE id = 1;\n";
    let review = reviewed("hr.sql", script, Dialect::Oracle);
    assert_no_syntax_error(&review);
    assert!(review.catalog.table("emp").is_some());
}

#[test]
fn a_psql_printed_plan() {
    let text = "                        QUERY PLAN\n\
                ----------------------------------------------------------\n \
                Seq Scan on orders  (cost=0.00..1693.00 rows=1 width=16) (actual time=0.010..9.500 rows=1 loops=1)\n   \
                Filter: (customer_id = 42)\n   \
                Rows Removed by Filter: 99999\n \
                Planning Time: 0.050 ms\n \
                Execution Time: 9.600 ms\n\
                (5 rows)\n";
    let review = reviewed("plan.txt", text, Dialect::Postgres);
    assert_no_syntax_error(&review);
    assert_eq!(review.plans.len(), 1);
}

#[test]
fn a_redis_documentation_session() {
    let lesson = "# Sets\n\n{{< clients-example sets_tutorial sadd >}}\n> SADD bikes:racing:france bike:1\n(integer) 1\n> SMEMBERS bikes:racing:france\n1) \"bike:1\"\n> GET nothing\n(nil)\n> SET k v\nOK\n{{< /clients-example >}}\n\n```redis\n> HSET bike:1 model Deimos\n(integer) 1\n```\n";
    let review = reviewed("sets.md", lesson, Dialect::Redis);
    assert_no_syntax_error(&review);
    assert_eq!(review.sources[0].statements, 5, "{:?}", review.sources);
}

#[test]
fn a_stock_style_redis_conf() {
    // Directives as Redis's stock redis.conf and sentinel.conf write them,
    // active and commented out (the file itself is not ours to copy).
    let conf = "bind 127.0.0.1 -::1\nprotected-mode yes\nport 6379\ntcp-backlog 511\ntimeout 0\ntcp-keepalive 300\ndaemonize no\n\
                pidfile /var/run/redis_6379.pid\nloglevel notice\nlogfile \"\"\ndatabases 16\nalways-show-logo no\nset-proc-title yes\n\
                proc-title-template \"{title} {listen-addr} {server-mode}\"\nsave 3600 1 300 100 60 10000\nstop-writes-on-bgsave-error yes\n\
                rdbcompression yes\nrdbchecksum yes\ndbfilename dump.rdb\nrdb-del-sync-files no\ndir ./\nreplica-serve-stale-data yes\n\
                replica-read-only yes\nrepl-diskless-sync yes\nrepl-diskless-sync-delay 5\nrepl-diskless-load disabled\nrepl-disable-tcp-nodelay no\n\
                replica-priority 100\nacllog-max-len 128\nlazyfree-lazy-eviction no\nlazyfree-lazy-user-flush no\noom-score-adj no\n\
                oom-score-adj-values 0 200 800\ndisable-thp yes\nappendonly no\nappendfilename \"appendonly.aof\"\nappenddirname \"appendonlydir\"\n\
                appendfsync everysec\nno-appendfsync-on-rewrite no\nauto-aof-rewrite-percentage 100\nauto-aof-rewrite-min-size 64mb\n\
                aof-load-truncated yes\naof-use-rdb-preamble yes\naof-timestamp-enabled no\nslowlog-log-slower-than 10000\nslowlog-max-len 128\n\
                latency-monitor-threshold 0\nnotify-keyspace-events \"\"\nhash-max-listpack-entries 128\nhash-max-listpack-value 64\n\
                list-max-listpack-size -2\nlist-compress-depth 0\nset-max-intset-entries 512\nzset-max-listpack-entries 128\n\
                zset-max-listpack-value 64\nhll-sparse-max-bytes 3000\nstream-node-max-bytes 4096\nstream-node-max-entries 100\nactiverehashing yes\n\
                client-output-buffer-limit normal 0 0 0\nclient-output-buffer-limit replica 256mb 64mb 60\nclient-output-buffer-limit pubsub 32mb 8mb 60\n\
                hz 10\ndynamic-hz yes\naof-rewrite-incremental-fsync yes\nrdb-save-incremental-fsync yes\njemalloc-bg-thread yes\n\
                # maxmemory <bytes>\n# maxmemory-policy noeviction\n# tls-port 6379\n# cluster-enabled yes\n";
    let review = reviewed("redis.conf", conf, Dialect::Redis);
    assert_no_syntax_error(&review);
    let sentinel = "port 26379\ndaemonize no\npidfile /var/run/redis-sentinel.pid\nlogfile \"\"\ndir /tmp\n\
                    sentinel monitor mymaster 127.0.0.1 6379 2\nsentinel down-after-milliseconds mymaster 30000\nacllog-max-len 128\n\
                    sentinel parallel-syncs mymaster 1\nsentinel failover-timeout mymaster 180000\nsentinel deny-scripts-reconfig yes\n\
                    SENTINEL resolve-hostnames no\nSENTINEL announce-hostnames no\nSENTINEL master-reboot-down-after-period mymaster 0\n";
    let review = reviewed("sentinel.conf", sentinel, Dialect::Auto);
    assert_no_syntax_error(&review);
    assert_eq!(review.dialect, Dialect::Redis);
}
