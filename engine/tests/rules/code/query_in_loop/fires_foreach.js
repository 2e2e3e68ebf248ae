// A forEach callback issuing one UPDATE per cart line.
async function reserve(pool, lines) {
  lines.forEach((line) => pool.query("UPDATE stock SET reserved = reserved + $1 WHERE sku = $2", [line.qty, line.sku]));
}

module.exports = { reserve };
