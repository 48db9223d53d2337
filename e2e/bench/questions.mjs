// ./cong bench --questions, the driver (issue #12.7): citizens ask questions as a browser does — each loads the
// form (its CSRF token and cookie), fetches and solves the proof-of-work challenge, then sends the form — each from
// its own loopback address (127.20.x.y: one sending per address, so the per-address limits stay at their defaults).
// The sendings are timed apart from the preparation: the figure is submissions per second, with p50/p99. Then every
// receipt is looked up on its status page by its tracking code and key (a submission not found there is lost).
// Rounds of BENCH_QUESTIONS to warm the JIT until the rate is steady, then one measured round of BENCH_MEASURED. Prints one line per
// round and a last line "questions: measured sent=… taken=… rate=… p50_ms=… p99_ms=… found=… lost=… codes=FILE".
// Run by .cong/bench-questions.sh; CONG_BASE_PORT names the product's port.
import http from 'node:http';
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';

const PORT = Number(process.env.CONG_BASE_PORT || 8080);
const COUNT = Number(process.env.BENCH_QUESTIONS || 2000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY || 32);
const WARM_ROUNDS = Number(process.env.BENCH_WARM_ROUNDS || 12);
const MEASURED_COUNT = Number(process.env.BENCH_MEASURED || 2 * COUNT);
const HOSTS = (process.env.BENCH_HOSTS || [ // the eight demo portals
  'daotru.tamdao.vinhphuc.localhost', 'tamdao.vinhphuc.localhost', 'vinhtuong.vinhphuc.localhost',
  'sotttt.vinhphuc.localhost', 'vinhphuc.localhost', 'mic.localhost', 'cds.mic.localhost',
  'caicachhanhchinh.localhost'].join(',')).split(',');
const CODES_FILE = process.env.BENCH_CODES_FILE || '/tmp/cong-bench-codes.txt';
const FORM = '/hoi-dap/dat-cau-hoi';


let nextAddress = 0;
/** A loopback address never used before in this run: 127.20.0.1, 127.20.0.2, … (.0 and .255 skipped). */
function freshAddress() {
  const n = nextAddress++;
  const d = (n % 254) + 1;
  const c = Math.floor(n / 254) % 256;
  const b = 20 + Math.floor(n / (254 * 256));
  return `127.${b}.${c}.${d}`;
}

function request(method, path, { host, address, headers = {}, body } = {}) {
  return new Promise((resolve, reject) => {
    const req = http.request({
      host: '127.0.0.1', port: PORT, method, path,
      localAddress: address, agent: false,
      headers: { Host: `${host}:${PORT}`, ...headers, ...(body ? { 'Content-Length': Buffer.byteLength(body) } : {}) },
    }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, text: Buffer.concat(chunks).toString() }));
    });
    req.on('error', reject);
    if (body) req.write(body);
    req.end();
  });
}

/** ALTCHA: the number whose SHA-256 with the salt is the challenge, as the widget's worker finds it. */
function solve(challenge) {
  for (let n = 0; n <= challenge.maxnumber; n++) {
    if (createHash('sha256').update(challenge.salt + n).digest('hex') === challenge.challenge) {
      return Buffer.from(JSON.stringify({ algorithm: challenge.algorithm, challenge: challenge.challenge, number: n,
        salt: challenge.salt, signature: challenge.signature })).toString('base64');
    }
  }
  throw new Error('the challenge has no solution');
}

/** What a citizen's browser has before pressing send: the form's token and cookie, a solved challenge. */
async function prepare(i) {
  const host = HOSTS[i % HOSTS.length];
  const address = freshAddress();
  const form = await request('GET', FORM, { host, address });
  if (form.status !== 200) throw new Error(`${host}${FORM} answered ${form.status}`);
  const token = /name="_form" value="([^"]+)"/.exec(form.text)?.[1];
  const cookie = (form.headers['set-cookie'] || []).map((c) => c.split(';')[0]).find((c) => c.startsWith('cong-form='));
  if (!token || !cookie) throw new Error('the form carried no token or cookie');
  const challenge = await request('GET', '/xac-minh', { host, address });
  const phone = `09${String(10000000 + i).slice(-8)}`;
  const body = new URLSearchParams({
    _form: token, 'nguoi-hoi': 'ca-nhan', 'ho-ten': `Nguyễn Văn Thử ${i}`, 'so-giay-to': `0010${String(i).padStart(8, '0')}`,
    'dia-chi': `Số ${i}, thôn Đồng Bùa, xã Đạo Trù`, 'dien-thoai': phone, email: `nguoi${i}@example.test`,
    'tieu-de': `Hỏi về thủ tục đăng ký hộ kinh doanh số ${i}`,
    'cau-hoi': 'Gia đình tôi muốn mở cửa hàng tạp hoá tại nhà. Xin hỏi cần chuẩn bị những giấy tờ gì, nộp ở đâu'
      + ` và mất bao nhiêu ngày làm việc để được cấp giấy chứng nhận đăng ký hộ kinh doanh? (câu hỏi ${i})`,
    altcha: solve(JSON.parse(challenge.text)),
  }).toString();
  return { host, address, cookie, body };
}

