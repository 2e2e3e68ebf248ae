-- lago-api: billable_metrics defines what is billed (name, code, description); it records no stream of events.
CREATE TABLE public.billable_metrics (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    organization_id uuid NOT NULL,
    name character varying NOT NULL,
    code character varying NOT NULL,
    description character varying,
    created_at timestamp(6) without time zone NOT NULL
);
-- A pg_partman template: partman copies its shape into each partition of the partitioned parent.
CREATE TABLE partman.template_public_enriched_events (
    organization_id uuid NOT NULL,
    code character varying NOT NULL,
    "timestamp" timestamp without time zone NOT NULL
);
