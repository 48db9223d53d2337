// Isolation proven for every endpoint (issue #10.7): the walk reads the OpenAPI document, so that an operation
// added later is walked without anyone remembering to. For every /api/v1 operation and every role — anonymous,
// editor, secretariat, head, unit administrator, DIC administrator, operator of the platform — it calls the
// operation on the own unit (Tỉnh Vĩnh Phúc), on a unit below (Xã Đạo Trù), on a foreign unit's host (Bộ TTTT)
// and with the foreign unit's ids on the own host. It fails on any 2xx that returns or changes the foreign unit's
// data, on any 5xx, and on any answer that carries a Java exception name or a stack trace. The second walk sends
// malformed input (broken JSON, wrong types, oversized and control-character strings, huge and negative ids)
// and expects a 4xx with a message and no record written (row counts of the database before and after).
//
// The walk changes the own units' data freely (it submits, provisions, runs retention, asks, routes, answers and
// publishes questions, opens consultations on drafts, comments, moderates and answers comments, builds and answers
// surveys), so it runs after the browser flows (.cong/test.sh, npm test).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { api, tokenFor } from '../support/api.js';
import { answerSurvey, askQuestion, commentOnDraft } from '../support/citizen.js';
import { databaseCounts } from '../support/database.js';

const OWN = 'vinhphuc.localhost';
const BELOW = 'daotru.tamdao.vinhphuc.localhost';
const FOREIGN = 'mic.localhost';
const BOARD = { [OWN]: 'vinhphuc', [BELOW]: 'daotru', [FOREIGN]: 'mic' };
const ADMIN = { [OWN]: 'admin.vinhphuc', [BELOW]: 'admin.daotru.tamdao.vinhphuc', [FOREIGN]: 'admin.mic' };
const ROLES = [
  ['anonymous', null], ['editor', 'bientap.vinhphuc'], ['secretariat', 'thuky.vinhphuc'],
  ['head', 'truongban.vinhphuc'], ['unit administrator', 'admin.vinhphuc'], ['DIC administrator', 'qtri.sotttt'],
  ['operator', 'vanhanh'],
];
// the walk's own loopback address: its refused sign-ins lock this address, never 127.0.0.1 of the other tests
const WALKER = '127.0.0.2';
// the fixtures' comments come from another one: with the walk's three questions they would be six citizen sendings
// within a minute from one address, over its allowance (5 a minute)
const COMMENTER = '127.0.0.3';
// the address the walk answers its fixture surveys from (one answer per address and survey, and an allowance of its
// own: the questions asked from WALKER already take most of a minute's)
const RESPONDENT = '127.0.0.5';
const RUN = Date.now() % 1_000_000;
const CANARY = `KHONGDUOCLO${RUN}`;
const MONTH = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 7);
const TODAY = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
const IN_A_MONTH = new Date(Date.now() + 7 * 3600_000 + 30 * 86_400_000).toISOString().slice(0, 10);
const NEXT_YEAR = new Date(Date.now() + 7 * 3600_000 + 400 * 86_400_000).toISOString().slice(0, 10);
// a consultation's terms: open since yesterday (Vietnam's day) for 30 days — open all through the walk, even across
// midnight, so that a comment is taken and publishing the outcome is refused (409: the period is not over). The PUT
// sample is these same terms: changing them never moves a fixture into another state.
const CONSULTATION_TERMS = {
  opensOn: new Date(Date.now() + 7 * 3600_000 - 86_400_000).toISOString().slice(0, 10), days: 30,
  receivingUnit: 'Văn phòng kiểm tra cô lập', receivingAddress: 'Số 1, đường Kiểm Thử',
  receivingEmail: 'kiemtra@example.vn', moderation: 'POST', reportThreshold: 3,
};
// an official list whose units all exist already: planning or running an import of it creates nothing
const OFFICIAL_LIST = Buffer.from(JSON.stringify({ data: [{
  level1_id: '26', name: 'Tỉnh Vĩnh Phúc', type: 'Tỉnh',
  level2s: [{ level2_id: '248', name: 'Huyện Tam Đảo', type: 'Huyện', level3s: [] }],
}] }));
// a 1×1 PNG
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
const STACK_TRACE = /\b(?:java|javax|jakarta|org|com|sun)\.[\w$]+(?:\.[\w$]+)*\.[A-Z][\w$]*(?:Exception|Error)\b|^\s*at [\w$.]+\([\w$]+\.java:\d+\)|\bCaused by:|\bSQLState\b/m;

