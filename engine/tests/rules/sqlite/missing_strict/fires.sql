-- Without STRICT, SQLite stores 'n/a' in the INTEGER quantity column without complaint.
CREATE TABLE stock (
    sku TEXT PRIMARY KEY,
    quantity INTEGER NOT NULL
);
