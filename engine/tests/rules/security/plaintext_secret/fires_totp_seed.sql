-- Kanboard: the TOTP seed computes the expected code, so it must be encrypted, not hashed; the remember-me token can be a digest.
CREATE TABLE "users" (
    "id" integer NOT NULL,
    "username" character varying(255) NOT NULL,
    "twofactor_secret" character(16)
);
CREATE TABLE "remember_me" ("id" integer NOT NULL, "user_id" integer, "token" character varying(255));
-- Doorkeeper: an OAuth client secret is only compared, so a digest serves (error).
CREATE TABLE oauth_applications (id bigint PRIMARY KEY, uid character varying NOT NULL, secret character varying NOT NULL);
