//! The example gallery: realistic course material covering the concepts.

use engine::Dialect;

pub struct Example {
    pub id: &'static str,
    pub title: &'static str,
    pub schema: &'static str,
    pub queries: &'static str,
    /// `queries` is a Markdown lesson.
    pub lesson: bool,
    pub dialect: Dialect,
}

pub const EXAMPLES: &[Example] = &[
    Example {
        id: "shop",
        title: "Online shop: schema and queries",
        schema: "CREATE TABLE customers (\n    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,\n    email TEXT NOT NULL UNIQUE,\n    created_at TIMESTAMPTZ NOT NULL DEFAULT now()\n);\n\nCREATE TABLE orders (\n    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,\n    customer_id BIGINT NOT NULL REFERENCES customers (id),\n    status TEXT NOT NULL,\n    total DOUBLE PRECISION NOT NULL,\n    created_at TIMESTAMP NOT NULL\n);\n",
        queries: "SELECT * FROM orders WHERE status = 'paid';\n\nSELECT id, total FROM orders ORDER BY id LIMIT 20 OFFSET 10000;\n\nDELETE FROM orders;\n",
        lesson: false,
        dialect: Dialect::Postgres,
    },
    Example {
        id: "bad-schema",
        title: "A schema with classic modelling mistakes",
        schema: "CREATE TABLE contacts (\n    name VARCHAR(100),\n    email VARCHAR(255),\n    phone1 VARCHAR(20),\n    phone2 VARCHAR(20),\n    tag_ids VARCHAR(500),\n    birth_date VARCHAR(10),\n    is_active CHAR(1),\n    settings TEXT\n);\n",
        queries: "SELECT name FROM contacts WHERE phone1 = '555-0100' OR phone2 = '555-0100';\n",
        lesson: false,
        dialect: Dialect::Postgres,
    },
    Example {
        id: "n-plus-one",
        title: "Per-row subqueries (N+1 inside SQL)",
        schema: "CREATE TABLE authors (id BIGINT PRIMARY KEY, name TEXT NOT NULL);\nCREATE TABLE books (\n    id BIGINT PRIMARY KEY,\n    author_id BIGINT NOT NULL REFERENCES authors (id),\n    title TEXT NOT NULL\n);\n",
        queries: "SELECT a.name,\n       (SELECT count(*) FROM books b WHERE b.author_id = a.id) AS books\nFROM authors a;\n\nSELECT a.name FROM authors a\nWHERE (SELECT count(*) FROM books b WHERE b.author_id = a.id) > 0;\n",
        lesson: false,
        dialect: Dialect::Postgres,
    },
    Example {
        id: "injection",
        title: "Dynamic SQL and privileges",
        schema: "CREATE TABLE users (id BIGINT PRIMARY KEY, name TEXT NOT NULL, password VARCHAR(64) NOT NULL);\n",
        queries: "CREATE FUNCTION find_user(p_name text) RETURNS SETOF users AS $$\nBEGIN\n  RETURN QUERY EXECUTE 'SELECT * FROM users WHERE name = ''' || p_name || '''';\nEND $$ LANGUAGE plpgsql;\n\nGRANT ALL ON ALL TABLES IN SCHEMA public TO PUBLIC;\n",
        lesson: false,
        dialect: Dialect::Postgres,
    },
    Example {
        id: "migration",
        title: "A risky migration on a live table",
        schema: "",
        queries: "ALTER TABLE orders ADD COLUMN region TEXT NOT NULL;\nALTER TABLE orders ALTER COLUMN customer_id SET NOT NULL;\nALTER TABLE orders ADD CONSTRAINT orders_customer_fk\n    FOREIGN KEY (customer_id) REFERENCES customers (id);\nCREATE INDEX idx_orders_region ON orders (region);\n",
        lesson: false,
        dialect: Dialect::Postgres,
    },
    Example {
        id: "safe-migration",
        title: "The same migration, zero-downtime",
        schema: "",
        queries: "SET lock_timeout = '2s';\nALTER TABLE orders ADD COLUMN region TEXT;\nALTER TABLE orders ADD CONSTRAINT orders_customer_fk\n    FOREIGN KEY (customer_id) REFERENCES customers (id) NOT VALID;\nALTER TABLE orders VALIDATE CONSTRAINT orders_customer_fk;\nCREATE INDEX CONCURRENTLY idx_orders_region ON orders (region);\n",
        lesson: false,
        dialect: Dialect::Postgres,
    },
    Example {
        id: "good-patterns",
        title: "Good patterns: keys, time zones, keyset pagination",
        schema: "CREATE TABLE users (\n    id BIGSERIAL PRIMARY KEY,\n    email VARCHAR(255) UNIQUE NOT NULL,\n    created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT NOW()\n);\nCREATE INDEX CONCURRENTLY idx_users_created_at ON users (created_at, id);\n",
        queries: "SELECT id, email, created_at\nFROM users\nWHERE (created_at, id) > ($1, $2)\nORDER BY created_at, id\nLIMIT 20;\n",
        lesson: false,
        dialect: Dialect::Postgres,
    },
    Example {
        id: "window-functions",
        title: "Window functions for running totals",
        schema: "CREATE TABLE orders (\n    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,\n    user_id BIGINT NOT NULL,\n    order_date DATE NOT NULL,\n    amount NUMERIC(12,2) NOT NULL CHECK (amount >= 0)\n);\n",
        queries: "SELECT user_id, order_date, amount,\n       SUM(amount) OVER (PARTITION BY user_id ORDER BY order_date) AS running_total\nFROM orders;\n\nSELECT user_id, row_number() OVER (PARTITION BY user_id) AS n FROM orders;\n",
        lesson: false,
        dialect: Dialect::Postgres,
    },
    Example {
        id: "null-traps",
        title: "NULL traps: = NULL and NOT IN",
        schema: "CREATE TABLE customers (id BIGINT PRIMARY KEY, referrer_id BIGINT, deleted_at TIMESTAMPTZ);\n",
        queries: "SELECT id FROM customers WHERE deleted_at = NULL;\n\nSELECT id FROM customers\nWHERE id NOT IN (SELECT referrer_id FROM customers);\n",
        lesson: false,
        dialect: Dialect::Postgres,
    },
    Example {
        id: "job-queue",
        title: "A job queue in PostgreSQL",
        schema: "CREATE TABLE jobs (\n    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,\n    status TEXT NOT NULL DEFAULT 'pending',\n    payload JSONB NOT NULL\n);\n",
        queries: "SELECT id, payload FROM jobs\nWHERE status = 'pending'\nORDER BY id\nLIMIT 1\nFOR UPDATE;\n",
        lesson: false,
        dialect: Dialect::Postgres,
    },
    Example {
        id: "eav",
        title: "Entity-attribute-value for a flexible catalog",
        schema: "CREATE TABLE products (id BIGINT PRIMARY KEY, name TEXT NOT NULL);\nCREATE TABLE product_attributes (\n    product_id BIGINT NOT NULL REFERENCES products (id),\n    attribute_name TEXT NOT NULL,\n    value TEXT,\n    PRIMARY KEY (product_id, attribute_name)\n);\n",
        queries: "SELECT p.name, a.value AS color\nFROM products p\nJOIN product_attributes a ON a.product_id = p.id AND a.attribute_name = 'color';\n",
        lesson: false,
        dialect: Dialect::Postgres,
    },
    Example {
        id: "redundant-indexes",
        title: "Redundant and low-value indexes",
        schema: "CREATE TABLE users (\n    id BIGINT PRIMARY KEY,\n    email TEXT NOT NULL UNIQUE,\n    team_id BIGINT,\n    active BOOLEAN NOT NULL DEFAULT true\n);\nCREATE INDEX idx_users_email_hash ON users USING hash (email);\nCREATE INDEX idx_users_team ON users (team_id);\nCREATE INDEX idx_users_team_email ON users (team_id, email);\nCREATE INDEX idx_users_active ON users (active);\n",
        queries: "SELECT id FROM users WHERE team_id = $1;\n",
        lesson: false,
        dialect: Dialect::Postgres,
    },
    Example {
        id: "lesson",
        title: "A whole Markdown lesson",
        schema: "",
        queries: "# Lesson 5: Indexes that serve your queries\n\nFirst the tables:\n\n```sql\nCREATE TABLE customers (\n    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,\n    email TEXT NOT NULL UNIQUE\n);\n\nCREATE TABLE orders (\n    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,\n    customer_id BIGINT NOT NULL REFERENCES customers (id),\n    status TEXT NOT NULL\n);\n```\n\nThe support page lists a customer's orders:\n\n```sql\nSELECT * FROM orders WHERE customer_id = $1;\n```\n\nAnd a report on a table we never created:\n\n```sql\nSELECT count(*) FROM order_lines;\n```\n\n```\nSELECT 1;\n```\n",
        lesson: true,
        dialect: Dialect::Postgres,
    },
    Example {
        id: "mysql-legacy",
        title: "MySQL: a legacy schema (utf8, MyISAM, INT(11))",
        schema: "CREATE TABLE customers (\n    id INT(11) NOT NULL AUTO_INCREMENT,\n    name VARCHAR(100) NOT NULL,\n    country VARCHAR(50),\n    created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,\n    PRIMARY KEY (id)\n) ENGINE=MyISAM DEFAULT CHARSET=utf8;\n\nCREATE TABLE orders (\n    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,\n    customer_id INT(11) NOT NULL,\n    total DECIMAL(12,2) NOT NULL\n) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;\n",
        queries: "SELECT c.country, c.name, count(*) AS orders\nFROM customers c JOIN orders o ON o.customer_id = c.id\nGROUP BY c.country;\n",
        lesson: false,
        dialect: Dialect::Mysql,
    },
    Example {
        id: "sqlserver-reporting",
        title: "SQL Server: NOLOCK, TOP and a cursor in a procedure",
        schema: "CREATE TABLE dbo.orders (\n    id BIGINT IDENTITY(1,1) PRIMARY KEY,\n    customer_id BIGINT NOT NULL,\n    status NVARCHAR(20) NOT NULL,\n    total DECIMAL(12,2) NOT NULL,\n    placed_at DATETIME2 NOT NULL\n);\n\nCREATE INDEX ix_orders_customer ON dbo.orders (customer_id);\n",
        queries: "-- Dashboard: the latest paid orders\nSELECT TOP 10 id, total FROM dbo.orders WITH (NOLOCK) WHERE status = 'paid';\n\nSELECT id FROM dbo.orders WHERE dbo.order_margin(id) > 0.3;\n\nCREATE PROCEDURE dbo.close_stale_orders (@days INT) AS\nBEGIN\n    DECLARE stale CURSOR FOR\n        SELECT id FROM dbo.orders WHERE status = 'open';\n    UPDATE dbo.orders SET status = 'closed' WHERE status = 'open';\nEND;\n",
        lesson: false,
        dialect: Dialect::Mssql,
    },
    Example {
        id: "oracle-pagination",
        title: "Oracle: ROWNUM pagination and empty strings",
        schema: "CREATE TABLE customers (\n    id NUMBER(19) GENERATED ALWAYS AS IDENTITY PRIMARY KEY,\n    email VARCHAR2(320 CHAR) NOT NULL UNIQUE,\n    full_name VARCHAR2(100) NOT NULL,\n    phone VARCHAR2(30 CHAR),\n    created_at TIMESTAMP WITH TIME ZONE DEFAULT SYSTIMESTAMP NOT NULL\n);\n",
        queries: "-- Page 1: the ten newest customers\nSELECT id, email FROM customers WHERE ROWNUM <= 10 ORDER BY created_at DESC;\n\n-- Page 2\nSELECT id, email FROM customers WHERE ROWNUM > 10 AND ROWNUM <= 20;\n\n-- Customers with a phone number\nSELECT id FROM customers WHERE phone <> '';\n",
        lesson: false,
        dialect: Dialect::Oracle,
    },
    Example {
        id: "sqlite-notes",
        title: "SQLite: a notes app schema (affinity, rowid, foreign keys)",
        schema: "CREATE TABLE users (\n    id INTEGER PRIMARY KEY,\n    email TEXT NOT NULL UNIQUE,\n    zip STRING\n);\n\nCREATE TABLE notes (\n    id INT PRIMARY KEY,\n    owner_id INTEGER NOT NULL REFERENCES users (id),\n    body TEXT NOT NULL\n);\n\nCREATE INDEX idx_notes_owner ON notes (owner_id);\n",
        queries: "SELECT id, body FROM notes WHERE owner_id = ? ORDER BY id DESC LIMIT 20;\n",
        lesson: false,
        dialect: Dialect::Sqlite,
    },
    Example {
        id: "clickhouse-events",
        title: "ClickHouse: events table (sorting key, FINAL, row-by-row inserts)",
        schema: "CREATE TABLE events\n(\n    occurred_at DateTime64(3),\n    event_type  LowCardinality(String),\n    user_id     UInt64,\n    country     Nullable(String),\n    device      Nullable(String),\n    referrer    Nullable(String)\n)\nENGINE = MergeTree\nPARTITION BY occurred_at\nORDER BY (occurred_at, event_type, user_id);\n\nCREATE TABLE user_plans (user_id UInt64, plan LowCardinality(String), version UInt64)\nENGINE = ReplacingMergeTree(version)\nORDER BY user_id;\n",
        queries: "-- The tracking endpoint writes one row per request\nINSERT INTO events (occurred_at, event_type, user_id) VALUES (now64(3), 'page_view', 42);\nINSERT INTO events (occurred_at, event_type, user_id) VALUES (now64(3), 'click', 42);\nINSERT INTO events (occurred_at, event_type, user_id) VALUES (now64(3), 'page_view', 7);\n\n-- Current plan per user\nSELECT user_id, plan FROM user_plans FINAL WHERE plan = 'pro';\n\n-- A data fix\nALTER TABLE user_plans UPDATE plan = 'free' WHERE plan = 'trial';\n",
        lesson: false,
        dialect: Dialect::Clickhouse,
    },
    Example {
        id: "spark-delta",
        title: "Spark SQL: a Delta Lake fact table (partitions, global sort)",
        schema: "CREATE TABLE clicks (\n    click_id   STRING,\n    user_id    BIGINT,\n    clicked_at TIMESTAMP,\n    country    STRING\n)\nUSING delta\nPARTITIONED BY (user_id);\n\nCREATE TABLE spend (campaign_id BIGINT, spend_date DATE, amount DECIMAL(12, 2))\nUSING delta\nPARTITIONED BY (spend_date);\n",
        queries: "-- Nightly export, sorted\nINSERT OVERWRITE TABLE clicks_export\nSELECT click_id, user_id, clicked_at FROM clicks ORDER BY clicked_at;\n\n-- Spend for June\nSELECT campaign_id, sum(amount) AS spend\nFROM spend\nWHERE date_format(spend_date, 'yyyy-MM') = '2024-06'\nGROUP BY campaign_id;\n\nOPTIMIZE clicks ZORDER BY (country);\n",
        lesson: false,
        dialect: Dialect::Spark,
    },
    Example {
        id: "hive-logs",
        title: "Hive: web-log warehouse (text storage, single reducer)",
        schema: "CREATE EXTERNAL TABLE access_log_raw (line STRING)\nPARTITIONED BY (dt STRING)\nSTORED AS TEXTFILE\nLOCATION 'hdfs:///landing/access_log';\n\nCREATE TABLE page_views (user_id BIGINT, url STRING, viewed_at TIMESTAMP)\nPARTITIONED BY (dt STRING)\nSTORED AS TEXTFILE;\n",
        queries: "-- Top pages of all time\nSELECT url, count(*) AS views FROM page_views GROUP BY url ORDER BY views DESC;\n\n-- Distinct visitors in June\nSELECT count(DISTINCT user_id) FROM page_views WHERE dt >= '2024-06-01' AND dt < '2024-07-01';\n\n-- One day's top pages: pruned, top 10 only\nSELECT url, count(*) AS views FROM page_views WHERE dt = '2024-06-01' GROUP BY url ORDER BY views DESC LIMIT 10;\n",
        lesson: false,
        dialect: Dialect::Hive,
    },
    Example {
        id: "redis-sessions",
        title: "Redis: sessions and a cache (TTL, KEYS, eviction, persistence)",
        schema: "# redis.conf\nmaxmemory 2gb\nsave \"\"\nappendonly no\n",
        queries: "# Sessions and a product cache, as typed into redis-cli\nSELECT 1\nSET session:9f2c \"{\\\"user_id\\\": 42}\"\nSET cache:product:17 \"{\\\"price\\\": 990}\" EX 300\nHGETALL user:42\nLRANGE feed:user:42 0 -1\nKEYS session:*\n",
        lesson: false,
        dialect: Dialect::Redis,
    },
    Example {
        id: "cassandra-rides",
        title: "Cassandra: ride tracking (partitions, ALLOW FILTERING, consistency)",
        schema: "CREATE KEYSPACE rides WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 3};\n\nCREATE TABLE driver_positions (\n    driver_id uuid,\n    at timestamp,\n    lat double,\n    lon double,\n    PRIMARY KEY (driver_id, at)\n);\n\nCREATE TABLE drivers (id uuid PRIMARY KEY, email text, city text, status text);\nCREATE INDEX drivers_email ON drivers (email);\n",
        queries: "-- Available drivers in a city\nSELECT id FROM drivers WHERE city = 'Lisbon' AND status = 'available' ALLOW FILTERING;\n\n-- Latest positions of some drivers\nSELECT lat, lon FROM driver_positions WHERE driver_id IN (1, 2, 3);\n\nCONSISTENCY ONE;\nINSERT INTO drivers (id, email, city, status) VALUES (uuid(), 'ana@example.com', 'Lisbon', 'available');\nSELECT status FROM drivers WHERE id = 0c2e2c3a-8b1e-4f4e-9a57-1d6b3f3c6a10;\n",
        lesson: false,
        dialect: Dialect::Cassandra,
    },
    Example {
        id: "kafka-orders",
        title: "Kafka: an orders topic (replication, acks, idempotence, consumers)",
        schema: "# Broker (server.properties)\ndefault.replication.factor=1\nmin.insync.replicas=1\n\nkafka-topics.sh --bootstrap-server localhost:9092 --create --topic orders --partitions 2 --replication-factor 3\n",
        queries: "# Producer and consumer of the billing service\nbootstrap.servers=localhost:9092\nacks=1\nenable.idempotence=false\n\ngroup.id=billing\nspring.kafka.listener.concurrency=6\n",
        lesson: false,
        dialect: Dialect::Kafka,
    },
    Example {
        id: "mongodb-catalog",
        title: "MongoDB: a catalog (regex search, skip, $match order, shard key)",
        schema: "// Indexes and sharding\ndb.products.createIndex({ category: 1, price: 1 })\nsh.shardCollection(\"shop.orders\", { createdAt: 1 })\n",
        queries: "// Search box\ndb.products.find({ name: /lamp/i }).limit(20)\n\n// Page 300 of the catalog\ndb.products.find({ category: \"lighting\" }, { name: 1, price: 1 }).sort({ price: 1 }).skip(6000).limit(20)\n\n// Open orders with their customer\ndb.orders.aggregate([\n  { $lookup: { from: \"customers\", localField: \"customerId\", foreignField: \"_id\", as: \"customer\" } },\n  { $match: { status: \"open\" } }\n])\n\n// Reset every cart\ndb.carts.deleteMany({})\n",
        lesson: false,
        dialect: Dialect::Mongodb,
    },
    Example {
        id: "dynamodb-orders",
        title: "DynamoDB: an orders table (hot key, scans, GSI reads)",
        schema: "{\n  \"TableName\": \"Orders\",\n  \"AttributeDefinitions\": [\n    { \"AttributeName\": \"status\", \"AttributeType\": \"S\" },\n    { \"AttributeName\": \"customerId\", \"AttributeType\": \"S\" }\n  ],\n  \"KeySchema\": [{ \"AttributeName\": \"status\", \"KeyType\": \"HASH\" }],\n  \"GlobalSecondaryIndexes\": [\n    { \"IndexName\": \"byCustomer\", \"KeySchema\": [{ \"AttributeName\": \"customerId\", \"KeyType\": \"HASH\" }], \"Projection\": { \"ProjectionType\": \"ALL\" } }\n  ]\n}\n",
        queries: "// Orders of one customer\nawait client.send(new QueryCommand({\n  TableName: \"Orders\",\n  IndexName: \"byCustomer\",\n  KeyConditionExpression: \"customerId = :c\",\n  ConsistentRead: true,\n}));\n\n// Open orders\nawait client.send(new ScanCommand({ TableName: \"Orders\", FilterExpression: \"#s = :open\" }));\n",
        lesson: false,
        dialect: Dialect::Dynamodb,
    },
    Example {
        id: "lesson-code",
        title: "A lesson with Go and Python code (injection, N+1, pools)",
        schema: "CREATE TABLE customers (id BIGINT PRIMARY KEY, email TEXT NOT NULL UNIQUE);\nCREATE TABLE orders (\n    id BIGINT PRIMARY KEY,\n    customer_id BIGINT NOT NULL REFERENCES customers (id),\n    total NUMERIC(12,2) NOT NULL\n);\nCREATE INDEX orders_customer_id ON orders (customer_id);\n",
        queries: "# Lesson 7: Talking to the database from code\n\nOpen a pool once:\n\n```go\ndb, err := sql.Open(\"pgx\", dsn)\n```\n\nA search handler:\n\n```go\nfunc search(db *sql.DB, email string) (*sql.Rows, error) {\n    q := fmt.Sprintf(\"SELECT id FROM customers WHERE email = '%s'\", email)\n    return db.Query(q)\n}\n```\n\nThe nightly report, in Python:\n\n```python\nfor customer_id in customer_ids:\n    cur.execute(\"SELECT sum(total) FROM orders WHERE customer_id = %s\", (customer_id,))\n    totals[customer_id] = cur.fetchone()[0]\n```\n",
        lesson: true,
        dialect: Dialect::Postgres,
    },
    Example {
        id: "workload-indexes",
        title: "A workload at scale: access paths and index advice",
        schema: "-- sqlreview: rows orders=50M, customers=2M, countries=200\nCREATE TABLE countries (code TEXT PRIMARY KEY, name TEXT NOT NULL);\n\nCREATE TABLE customers (\n    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,\n    email TEXT NOT NULL,\n    country_code TEXT NOT NULL REFERENCES countries (code)\n);\n\nCREATE TABLE orders (\n    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,\n    customer_id BIGINT NOT NULL REFERENCES customers (id),\n    status TEXT NOT NULL,\n    total NUMERIC(12,2) NOT NULL,\n    created_at TIMESTAMPTZ NOT NULL DEFAULT now()\n);\nCREATE INDEX orders_customer_idx ON orders (customer_id);\n",
        queries: "-- A customer's latest orders\nSELECT id, total, created_at FROM orders\nWHERE customer_id = $1\nORDER BY created_at DESC\nLIMIT 20;\n\n-- The back office's queue and its counter\nSELECT id, total FROM orders WHERE status = $1 AND created_at > $2;\nSELECT count(*) FROM orders WHERE status = $1;\n\n-- Sign-in\nSELECT id FROM customers WHERE lower(email) = lower($1);\n\nSELECT name FROM countries WHERE code = $1;\n",
        lesson: false,
        dialect: Dialect::Postgres,
    },
    Example {
        id: "explain-plan",
        title: "EXPLAIN ANALYZE: a real PostgreSQL plan",
        schema: "",
        queries: concat!(
            "EXPLAIN (ANALYZE, BUFFERS)\nSELECT c.email, sum(o.total)\nFROM customers c JOIN orders o ON o.customer_id = c.id\nGROUP BY c.email;\n\n",
            include_str!("../../engine/tests/explain/nested-loop.txt")
        ),
        lesson: false,
        dialect: Dialect::Postgres,
    },
];

pub fn find(id: &str) -> Option<&'static Example> {
    EXAMPLES.iter().find(|e| e.id == id)
}

#[cfg(test)]
mod tests {
    use super::EXAMPLES;
    use crate::review_input::ReviewInput;

    #[test]
    fn every_example_parses_and_gets_findings() {
        for example in EXAMPLES {
            let input = ReviewInput {
                schema: example.schema.into(),
                queries: example.queries.into(),
                dialect: example.dialect,
                lesson: example.lesson,
                sizes: String::new(),
                revisions: Default::default(),
            };
            let review = input.review();
            let syntax: Vec<_> = review.findings().filter(|f| f.is_syntax_error()).map(|f| f.message.clone()).collect();
            assert!(syntax.is_empty(), "{}: {syntax:?}", example.id);
            assert!(review.findings().next().is_some(), "{} has nothing to show", example.id);
        }
    }
}
