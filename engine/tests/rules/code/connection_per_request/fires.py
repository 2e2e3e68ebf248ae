# A Flask view that connects to PostgreSQL on every request and closes the connection afterwards.
import os

import psycopg2
from flask import Flask, jsonify

app = Flask(__name__)


@app.route("/invoices/<int:invoice_id>")
def show_invoice(invoice_id):
    conn = psycopg2.connect(os.environ["DATABASE_URL"])
    try:
        with conn.cursor() as cur:
            cur.execute("SELECT id, total FROM invoices WHERE id = %s", (invoice_id,))
            return jsonify(cur.fetchone())
    finally:
        conn.close()
