# All customers of the page in one query, then joined in memory.
def orders_with_customers(cur, order_rows):
    ids = list({order["customer_id"] for order in order_rows})
    cur.execute("SELECT id, name, email FROM customers WHERE id = ANY(%s)", (ids,))
    customers = {row[0]: row for row in cur.fetchall()}
    return [{**order, "customer": customers.get(order["customer_id"])} for order in order_rows]
