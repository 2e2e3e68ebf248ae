// End-to-end tests of the playground in headless Debian Chromium, driven by
// playwright-core. Serves dist/ itself, takes screenshots, prints measurements.
import { chromium } from 'playwright-core';
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dist = path.join(root, 'dist');
const shots = path.join(root, 'tests/e2e/screenshots');
fs.mkdirSync(shots, { recursive: true });

const types = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css', '.svg': 'image/svg+xml' };
const server = http.createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  let file = path.join(dist, decodeURIComponent(url.pathname));
  if (!file.startsWith(dist)) { res.writeHead(403).end(); return; }
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
  if (!fs.existsSync(file)) { res.writeHead(404).end('not found'); return; }
  // Like most static hosts: sandboxed embeds (opaque origin) load the module and wasm through CORS.
  res.writeHead(200, { 'content-type': types[path.extname(file)] || 'application/octet-stream', 'access-control-allow-origin': '*' });
  fs.createReadStream(file).pipe(res);
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const base = `http://127.0.0.1:${server.address().port}/`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
         '--disable-component-update', '--disable-sync'],
});

let failures = 0;
const results = [];
// E2E_ONLY=<part of a name> runs only the matching tests (for working on one).
async function test(name, body) {
  if (process.env.E2E_ONLY && !name.includes(process.env.E2E_ONLY)) return;
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  // Any Content-Security-Policy violation is a failure (it would be a broken feature or an injection).
  page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) errors.push(`CSP: ${m.text()}`); });
  page.on('dialog', (d) => { errors.push(`unexpected dialog: ${d.message()}`); d.dismiss(); });
  const started = Date.now();
  try {
    await body(page, context);
    if (errors.length) throw new Error(errors.join('\n'));
    results.push(`ok    ${name} (${Date.now() - started} ms)`);
  } catch (e) {
    failures++;
    results.push(`FAIL  ${name}\n      ${String(e.stack || e).split('\n').slice(0, 4).join('\n      ')}`);
  } finally {
    await context.close();
  }
}

const queries = (page) => page.locator('textarea[data-source="1"]');
const schema = (page) => page.locator('textarea[data-source="0"]');
const finding = (page, rule, line) => page.locator(`button.finding[data-rule="${rule}"]` + (line ? `[data-line="${line}"]` : ''));
async function ready(page, url = base) {
  await page.goto(url);
  await page.waitForSelector('textarea[data-source="1"]');
}
async function setQueries(page, text) {
  await queries(page).fill(text);
  await page.waitForTimeout(400); // debounce + review
}

await test('loads and shows the first review', async (page) => {
  await ready(page);
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  if (!csp || !csp.includes("default-src 'none'")) throw new Error(`no CSP on the page: ${csp}`);
  await page.waitForSelector('button.finding');
  const firstReview = await page.evaluate(() => performance.now());
  results.push(`      navigation to first review: ${firstReview.toFixed(0)} ms`);
  await page.screenshot({ path: path.join(shots, 'light.png'), fullPage: true });
});

await test('the rule documentation arrives after the first review and fills its notes', async (page) => {
  await ready(page);
  await setQueries(page, 'SELECT * FROM orders;');
  await finding(page, 'select-star').first().waitFor();
  // Production notes quote the rule documentation, which rule-docs.json brings.
  const note = page.locator('.review .insights li', { hasText: 'select-star' }).first();
  await note.waitFor();
  await page.waitForFunction((el) => el.textContent.split('):')[1]?.trim().length > 20, await note.elementHandle(), { timeout: 5000 });
  await finding(page, 'select-star').first().click();
  await page.locator('.rule-doc h4', { hasText: 'In production' }).waitFor();
  if (await page.locator('.rule-doc .note', { hasText: 'could not be loaded' }).count()) throw new Error('documentation failed to load');
});

await test('typing SQL shows findings at the expected lines', async (page) => {
  await ready(page);
  await schema(page).fill('CREATE TABLE orders (id bigint PRIMARY KEY, status text NOT NULL);');
  await setQueries(page, 'SELECT * FROM orders;\nDELETE FROM orders;\nSELECT id FROM orders WHERE status = NULL;');
  await finding(page, 'select-star', 1).waitFor();
  await finding(page, 'write-without-where', 2).waitFor();
  await finding(page, 'null-comparison', 3).waitFor();
  const counts = await page.locator('.chip.sev-error .count').innerText();
  if (Number(counts) < 2) throw new Error(`error count ${counts}`);
  // The five sections with verdicts.
  const verdicts = await page.locator('.section .verdict').count();
  if (verdicts !== 5) throw new Error(`${verdicts} section verdicts`);
});

