-- A dictionary per user, or shared by all when user_id is NULL: the UNIQUE key names each row, and no primary key could hold the NULL.
CREATE TABLE dictionary (
    user_id integer DEFAULT NULL REFERENCES users (user_id) ON DELETE CASCADE,
    language varchar(16) NOT NULL,
    data text NOT NULL
);
CREATE UNIQUE INDEX ix_dictionary_user_language ON dictionary (user_id, language);
