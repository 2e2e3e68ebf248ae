-- timezone('utc', now()) yields UTC wall-clock time without a zone, which a
-- timestamptz column reads in the session's time zone: not a good pattern.
CREATE TABLE subscriptions (
  id text PRIMARY KEY,
  created timestamp with time zone DEFAULT timezone('utc'::text, now()) NOT NULL
);