await test('clicking a finding selects its span and opens its rule', async (page) => {
  await ready(page);
  await setQueries(page, 'SELECT id FROM t;\nSELECT * FROM orders;');
  await finding(page, 'select-star', 2).click();
  const selected = await queries(page).evaluate((t) => t.value.slice(t.selectionStart, t.selectionEnd));
  if (selected !== '*') throw new Error(`selected ${JSON.stringify(selected)}`);
  await page.locator('.rule-doc h4', { hasText: 'Why it matters' }).waitFor();
  await page.locator('.rule-doc h4', { hasText: 'Use instead' }).waitFor();
});

await test('switching the dialect changes the review', async (page) => {
  await ready(page);
  await setQueries(page, 'CREATE INDEX idx_orders_status ON orders (status);');
  await finding(page, 'index-without-concurrently').waitFor();
  await page.selectOption('select[aria-label="Database system"]', 'mysql');
  await page.waitForTimeout(300);
  if (await finding(page, 'index-without-concurrently').count()) throw new Error('PostgreSQL-only rule fired for MySQL');
});

await test('opening an example loads it and reviews it', async (page) => {
  await ready(page);
  await page.selectOption('select[aria-label="Open an example"]', 'eav');
  await finding(page, 'entity-attribute-value').waitFor();
  const text = await schema(page).inputValue();
  if (!text.includes('product_attributes')) throw new Error('example schema not loaded');
});

await test('a MySQL example switches the dialect and gets MySQL advice', async (page) => {
  await ready(page);
  await page.selectOption('select[aria-label="Open an example"]', 'mysql-legacy');
  await finding(page, 'mysql-myisam-engine').waitFor();
  await finding(page, 'mysql-nonaggregated-column', 1).waitFor();
  if ((await page.locator('select[aria-label="Database system"]').inputValue()) !== 'mysql') throw new Error('dialect not switched');
});

// Each system's gallery example opens in its dialect and gets that system's own advice.
for (const [id, dialect, rules] of [
  ['sqlserver-reporting', 'mssql', ['mssql-nolock', 'mssql-top-without-order-by', 'mssql-cursor', 'mssql-missing-nocount', 'mssql-scalar-udf-in-predicate']],
  ['oracle-pagination', 'oracle', ['oracle-rownum-before-order-by', 'oracle-rownum-never-true', 'oracle-empty-string-comparison']],
  ['sqlite-notes', 'sqlite', ['sqlite-numeric-affinity', 'sqlite-int-primary-key', 'sqlite-foreign-keys-off']],
  ['clickhouse-events', 'clickhouse', ['clickhouse-sorting-key', 'clickhouse-partition-granularity', 'clickhouse-nullable-columns', 'clickhouse-small-inserts', 'clickhouse-select-final', 'clickhouse-mutation']],
  ['spark-delta', 'spark', ['lakehouse-high-cardinality-partition', 'lakehouse-global-order-by', 'lakehouse-partition-column-wrapped']],
  ['redis-sessions', 'redis', ['redis-key-without-ttl', 'redis-keys-command', 'redis-select-database', 'redis-whole-collection-read', 'redis-maxmemory-without-eviction', 'redis-no-persistence']],
  ['cassandra-rides', 'cassandra', ['cql-allow-filtering', 'cql-unbounded-partition', 'cql-high-cardinality-index', 'cql-in-on-partition-key', 'cql-weak-consistency']],
  ['kafka-orders', 'kafka', ['kafka-replication-factor-one', 'kafka-producer-acks', 'kafka-idempotence-disabled', 'kafka-auto-commit', 'kafka-partitions-vs-consumers']],
  ['mongodb-catalog', 'mongodb', ['mongo-regex-scan', 'mongo-large-skip', 'mongo-match-late', 'mongo-unfiltered-write', 'mongo-shard-key']],
  ['dynamodb-orders', 'dynamodb', ['dynamo-hot-partition-key', 'dynamo-gsi-projection-all', 'dynamo-gsi-consistent-read', 'dynamo-scan']],
  ['hive-logs', 'hive', ['lakehouse-row-format-storage', 'lakehouse-global-order-by', 'lakehouse-exact-distinct-count', 'partition-key-not-filtered']],
]) {
  await test(`the ${id} example gets ${dialect} advice`, async (page) => {
    await ready(page);
    await page.selectOption('select[aria-label="Open an example"]', id);
    for (const rule of rules) await finding(page, rule).first().waitFor({ timeout: 5000 });
    if ((await page.locator('select[aria-label="Database system"]').inputValue()) !== dialect) throw new Error('dialect not switched');
    if (await page.locator('button.finding[data-rule="syntax-error"]').count()) throw new Error('the example does not parse');
  });
}

