-- The two numbered columns together are the key of one pair: distinct parts, not a list of values.
CREATE TABLE friendships (
    user_id1 bigint NOT NULL,
    user_id2 bigint NOT NULL,
    since date NOT NULL,
    PRIMARY KEY (user_id1, user_id2)
);
