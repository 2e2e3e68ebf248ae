// node-postgres: the payment provider is called after BEGIN and before COMMIT.
async function charge(pool, orderId, amount) {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await client.query("UPDATE orders SET status = 'charging' WHERE id = $1", [orderId]);
    const reply = await fetch("https://pay.example.com/charges", { method: "POST", body: JSON.stringify({ orderId, amount }) });
    await client.query("UPDATE orders SET status = $1 WHERE id = $2", [reply.ok ? "paid" : "failed", orderId]);
    await client.query("COMMIT");
  } finally {
    client.release();
  }
}