await test('a lesson with Go and Python blocks gets the code rules at the lesson lines', async (page) => {
  await ready(page);
  await page.selectOption('select[aria-label="Open an example"]', 'lesson-code');
  await finding(page, 'go-pool-without-limits', 6).waitFor({ timeout: 5000 });
  await finding(page, 'sql-built-from-strings', 13).waitFor();
  await finding(page, 'go-query-without-context', 14).waitFor();
  await finding(page, 'query-in-loop', 22).waitFor();
  if (await page.locator('button.finding[data-rule="syntax-error"]').count()) throw new Error('code was parsed as SQL');
  await page.screenshot({ path: path.join(shots, 'lesson-code.png') });
});

await test('the workload example shows access paths and consolidated index advice with copy buttons', async (page) => {
  await ready(page);
  await page.selectOption('select[aria-label="Open an example"]', 'workload-indexes');
  const advice = page.locator('.workload .advice');
  await advice.first().waitFor({ timeout: 5000 });
  const texts = await advice.allInnerTexts();
  if (!texts.some((t) => t.includes('orders (customer_id, created_at)') && t.includes('orders_customer_idx'))) throw new Error(`no top-N advice: ${texts}`);
  if (!texts.some((t) => /orders \(status, created_at\)\s+serves 2 queries/.test(t))) throw new Error(`not consolidated: ${texts}`);
  if (!texts.some((t) => t.includes('CREATE INDEX CONCURRENTLY'))) throw new Error('no online statement');
  if ((await page.locator('.workload .advice button.copy').count()) !== texts.length) throw new Error('a copy button per advice');
  const plans = await page.locator('.workload .query-plan').allInnerTexts();
  if (plans.length < 5 || !plans.some((p) => p.includes('countries: index seek'))) throw new Error(`access paths missing: ${plans}`);
  // The 50M-row table's scans are errors; the 200-row lookup table is fine.
  await page.locator('button.finding.sev-error[data-rule="unindexed-filter-column"]').first().waitFor({ timeout: 5000 });
  await page.locator('details.section', { hasText: 'Performance analysis' }).screenshot({ path: path.join(shots, 'performance.png') });
});

await test('table sizes typed in the toolbar weigh the missing-index finding', async (page) => {
  await ready(page);
  await page.selectOption('select[aria-label="Open an example"]', 'shop');
  await finding(page, 'unindexed-filter-column').first().waitFor({ timeout: 5000 });
  if (await page.locator('button.finding.sev-error[data-rule="unindexed-filter-column"]').count()) throw new Error('an error before any size was given');
  const sizes = page.locator('input[aria-label="Table sizes in rows"]');
  await sizes.fill('orders=50M');
  await sizes.press('Enter');
  await sizes.blur();
  await page.locator('button.finding.sev-error[data-rule="unindexed-filter-column"]').first().waitFor({ timeout: 5000 });
  await page.locator('.workload .assumption', { hasText: 'orders ≈ 50M' }).waitFor();
  await sizes.fill('orders=lots');
  await sizes.blur();
  if ((await sizes.getAttribute('aria-invalid')) !== 'true') throw new Error('an unreadable size is not marked');
});

