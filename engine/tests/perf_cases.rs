//! Schema + workload cases and the advice a principal engineer would give:
//! which index to add, which queries it serves, which index is redundant or
//! unused, how each table is read. One case per planner rule or trap.

use engine::perf::AccessKind;
use engine::{Dialect, Document, Options, Review};

struct Case {
    name: &'static str,
    dialect: Dialect,
    sql: &'static str,
    /// `table(key, key) ×served`, in the review's order.
    advice: &'static [&'static str],
    /// Each query's first table access, in order (`None`: not checked).
    access: Option<&'static [AccessKind]>,
    /// Rule codes that must be reported, and codes that must not.
    present: &'static [&'static str],
    absent: &'static [&'static str],
}

const PG: Dialect = Dialect::Postgres;
use AccessKind::{FullScan, IndexOnly, IndexSeek, RangeScan};

const CASES: &[Case] = &[
    Case { name: "equality without an index", dialect: PG,
        sql: "CREATE TABLE orders (id bigint PRIMARY KEY, email text NOT NULL, total numeric NOT NULL);
              SELECT id, total FROM orders WHERE email = $1;",
        advice: &["orders(email) ×1"], access: Some(&[FullScan]), present: &["S009"], absent: &[] },
    Case { name: "two queries share one composite index", dialect: PG,
        sql: "CREATE TABLE orders (id bigint PRIMARY KEY, email text NOT NULL, created_at timestamptz NOT NULL);
              SELECT id FROM orders WHERE email = $1;
              SELECT id FROM orders WHERE email = $1 ORDER BY created_at DESC LIMIT 20;",
        advice: &["orders(email, created_at) ×2"], access: None, present: &["S009"], absent: &[] },
    Case { name: "equality before range", dialect: PG,
        sql: "CREATE TABLE orders (id bigint PRIMARY KEY, status text NOT NULL, created_at timestamptz NOT NULL);
              SELECT id FROM orders WHERE created_at > $1 AND status = $2;",
        advice: &["orders(status, created_at) ×1"], access: None, present: &[], absent: &[] },
    Case { name: "an existing index serves the lookup", dialect: PG,
        sql: "CREATE TABLE orders (id bigint PRIMARY KEY, email text NOT NULL);
              CREATE INDEX orders_email_idx ON orders (email);
              SELECT id, email FROM orders WHERE email = $1;",
        advice: &[], access: Some(&[IndexSeek]), present: &[], absent: &["S009"] },
    Case { name: "primary key lookup", dialect: PG,
        sql: "CREATE TABLE users (id bigint PRIMARY KEY, name text NOT NULL);
              SELECT name FROM users WHERE id = $1;",
        advice: &[], access: Some(&[IndexSeek]), present: &[], absent: &["S009"] },
    Case { name: "second column of an index is not a left prefix", dialect: PG,
        sql: "CREATE TABLE events (id bigint PRIMARY KEY, account_id bigint NOT NULL, kind text NOT NULL);
              CREATE INDEX events_account_kind_idx ON events (account_id, kind);
              SELECT id FROM events WHERE kind = $1;",
        advice: &["events(kind) ×1"], access: Some(&[FullScan]), present: &["S009"], absent: &[] },
    Case { name: "expression index matches lower(email)", dialect: PG,
        sql: "CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);
              CREATE UNIQUE INDEX users_email_lower_idx ON users (lower(email));
              SELECT id FROM users WHERE lower(email) = lower($1);",
        advice: &[], access: Some(&[IndexSeek]), present: &[], absent: &["S009"] },
    Case { name: "expression without its index", dialect: PG,
        sql: "CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);
              SELECT id FROM users WHERE lower(email) = $1;",
        advice: &["users(lower(email)) ×1"], access: Some(&[FullScan]), present: &["S009"], absent: &[] },
    Case { name: "partial index implied by the query", dialect: PG,
        sql: "CREATE TABLE jobs (id bigint PRIMARY KEY, status text NOT NULL, run_at timestamptz NOT NULL);
              CREATE INDEX jobs_pending_idx ON jobs (run_at) WHERE status = 'pending';
              SELECT id FROM jobs WHERE status = 'pending' AND run_at < now() ORDER BY run_at LIMIT 10;",
        advice: &[], access: Some(&[RangeScan]), present: &[], absent: &["S009"] },
    Case { name: "partial index not implied", dialect: PG,
        sql: "CREATE TABLE jobs (id bigint PRIMARY KEY, status text NOT NULL, run_at timestamptz NOT NULL);
              CREATE INDEX jobs_pending_idx ON jobs (run_at) WHERE status = 'pending';
              SELECT id FROM jobs WHERE status = 'failed' AND run_at > $1;",
        advice: &["jobs(status, run_at) ×1"], access: Some(&[FullScan]), present: &["S009"], absent: &[] },
    Case { name: "hash index answers equality", dialect: PG,
        sql: "CREATE TABLE sessions (id bigint PRIMARY KEY, token text NOT NULL, seen_at timestamptz NOT NULL);
              CREATE INDEX sessions_token_hash ON sessions USING hash (token);
              SELECT id FROM sessions WHERE token = $1;",
        advice: &[], access: Some(&[IndexSeek]), present: &[], absent: &["S009"] },
    Case { name: "hash index cannot answer a range", dialect: PG,
        sql: "CREATE TABLE sessions (id bigint PRIMARY KEY, token text NOT NULL, seen_at timestamptz NOT NULL);
              CREATE INDEX sessions_seen_hash ON sessions USING hash (seen_at);
              SELECT id FROM sessions WHERE seen_at > $1;",
        advice: &["sessions(seen_at) ×1"], access: Some(&[FullScan]), present: &["S009"], absent: &[] },
    Case { name: "GIN answers jsonb containment", dialect: PG,
        sql: "CREATE TABLE docs (id bigint PRIMARY KEY, body jsonb NOT NULL);
              CREATE INDEX docs_body_gin ON docs USING gin (body);
              SELECT id FROM docs WHERE body @> '{\"kind\": \"invoice\"}';",
        advice: &[], access: Some(&[RangeScan]), present: &[], absent: &["S009"] },
    Case { name: "containment without GIN", dialect: PG,
        sql: "CREATE TABLE docs (id bigint PRIMARY KEY, tags text[] NOT NULL);
              SELECT id FROM docs WHERE tags && ARRAY['urgent'];",
        advice: &["docs(tags) gin ×1"], access: Some(&[FullScan]), present: &["S009"], absent: &[] },
    Case { name: "INCLUDE makes it index-only", dialect: PG,
        sql: "CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint NOT NULL, total numeric NOT NULL);
              CREATE INDEX orders_customer_idx ON orders (customer_id) INCLUDE (total);
              SELECT customer_id, total FROM orders WHERE customer_id = $1;",
        advice: &[], access: Some(&[IndexOnly]), present: &[], absent: &["S009"] },
    Case { name: "SELECT * reads past a covering index", dialect: PG,
        sql: "CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint NOT NULL, total numeric NOT NULL, note text);
              CREATE INDEX orders_customer_idx ON orders (customer_id) INCLUDE (total);
              SELECT * FROM orders WHERE customer_id = $1;",
        advice: &[], access: Some(&[IndexSeek]), present: &["Q022"], absent: &["S009"] },
    Case { name: "top-N served in index order", dialect: PG,
        sql: "CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint NOT NULL, created_at timestamptz NOT NULL, total numeric);
              CREATE INDEX orders_customer_created_idx ON orders (customer_id, created_at);
              SELECT id, total FROM orders WHERE customer_id = $1 ORDER BY created_at DESC LIMIT 20;",
        advice: &[], access: Some(&[RangeScan]), present: &[], absent: &["S009"] },
    Case { name: "top-N sorts every match: extend the index", dialect: PG,
        sql: "CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint NOT NULL, created_at timestamptz NOT NULL, total numeric);
              CREATE INDEX orders_customer_idx ON orders (customer_id);
              SELECT id, total FROM orders WHERE customer_id = $1 ORDER BY created_at DESC LIMIT 20;",
        advice: &["orders(customer_id, created_at) ×1 replaces orders_customer_idx"], access: Some(&[IndexSeek]), present: &["S009"], absent: &[] },
    Case { name: "prefix-duplicate index", dialect: PG,
        sql: "CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint NOT NULL, status text NOT NULL);
              CREATE INDEX orders_customer_idx ON orders (customer_id);
              CREATE INDEX orders_customer_status_idx ON orders (customer_id, status);
              SELECT id FROM orders WHERE customer_id = $1 AND status = $2;",
        advice: &[], access: None, present: &["S010"], absent: &["S009"] },
    Case { name: "foreign key without an index", dialect: PG,
        sql: "CREATE TABLE customers (id bigint PRIMARY KEY, email text NOT NULL UNIQUE);
              CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint NOT NULL REFERENCES customers (id));
              SELECT o.id FROM orders o JOIN customers c ON c.id = o.customer_id WHERE c.email = $1;",
        advice: &["orders(customer_id) ×1"], access: None, present: &["S008"], absent: &["S009"] },
    Case { name: "join columns of different types", dialect: PG,
        sql: "CREATE TABLE accounts (id bigint PRIMARY KEY, name text NOT NULL);
              CREATE TABLE logins (id bigint PRIMARY KEY, account_ref text NOT NULL);
              SELECT a.name FROM logins l JOIN accounts a ON a.id = l.account_ref WHERE l.id = $1;",
        advice: &[], access: None, present: &["S028"], absent: &[] },
    Case { name: "OR across columns defeats one index", dialect: PG,
        sql: "CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL, phone text NOT NULL);
              SELECT id FROM users WHERE email = $1 OR phone = $2;",
        advice: &[], access: Some(&[FullScan]), present: &["Q009"], absent: &["S009"] },
    Case { name: "leading wildcard defeats the B-tree", dialect: PG,
        sql: "CREATE TABLE products (id bigint PRIMARY KEY, name text NOT NULL);
              SELECT id FROM products WHERE name LIKE '%phone';",
        advice: &[], access: Some(&[FullScan]), present: &[], absent: &["S009"] },
    Case { name: "a small lookup table may be scanned", dialect: PG,
        sql: "-- sqlreview: rows countries=200
              CREATE TABLE countries (id int PRIMARY KEY, code text NOT NULL, name text NOT NULL);
              SELECT name FROM countries WHERE code = $1;",
        advice: &[], access: Some(&[FullScan]), present: &[], absent: &["S009"] },
    Case { name: "a table seeded with a few rows is small without a hint", dialect: PG,
        sql: "CREATE TABLE region (id int PRIMARY KEY, description text NOT NULL);
              INSERT INTO region VALUES (1, 'Eastern'), (2, 'Western'), (3, 'Northern'), (4, 'Southern');
              SELECT id FROM region WHERE description = $1;",
        advice: &[], access: Some(&[FullScan]), present: &[], absent: &["S009"] },
    Case { name: "a table named for a lookup is small without a hint", dialect: PG,
        sql: "CREATE TABLE order_statuses (code text PRIMARY KEY, label text NOT NULL);
              SELECT code FROM order_statuses WHERE label = $1;",
        advice: &[], access: Some(&[FullScan]), present: &[], absent: &["S009"] },
    Case { name: "seed rows in a table with a bigint key do not make it small", dialect: PG,
        sql: "CREATE TABLE orders (id bigint PRIMARY KEY, email text NOT NULL);
              INSERT INTO orders VALUES (1, 'a@example.com');
              SELECT id FROM orders WHERE email = $1;",
        advice: &["orders(email) ×1"], access: Some(&[FullScan]), present: &["S009"], absent: &[] },
    Case { name: "a large table's scan is an error", dialect: PG,
        sql: "-- sqlreview: rows orders=50M
              CREATE TABLE orders (id bigint PRIMARY KEY, email text NOT NULL);
              SELECT id FROM orders WHERE email = $1;",
        advice: &["orders(email) ×1"], access: Some(&[FullScan]), present: &["S009:error"], absent: &[] },
    Case { name: "reading a small lookup table whole is fine", dialect: PG,
        sql: "-- sqlreview: rows countries=200
              CREATE TABLE countries (code text PRIMARY KEY, name text NOT NULL);
              SELECT code, name FROM countries;",
        advice: &[], access: Some(&[FullScan]), present: &[], absent: &["Q003", "S009"] },
    Case { name: "reading a 50M-row table whole is an error", dialect: PG,
        sql: "-- sqlreview: rows events=50M
              CREATE TABLE events (id bigint PRIMARY KEY, kind text NOT NULL);
              SELECT id, kind FROM events;",
        advice: &[], access: Some(&[FullScan]), present: &["Q003:error"], absent: &["S009"] },
    Case { name: "N+1 in a query log", dialect: PG,
        sql: "CREATE TABLE authors (id bigint PRIMARY KEY, name text NOT NULL);
              SELECT name FROM authors WHERE id = 1;
              SELECT name FROM authors WHERE id = 2;
              SELECT name FROM authors WHERE id = 3;
              SELECT name FROM authors WHERE id = 4;",
        advice: &[], access: Some(&[IndexSeek, IndexSeek, IndexSeek, IndexSeek]), present: &["Q021"], absent: &["S009"] },
    Case { name: "an index no query uses", dialect: PG,
        sql: "CREATE TABLE tickets (id bigint PRIMARY KEY, queue text NOT NULL, title text NOT NULL, opened_at timestamptz NOT NULL);
              CREATE INDEX tickets_title_idx ON tickets (title);
              CREATE INDEX tickets_queue_idx ON tickets (queue, opened_at);
              SELECT id FROM tickets WHERE queue = $1 ORDER BY opened_at LIMIT 50;
              SELECT title FROM tickets WHERE id = $1;
              SELECT count(*) FROM tickets WHERE queue = $1 AND opened_at > $2;",
        advice: &[], access: None, present: &["S027"], absent: &["S009"] },
    Case { name: "MySQL: online ALTER, and InnoDB's primary key suffix serves the sort", dialect: Dialect::Mysql,
        sql: "CREATE TABLE notes (id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY, owner_id BIGINT NOT NULL, tag VARCHAR(40) NOT NULL, KEY notes_owner (owner_id));
              SELECT id FROM notes WHERE owner_id = ? ORDER BY id DESC LIMIT 20;
              SELECT id FROM notes WHERE tag = ?;",
        advice: &["notes(tag) ×1"], access: Some(&[IndexOnly, FullScan]), present: &["S009"], absent: &[] },
    Case { name: "three queries, one index with the shared column first", dialect: PG,
        sql: "CREATE TABLE tasks (id bigint PRIMARY KEY, tenant_id bigint NOT NULL, status text NOT NULL, created_at timestamptz NOT NULL);
              SELECT id FROM tasks WHERE status = $2 AND tenant_id = $1 ORDER BY created_at LIMIT 50;
              SELECT id FROM tasks WHERE tenant_id = $1 AND status = $2;
              SELECT id FROM tasks WHERE tenant_id = $1;",
        advice: &["tasks(tenant_id, status, created_at) ×3"], access: None, present: &["S009"], absent: &[] },
    Case { name: "latest rows with no filter", dialect: PG,
        sql: "CREATE TABLE posts (id bigint PRIMARY KEY, title text NOT NULL, published_at timestamptz NOT NULL);
              SELECT id, title FROM posts ORDER BY published_at DESC LIMIT 10;",
        advice: &["posts(published_at) ×1"], access: Some(&[FullScan]), present: &["S009"], absent: &[] },
    Case { name: "an UPDATE finds its rows by an unindexed column", dialect: PG,
        sql: "CREATE TABLE carts (id bigint PRIMARY KEY, session_key text NOT NULL, updated_at timestamptz NOT NULL);
              UPDATE carts SET updated_at = now() WHERE session_key = $1;",
        advice: &["carts(session_key) ×1"], access: Some(&[FullScan]), present: &["S009"], absent: &[] },
];

