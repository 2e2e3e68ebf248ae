-- user_id 0 means "nobody": a foreign key to users would reject every such row.
CREATE TABLE users (id INT NOT NULL AUTO_INCREMENT PRIMARY KEY, username VARCHAR(50) NOT NULL);
CREATE TABLE projects (id INT NOT NULL AUTO_INCREMENT PRIMARY KEY, owner_id INT NOT NULL REFERENCES users (id), name VARCHAR(255) NOT NULL);
CREATE TABLE comments (
    id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    project_id INT NOT NULL REFERENCES projects (id),
    user_id INT DEFAULT 0,
    body TEXT NOT NULL
);