await test('an EXPLAIN ANALYZE plan is drawn as a tree whose nodes carry their findings', async (page) => {
  await ready(page);
  await page.selectOption('select[aria-label="Open an example"]', 'explain-plan');
  const nodes = page.locator('.plan .plan-node');
  await nodes.first().waitFor({ timeout: 5000 });
  if ((await nodes.count()) !== 5) throw new Error(`expected 5 plan nodes, got ${await nodes.count()}`);
  const loop = nodes.filter({ hasText: 'Nested Loop' });
  if (!(await loop.innerText()).includes('E104')) throw new Error('the nested-loop finding is not on its node');
  await finding(page, 'explain-spill-to-disk').first().waitFor();
  // A node's title selects the node's line in the editor.
  await loop.locator('button.node-title').click();
  const selected = await queries(page).evaluate((el) => el.value.slice(el.selectionStart, el.selectionEnd));
  if (!selected.startsWith('Nested Loop')) throw new Error(`the node's text is not selected: ${selected}`);
  if (await page.locator('button.finding[data-rule="syntax-error"]').count()) throw new Error('the plan was parsed as SQL');
  await page.locator('.plan').screenshot({ path: path.join(shots, 'explain-plan.png') });
});

await test('a T-SQL script with GO batches and a pg_dump with COPY data read as their clients read them', async (page) => {
  await ready(page);
  await page.selectOption('select[aria-label="Database system"]', 'mssql');
  await setQueries(page, 'USE [Shop]\nGO\nCREATE TABLE [dbo].[Orders](\n  [OrderID] [int] NOT NULL,\n  CONSTRAINT [PK_Orders] PRIMARY KEY CLUSTERED ([OrderID] ASC)\n) ON [PRIMARY]\nGO\nSELECT * FROM dbo.Orders\nGO\n');
  await finding(page, 'select-star', 8).waitFor();
  if (await finding(page, 'syntax-error').count()) throw new Error('a syntax error on a valid GO script');
  await page.selectOption('select[aria-label="Database system"]', 'postgres');
  await setQueries(page, 'CREATE TABLE public.orders (id integer NOT NULL, customer_id integer NOT NULL);\nCOPY public.orders (id, customer_id) FROM stdin;\n1\t10\n\\.\nALTER TABLE ONLY public.orders ADD CONSTRAINT orders_pkey PRIMARY KEY (id);\nCREATE INDEX orders_customer_id_idx ON public.orders USING btree (customer_id);\nSELECT * FROM public.orders;\n');
  await finding(page, 'select-star', 7).waitFor();
  if (await finding(page, 'syntax-error').count()) throw new Error('a syntax error on a valid pg_dump');
  if (await finding(page, 'missing-primary-key').count()) throw new Error('the key after the COPY data was not seen');
});

await test('the auto dialect says which system it detected', async (page) => {
  await ready(page);
  await page.selectOption('select[aria-label="Open an example"]', 'oracle-pagination');
  await page.selectOption('select[aria-label="Database system"]', 'auto');
  await page.locator('.summary', { hasText: 'Detected Oracle from' }).waitFor({ timeout: 5000 });
  await finding(page, 'oracle-rownum-never-true').first().waitFor();
});

await test('lesson mode reviews the SQL blocks of a Markdown lesson at its own lines', async (page) => {
  await ready(page);
  await page.selectOption('select[aria-label="Open an example"]', 'lesson');
  await finding(page, 'undefined-table', 27).waitFor();
  await finding(page, 'block-without-language', 30).waitFor();
  await finding(page, 'unindexed-foreign-key', 13).waitFor();
  if ((await page.locator('select[aria-label="Input mode"]').inputValue()) !== 'lesson') throw new Error('mode not switched');
  if (await page.locator('button.finding[data-rule="syntax-error"]').count()) throw new Error('prose was parsed as SQL');
});

let sharedUrl = '';
await test('a share link restores the review in a fresh page', async (page, context) => {
  await ready(page);
  await schema(page).fill('CREATE TABLE t (id int);');
  await setQueries(page, 'SELECT * FROM t; -- shared ✓');
  await page.selectOption('select[aria-label="Database system"]', 'sqlite');
  await page.getByRole('button', { name: 'Copy a share link' }).click();
  await page.waitForFunction(() => location.hash.startsWith('#v1.'));
  sharedUrl = page.url();
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await ready(other, sharedUrl);
  const [s, q, d] = [await schema(other).inputValue(), await queries(other).inputValue(), await other.locator('select[aria-label="Database system"]').inputValue()];
  await fresh.close();
  if (s !== 'CREATE TABLE t (id int);' || q !== 'SELECT * FROM t; -- shared ✓' || d !== 'sqlite') throw new Error(`restored ${s} | ${q} | ${d}`);
});

