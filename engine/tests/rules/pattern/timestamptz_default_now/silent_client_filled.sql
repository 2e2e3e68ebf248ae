-- A timestamptz the application must supply itself: there is no database-side default.
CREATE TABLE deliveries (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    delivered_at timestamptz NOT NULL
);
