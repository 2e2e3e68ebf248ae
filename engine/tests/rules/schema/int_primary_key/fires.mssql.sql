-- A SQL Server INT IDENTITY key on a page-view table that takes rows all day.
CREATE TABLE dbo.page_views (
    id int IDENTITY(1, 1) NOT NULL PRIMARY KEY,
    visitor_id bigint NOT NULL,
    url nvarchar(400) NOT NULL,
    created_at datetime2 NOT NULL
);