await test('a malformed or truncated link keeps the draft and says why', async (page) => {
  await ready(page);
  await setQueries(page, 'SELECT 1 AS my_draft;');
  for (const broken of ['#v1.%%%garbage', sharedUrl ? '#' + sharedUrl.split('#')[1].slice(0, 20) : '#v1.abc']) {
    await page.goto(base + broken);
    await page.waitForSelector('textarea[data-source="1"]');
    const message = await page.locator('.message').innerText();
    if (!message.includes('Could not open the shared link')) throw new Error(`message: ${message}`);
    if ((await queries(page).inputValue()) !== 'SELECT 1 AS my_draft;') throw new Error('draft lost');
  }
});

await test('embed mode reports its height to the parent page', async (page) => {
  await page.goto(base + 'embed-demo.html');
  const frame = page.locator('iframe').first();
  await frame.waitFor();
  await page.waitForFunction(() => [...document.querySelectorAll('iframe')].some((f) => f.style.height && f.style.height !== '420px'), null, { timeout: 15000 });
  await page.waitForTimeout(500);
  const inner = page.frameLocator('iframe').first();
  await inner.locator('button.finding[data-rule="offset-pagination"]').waitFor();
  await page.screenshot({ path: path.join(shots, 'embed.png'), fullPage: true });
});

await test('XSS payloads stay inert in editors, links and embed messages', async (page) => {
  const payload = `'<img src=x onerror="window.__xss=1">' </textarea><script>window.__xss=1</script>`;
  await ready(page);
  await schema(page).fill(`CREATE TABLE "<img src=x onerror=window.__xss=1>" (id int);`);
  await setQueries(page, `SELECT ${payload} FROM "<svg onload=window.__xss=1>";\n-- <script>window.__xss=1</script>`);
  await page.locator('button.finding').first().click();
  await page.getByRole('button', { name: 'Copy a share link' }).click();
  await page.waitForFunction(() => location.hash.startsWith('#v1.'));
  const link = page.url();
  await page.goto(link);
  await page.waitForSelector('button.finding');
  await page.evaluate((p) => window.postMessage({ type: 'sqlreview:set', queries: p }, '*'), payload);
  await page.waitForTimeout(300);
  const fired = await page.evaluate(() => window.__xss);
  if (fired !== undefined) throw new Error('a payload executed');
  const imgs = await page.locator('img').count();
  if (imgs) throw new Error(`${imgs} <img> elements were injected`);
});

await test('no request leaves the page after load', async (page) => {
  const requests = [];
  await ready(page);
  await page.waitForSelector('button.finding');
  await page.waitForTimeout(300);
  page.on('request', (r) => requests.push(r.url()));
  await setQueries(page, 'SELECT * FROM orders WHERE id = 1;');
  await finding(page, 'select-star').click();
  await page.selectOption('select[aria-label="Open an example"]', 'shop');
  await page.getByRole('button', { name: 'Copy a share link' }).click();
  await page.getByRole('button', { name: 'Copy review as Markdown' }).click();
  await page.getByRole('button', { name: 'Rules' }).click();
  await page.waitForTimeout(500);
  if (requests.length) throw new Error(`requests after load: ${requests.join(', ')}`);
});

await test('dark theme and a 360 px wide screen', async (page) => {
  await ready(page);
  await page.getByRole('button', { name: 'Toggle dark theme' }).click();
  await page.waitForSelector('.app.dark');
  await page.waitForSelector('button.finding');
  await page.screenshot({ path: path.join(shots, 'dark.png'), fullPage: true });
  await page.setViewportSize({ width: 360, height: 780 });
  await page.waitForTimeout(200);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  await page.screenshot({ path: path.join(shots, 'narrow.png'), fullPage: true });
  if (overflow > 1) throw new Error(`page is ${overflow}px wider than a 360px screen`);
});