let operations;
let tokens;
let fixtures;
let counter = 0;

/** What a path or query parameter takes, from the fixtures of the unit the call is aimed at. */
function parameterValue(path, parameter, f) {
  if (parameter.in === 'path') {
    if (parameter.name === 'username') return f.account;
    if (parameter.name === 'from') return '1';
    if (parameter.name === 'to') return '2';
    const owner = path.slice(0, path.indexOf(`{${parameter.name}}`)).split('/').filter(Boolean).pop();
    const kinds = {
      items: 'item', notifications: 'notification', obligations: 'obligation', units: 'unit', imports: 'import',
      reforms: 'reform', questions: 'question', consultations: 'consultation', comments: 'comment', surveys: 'survey',
    };
    if (kinds[owner]) return String(f[kinds[owner]]);
  } else if (parameter.in === 'query') {
    // a consultation's comments of one state: those shown (the fixture's comment, post-moderated, is)
    if (parameter.name === 'state' && path.startsWith('/api/v1/consultations/')) return 'VISIBLE';
    const values = {
      unit: String(f.unit), month: MONTH, state: 'SUBMITTED', from: TODAY, to: TODAY, year: '2026', days: '5',
      subtree: 'true', name: 'anh-thu.png', root: String(f.unit), outcome: 'SKIPPED', first: '0', max: '10',
      filter: 'ALL', q: 'cau hoi',
    };
    if (values[parameter.name] !== undefined) return values[parameter.name];
    // the free-text question of the unit's fixture survey, whose answers the board reads
    if (parameter.name === 'question' && path.startsWith('/api/v1/surveys/')) return String(f.surveyTextQuestion);
  }
  throw new Error(`the walk does not know what ${parameter.in} parameter "${parameter.name}" of ${path} takes: `
    + 'teach it (parameterValue in e2e/walk/api-isolation.test.js)');
}

/** A survey's body: a single choice, a 1–5 scale and a free text, open from `opensOn` to `closesOn`. */
function survey(title, opensOn, closesOn) {
  return {
    title, intro: 'Khảo sát của bước kiểm tra cô lập.', opensOn, closesOn,
    questions: [
      { kind: 'SINGLE_CHOICE', text: 'Ông/bà là', options: [{ text: 'Cá nhân' }, { text: 'Tổ chức' }] },
      { kind: 'SCALE', text: 'Mức độ hài lòng', scaleFrom: 1, scaleTo: 5 },
      { kind: 'FREE_TEXT', text: 'Góp ý', required: false },
    ],
  };
}

