-- MySQL has no statement_timeout (max_execution_time covers only SELECT); the rule is for PostgreSQL.
CREATE TABLE orders (
    id bigint PRIMARY KEY,
    status varchar(20) NOT NULL,
    created_at datetime NOT NULL
);

UPDATE orders SET status = 'archived' WHERE created_at < NOW() - INTERVAL 1 YEAR;
