-- calibre-like install script: triggers and a view read the tables, and one
-- query fixes data up; none of it is the application's workload.
CREATE TABLE books (id INTEGER PRIMARY KEY, title TEXT NOT NULL, sort TEXT, author_sort TEXT);
CREATE INDEX books_idx ON books (sort COLLATE NOCASE);
CREATE INDEX authors_idx ON books (author_sort COLLATE NOCASE);
CREATE TRIGGER books_update_trg AFTER UPDATE ON books BEGIN
    UPDATE books SET sort = NEW.title WHERE id = NEW.id;
END;
CREATE VIEW meta AS SELECT id, title FROM books WHERE id > 0;
UPDATE books SET sort = title WHERE sort IS NULL;