await test('typing in a 5,000-line input stays responsive', async (page) => {
  await ready(page);
  const lines = [];
  for (let i = 0; i < 1000; i++) {
    lines.push(`CREATE TABLE t${i} (id bigint PRIMARY KEY, name text NOT NULL);`, `SELECT id, name FROM t${i} WHERE name = $1;`,
      `-- lesson note ${i}`, `UPDATE t${i} SET name = 'x' WHERE id = 1;`, '');
  }
  // Paste the whole script at once, as an author would.
  const pasted = await page.evaluate((text) => {
    const area = document.querySelector('textarea[data-source="1"]');
    const started = performance.now();
    area.value = text;
    area.dispatchEvent(new Event('input', { bubbles: true }));
    return new Promise((done) => setTimeout(() => done(performance.now() - started - 400), 400));
  }, lines.join('\n'));
  // 210 KB goes to the background reviewer; the list shows the first findings of each section.
  await page.waitForFunction(() => !document.querySelector('.busy') && document.querySelector('section[aria-label="Queries"] .editor-body.synced'), null, { timeout: 30000 });
  results.push(`      5,000 lines: paste to review shown blocks the page for ${pasted.toFixed(0)} ms`);
  await queries(page).click();
  await page.keyboard.press('Control+End');
  await page.waitForTimeout(300);
  const lastLines = await page.locator('pre.layer[data-source="1"]').textContent();
  if (!lastLines.includes('UPDATE t999')) throw new Error('the editor did not scroll to the end');
  const gutter = await page.evaluate(() => {
    const g = document.querySelectorAll('.gutter')[1];
    const box = g.getBoundingClientRect();
    // The line number drawn at the bottom of the visible gutter.
    const numbers = g.textContent.trim().split('\n').map(Number);
    return { bottom: document.elementFromPoint(box.left + box.width / 2, box.bottom - 30) === g, last: numbers[numbers.length - 1], height: g.clientHeight };
  });
  if (gutter.last < 4999 || gutter.height > 1000) throw new Error(`the line numbers did not follow the text: ${JSON.stringify(gutter)}`);
  if (!(await page.locator('pre.layer[data-source="1"] span[class*="sq-"]').count())) throw new Error('no finding is underlined at the end of the input');
  await page.evaluate(() => {
    window.__longest = 0;
    new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration); })
      .observe({ type: 'longtask' });
  });
  await queries(page).click();
  await page.keyboard.press('Control+End');
  const started = Date.now();
  await page.keyboard.type('SELECT * FROM t1;', { delay: 40 });
  const typing = Date.now() - started;
  await page.waitForTimeout(2500);
  const longest = await page.evaluate(() => window.__longest);
  results.push(`      5,000 lines: typed 17 keys in ${typing} ms (680 ms of it is the typing delay); longest main-thread task ${longest.toFixed(0)} ms (includes the debounced review)`);
  const perKey = (typing - 17 * 40) / 17;
  if (perKey > 60) throw new Error(`each keystroke took ${perKey.toFixed(0)} ms of work`);
  if (longest > 600) throw new Error(`a ${longest.toFixed(0)} ms task froze the page while typing`);
});

// A real paste, as Ctrl+V delivers it: a paste event carrying the clipboard.
// The text is built in the page beforehand (`window.__texts[key]`), so the
// test's own work of making 10 MB strings is not counted as the page's.
const pasteInto = (page, selector, key) => page.evaluate(([selector, key]) => {
  const data = new DataTransfer();
  data.setData('text/plain', window.__texts[key]);
  const target = document.querySelector(selector);
  target.focus();
  const started = performance.now();
  target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  return performance.now() - started;
}, [selector, key]);
const prepareText = (page, key, table, megabytes) => page.evaluate(([key, table, megabytes]) => {
  const lines = [];
  let size = 0;
  for (let i = 0; size < megabytes * 1024 * 1024; i++) {
    const line = `SELECT * FROM ${table}_${i % 500} WHERE name = 'n${i}';`;
    lines.push(line);
    size += line.length + 1;
  }
  // One statement unlike the rest far down (within the first 100,000
  // statements, which are the ones reviewed), so that a finding points below
  // the first screen: the repeated ones fold onto the first line.
  lines[50000] = `UPDATE ${table}_0 SET name = 'x';`;
  window.__texts = { ...window.__texts, [key]: lines.join('\n') };
}, [key, table, megabytes]);

