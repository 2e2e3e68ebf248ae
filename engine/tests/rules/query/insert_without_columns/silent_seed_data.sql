-- A dump: each table's rows follow its own CREATE TABLE, in that table's column order.
CREATE TABLE region (regionid int PRIMARY KEY, regiondescription char(50) NOT NULL);
INSERT INTO region VALUES (1, 'Eastern');
INSERT INTO region VALUES (2, 'Western');

CREATE TABLE shippers (shipperid int PRIMARY KEY, companyname varchar(40) NOT NULL, phone varchar(24));
INSERT INTO shippers VALUES (1, 'Speedy Express', '(503) 555-9831'), (2, 'United Package', '(503) 555-3199');
