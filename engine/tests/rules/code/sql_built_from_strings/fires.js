// A template literal puts the search term straight into the SQL text.
async function search(pool, term) {
  const { rows } = await pool.query(`SELECT id, title FROM articles WHERE title ILIKE '%${term}%'`);
  return rows;
}
