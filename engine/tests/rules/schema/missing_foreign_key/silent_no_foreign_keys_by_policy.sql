-- Eleven tables and not one foreign key: the application keeps integrity itself (an ORM's relation mode), by policy.
CREATE TABLE accounts (id uuid PRIMARY KEY, name text NOT NULL);
CREATE TABLE websites (id uuid PRIMARY KEY, account_id uuid NOT NULL, domain text NOT NULL);
CREATE TABLE sessions (id uuid PRIMARY KEY, website_id uuid NOT NULL, created_at timestamptz NOT NULL);
CREATE TABLE events (id uuid PRIMARY KEY, website_id uuid NOT NULL, created_at timestamptz NOT NULL);
CREATE TABLE reports (id uuid PRIMARY KEY, website_id uuid NOT NULL, created_at timestamptz NOT NULL);
CREATE TABLE teams (id uuid PRIMARY KEY, website_id uuid NOT NULL, created_at timestamptz NOT NULL);
CREATE TABLE members (id uuid PRIMARY KEY, website_id uuid NOT NULL, created_at timestamptz NOT NULL);
CREATE TABLE pages (id uuid PRIMARY KEY, website_id uuid NOT NULL, created_at timestamptz NOT NULL);
CREATE TABLE goals (id uuid PRIMARY KEY, website_id uuid NOT NULL, created_at timestamptz NOT NULL);
CREATE TABLE funnels (id uuid PRIMARY KEY, website_id uuid NOT NULL, created_at timestamptz NOT NULL);
CREATE TABLE segments (id uuid PRIMARY KEY, website_id uuid NOT NULL, created_at timestamptz NOT NULL);
