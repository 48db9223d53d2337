// A citizen as a machine client speaks to a portal: the question form (/hoi-dap/dat-cau-hoi), a survey's form
// (/khao-sat/{id}, /danh-gia) and a draft's comment form (/lay-y-kien/{slug}) sent as a browser with script sends them —
// the form's cookie and signed token, and the proof of work (ALTCHA, GET /xac-minh) solved as the widget solves it, so
// that a sending counts against the address's allowance with the challenge (5 a minute).
import { createHash } from 'node:crypto';
import { http } from './api.js';

const FORM = '/hoi-dap/dat-cau-hoi';
const CONSULTATION = '/lay-y-kien/';

/** The widget's answer to an ALTCHA challenge: the number whose SHA-256 after the salt is the challenge, signed back. */
export function solveChallenge({ algorithm, challenge, salt, signature, maxnumber }) {
  for (let number = 0; number <= maxnumber; number++) {
    if (createHash('sha256').update(`${salt}${number}`).digest('hex') === challenge) {
      return Buffer.from(JSON.stringify({ algorithm, challenge, number, salt, signature })).toString('base64');
    }
  }
  throw new Error(`no number up to ${maxnumber} solves the challenge`);
}

/**
 * Asks `host` a question through its public form, as a person (the identity ND Art. 9.2 asks; no e-mail, so no
 * receipt is mailed). Resolves with the tracking code and the status page's path (with its key); rejects with the
 * page's refusal when the question is not taken. `localAddress`: the loopback address it comes from (its allowance).
 */
export async function askQuestion(host, { subject, text = 'Xin hỏi thủ tục và thời hạn giải quyết của việc này?' },
  { localAddress } = {}) {
  const form = await http(host, FORM, { localAddress });
  if (form.status !== 200) throw new Error(`${host}${FORM} answered ${form.status}`);
  const cookie = [].concat(form.headers['set-cookie'] ?? []).map((c) => c.split(';')[0])
    .find((c) => c.startsWith('cong-form='));
  const token = form.text.match(/name="_form" value="([^"]+)"/)?.[1];
  if (!cookie || !token) throw new Error(`${host}${FORM} gave no form cookie or token`);
  const challenge = await http(host, '/xac-minh', { localAddress });
  if (challenge.status !== 200) throw new Error(`${host}/xac-minh answered ${challenge.status}`);
  const body = new URLSearchParams({
    _form: token, 'nguoi-hoi': 'ca-nhan', 'ho-ten': 'Trần Văn Bình', 'quoc-tich': 'Việt Nam',
    'so-giay-to': '026085004321', 'dia-chi': 'Thôn Đồng Giang, xã Đạo Trù', 'dien-thoai': '0987654321', email: '',
    'linh-vuc': '', 'tieu-de': subject, 'cau-hoi': text, altcha: solveChallenge(JSON.parse(challenge.text)),
  }).toString();
  const sent = await http(host, FORM, {
    method: 'POST', localAddress, body,
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded; charset=UTF-8', 'Content-Length': Buffer.byteLength(body),
      Cookie: cookie,
    },
  });
  const location = new URL(sent.headers.location ?? '', 'http://portal.invalid');
  const code = location.searchParams.get('ma');
  if (sent.status !== 303 || !code) {
    const refusal = sent.text.match(/id="form-refusal"[^>]*>([^<]*)</)?.[1];
    throw new Error(`${host} did not take the question: ${sent.status} ${refusal ?? sent.text.slice(0, 200)}`);
  }
  return { code, statusPath: `${location.pathname}${location.search}` };
}

/**
 * Answers a survey of `host` through its public form at `path` (`/khao-sat/{id}` or `/danh-gia`): `answers` maps a
 * question's key to an option's key, several for a multiple choice, or the words of a free text. Resolves with the
 * answer's status (303 when taken), where it leads and, when refused, the page's message and each question's message
 * ({ key: text }). `localAddress`: the loopback address it comes from — one answer per address and survey.
 */
