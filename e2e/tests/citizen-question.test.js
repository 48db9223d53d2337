// A citizen asks Đạo Trù a question (issue #12): in Chromium with scripts (the proof-of-work widget solves its
// challenge while the person types) and without them (the plain form still works); the receipt shows the tracking
// code and the status link, the status page says "received", the e-mail's link opens the same page, the outbox keeps
// the address sealed, and a wrong field is answered in Vietnamese beside it with everything typed kept.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { launchChromium } from '../support/back-office.js';
import { outboxLinkMentioning, outboxRecipients, rowCount } from '../support/database.js';

const PORT = process.env.CONG_BASE_PORT || '8080';
const DAOTRU = `http://daotru.tamdao.vinhphuc.localhost:${PORT}`;

let browser;

before(async () => {
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
});

async function fillQuestion(page, subject, email) {
  await page.check('input[name="nguoi-hoi"][value="ca-nhan"]');
  await page.fill('#ho-ten', 'Trần Văn Bình');
  await page.fill('#so-giay-to', '026085004321');
  await page.fill('#dia-chi', 'Thôn Đồng Giang, xã Đạo Trù');
  await page.fill('#dien-thoai', '0987 654 321');
  if (email) await page.fill('#email', email);
  await page.fill('#tieu-de', subject);
  await page.fill('#cau-hoi', 'Xin hỏi lịch tiếp công dân của Ủy ban nhân dân xã trong tháng này?');
}

test('a citizen asks from the Q&A page, the widget solves its challenge, and the receipt, status and e-mail agree', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy|Refused|worker/i.test(message.text())) errors.push(message.text());
  });
  page.on('requestfailed', (request) => errors.push(`${request.url()}: ${request.failure()?.errorText}`));

  await page.goto(`${DAOTRU}/chuyen-muc/hoi-dap`);
  await page.click('#question-actions a.button');
  assert.match(page.url(), /\/hoi-dap\/dat-cau-hoi$/);
  const subject = `Lịch tiếp công dân ${Date.now()}`;
  const email = `binh.${Date.now()}@example.vn`;
  await fillQuestion(page, subject, email);
  await page.waitForFunction(() => document.querySelector('input[name="altcha"]')?.value, null, { timeout: 20000 });
  await Promise.all([page.waitForURL(/\/hoi-dap\/tra-cuu\?ma=PAKN\.\d{8}\.\d{4}&khoa=/), page.click('button[type="submit"]')]);

  const receipt = await page.locator('#receipt').innerText();
  const code = (await page.locator('#status-code').innerText()).trim();
  assert.match(code, /^PAKN\.\d{8}\.\d{4}$/);
  assert.ok(receipt.includes(code), receipt);
  assert.equal((await page.locator('#status-state').innerText()).trim(), 'Đã tiếp nhận');
  const body = await page.locator('main').innerText();
  for (const secret of ['026085004321', '0987 654 321', 'Đồng Giang', email]) {
    assert.ok(!body.includes(secret), `the status page shows no identity: ${secret}`);
  }
  const statusLink = await page.locator('#status-link').getAttribute('href');

  const mailed = outboxLinkMentioning(code);
  assert.ok(mailed, 'the receipt is queued for the e-mail address given');
  assert.equal(new URL(mailed).pathname + new URL(mailed).search, new URL(statusLink).pathname + new URL(statusLink).search);
  const fresh = await context.newPage();
  await fresh.goto(`${DAOTRU}${new URL(mailed).pathname}${new URL(mailed).search}`);
  assert.equal((await fresh.locator('#status-code').innerText()).trim(), code);
  assert.equal(await fresh.locator('#receipt').count(), 0, 'the receipt words only right after sending');
  for (const stored of outboxRecipients(code)) {
    assert.match(stored, /^v1:/, 'the outbox keeps the address sealed');
    assert.ok(!stored.includes(email));
  }
  assert.deepEqual(errors, [], 'no script error, nothing refused by the content security policy');
  await context.close();
});

test('without JavaScript the form still sends, and a wrong field is answered beside it in Vietnamese', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${DAOTRU}/hoi-dap/dat-cau-hoi`);
  const before = rowCount('question');
  await fillQuestion(page, 'Hỏi không dùng JavaScript', null);
  await page.fill('#dien-thoai', 'không có số');
  await page.fill('#so-giay-to', '');
  await page.$eval('#question-form', (form) => { form.noValidate = true; });
  await page.click('button[type="submit"]');
  assert.match(await page.locator('#form-refusal').innerText(), /Chưa có gì được gửi đi/);
  assert.match(await page.locator('#dien-thoai-error').innerText(), /Số điện thoại không đúng/);
  assert.match(await page.locator('#so-giay-to-error').innerText(), /Hãy ghi số căn cước/);
  assert.equal(await page.inputValue('#tieu-de'), 'Hỏi không dùng JavaScript', 'what was typed is kept');
  assert.equal(await page.inputValue('#cau-hoi'), 'Xin hỏi lịch tiếp công dân của Ủy ban nhân dân xã trong tháng này?');
  assert.equal(rowCount('question'), before, 'nothing saved');

  await page.fill('#dien-thoai', '0987654321');
  await page.fill('#so-giay-to', '026085004321');
  await page.click('button[type="submit"]');
  await page.waitForURL(/\/hoi-dap\/tra-cuu\?ma=PAKN/);
  const code = (await page.locator('#status-code').innerText()).trim();
  assert.equal(rowCount('question'), before + 1);

  await page.goto(`${DAOTRU}/hoi-dap/tra-cuu`);
  await page.fill('#ma', code.toLowerCase());
  await page.fill('#dien-thoai', '+84 987 654 321');
  await page.click('#status-form button[type="submit"]');
  assert.equal((await page.locator('#status-code').innerText()).trim(), code, 'found by its code and the phone given');
  await context.close();
});
