// ./cong bench --country, the reform (issue #11.6, #11.7): after the whole 2025-03 country is provisioned, the
// operator plans the 2025 reform from the shipped mapping (merges.json), confirms it and follows the job to its end;
// prints the plan's and the run's times; then follows every old commune's hostname (from the import's rows) and
// checks it leads to the right new unit: a unit absorbed wholly answers 301 to the same host as every other unit of
// its new commune (or is that host: an island district's name passes to its special zone), and that host answers
// 200 with the new commune's name; a unit shared out answers the list of its successors. BENCH_IMPORT_ID names the country's import; CONG_BASE_PORT the product's port.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { api, http, tokenFor } from '../support/api.js';

const MAPPING = new URL('../../provisioning/src/main/resources/vn/cong/provisioning/register/dvhcvn-2025-07-merges.json.gz',
  import.meta.url);
const PLATFORM = 'localhost';
const importId = process.env.BENCH_IMPORT_ID;
const operator = await tokenFor('vinhphuc.localhost', 'vanhanh');

// the old hostnames, before the reform changes them
const oldHost = new Map();
for (let first = 0; ; first += 1000) {
  const page = await api(PLATFORM, `/api/v1/provisioning/imports/${importId}/rows?first=${first}&max=1000`,
    { token: operator });
  if (page.status !== 200) throw new Error(`the import's rows: ${page.status} ${page.text.slice(0, 200)}`);
  for (const row of page.json) if (row.hostname) oldHost.set(row.officialCode, row.hostname);
  if (page.json.length < 1000) break;
}

const planStart = Date.now();
const planned = await api(PLATFORM, '/api/v1/provisioning/reforms', {
  method: 'POST', token: operator,
  body: { mapping: 'dvhcvn-2025-07', decisionNo: '202/2025/QH15', decisionDate: '2025-06-12', effectiveOn: '2025-07-01' },
});
if (planned.status !== 201) throw new Error(`the plan failed: ${planned.status} ${planned.text.slice(0, 300)}`);
const planSeconds = (Date.now() - planStart) / 1000;
const id = planned.json.id;
const steps = (await api(PLATFORM, `/api/v1/provisioning/reforms/${id}/steps?max=100`, { token: operator })).json;
const sum = (field) => steps.reduce((total, step) => total + step[field], 0);
console.log(`bench-reform: plan of ${steps.length} provinces in ${planSeconds.toFixed(1)} s: ${sum('unitsBefore')} units`
  + ` → ${sum('unitsAfter')} (relocated ${sum('relocated')}, merged ${sum('merged')}, shared out ${sum('sharedOut')},`
  + ` opened ${sum('opened')}, districts retired ${sum('districtsRetired')})`);

const runStart = Date.now();
const started = await api(PLATFORM, `/api/v1/provisioning/reforms/${id}/run`, { method: 'POST', token: operator });
if (started.status !== 202) throw new Error(`the run was refused: ${started.status} ${started.text}`);
let state;
let lastPrint = 0;
for (;;) {
  state = (await api(PLATFORM, `/api/v1/provisioning/reforms/${id}`, { token: operator })).json;
  const seconds = (Date.now() - runStart) / 1000;
  if (seconds - lastPrint >= 30) {
    lastPrint = seconds;
    console.log(`bench-reform: ${seconds.toFixed(0)} s — ${state.doneSteps} provinces done, ${state.percentDone}%`);
  }
  if (state.state === 'DONE') break;
  await new Promise((resolve) => { setTimeout(resolve, 1000); });
}
const runSeconds = (Date.now() - runStart) / 1000;
const after = (await api(PLATFORM, `/api/v1/provisioning/reforms/${id}/steps?max=100`, { token: operator })).json;
for (const step of after.filter((s) => s.outcome === 'REFUSED')) {
  console.log(`bench-reform: refused ${step.provinceName}: ${step.message}`);
}

// every old commune's hostname, followed
const mapping = JSON.parse(gunzipSync(readFileSync(MAPPING)).toString('utf8'));
const checks = [];
for (const province of mapping.data) {
  for (const commune of province.level2s) {
    for (const old of commune.merges) {
      const host = oldHost.get(old.old_id);
      if (host) checks.push({ host: `${host}.localhost`, full: old.type === 'full', to: commune });
    }
  }
}
const target = new Map(); // new commune code → the host its full predecessors lead to
let wrong = 0;
let unchecked = 0;
const problems = [];
async function check({ host, full, to }) {
  const answer = await http(host, '/');
  if (!full) {
    if (answer.status !== 200 || !answer.text.includes(to.name)) {
      wrong += 1;
      problems.push(`${host}: ${answer.status}, ${to.name} not among its successors`);
    }
    return;
  }
  const location = answer.headers.location || '';
  // an island district's hostname is its special zone's now (đặc khu Cồn Cỏ on conco.quangtri): it answers itself
  const itself = answer.status === 200 && answer.text.includes(to.name);
  const led = itself ? host : (location.match(/^http:\/\/([^:/]+)/) || [])[1];
  if ((answer.status !== 301 && !itself) || !led) {
    wrong += 1;
    problems.push(`${host}: ${answer.status} ${location}`);
    return;
  }
  const known = target.get(to.level2_id);
  if (known && known !== led) {
    wrong += 1;
    problems.push(`${host} → ${led}, but others of ${to.name} → ${known}`);
  } else {
    target.set(to.level2_id, led);
  }
}
const verifyStart = Date.now();
for (let i = 0; i < checks.length; i += 16) await Promise.all(checks.slice(i, i + 16).map(check));
const names = new Map([...target.entries()].map(([code, host]) => [host, code]));
if (names.size !== target.size) {
  wrong += target.size - names.size;
  problems.push(`${target.size - names.size} new communes share a host with another`);
}
const byCode = new Map(mapping.data.flatMap((p) => p.level2s).map((c) => [c.level2_id, c]));
const entries = [...target.entries()];
for (let i = 0; i < entries.length; i += 16) {
  await Promise.all(entries.slice(i, i + 16).map(async ([code, host]) => {
    const page = await http(host, '/');
    if (page.status !== 200 || !page.text.includes(byCode.get(code).name)) {
      wrong += 1;
      problems.push(`${host}: ${page.status}, not ${byCode.get(code).name}`);
    }
  }));
}
unchecked = [...byCode.keys()].filter((code) => !target.has(code)).length;
problems.slice(0, 10).forEach((p) => console.log(`bench-reform: wrong — ${p}`));
console.log(`bench-reform: followed ${checks.length} old hostnames and ${target.size} new ones in`
  + ` ${((Date.now() - verifyStart) / 1000).toFixed(1)} s: ${wrong} wrong; ${unchecked} new communes reached only`
  + ' through units shared out');
console.log(`bench-reform: RESULT done=${state.doneSteps} skipped=${state.skippedSteps} refused=${state.refusedSteps}`
  + ` plan_s=${planSeconds.toFixed(1)} run_s=${runSeconds.toFixed(1)} wrong=${wrong}`);
