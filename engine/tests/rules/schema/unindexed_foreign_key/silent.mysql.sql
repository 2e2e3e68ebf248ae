-- InnoDB creates the index on orders(customer_id) itself when it adds the foreign key.
CREATE TABLE customers (id BIGINT NOT NULL PRIMARY KEY) ENGINE=InnoDB;
CREATE TABLE orders (
    id BIGINT NOT NULL PRIMARY KEY,
    customer_id BIGINT NOT NULL,
    CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id) REFERENCES customers (id)
) ENGINE=InnoDB;