await test('a 10 MB paste is reviewed off the main thread and a newer paste cancels it', async (page) => {
  await ready(page);
  await page.waitForSelector('button.finding');
  await prepareText(page, 'stale', 'stale', 10);
  await prepareText(page, 'fresh', 'fresh', 10);
  await page.waitForTimeout(300);
  await page.evaluate(() => {
    window.__longest = 0;
    new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration); })
      .observe({ type: 'longtask' });
  });
  const firstPaste = await pasteInto(page, 'textarea[data-source="1"]', 'stale');
  await page.waitForFunction(() => document.querySelector('.busy'), null, { timeout: 10000 });
  if (!(await page.locator('.large-note', { hasText: 'shown read-only' }).count())) throw new Error('no read-only notice for a 10 MB text');
  // The page answers while the first review runs, and the newer text wins.
  const started = Date.now();
  const secondPaste = await pasteInto(page, 'pre.layer[data-source="1"]', 'fresh');
  const answered = Date.now() - started;
  await page.waitForFunction(() => !document.querySelector('.busy'), null, { timeout: 120000, polling: 250 });
  const finished = Date.now() - started;
  const longest = await page.evaluate(() => window.__longest);
  const texts = await page.locator('button.finding .msg').allTextContents();
  if (!texts.some((t) => t.includes('fresh_'))) throw new Error(`the newest paste was not reviewed: ${texts.slice(0, 3).join(' | ')}; message: ${await page.locator('.message').textContent()}`);
  if (texts.some((t) => t.includes('stale_'))) throw new Error('a stale review replaced the newer one');
  // 20,000 statements over 500 tables: the same notes repeat, so the review
  // folds them into a few findings that name the other places.
  const rows = await page.locator('button.finding').count();
  if (rows > 200) throw new Error(`a huge review should list a bounded number of findings, not ${rows}`);
  if (!texts.some((t) => / more like it: /.test(t))) throw new Error(`the repeated notes of a huge review should be folded: ${texts.slice(0, 3).join(' | ')}`);
  const shownLines = await page.locator('pre.layer[data-source="1"] span').count();
  if (!shownLines) throw new Error('the large text is not shown');
  await page.locator('button.finding .msg', { hasText: /changes every row of \W?fresh_0/ }).click();
  const scrolled = await page.evaluate(() => document.querySelector('pre.layer[data-source="1"]').scrollTop);
  if (!(scrolled > 0)) throw new Error(`clicking a finding did not scroll the read-only view to it (${await page.locator('button.finding .where').allTextContents().then((w) => w.slice(-3))})`);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(shots, "large-input.png") });
  results.push(`      10 MB paste: handled in ${firstPaste.toFixed(0)} / ${secondPaste.toFixed(0)} ms, page answered after ${answered} ms, review shown after ${finished} ms, longest main-thread task ${longest.toFixed(0)} ms`);
  if (longest > 1000) throw new Error(`a ${longest.toFixed(0)} ms task froze the page`);
  await page.getByRole('button', { name: 'clear it' }).click();
  await queries(page).waitFor();
});

await test('an input over the size limit is kept and the page says what to do', async (page) => {
  await ready(page);
  await page.evaluate(() => { window.__texts = { huge: 'SELECT 1;\n'.repeat(17 * 1024 * 1024 / 10) }; });
  await pasteInto(page, 'textarea[data-source="1"]', 'huge');
  await page.locator('.message', { hasText: 'reviewer reads up to 16 MB' }).waitFor({ timeout: 60000 });
  await page.locator('.large-note', { hasText: '17.0 MB' }).waitFor();
});