export async function answerSurvey(host, path, answers, { localAddress } = {}) {
  const form = await http(host, path, { localAddress });
  if (form.status !== 200) throw new Error(`${host}${path} answered ${form.status}`);
  const cookie = [].concat(form.headers['set-cookie'] ?? []).map((c) => c.split(';')[0])
    .find((c) => c.startsWith('cong-form='));
  const token = form.text.match(/name="_form" value="([^"]+)"/)?.[1];
  if (!cookie || !token) throw new Error(`${host}${path} gave no form cookie or token`);
  const challenge = await http(host, '/xac-minh', { localAddress });
  if (challenge.status !== 200) throw new Error(`${host}/xac-minh answered ${challenge.status}`);
  const fields = new URLSearchParams({ _form: token, altcha: solveChallenge(JSON.parse(challenge.text)) });
  for (const [question, value] of Object.entries(answers)) {
    for (const each of [].concat(value)) fields.append(`q${question}`, String(each));
  }
  const body = fields.toString();
  const sent = await http(host, path, {
    method: 'POST', localAddress, body,
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded; charset=UTF-8', 'Content-Length': Buffer.byteLength(body),
      Cookie: cookie,
    },
  });
  const problems = Object.fromEntries([...sent.text.matchAll(/id="q(\d+)-error">([^<]*)</g)]
    .map(([, key, text]) => [key, text]));
  return {
    status: sent.status, location: sent.headers.location ?? null, problems,
    refusal: sent.text.match(/id="form-refusal"[^>]*>([^<]*)</)?.[1] ?? null,
  };
}

/**
 * Comments on the whole of a draft for comment of `host` (its address /lay-y-kien/{slug}, the period open) through the
 * public form, as a person with script sends it: the form's cookie and token, the solved challenge. No e-mail. Resolves
 * with whether the comment waits for a moderator (pre-moderation) and the page's path it went back to; rejects with the
 * page's refusal when the comment is not taken. `localAddress`: the loopback address it comes from (its allowance).
 */
export async function commentOnDraft(host, slug, { name = 'Nguyễn Thị Hoa', body = 'Đề nghị bổ sung thời hạn thực hiện.' } = {},
  { localAddress } = {}) {
  const path = `${CONSULTATION}${encodeURIComponent(slug)}?doan=toan-van`;
  const page = await http(host, path, { localAddress });
  if (page.status !== 200) throw new Error(`${host}${path} answered ${page.status}`);
  const cookie = [].concat(page.headers['set-cookie'] ?? []).map((c) => c.split(';')[0])
    .find((c) => c.startsWith('cong-form='));
  const token = page.text.match(/name="_form" value="([^"]+)"/)?.[1];
  if (!cookie || !token) throw new Error(`${host}${path} gave no form cookie or token`);
  const challenge = await http(host, '/xac-minh', { localAddress });
  if (challenge.status !== 200) throw new Error(`${host}/xac-minh answered ${challenge.status}`);
  const form = new URLSearchParams({
    _form: token, 'ho-ten': name, email: '', 'gop-y': body, altcha: solveChallenge(JSON.parse(challenge.text)),
  }).toString();
  const sent = await http(host, path, {
    method: 'POST', localAddress, body: form,
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded; charset=UTF-8', 'Content-Length': Buffer.byteLength(form),
      Cookie: cookie,
    },
  });
  const location = new URL(sent.headers.location ?? '', 'http://portal.invalid');
  if (sent.status !== 303 || location.searchParams.get('gui') !== '1') {
    const refusal = sent.text.match(/id="form-refusal"[^>]*>([^<]*)</)?.[1];
    throw new Error(`${host} did not take the comment: ${sent.status} ${refusal ?? sent.text.slice(0, 200)}`);
  }
  return { pending: location.searchParams.get('cho') === '1', path: `${location.pathname}${location.search}` };
}
