-- lago-api: the two lines of one postal address are parts of one value, not a list.
CREATE TABLE public.customers (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    address_line1 character varying,
    address_line2 character varying,
    shipping_address_line1 character varying,
    shipping_address_line2 character varying,
    city character varying
);
