// An Express route building a node-postgres pool per request: nothing is ever reused.
const express = require("express");
const { Pool } = require("pg");

const app = express();

app.get("/tickets/:id", async (req, res) => {
  const pool = new Pool({ connectionString: process.env.DATABASE_URL });
  const { rows } = await pool.query("SELECT id, subject FROM tickets WHERE id = $1", [req.params.id]);
  await pool.end();
  res.json(rows[0]);
});