async function pool(items, worker) {
  const results = new Array(items.length);
  let next = 0;
  await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await worker(items[i], i);
    }
  }));
  return results;
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];

async function round(name, count = COUNT) {
  const prepStart = Date.now();
  const ready = await pool(Array.from({ length: count }, (_, i) => i), (i) => prepare(i));
  const prepSeconds = (Date.now() - prepStart) / 1000;
  const start = Date.now();
  if (process.env.BENCH_TRACE) console.error(`sending from ${new Date(start).toISOString()}`);
  const sent = await pool(ready, async (c) => {
    const began = process.hrtime.bigint();
    const res = await request('POST', FORM, { host: c.host, address: c.address, body: c.body,
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: c.cookie } });
    return { ...c, status: res.status, location: res.headers.location,
      ms: Number(process.hrtime.bigint() - began) / 1e6, refusal: res.status === 303 ? null : res.text };
  });
  const seconds = (Date.now() - start) / 1000;
  if (process.env.BENCH_TRACE) console.error(`sending until ${new Date().toISOString()}`);
  const taken = sent.filter((s) => s.status === 303 && s.location?.includes('ma='));
  const refused = sent.filter((s) => !taken.includes(s));
  const statuses = refused.reduce((m, s) => ({ ...m, [s.status]: (m[s.status] || 0) + 1 }), {});
  const ms = sent.map((s) => s.ms).sort((a, b) => a - b);
  const line = `${name} sent=${sent.length} taken=${taken.length} refused=${JSON.stringify(statuses)}`
    + ` rate=${(sent.length / seconds).toFixed(0)} p50_ms=${percentile(ms, 0.5).toFixed(1)}`
    + ` p99_ms=${percentile(ms, 0.99).toFixed(1)} prepared_per_s=${(count / prepSeconds).toFixed(0)}`;
  return { line, taken, sent, rate: sent.length / seconds };
}

/** Each receipt's status page, by its code and key: found when it answers 200 and shows the code. */
async function lookUp(taken) {
  const found = await pool(taken, async (t) => {
    const url = new URL(t.location, 'http://x');
    const code = url.searchParams.get('ma');
    const res = await request('GET', url.pathname + url.search, { host: t.host, address: t.address });
    return { code, host: t.host, found: res.status === 200 && res.text.includes(code) };
  });
  return found;
}

console.log(`questions: ${COUNT} per round over ${HOSTS.length} portals, ${CONCURRENCY} at a time`);
// JIT warm-up on one core takes minutes: rounds until the rate is steady (two in a row no more than 5% above the
// best so far) or BENCH_WARM_ROUNDS of them
let best = 0;
let flat = 0;
for (let r = 1; r <= WARM_ROUNDS && flat < 2; r++) {
  const warm = await round(`warm-up ${r}`);
  console.log(`questions: ${warm.line}`);
  flat = warm.rate <= best * 1.05 ? flat + 1 : 0;
  best = Math.max(best, warm.rate);
}
const measured = await round('measured', MEASURED_COUNT);
const found = await lookUp(measured.taken);
const lost = measured.sent.length - found.filter((f) => f.found).length;
writeFileSync(CODES_FILE, found.map((f) => `${f.host}\t${f.code}`).join('\n') + '\n');
console.log(`questions: ${measured.line} found=${found.filter((f) => f.found).length} lost=${lost} codes=${CODES_FILE}`);
const refusal = measured.sent.find((s) => s.status !== 303);
if (refusal) console.log(`questions: a refused sending (${refusal.status}): ${refusal.refusal.replace(/\s+/g, ' ').slice(0, 400)}`);