/** A valid request body for an operation, aimed at the unit whose fixtures are `f`. */
function sampleBody(key, f, n) {
  const article = {
    categoryId: f.category, title: `Tin kiểm tra cô lập ${RUN}-${n}`, summary: 'Tóm tắt', body: '<p>Nội dung</p>',
    source: 'Cổng', authorName: 'Người kiểm tra',
  };
  const reorganisation = {
    predecessorIds: [f.unit], successorId: f.unit, decisionNo: `${n}/NQ-KT`, decisionDate: TODAY, effectiveOn: TODAY,
  };
  const samples = {
    'POST /api/v1/auth/token': { username: `khongco.walk${RUN}`, password: 'Sai@mat-khau1', code: '000000' },
    'POST /api/v1/compliance/obligations': { category: 'lien-he', trigger: 'INFORMATION_CHANGED', occurredAt: TODAY, subject: `Đổi liên hệ ${n}` },
    'PUT /api/v1/compliance/obligations/{id}/item': { itemId: f.item },
    'POST /api/v1/items': article,
    'PUT /api/v1/items/{id}': article,
    'PUT /api/v1/items/{id}/fields': { 'so-ky-hieu': `${n}/2026/QĐ-UBND` },
    'POST /api/v1/items/{id}/transitions': { action: 'SUBMIT' },
    'POST /api/v1/items/bulk-transitions': { itemIds: [f.item], action: 'TAKE' },
    'POST /api/v1/royalties/sheets/transitions': { action: 'SUBMIT' },
    // a unit merged into itself: refused after the permission check, so a walk never takes a fixture unit apart
    'POST /api/v1/provisioning/reorganisations': reorganisation,
    'POST /api/v1/provisioning/reorganisations/preview': reorganisation,
    // a unit moved under itself: refused after the permission check
    'POST /api/v1/provisioning/reorganisations/relocations': {
      unitId: f.unit, newParentId: f.unit, decisionNo: `${n}/NQ-KT`, decisionDate: TODAY, effectiveOn: TODAY,
    },
    'POST /api/v1/provisioning/reorganisations/relocations/preview': {
      unitId: f.unit, newParentId: f.unit, decisionNo: `${n}/NQ-KT`, decisionDate: TODAY, effectiveOn: TODAY,
    },
    'POST /api/v1/provisioning/reorganisations/splits/preview': {
      unitId: f.unit, successorIds: [f.unit, f.unit + 1], decisionNo: `${n}/NQ-KT`, decisionDate: TODAY, effectiveOn: TODAY,
    },
    'POST /api/v1/provisioning/reorganisations/stops/preview': { unitId: f.unit },
    // a unit shared out with itself among its successors: refused after the permission check
    'POST /api/v1/provisioning/reorganisations/splits': {
      unitId: f.unit, successorIds: [f.unit, f.unit + 1], decisionNo: `${n}/NQ-KT`, decisionDate: TODAY, effectiveOn: TODAY,
    },
    // a portal stopped without a decision: refused before anything, so a walk never stops a fixture unit
    'POST /api/v1/provisioning/reorganisations/stops': { unitId: f.unit },
    // the 2025 reform limited to Hà Nội, of which the walked platform has nothing: planned and run, it changes nothing
    'POST /api/v1/provisioning/reforms': {
      mapping: 'dvhcvn-2025-07', decisionNo: `${n}/NQ-KT`, decisionDate: TODAY, effectiveOn: TODAY, provinces: ['01'],
    },
    // a question is routed to the first of the unit's responders (the head), again while unanswered; the field blank —
    // the question keeps its own (Vĩnh Phúc and the ministry have no subject fields) — but a string for the malformed walk
    'POST /api/v1/questions/{id}/route': { responderId: f.responder, field: '' },
    // a question sent on to its own unit: refused after the permission check, so a walk never moves one to another unit
    'POST /api/v1/questions/{id}/transfer': { unitId: f.unit, reason: `Chuyển đơn vị kiểm tra ${n}` },
    'POST /api/v1/questions/{id}/answer': { text: `Trả lời kiểm tra ${RUN}-${n}` },
    'POST /api/v1/questions/publish': { ids: [f.question] },
    'POST /api/v1/questions/{id}/drop': { reason: `Không xử lý: kiểm tra ${n}` },
    // a question merged into itself: refused after the permission check
    'POST /api/v1/questions/{id}/merge': { into: f.questionCode },
    // a survey of each kind of question; the scale's ends are the numbers the malformed walk makes negative or huge
    'POST /api/v1/surveys': survey(`Khảo sát kiểm tra ${RUN}-${n}`, TODAY, IN_A_MONTH),
    'POST /api/v1/surveys/from-template': { template: 'sipas', opensOn: TODAY, closesOn: IN_A_MONTH },
    // the fixture survey has an answer: its content is frozen (409) — the walk never rewrites what was answered
    'PUT /api/v1/surveys/{id}': { title: `Khảo sát sửa ${RUN}-${n}`, questions: survey('', TODAY, TODAY).questions },
    // its days may still change: the same days again, so that it stays open for the rest of the walk
    'PUT /api/v1/surveys/{id}/schedule': { opensOn: TODAY, closesOn: IN_A_MONTH },
    // a second consultation of the fixture's draft: refused (409) after the permission check, so no draft gets two
    'POST /api/v1/consultations': { itemId: f.draft, ...CONSULTATION_TERMS },
    'PUT /api/v1/consultations/{id}': CONSULTATION_TERMS,
    // shown (it is already): never hidden or rejected, which would leave the decision nothing to answer
    'POST /api/v1/consultations/comments/{commentId}/moderation': { state: 'VISIBLE' },
    'POST /api/v1/consultations/comments/{commentId}/decision': { decision: 'EXPLAINED', response: `Giải trình kiểm tra ${RUN}-${n}` },
    // refused (409) while the period is open — it is, all through the walk — so the terms and answers stay changeable
    'POST /api/v1/consultations/{id}/outcome': { note: `Kết luận kiểm tra ${n}` },
    'POST /api/v1/units': {
      parentId: f.unit, level: 'COMMUNE', officialName: `Xã Kiểm Thử ${RUN} ${n}`, hostLabel: `kiemthu${RUN}x${n}`,
      admin: { password: 'Kiem@Thu-2026-walk' },
    },
  };
  if (key === 'POST /api/v1/attachments') return PNG;
  if (key === 'POST /api/v1/provisioning/imports') return OFFICIAL_LIST;
  if (samples[key] === undefined) {
    throw new Error(`the walk has no sample body for ${key}: teach it (sampleBody in e2e/walk/api-isolation.test.js)`);
  }
  return samples[key];
}

