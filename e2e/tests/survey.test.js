// A citizen answers a survey of Đạo Trù (issue #12.4): the board makes it through the API (a multiple choice, a 1–5
// scale, a free text); in Chromium without JavaScript a missing answer is refused beside its question with every tick
// kept and nothing saved (422); with JavaScript the proof-of-work widget solves its challenge and the answer is taken;
// a second answer from the same address is refused (409) and saves nothing; another person answers from another
// address; the results page's bars (inline SVG) count each option once per answer that ticked it — never per
// combination — with their table and the scale's mean, and never show the words of the free text. The portal's rating
// is linked from every page's footer and its results show the demo's ratings.
//
// Allowances: the browser comes from 127.0.0.1, which the question test also uses — this test sends one form without
// the challenge (of three an hour) and two with it (of five a minute); the second person comes from 127.0.0.4.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { launchChromium } from '../support/back-office.js';
import { api, tokenFor } from '../support/api.js';
import { answerSurvey } from '../support/citizen.js';
import { rowCount } from '../support/database.js';

const PORT = process.env.CONG_BASE_PORT || '8080';
const HOST = 'daotru.tamdao.vinhphuc.localhost';
const DAOTRU = `http://${HOST}:${PORT}`;
const ANOTHER_PERSON = '127.0.0.4';
const TODAY = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
const IN_A_WEEK = new Date(Date.now() + 7 * 3600_000 + 7 * 86_400_000).toISOString().slice(0, 10);
const TITLE = `Giờ tiếp nhận hồ sơ ${Date.now()}`;
const REMARK = `Nên mở cửa cả trưa thứ Sáu ${Date.now()}`;

let browser;
let survey; // as the API answers it: id, questions with their keys and options' keys
let times; // the multiple choice: Sáng thứ Hai, Chiều thứ Sáu, Sáng thứ Bảy
let scale; // 1–5
let remark; // free text
let secretariat; // thuky.daotru's token (a second factor: one sign-in for the whole file)

before(async () => {
  browser = await launchChromium();
  secretariat = await tokenFor(HOST, 'thuky.daotru');
  const created = await api(HOST, '/api/v1/surveys', {
    method: 'POST', token: secretariat,
    body: {
      title: TITLE, intro: 'Xã muốn biết giờ nào thuận tiện cho người dân nộp hồ sơ.', opensOn: TODAY, closesOn: IN_A_WEEK,
      questions: [
        {
          kind: 'MULTIPLE_CHOICE', text: 'Ông/bà thường đến Bộ phận Một cửa vào buổi nào?', required: true,
          options: [{ text: 'Sáng thứ Hai' }, { text: 'Chiều thứ Sáu' }, { text: 'Sáng thứ Bảy' }],
        },
        {
          kind: 'SCALE', text: 'Ông/bà hài lòng với giờ làm việc hiện nay ở mức nào?', scaleFrom: 1, scaleTo: 5,
          scaleLabels: [{ text: 'Rất không hài lòng' }, { text: 'Không hài lòng' }, { text: 'Bình thường' },
            { text: 'Hài lòng' }, { text: 'Rất hài lòng' }],
        },
        { kind: 'FREE_TEXT', text: 'Ý kiến khác', required: false },
      ],
    },
  });
  assert.equal(created.status, 201, created.text);
  survey = created.json;
  [times, scale, remark] = survey.questions;
  assert.deepEqual(times.options.map((o) => o.text), ['Sáng thứ Hai', 'Chiều thứ Sáu', 'Sáng thứ Bảy']);
  assert.deepEqual(scale.options.map((o) => o.value), [1, 2, 3, 4, 5]);
});

after(async () => {
  await browser?.close();
});

const box = (question, option) => `#q${question.key}-${question.options[option].key}`;

/** The status of the next answer to a POST of the survey's form (the page itself shows no status). */
function statusOfNextPost(page) {
  return page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === `/khao-sat/${survey.id}`)
    .then((r) => r.status());
}

