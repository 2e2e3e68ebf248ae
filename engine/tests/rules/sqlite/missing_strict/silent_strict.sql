-- STRICT, with WITHOUT ROWID for a table keyed by text.
CREATE TABLE stock (
    sku TEXT PRIMARY KEY,
    quantity INTEGER NOT NULL
) STRICT, WITHOUT ROWID;