/** The request an operation makes against the unit whose fixtures are `f`, on `host`. */
function requestFor(operation, host, f, overrides = {}, n = ++counter) {
  let path = operation.path;
  const query = [];
  for (const parameter of operation.parameters) {
    const value = overrides[parameter.name] ?? parameterValue(operation.path, parameter, f);
    if (parameter.in === 'path') path = path.replace(`{${parameter.name}}`, encodeURIComponent(value));
    else query.push(`${parameter.name}=${encodeURIComponent(value)}`);
  }
  const body = operation.hasBody ? (overrides.body ?? sampleBody(operation.key, f, n)) : undefined;
  const binary = Buffer.isBuffer(body);
  return {
    host,
    path: query.length ? `${path}?${query.join('&')}` : path,
    method: operation.method,
    body: binary || body === undefined || typeof body === 'string' ? body : JSON.stringify(body),
    headers: binary ? { 'Content-Type': 'application/octet-stream' } : {},
  };
}

async function send(request, token) {
  return api(request.host, request.path, { ...request, token, localAddress: WALKER });
}

function describe(role, target, request, reply) {
  return `${role} · ${target} · ${request.method} ${request.host}${request.path.slice(0, 120)} → ${reply.status} `
    + reply.text.slice(0, 200).replace(/\s+/g, ' ');
}

/** A bulk operation's answer (one outcome per item) in which every item was refused: nothing was done or shown. */
function everyItemRefused(reply) {
  return Array.isArray(reply.json) && reply.json.length > 0
    && reply.json.every((outcome) => outcome?.status >= 400 && typeof outcome.error === 'string' && Object.keys(outcome)
      .every((key) => ['itemId', 'status', 'error', 'message'].includes(key)));
}

/** What is wrong with any answer: a server error, a Java exception or trace, a 4xx without a message. */
function answerProblems(reply) {
  const problems = [];
  if (reply.status >= 500) problems.push('a server error');
  if (STACK_TRACE.test(reply.text)) problems.push('a Java exception name or stack trace');
  if (reply.status >= 400 && reply.status < 500 && reply.json !== null
      && !(typeof reply.json.message === 'string' && reply.json.message.trim())) {
    problems.push('a 4xx without a message');
  }
  return problems;
}

before(async () => {
  const document = await api(OWN, '/openapi', { headers: { Accept: 'application/json' } });
  assert.equal(document.status, 200, document.text);
  operations = Object.entries(document.json.paths).filter(([path]) => path.startsWith('/api/v1/'))
    .flatMap(([path, methods]) => Object.entries(methods).map(([method, operation]) => ({
      key: `${method.toUpperCase()} ${path}`, path, method: method.toUpperCase(),
      parameters: operation.parameters ?? [], hasBody: Boolean(operation.requestBody),
    })));
  // the browser flows and an earlier walk deactivate editors; each walk starts with them active
  for (const host of [OWN, BELOW, FOREIGN]) {
    const admin = await tokenFor(host, ADMIN[host]);
    const reply = await api(host, `/api/v1/accounts/bientap.${BOARD[host]}/reactivate`, { method: 'POST', token: admin });
    assert.equal(reply.status, 200, reply.text);
  }
  tokens = {};
  for (const [, username] of ROLES) if (username) tokens[username] = await tokenFor(OWN, username);
  fixtures = {};
  for (const host of [OWN, BELOW, FOREIGN]) fixtures[host] = await fixturesOf(host);
});

