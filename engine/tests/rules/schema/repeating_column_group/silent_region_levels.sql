-- umami: subdivision1 and subdivision2 are the first and second ISO 3166-2 levels.
CREATE TABLE "session" (
    "session_id" UUID NOT NULL,
    "country" CHAR(2),
    "subdivision1" VARCHAR(20),
    "subdivision2" VARCHAR(50),
    "city" VARCHAR(50),
    CONSTRAINT "session_pkey" PRIMARY KEY ("session_id")
);
