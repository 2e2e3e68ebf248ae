-- lago-api: customers belong to an organization; an email is unique per organization at most, and repeats are allowed.
CREATE TABLE public.customers (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    organization_id uuid NOT NULL,
    external_id character varying NOT NULL,
    email character varying NOT NULL,
    slug character varying NOT NULL
);
