-- A join table keyed by two bigint references: nothing here is generated.
CREATE TABLE project_members (
    project_id bigint NOT NULL REFERENCES projects (id),
    user_id bigint NOT NULL REFERENCES users (id),
    role text NOT NULL,
    PRIMARY KEY (project_id, user_id)
);
