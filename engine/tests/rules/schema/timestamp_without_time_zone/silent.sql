-- timestamptz for instants and date for calendar days.
CREATE TABLE logins (
    id bigint PRIMARY KEY,
    happened_at timestamptz NOT NULL DEFAULT now(),
    business_day date NOT NULL
);
