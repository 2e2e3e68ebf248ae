// One pool made at start-up; each request only borrows a connection from it.
const express = require("express");
const { Pool } = require("pg");

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 20 });
const app = express();

app.get("/tickets/:id", async (req, res) => {
  const { rows } = await pool.query("SELECT id, subject FROM tickets WHERE id = $1", [req.params.id]);
  res.json(rows[0]);
});
