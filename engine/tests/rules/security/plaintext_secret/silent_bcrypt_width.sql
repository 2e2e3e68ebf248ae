-- umami: a password column cut to 60 characters, the width of a bcrypt hash ($2b$10$…).
CREATE TABLE "user" (
    "user_id" UUID NOT NULL,
    "username" VARCHAR(255) NOT NULL,
    "password" VARCHAR(60) NOT NULL,
    CONSTRAINT "user_pkey" PRIMARY KEY ("user_id")
);