test('without JavaScript a missing answer is refused beside its question, the ticks kept, nothing saved', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false, locale: 'vi-VN' });
  const page = await context.newPage();
  await page.goto(`${DAOTRU}/khao-sat`);
  await page.click(`li[data-survey="${survey.id}"] a.survey-link`);
  assert.equal(new URL(page.url()).pathname, `/khao-sat/${survey.id}`);
  assert.equal((await page.locator('#survey-title').innerText()).trim(), TITLE);
  const before = rowCount('survey_response');
  await page.check(box(times, 0));
  await page.check(box(times, 2));
  await page.$eval('#survey-form', (form) => { form.noValidate = true; });
  const status = statusOfNextPost(page);
  await page.click('#survey-form button[type="submit"]');
  assert.equal(await status, 422);
  assert.match(await page.locator('#form-refusal').innerText(), /Chưa có gì được gửi đi/);
  assert.equal((await page.locator(`#q${scale.key}-error`).innerText()).trim(), 'Hãy trả lời câu hỏi này.');
  assert.equal(await page.locator(`#cau-${scale.key}`).getAttribute('class'), 'question invalid');
  assert.ok(await page.isChecked(box(times, 0)), 'what was ticked is kept');
  assert.ok(await page.isChecked(box(times, 2)));
  assert.ok(!(await page.isChecked(box(times, 1))));
  assert.equal(rowCount('survey_response'), before, 'nothing saved');
  await context.close();
});

