-- A default written as a string is read once, when the table is created: every row gets that moment.
CREATE TABLE books (book_id bigserial PRIMARY KEY, available timestamptz NOT NULL DEFAULT 'NOW()');
