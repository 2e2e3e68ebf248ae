# One query is parameterized, the other splices the search term in with an f-string: no praise for the file.
def find_customer(cur, email):
    cur.execute("SELECT id, name FROM customers WHERE email = %s", (email,))
    return cur.fetchone()


def search_customers(cur, term):
    cur.execute(f"SELECT id, name FROM customers WHERE name ILIKE '%{term}%'")
    return cur.fetchall()