test('a citizen answers in Chromium, a second answer from the same address is refused, the results count per option',
  { timeout: 120_000 }, async () => {
    const context = await browser.newContext({ locale: 'vi-VN' });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy|Refused|worker/i.test(message.text())) errors.push(message.text());
    });

    // the first answer: Sáng thứ Hai and Chiều thứ Sáu, a 4, a remark
    const before = rowCount('survey_response');
    await page.goto(`${DAOTRU}/khao-sat/${survey.id}`);
    await page.check(box(times, 0));
    await page.check(box(times, 1));
    await page.check(box(scale, 3));
    await page.fill(`#q${remark.key}`, REMARK);
    await page.waitForFunction(() => document.querySelector('input[name="altcha"]')?.value, null, { timeout: 20000 });
    await Promise.all([page.waitForURL(new RegExp(`/khao-sat/${survey.id}/ket-qua\\?da-gui=1$`)),
      page.click('#survey-form button[type="submit"]')]);
    assert.match(await page.locator('#survey-thanks').innerText(), /Cảm ơn ông\/bà đã trả lời/);
    assert.equal(rowCount('survey_response'), before + 1);

    // the same address again: refused with its reason, nothing saved
    await page.goto(`${DAOTRU}/khao-sat/${survey.id}`);
    await page.check(box(times, 2));
    await page.check(box(scale, 0));
    await page.waitForFunction(() => document.querySelector('input[name="altcha"]')?.value, null, { timeout: 20000 });
    const status = statusOfNextPost(page);
    await page.click('#survey-form button[type="submit"]');
    assert.equal(await status, 409);
    assert.match(await page.locator('#form-refusal').innerText(), /mỗi địa chỉ mạng chỉ gửi được một phiếu/);
    assert.equal(new URL(page.url()).pathname, `/khao-sat/${survey.id}`, 'the form stays');
    assert.ok(await page.isChecked(box(times, 2)), 'what was ticked is kept');
    assert.equal(rowCount('survey_response'), before + 1, 'the second answer saved nothing');

    // another person, from another address: Sáng thứ Hai and Sáng thứ Bảy, a 5
    const other = await answerSurvey(HOST, `/khao-sat/${survey.id}`, {
      [times.key]: [times.options[0].key, times.options[2].key], [scale.key]: scale.options[4].key,
    }, { localAddress: ANOTHER_PERSON });
    assert.equal(other.status, 303, other.refusal ?? '');
    assert.equal(other.location, `/khao-sat/${survey.id}/ket-qua?da-gui=1`);

    // the results: two answers; Sáng thứ Hai 2, Chiều thứ Sáu 1, Sáng thứ Bảy 1 — not "{Hai, Sáu}: 1, {Hai, Bảy}: 1"
    await page.goto(`${DAOTRU}/khao-sat/${survey.id}/ket-qua`);
    assert.equal((await page.locator('#survey-total').innerText()).trim(), '2');
    const bars = await page.$$eval(`#ket-qua-${times.key} svg g.bar`, (groups) => groups.map((g) => ({
      option: g.getAttribute('data-option'), count: g.getAttribute('data-count'),
      width: g.querySelector('rect.bar-fill').getAttribute('width'), words: g.querySelector('text.bar-label').textContent,
    })));
    assert.deepEqual(bars.map(({ option, count }) => [option, count]),
      [['Sáng thứ Hai', '2'], ['Chiều thứ Sáu', '1'], ['Sáng thứ Bảy', '1']]);
    assert.deepEqual(bars.map((b) => b.width), ['100.00%', '50.00%', '50.00%'], 'shares of the two answers');
    assert.deepEqual(bars.map((b) => b.words), bars.map((b) => b.option), 'each bar is labelled with its option');
    const table = await page.$$eval(`#ket-qua-${times.key} table.survey-table tbody tr`, (rows) => rows.map((r) => [
      r.querySelector('th').textContent.trim(), r.querySelector('td.count').textContent.trim()]));
    assert.deepEqual(table, [['Sáng thứ Hai', '2'], ['Chiều thứ Sáu', '1'], ['Sáng thứ Bảy', '1']], 'the table agrees');
    const points = await page.$$eval(`#ket-qua-${scale.key} svg g.bar`, (groups) => groups.map((g) => g.getAttribute('data-count')));
    assert.deepEqual(points, ['0', '0', '0', '1', '1']);
    assert.equal(await page.locator(`#ket-qua-${scale.key} .survey-mean`).getAttribute('data-mean'), '4.5');
    assert.equal(await page.locator(`#ket-qua-${scale.key} svg[aria-hidden="true"]`).count(), 1,
      'screen readers read the table, not the drawing');
    const body = await page.locator('main').innerText();
    assert.ok(!body.includes(REMARK), 'the free text is never published');
    assert.match(await page.locator(`#ket-qua-${remark.key}`).innerText(), /không được công khai/);
    assert.equal(await page.locator('script').count(), 0, 'the results page carries no script: the bars are drawn');

    // the board reads the free text through the API; the public statistics have none of it
    const words = await api(HOST, `/api/v1/surveys/${survey.id}/free-text?question=${remark.key}`, { token: secretariat });
    assert.equal(words.status, 200, words.text);
    assert.deepEqual(words.json.rows.map((r) => r.text), [REMARK]);
    const statistics = await api(HOST, `/api/v1/surveys/${survey.id}/statistics`);
    assert.equal(statistics.status, 200);
    assert.deepEqual(statistics.json.questions[0].options.map((o) => o.count), [2, 1, 1]);
    assert.ok(!statistics.text.includes(REMARK));
    assert.ok(statistics.json.questions[2].textAnswers == null, 'not even how many');
    const editor = await tokenFor(HOST, 'bientap.daotru');
    const refused = await api(HOST, `/api/v1/surveys/${survey.id}/free-text?question=${remark.key}`, { token: editor });
    assert.equal(refused.status, 403, 'an editor reads no free text');

    // answered: the board may no longer change its questions, and is told why
    const frozen = await api(HOST, `/api/v1/surveys/${survey.id}`, {
      method: 'PUT', token: secretariat, body: { title: `${TITLE} (sửa)`, questions: [] },
    });
    assert.equal(frozen.status, 409, frozen.text);
    assert.match(frozen.json.message, /đã có người trả lời/);
    assert.deepEqual(errors, [], 'no script error, nothing refused by the content security policy');
    await context.close();
  });

test('every page links to the portal rating, whose results chart the four criteria', async () => {
  const context = await browser.newContext({ locale: 'vi-VN' });
  const page = await context.newPage();
  await page.goto(`${DAOTRU}/`);
  await page.click('#footer-rating');
  assert.equal(new URL(page.url()).pathname, '/danh-gia');
  assert.equal(await page.locator('#survey-form fieldset.question').count(), 4, 'interface, content, quality, support');
  await page.click('#results-link');
  assert.equal(new URL(page.url()).pathname, '/danh-gia/ket-qua');
  const total = Number((await page.locator('#survey-total').innerText()).trim());
  assert.ok(total >= 18, `the demo's 18 ratings at least: ${total}`);
  for (const question of await page.locator('.survey-result[data-kind="SCALE"]').all()) {
    const counts = await question.locator('svg g.bar').evaluateAll((groups) => groups.map((g) => Number(g.getAttribute('data-count'))));
    assert.equal(counts.length, 5);
    assert.equal(counts.reduce((a, b) => a + b, 0), total, 'every rating counted once per criterion');
  }
  await page.goto(`${DAOTRU}/`);
  assert.equal(await page.locator('#footer-surveys').getAttribute('href'), '/khao-sat');
  await context.close();
});