await test('wasm review time for a 300-line lesson and 5,000 lines of SQL', async (page) => {
  await ready(page);
  await page.waitForSelector('button.finding');
  const timing = await page.evaluate(() => {
    const lesson = [];
    for (let i = 0; lesson.length < 300; i++) {
      lesson.push(`## Step ${i}`, '', `We add table t${i} and query it.`, '', '```sql',
        `CREATE TABLE t${i} (id bigint PRIMARY KEY, owner_id bigint REFERENCES t${Math.max(i - 1, 0)} (id), name text NOT NULL);`,
        `SELECT id, name FROM t${i} WHERE name = $1 ORDER BY id LIMIT 20;`, '```', '');
    }
    const sql = [];
    for (let i = 0; sql.length < 5000; i++) {
      sql.push(`CREATE TABLE t${i} (id bigint PRIMARY KEY, name text NOT NULL);`, `SELECT id, name FROM t${i} WHERE name = $1;`,
        `-- note ${i}`, `UPDATE t${i} SET name = 'x' WHERE id = 1;`, '');
    }
    const median = (name, text) => {
      const runs = [];
      for (let r = 0; r < 5; r++) runs.push(window.wasmBindings.review_time_ms(name, text));
      return runs.sort((a, b) => a - b)[2];
    };
    return { lesson: median('lesson.md', lesson.slice(0, 300).join('\n')), sql: median('big.sql', sql.slice(0, 5000).join('\n')) };
  });
  results.push(`      wasm review: 300-line lesson ${timing.lesson.toFixed(1)} ms, 5,000 lines of SQL ${timing.sql.toFixed(1)} ms (median of 5)`);
  if (!(timing.lesson > 0 && timing.sql > 0)) throw new Error('timing export missing');
});

await browser.close();
server.close();

const sizes = fs.readdirSync(path.join(dist)).filter((f) => /\.(wasm|js|css)$/.test(f) && f !== 'embed.js');
const gz = sizes.reduce((sum, f) => sum + zlib.gzipSync(fs.readFileSync(path.join(dist, f)), { level: 9 }).length, 0);
results.push(`      gzipped wasm + JS + CSS: ${(gz / 1024).toFixed(0)} KB (${sizes.join(', ')})`);
// Loaded after the first review, outside the module: reported, not budgeted with it.
const docsGz = zlib.gzipSync(fs.readFileSync(path.join(dist, 'rule-docs.json')), { level: 9 }).length;
results.push(`      gzipped rule documentation (rule-docs.json, loaded after the first review): ${(docsGz / 1024).toFixed(0)} KB`);
// The budget was 800 KB while the playground reviewed one SQL system. With
// eleven systems it was 850 KB: sqlparser is about half of the module and the
// engine and app a tenth; rule documentation is data (rule-docs.json, above)
// and costs the module nothing. Issue 4's workload analysis (access paths,
// index advice, EXPLAIN plans read and drawn, their types sent by the worker)
// measured +71 KB (829.8 -> 900.8 KB gzip -9 of the module, same machine and
// toolchain, commit 158ec4c against 9038594), and the MySQL/MariaDB plan reader
// with its rules 8 KB more (908 KB in all): 930 KB. Issue 14's app split
// (three state contexts with read and write halves, keyed finding rows and
// schema tables, review sections and tables that keep their folded state
// while the author types, the editor in parts) measured +14 KB: 930 -> 944.4
// KB, almost all of it Leptos render code for the finer-grained reactive
// views. Issue 15's folded repeats (the fold phase, the places listed in
// every output, every related span squiggled) and the Go driver facts
// (database/sql, sqlx and pgx) measured +10 KB: 944.4 KB at 40fd1b3 -> 954 KB
// at e044f1c, so 960 KB. The next three merges (the script's own objects
// and seed data known to the rules, per-system facts with the reserved words
// of seven systems and integer widths, the section openings and praise said
// with its warning) measured 977 KB at d79569f, not yet broken down per
// branch: 985 KB. The judged-material work of 2026-12-04 measured 978 KB at
// 472c2eb -> 1021 KB at c894b21 (the schema rules reading intent with the
// lookup-table inference, the MongoDB/DynamoDB/Kafka/Redis readers for
// application code and a block-YAML reader with eight new rules, the fix
// quoting and the seeded-credential rule: +43 KB) -> 1033 KB at 5a2a798 (the
// reader's quiet statements and rewrites for pg_dump, Iceberg, ClickHouse,
// SQL Server and Oracle forms: +12 KB): 1040 KB. Shrinking the module is
// issue 17's (loading). Raise it only with a measured reason.
const BUDGET_KB = 1040;
if (gz > BUDGET_KB * 1024) {
  failures++;
  results.push(`FAIL  bundle size: ${(gz / 1024).toFixed(0)} KB gzipped is over the ${BUDGET_KB} KB budget`);
}

console.log(results.join('\n'));
if (failures) {
  console.error(`\n${failures} end-to-end test(s) failed`);
  process.exit(1);
}
console.log('\nall end-to-end tests passed');