/**
 * What the walk aims at in one unit: the unit, a news category, an item of its editor with two revisions, sent to
 * the secretariat (whose notification it raises), an obligation, the editor's account, a citizen's question asked
 * through the portal's form and an account its questions may be routed to (a responder), a draft for comment published
 * through the board with its consultation open and a citizen's comment on it sent through the draft's public form. The
 * foreign unit's item, question, draft and comment carry the canary: no answer to a caller outside that unit may
 * contain it.
 */
async function fixturesOf(host) {
  const board = BOARD[host];
  const editor = await tokenFor(host, `bientap.${board}`);
  const published = (await api(host, '/api/v1/items?state=PUBLISHED', { token: editor })).json;
  const news = published.find((item) => Object.keys(item.fields ?? {}).length === 0) ?? published[0];
  const article = (title) => ({
    categoryId: news.categoryId, title, summary: 'Tóm tắt', body: '<p>Nội dung riêng của đơn vị</p>',
    source: 'Ban biên tập', authorName: 'Biên tập viên',
  });
  const title = host === FOREIGN ? `Tin nội bộ ${CANARY}` : `Tin của đơn vị ${RUN}`;
  const created = await api(host, '/api/v1/items', { method: 'POST', token: editor, body: article(title) });
  assert.equal(created.status, 201, created.text);
  const item = created.json.id;
  const revised = await api(host, `/api/v1/items/${item}`, { method: 'PUT', token: editor, body: article(`${title} (sửa)`) });
  assert.equal(revised.status, 200, revised.text);
  const submitted = await api(host, `/api/v1/items/${item}/transitions`, { method: 'POST', token: editor, body: { action: 'SUBMIT' } });
  assert.equal(submitted.status, 200, submitted.text);
  const secretariat = await tokenFor(host, `thuky.${board}`);
  const notification = (await api(host, '/api/v1/notifications', { token: secretariat })).json
    .find((n) => n.link?.includes(String(item))) ?? (await api(host, '/api/v1/notifications', { token: secretariat })).json[0];
  assert.ok(notification, `the secretariat of ${host} has a notification`);
  // a citizen asks (from the walk's own address: its allowance, not the browser tests'), the desk lists the question
  const asked = await askQuestion(host, {
    subject: host === FOREIGN ? `Câu hỏi nội bộ ${CANARY}` : `Câu hỏi của đơn vị ${RUN}`,
  }, { localAddress: WALKER });
  const question = await questionOnTheDesk(host, secretariat, asked.code);
  const responders = (await api(host, '/api/v1/questions/responders', { token: secretariat })).json;
  assert.ok(Array.isArray(responders) && responders.length > 0, `${host} has someone to route questions to`);
  const { draft, consultation, comment } = await consultationOf(host, editor, secretariat);
  // a survey: the own units' open and answered once through the portal's form (so its content is frozen and its
  // free text has an answer); the foreign unit's opens next year, carrying the canary — nobody outside may read it
  const built = await api(host, '/api/v1/surveys', {
    method: 'POST', token: secretariat,
    body: host === FOREIGN ? survey(`Khảo sát nội bộ ${CANARY}`, NEXT_YEAR, NEXT_YEAR)
      : survey(`Khảo sát của đơn vị ${RUN}`, TODAY, IN_A_MONTH),
  });
  assert.equal(built.status, 201, built.text);
  const [single, scale, text] = built.json.questions;
  if (host !== FOREIGN) {
    const answered = await answerSurvey(host, `/khao-sat/${built.json.id}`, {
      [single.key]: single.options[0].key, [scale.key]: scale.options[3].key,
      [text.key]: `Góp ý kiểm tra ${RUN}`,
    }, { localAddress: RESPONDENT });
    assert.equal(answered.status, 303, `${host} took the fixture survey's answer: ${answered.refusal}`);
  }
  const operator = tokens.vanhanh;
  const obligations = (await api(host, `/api/v1/compliance/obligations?unit=${news.unitId}`, { token: operator })).json;
  assert.ok(obligations.length > 0, `${host} has an obligation`);
  // an import planned by the DIC administrator under Vĩnh Phúc for the own units, by the operator for the foreign one
  const province = host === FOREIGN ? null : (fixtures[OWN]?.unit ?? news.unitId);
  const planned = await api(host, `/api/v1/provisioning/imports${province ? `?root=${province}` : ''}`, {
    method: 'POST', token: host === FOREIGN ? operator : tokens['qtri.sotttt'], body: OFFICIAL_LIST,
    headers: { 'Content-Type': 'application/octet-stream' },
  });
  assert.equal(planned.status, 201, planned.text);
  const reform = await api(host, '/api/v1/provisioning/reforms', {
    method: 'POST', token: operator,
    body: { decisionNo: 'KT/2026', decisionDate: TODAY, effectiveOn: TODAY, provinces: ['01'] },
  });
  assert.equal(reform.status, 201, reform.text);
  return {
    unit: news.unitId, category: news.categoryId, item, notification: notification.id, obligation: obligations[0].id,
    account: `bientap.${board}`, import: planned.json.id, reform: reform.json.id, question,
    questionCode: asked.code, responder: responders[0].accountId, draft, consultation, comment,
    survey: built.json.id, surveyTextQuestion: text.key,
  };
}

