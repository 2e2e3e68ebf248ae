# Loading each order's customer one query at a time: 1 + N round trips per page.
def orders_with_customers(cur, order_rows):
    result = []
    for order in order_rows:
        cur.execute("SELECT name, email FROM customers WHERE id = %s", (order["customer_id"],))
        result.append({**order, "customer": cur.fetchone()})
    return result
