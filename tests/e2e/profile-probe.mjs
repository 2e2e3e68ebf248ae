import { chromium } from 'playwright-core';
import http from 'node:http'; import fs from 'node:fs'; import path from 'node:path';
const dist = '/work/main/dist';
const types = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css' };
const server = http.createServer((req, res) => { let f = path.join(dist, new URL(req.url,'http://x').pathname); if (fs.statSync(f).isDirectory()) f = path.join(f,'index.html'); res.writeHead(200, {'content-type': types[path.extname(f)]||'x'}); fs.createReadStream(f).pipe(res); });
await new Promise(ok => server.listen(8312, '127.0.0.1', ok));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const page = await browser.newPage();
await page.goto('http://127.0.0.1:8312/'); await page.waitForSelector('button.finding');
const client = await page.context().newCDPSession(page);
await client.send('Profiler.enable'); await client.send('Profiler.start');
const n = 1000; const lines = []; for (let i = 0; i < n; i++) lines.push(`CREATE TABLE t${i} (id bigint PRIMARY KEY, name text NOT NULL);`, `SELECT id, name FROM t${i} WHERE name = $1;`, `-- note ${i}`, `UPDATE t${i} SET name = 'x' WHERE id = 1;`, '');
const ms = await page.evaluate(async (text) => {
  const t = document.querySelector('textarea[data-source="1"]');
  const t0 = performance.now();
  t.value = text; t.dispatchEvent(new Event('input', { bubbles: true }));
  const t1 = performance.now();
  await new Promise(r => setTimeout(r, 400));
  return [t1 - t0, performance.now() - t0 - 400];
}, lines.join('\n'));
console.log('input handler ms', ms[0].toFixed(0), 'blocked after debounce ms', ms[1].toFixed(0));
const { profile } = await client.send('Profiler.stop');
const self = new Map(); const byId = new Map(profile.nodes.map(n => [n.id, n]));
const dt = profile.timeDeltas; const samples = profile.samples;
for (let i = 0; i < samples.length; i++) { const node = byId.get(samples[i]); const name = node.callFrame.functionName || '(anon)'; self.set(name, (self.get(name) || 0) + (dt[i] || 0)); }
console.log([...self.entries()].sort((a,b)=>b[1]-a[1]).slice(0,25).map(([k,v])=>`${(v/1000).toFixed(0)}ms ${k.slice(0,120)}`).join('\n'));
await browser.close(); server.close();