/**
 * A draft for comment of `host` (category du-thao-van-ban, in every preset), written by its editor and published by
 * its secretariat, its consultation opened by the secretariat (CONSULTATION_TERMS: open, post-moderated) and a
 * citizen's comment on the whole draft through /lay-y-kien/{slug}: the ids the consultations' operations take.
 */
async function consultationOf(host, editor, secretariat) {
  const where = await api(host, '/api/v1/consultations/drafts', { token: secretariat });
  assert.equal(where.status, 200, where.text);
  const category = where.json.categories.find((c) => c.code === 'du-thao-van-ban') ?? where.json.categories[0];
  assert.ok(category, `${host} has a category of drafts for comment`);
  const created = await api(host, '/api/v1/items', {
    method: 'POST', token: editor, body: {
      categoryId: category.id, title: host === FOREIGN ? `Dự thảo nội bộ ${CANARY}` : `Dự thảo của đơn vị ${RUN}`,
      summary: 'Lấy ý kiến nhân dân', body: '<p>Điều 1. Phạm vi điều chỉnh.</p><p>Điều 2. Đối tượng áp dụng.</p>',
      source: 'Ban biên tập', authorName: 'Biên tập viên',
    },
  });
  assert.equal(created.status, 201, created.text);
  const draft = created.json.id;
  for (const [token, action] of [[editor, 'SUBMIT'], [secretariat, 'TAKE'], [secretariat, 'APPROVE'],
    [secretariat, 'PUBLISH']]) {
    const moved = await api(host, `/api/v1/items/${draft}/transitions`, { method: 'POST', token, body: { action } });
    assert.equal(moved.status, 200, `${action} of the draft on ${host}: ${moved.text}`);
  }
  const opened = await api(host, '/api/v1/consultations', {
    method: 'POST', token: secretariat, body: { itemId: draft, ...CONSULTATION_TERMS },
  });
  assert.equal(opened.status, 201, opened.text);
  assert.equal(opened.json.status, 'OPEN', opened.text);
  await commentOnDraft(host, opened.json.slug, {
    body: host === FOREIGN ? `Góp ý nội bộ ${CANARY}` : `Góp ý của đơn vị ${RUN}`,
  }, { localAddress: COMMENTER });
  const comments = await api(host, `/api/v1/consultations/${opened.json.id}/comments`, { token: secretariat });
  assert.equal(comments.status, 200, comments.text);
  assert.equal(comments.json.total, 1, `the comment on ${host}'s draft is on the board's list: ${comments.text}`);
  return { draft, consultation: opened.json.id, comment: comments.json.rows[0].id };
}

