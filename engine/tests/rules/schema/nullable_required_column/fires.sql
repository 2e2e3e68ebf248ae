-- An order's status: every row needs one, yet an insert that forgets it stores NULL.
CREATE TABLE orders (
    id bigint PRIMARY KEY,
    status text,
    created_at timestamptz
);
