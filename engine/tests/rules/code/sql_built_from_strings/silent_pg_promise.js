// pg-promise placeholders built from indexes: $1:name and $2:raw are filled and escaped by the library.
async function createTable(t, className, fields) {
  const patterns = fields.map((field, index) => `$${index + 2}:name $${index + 3}:raw`);
  const qs = `CREATE TABLE IF NOT EXISTS $1:name (${patterns.join()})`;
  const transformer = fields.length > 1 ? 'jsonb_array_elements' : 'ON';
  await t.none(`SELECT DISTINCT ${transformer}($1:name) FROM $2:name`, [className]);
  return t.none(qs, [className, ...fields]);
}
