-- nextjs-subscription-payments: a private table mapping users to Stripe customers, secured apart.
CREATE TABLE users (id uuid PRIMARY KEY, full_name text, avatar_url text);
create table customers (
  id uuid references users not null primary key,
  stripe_customer_id text
);
alter table customers enable row level security;
