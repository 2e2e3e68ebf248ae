-- An ISBN that defaults to the empty string: the second book without one breaks the UNIQUE key, so it is no natural key to praise.
CREATE TABLE books (book_id bigserial PRIMARY KEY, isbn text NOT NULL DEFAULT '' UNIQUE, title text NOT NULL);