/** The id of the question with tracking code `code` on the desk of `host`, as its secretariat pages through it. */
async function questionOnTheDesk(host, token, code) {
  for (let first = 0; ; first += 200) {
    const page = await api(host, `/api/v1/questions?filter=RECEIVED&first=${first}&max=200`, { token });
    assert.equal(page.status, 200, page.text);
    const row = page.json.rows.find((r) => r.code === code);
    if (row) return row.id;
    assert.ok(page.json.rows.length === 200, `${code} is on the desk of ${host}`);
  }
}

/** The foreign unit's data as its own people read it: the walk must leave every line of it as it was. */
async function foreignSnapshot() {
  const f = fixtures[FOREIGN];
  const head = await tokenFor(FOREIGN, 'truongban.mic');
  const secretariat = await tokenFor(FOREIGN, 'thuky.mic');
  const editor = await tokenFor(FOREIGN, 'bientap.mic'); // a deactivated account would get no token
  const read = async (path, token = head) => {
    const reply = await api(FOREIGN, path, { token });
    return `${path} ${reply.status} ${reply.text}`;
  };
  return [
    await read(`/api/v1/items/${f.item}`, editor), await read(`/api/v1/items/${f.item}/revisions`),
    await read(`/api/v1/items/${f.item}/history`), await read(`/api/v1/items/${f.item}/fields`),
    await read(`/api/v1/units/${f.unit}`), await read(`/api/v1/units/${f.unit}/children`),
    await read(`/api/v1/compliance/obligations?unit=${f.unit}`),
    await read(`/api/v1/royalties/sheets?unit=${f.unit}&month=${MONTH}`),
    await read(`/api/v1/questions/${f.question}`),
    await read(`/api/v1/consultations/${f.consultation}`, secretariat),
    await read(`/api/v1/consultations/${f.consultation}/comments`, secretariat),
    await read(`/api/v1/surveys/${f.survey}`), await read(`/api/v1/surveys/${f.survey}/results`),
    JSON.stringify((await api(FOREIGN, '/api/v1/notifications', { token: secretariat })).json
      .find((n) => n.id === f.notification)),
  ];
}

test('every API operation, for every role, keeps the foreign unit\'s data away and answers without a trace',
  { timeout: 900_000 }, async () => {
    const before = await foreignSnapshot();
    const failures = [];
    const publicAnswers = new Map(); // what anonymous got: a 2xx there is public, on any host
    let calls = 0;
    let changed;
    for (const [role, username] of ROLES) {
      const token = username ? tokens[username] : undefined;
      const operator = role === 'operator'; // the platform's operator acts on every unit: nothing is foreign to them
      if (operator) {
        // what the roles of Vĩnh Phúc did must have left the ministry's data as it was; the operator may change it
        const afterwards = await foreignSnapshot();
        changed = afterwards.filter((line, i) => line !== before[i]);
      }
      for (const operation of operations) {
        const targets = [
          ['own unit', requestFor(operation, OWN, fixtures[OWN]), false],
          ['unit below', requestFor(operation, BELOW, fixtures[BELOW]), false],
          ['foreign host', requestFor(operation, FOREIGN, fixtures[FOREIGN]), true],
        ];
        // the own unit's request with the foreign unit's ids: walked where the operation takes any id at all
        const n = ++counter;
        const foreignIds = requestFor(operation, OWN, fixtures[FOREIGN], {}, n);
        const ownIds = requestFor(operation, OWN, fixtures[OWN], {}, n);
        if (foreignIds.path !== ownIds.path || String(foreignIds.body) !== String(ownIds.body)) {
          targets.push(['foreign ids on the own host', foreignIds, true]);
        }
        for (const [target, request, foreign] of targets) {
          const reply = await send(request, token);
          calls++;
          const where = `${operation.key} · ${target}`;
          if (!username) publicAnswers.set(where, reply.status >= 200 && reply.status < 300);
          const problems = answerProblems(reply);
          if (!operator && reply.text.includes(CANARY)) problems.push('the foreign unit\'s data in the answer');
          if (!operator && foreign && reply.status >= 200 && reply.status < 300 && !publicAnswers.get(where)
              && !everyItemRefused(reply)) {
            problems.push('a 2xx on the foreign unit');
          }
          if (problems.length) failures.push(`${problems.join(', ')}: ${describe(role, target, request, reply)}`);
        }
      }
    }
    console.log(`# the isolation walk: ${operations.length} operations × ${ROLES.length} roles, ${calls} calls`);
    assert.deepEqual(failures, [], `${failures.length} answers broke isolation:\n${failures.slice(0, 60).join('\n')}`);
    assert.deepEqual(changed, [], `the foreign unit's data changed during the walk:\n${changed.join('\n')}\nbefore:\n${
      before.filter((line) => !changed.includes(line)).join('\n')}`);
  });

