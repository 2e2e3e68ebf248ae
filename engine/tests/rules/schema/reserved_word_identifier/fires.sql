-- A table named order and a column named group: both need quoting everywhere.
CREATE TABLE "order" (
    id bigint PRIMARY KEY,
    "group" text
);
