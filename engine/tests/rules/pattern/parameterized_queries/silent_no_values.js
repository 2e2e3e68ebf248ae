// Constant queries without any value to bind: nothing shows the placeholder pattern.
const { Pool } = require("pg");
const pool = new Pool();

async function countOpenTickets() {
  const { rows } = await pool.query("SELECT count(*) AS open FROM tickets WHERE closed_at IS NULL");
  return rows[0].open;
}

module.exports = { countOpenTickets };
