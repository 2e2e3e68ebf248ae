-- Kanboard: users from LDAP or OAuth may have no email; it is optional, not the login.
CREATE TABLE "users" (
    "id" integer NOT NULL,
    "username" character varying(255) NOT NULL,
    "email" character varying(255),
    CONSTRAINT "users_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "users_username_key" UNIQUE ("username")
);
