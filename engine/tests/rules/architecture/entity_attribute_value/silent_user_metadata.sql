-- lago-api: customer metadata is a list of keys each organization defines for its invoices: open-ended by design.
CREATE TABLE public.customer_metadata (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    customer_id uuid NOT NULL,
    key character varying NOT NULL,
    value character varying NOT NULL,
    display_in_invoice boolean DEFAULT false NOT NULL,
    organization_id uuid NOT NULL
);
