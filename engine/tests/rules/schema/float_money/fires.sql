-- Invoice amounts in binary floating point drift by cents when summed.
CREATE TABLE invoices (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    subtotal real NOT NULL,
    total double precision NOT NULL
);
