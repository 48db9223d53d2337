// The launcher as an operator meets it: it refuses a database it cannot reach, loudly, and the embedded database
// keeps what was done across a restart (the demo is loaded only on the first start).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { http as shared } from '../support/api.js';
import { freshCode, totp } from '../support/totp.js';

const ROOT = new URL('../..', import.meta.url).pathname;
const PORT = 18098;
const PASSWORD = 'Cong@2026demo';

test('the launcher refuses an unreachable database with a message and a non-zero exit', () => {
  const run = spawnSync(join(ROOT, 'cong'), ['run', '--port', '18099', '--db', 'jdbc:mysql://127.0.0.1:3999/cong',
    '--db-user', 'cong', '--db-password', 'x'], { encoding: 'utf8', timeout: 120_000 });
  assert.equal(run.status, 1);
  assert.match(run.stderr, /cannot reach the database/);
});

/** HTTP to the product this file started. */
function http(host, path, options = {}) {
  return shared(host, path, { ...options, port: PORT });
}

/** Every product a test started: stopped in the test's finally, so that a failed test leaves no server running. */
const started = [];

async function stopAll() {
  for (const child of started.splice(0)) {
    if (child.exitCode === null && child.signalCode === null) await stop(child);
  }
}

function start(data, args = [], env = {}) {
  const child = spawn(join(ROOT, 'cong'), ['run', '--port', String(PORT), '--data', data, ...args],
    { env: { ...process.env, CONG_JAVA_OPTS: '-Xmx512m -XX:TieredStopAtLevel=1', ...env } });
  child.log = '';
  child.stdout.on('data', (d) => { child.log += d; });
  child.stderr.on('data', (d) => { child.log += d; });
  child.exited = new Promise((resolve) => child.on('exit', resolve));
  started.push(child);
  return child;
}

async function ready(child) {
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the product stopped:\n${child.log.slice(-2000)}`);
    try {
      if ((await http('vinhphuc.localhost', '/health')).status === 200) return;
    } catch { /* not listening yet */ }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error('the product did not start in time');
}

async function stop(child) {
  child.kill('SIGTERM');
  await child.exited;
}

async function api(host, path, token, body) {
  const response = await http(host, path, {
    method: body ? 'POST' : 'GET',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  return { status: response.status, json: JSON.parse(response.text) };
}

// The DIC administrator signs in with the demo second factor (support/totp.js).
async function token(host, username) {
  const first = await api(host, '/api/v1/auth/token', null, { username, password: PASSWORD });
  if (first.json.error !== 'auth.code.required') return first.json.token;
  return (await api(host, '/api/v1/auth/token', null, { username, password: PASSWORD, code: await freshCode(username) })).json.token;
}

test('the embedded database keeps a new portal across a restart, and the demo loads once', { timeout: 600_000 }, async () => {
  const data = mkdtempSync(join(tmpdir(), 'cong-data-'));
  try {
    const first = start(data);
    await ready(first);
    assert.match(first.log, /demo portals loaded/);
    const tamDao = 'tamdao.vinhphuc.localhost';
    const tamDaoId = (await api(tamDao, '/api/v1/items?state=PUBLISHED', await token(tamDao, 'admin.tamdao.vinhphuc'))).json[0].unitId;
    const created = await api('vinhphuc.localhost', '/api/v1/units', await token('vinhphuc.localhost', 'qtri.sotttt'),
      { parentId: tamDaoId, level: 'COMMUNE', officialName: 'Xã Minh Quang' });
    assert.equal(created.status, 201);
    await stop(first);

    const second = start(data);
    await ready(second);
    assert.doesNotMatch(second.log, /demo portals loaded/);
    const home = await http('minhquang.tamdao.vinhphuc.localhost', '/');
    assert.equal(home.status, 200);
    assert.match(home.text, /Xã Minh Quang/);
    await stop(second);
  } finally {
    await stopAll();
    rmSync(data, { recursive: true, force: true });
  }
});

test('without the demo no published password opens anything; the first operator is created once, with secrets nobody knew',
  { timeout: 600_000 }, async () => {
    const data = mkdtempSync(join(tmpdir(), 'cong-nodemo-'));
    const setup = { CONG_SETUP_FIRST_OPERATOR: 'vanhanh.dautien' };
    try {
      const first = start(data, ['--no-demo'], setup);
      await ready(first);
      assert.doesNotMatch(first.log, /demo portals loaded/);
      const created = first.log.match(/first platform operator created — username (\S+), password (\S+), authenticator secret \(TOTP\) (\S+)/);
      assert.ok(created, `the log shows the one-time secrets:\n${first.log.slice(-3000)}`);
      const [, username, password, secret] = created;
      assert.equal(username, 'vanhanh.dautien');

      const demoOperator = await api('localhost', '/api/v1/auth/token', null, { username: 'vanhanh', password: PASSWORD });
      assert.equal(demoOperator.status, 401, 'no demo account exists');
      assert.equal((await http('vinhphuc.localhost', '/')).status, 404, 'no demo portal exists');

      const signedIn = await api('localhost', '/api/v1/auth/token', null, { username, password, code: totp(secret) });
      assert.equal(signedIn.status, 200, JSON.stringify(signedIn.json));
      const province = await api('localhost', '/api/v1/units', signedIn.json.token,
        { level: 'PROVINCE', officialName: 'Tỉnh Thử Nghiệm', hostLabel: 'thunghiem' });
      assert.equal(province.status, 201, JSON.stringify(province.json));
      const home = await http(province.json.hostname.replace(/:\d+$/, ''), '/');
      assert.equal(home.status, 200);
      assert.match(home.text, /Tỉnh Thử Nghiệm/);
      await stop(first);

      const second = start(data, ['--no-demo'], setup);
      await ready(second);
      assert.doesNotMatch(second.log, /first platform operator created/, 'once an operator exists the step does nothing');
      await stop(second);
    } finally {
      await stopAll();
      rmSync(data, { recursive: true, force: true });
    }
  });
