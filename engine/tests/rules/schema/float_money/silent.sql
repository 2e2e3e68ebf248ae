-- Exact decimals and integer cents for money; a float only for a physical measure.
CREATE TABLE invoices (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    total numeric(12, 2) NOT NULL,
    tax_cents bigint NOT NULL,
    currency char(3) NOT NULL,
    parcel_weight_kg real
);
