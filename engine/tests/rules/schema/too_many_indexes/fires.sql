-- One index per dashboard filter: seven indexes to update on every insert.
CREATE TABLE events (
    id bigint PRIMARY KEY,
    a int, b int, c int, d int, e int, f int, g int
);
CREATE INDEX ON events (a);
CREATE INDEX ON events (b);
CREATE INDEX ON events (c);
CREATE INDEX ON events (d);
CREATE INDEX ON events (e);
CREATE INDEX ON events (f);
CREATE INDEX ON events (g);