fn advice_lines(review: &Review) -> Vec<String> {
    review
        .performance
        .advice
        .iter()
        .map(|a| {
            let method = a.method.as_deref().map(|m| format!(" {m}")).unwrap_or_default();
            let replaces = a.replaces.as_deref().map(|r| format!(" replaces {r}")).unwrap_or_default();
            format!("{}({}){method} ×{}{replaces}", a.table, a.keys.join(", "), a.serves.len())
        })
        .collect()
}

#[test]
fn every_case_gets_the_expected_advice() {
    let mut failures = Vec::new();
    for case in CASES {
        let review = engine::review(&[Document::new("case.sql", case.sql)], &Options { dialect: case.dialect, ..Options::default() });
        let mut problems = Vec::new();
        let advice = advice_lines(&review);
        if advice != case.advice {
            problems.push(format!("advice {advice:?}, expected {:?}", case.advice));
        }
        if let Some(expected) = case.access {
            let kinds: Vec<AccessKind> = review.performance.queries.iter().filter_map(|q| q.accesses.first().map(|a| a.kind)).collect();
            if kinds != expected {
                problems.push(format!("access {kinds:?}, expected {expected:?}"));
            }
        }
        for want in case.present {
            let (code, severity) = want.split_once(':').map_or((*want, None), |(c, s)| (c, Some(s)));
            if !review.findings().any(|f| f.code == code && severity.is_none_or(|s| f.severity.name() == s)) {
                problems.push(format!("{want} not reported"));
            }
        }
        for code in case.absent {
            if let Some(f) = review.findings().find(|f| f.code == *code) {
                problems.push(format!("{code} reported: {}", f.message));
            }
        }
        if !problems.is_empty() {
            failures.push(format!("{}:\n  {}", case.name, problems.join("\n  ")));
        }
    }
    assert!(CASES.len() >= 25);
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn advice_lists_the_queries_it_serves_and_online_sql() {
    let review = engine::review(&[Document::new("case.sql", CASES[1].sql)], &Options::default());
    let advice = &review.performance.advice[0];
    assert_eq!(advice.sql, "CREATE INDEX CONCURRENTLY idx_orders_email_created_at ON orders (email, created_at);");
    assert_eq!(advice.serves.iter().map(|s| s.statement).collect::<Vec<_>>(), vec![1, 2]);
    assert!(advice.serves[1].label.starts_with("SELECT id FROM orders WHERE email = $1 ORDER BY"));
    let mysql = engine::review(
        &[Document::new("case.sql", CASES[1].sql.replace("$1", "?").replace("timestamptz", "DATETIME"))],
        &Options { dialect: Dialect::Mysql, ..Options::default() },
    );
    assert_eq!(mysql.performance.advice[0].sql, "ALTER TABLE orders ADD INDEX idx_orders_email_created_at (email, created_at), ALGORITHM=INPLACE, LOCK=NONE;");
}

#[test]
fn plans_name_their_growth_and_sketch() {
    let review = engine::review(&[Document::new("case.sql", CASES[17].sql)], &Options::default());
    let sketch = review.performance.queries[0].sketch();
    assert_eq!(sketch[0], "Limit (20)");
    assert!(sketch.iter().any(|l| l.contains("Sort (top-N)")), "{sketch:?}");
    assert!(sketch.iter().any(|l| l.contains("Index Scan using orders_customer_idx on orders")), "{sketch:?}");
    let scan = engine::review(&[Document::new("case.sql", CASES[0].sql)], &Options::default());
    assert_eq!(scan.performance.queries[0].growth, engine::perf::Growth::Linear);
    assert!(scan.performance.assumption.contains("No table sizes given"));
}

#[test]
fn table_sizes_come_from_options_and_bad_hints_are_located() {
    let options = Options { rows: [("orders".to_string(), 80_000_000)].into_iter().collect(), ..Options::default() };
    let review = engine::review(&[Document::new("case.sql", CASES[0].sql)], &options);
    let finding = review.findings().find(|f| f.code == "S009").expect("S009");
    assert_eq!(finding.severity.name(), "error");
    assert!(finding.note.as_deref().unwrap_or_default().contains("80M"), "{:?}", finding.note);
    let bad = engine::review_sql("-- sqlreview: rows orders=lots\nSELECT 1;", &Options::default());
    let problem = bad.parse_problems.first().expect("a located problem");
    assert!(problem.message.contains("not a row count"));
    assert_eq!(problem.span.line, 1);
}

#[test]
fn inferred_sizes_say_they_are_inferred() {
    let sql = "CREATE TABLE region (id int PRIMARY KEY, description text NOT NULL);\n\
               INSERT INTO region VALUES (1, 'Eastern'), (2, 'Western');\n\
               SELECT id FROM region WHERE description = $1;";
    let review = engine::review_sql(sql, &Options::default());
    let sizes = &review.performance.sizes;
    assert!(sizes.is_small("region"));
    assert_eq!(sizes.inferred.get("region"), Some(&engine::perf::lookup::Basis::SeedRows(2)));
    assert!(engine::perf::scale::size_phrase(sizes, "region").contains("2 seed rows in the script; inferred"));
    assert!(review.performance.assumption.contains("Inferred small lookup tables, judged as small: region (2 seed rows in the script)"));
}

#[test]
fn an_enum_alone_gets_no_index_advice() {
    let sql = "CREATE TYPE alert_kind AS ENUM ('triggered', 'resolved');\n\
               CREATE TABLE alerts (id uuid PRIMARY KEY, kind public.alert_kind NOT NULL, org_id uuid NOT NULL);\n\
               SELECT id FROM alerts WHERE kind = 'triggered';\n\
               SELECT id FROM alerts WHERE org_id = $1 AND kind = 'triggered';";
    let review = engine::review_sql(sql, &Options::default());
    let advice: Vec<Vec<String>> = review.performance.advice.iter().map(|a| a.keys.clone()).collect();
    assert_eq!(advice.len(), 1, "{advice:?}");
    assert!(advice[0].contains(&"org_id".to_string()), "{advice:?}");
}
