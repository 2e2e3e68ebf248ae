-- Kanboard: a day as YYYY-MM-DD and a 16-character TOTP secret are fixed-width values.
CREATE TABLE "project_daily_stats" (
    "id" integer NOT NULL,
    "day" character(10) NOT NULL,
    "avg_lead_time" integer DEFAULT 0 NOT NULL
);
CREATE TABLE "users" (
    "id" integer NOT NULL,
    "username" character varying(255) NOT NULL,
    "twofactor_secret" character(16)
);
