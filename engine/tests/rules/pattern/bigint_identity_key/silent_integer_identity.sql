-- A 32-bit identity runs out at 2.1 billion rows: not the pattern being praised.
CREATE TABLE page_hits (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    path text NOT NULL,
    hit_at timestamptz NOT NULL
);
