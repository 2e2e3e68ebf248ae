# A repository module whose every query binds its values through psycopg placeholders.
from psycopg import Connection


def find_customer(conn: Connection, email: str):
    with conn.cursor() as cur:
        cur.execute("SELECT id, name, email FROM customers WHERE email = %s", (email,))
        return cur.fetchone()


def rename_customer(conn: Connection, customer_id: int, name: str) -> None:
    with conn.cursor() as cur:
        cur.execute(
            "UPDATE customers SET name = %(name)s WHERE id = %(id)s",
            {"name": name, "id": customer_id},
        )