/** The malformed forms of an operation's input, each a set of overrides for requestFor. */
function malformedInputs(operation, f) {
  const inputs = [];
  const ids = operation.parameters.filter((p) => (p.in === 'path' && p.name !== 'username') || p.name === 'unit');
  for (const [what, value] of [['a huge id', '9223372036854775807'], ['an id beyond 64 bits', '99999999999999999999'],
    ['a negative id', '-1']]) {
    if (ids.length) inputs.push([what, Object.fromEntries(ids.map((p) => [p.name, value]))]);
  }
  if (!operation.hasBody) return inputs;
  const sample = sampleBody(operation.key, f, ++counter);
  if (Buffer.isBuffer(sample)) {
    inputs.push(['bytes that are not the named type', { body: Buffer.from('MZ\x90\x00 not an image at all') }]);
    return inputs;
  }
  const mapped = (replace) => JSON.parse(JSON.stringify(sample), (key, value) => (key === '' || Array.isArray(value)
    || (value !== null && typeof value === 'object') ? value : replace(value)));
  const unchanged = JSON.stringify(sample);
  const variant = (what, body) => {
    if (body !== unchanged) inputs.push([what, { body }]); // a variant the sample has nothing to vary in is no test
  };
  inputs.push(['broken JSON', { body: '{"title": "Tin chưa đóng' }]);
  inputs.push(['an array instead of an object', { body: '[1, 2, 3]' }]);
  variant('wrong types', JSON.stringify(mapped((v) => (typeof v === 'number' ? 'một' : typeof v === 'string' ? { sai: [1] } : 'có'))));
  variant('oversized strings', JSON.stringify(mapped((v) => (typeof v === 'string' ? 'Dài quá. '.repeat(300_000) : v))));
  variant('control characters', JSON.stringify(mapped((v) => (typeof v === 'string' ? `Tin\u0000\u0007\u001b${v}` : v))));
  variant('huge numbers', JSON.stringify(mapped((v) => (typeof v === 'number' ? 9223372036854775807 : v))).replace(/9223372036854776000/g, '99999999999999999999999'));
  variant('negative numbers', JSON.stringify(mapped((v) => (typeof v === 'number' ? -1 : v))));
  return inputs;
}

test('every API operation answers malformed input with a 4xx and a message, and writes nothing',
  { timeout: 900_000 }, async () => {
    const before = databaseCounts();
    const failures = [];
    let calls = 0;
    for (const [role, username] of ROLES) {
      const token = username ? tokens[username] : undefined;
      for (const operation of operations) {
        for (const [what, overrides] of malformedInputs(operation, fixtures[OWN])) {
          const request = requestFor(operation, OWN, fixtures[OWN], overrides);
          const reply = await send(request, token);
          calls++;
          const problems = answerProblems(reply);
          if (reply.status < 400 || reply.status >= 500) problems.push('not a 4xx');
          if (reply.json === null || !reply.json.message) problems.push('no message');
          if (problems.length) failures.push(`${problems.join(', ')}: ${what} · ${describe(role, 'own unit', request, reply)}`);
        }
      }
    }
    console.log(`# the malformed-input walk: ${calls} calls`);
    assert.deepEqual(failures, [], `${failures.length} answers to malformed input were wrong:\n${failures.slice(0, 60).join('\n')}`);
    assert.deepEqual(databaseCounts(), before, 'no record was written by malformed input');
  });

after(async () => {
  // the walk deactivates and reactivates the own units' editors; leave them active whatever happened
  for (const username of ['bientap.vinhphuc', 'bientap.daotru']) {
    await api(OWN, `/api/v1/accounts/${username}/reactivate`, { method: 'POST', token: tokens?.vanhanh });
  }
});
