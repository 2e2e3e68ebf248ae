-- Users and projects of a team tool stay far below two billion rows: a 32-bit key is fine here.
CREATE TABLE projects (
    id serial PRIMARY KEY,
    name text NOT NULL,
    owner_id integer NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
