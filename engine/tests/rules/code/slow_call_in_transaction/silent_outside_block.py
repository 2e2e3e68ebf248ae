# The HTTP call sits after the `with` block has committed.
import requests


def confirm(conn, order_id):
    with conn.transaction():
        conn.execute("UPDATE orders SET status = 'confirmed' WHERE id = %s", (order_id,))
    requests.post("https://mail.example.com/send", json={"order": order_id}, timeout=10)
