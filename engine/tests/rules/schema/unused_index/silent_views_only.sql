-- A schema whose only queries are view definitions: the application's own
-- queries are not here, so no index can be called unused.
CREATE TABLE tickets (
    id bigint PRIMARY KEY,
    queue text NOT NULL,
    opened_at timestamptz NOT NULL,
    title text NOT NULL
);
CREATE INDEX tickets_title_idx ON tickets (title);

CREATE VIEW open_tickets AS SELECT id, queue FROM tickets WHERE queue = 'open';
CREATE VIEW ticket_count AS SELECT count(*) FROM tickets;
