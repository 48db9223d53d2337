// The compliance dashboard in a real browser (REQUIREMENTS §4): the DIC administrator of Vĩnh Phúc signs in with the
// demo second factor, sees on the subtree dashboard that Xã Đạo Trù is late — the legal document signed ten working
// days ago and not yet published (Vĩnh Phúc: 7 working days after signing) — with the chart, drills down to the
// commune and finds the document listed first, overdue, with its due date in words. The commune's editor sees only
// the commune; the document search of the commune finds its published documents without diacritics.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { choose, logIn, launchChromium } from '../support/back-office.js';

const PORT = process.env.CONG_BASE_PORT || '8080';
const VINHPHUC = `http://vinhphuc.localhost:${PORT}`;
const DAOTRU = `http://daotru.tamdao.vinhphuc.localhost:${PORT}`;
const OVERDUE = 'Quyết định ban hành Quy chế quản lý nghĩa trang nhân dân xã Đạo Trù';

let browser;
let provinceId;

before(async () => {
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
});

test("a DIC administrator sees a commune's overdue legal document on the subtree dashboard and drills down to it", async () => {
  const dic = await logIn(browser, VINHPHUC, 'qtri.sotttt');
  const page = dic.page;
  await page.click('nav.adm-menu a[href$="/admin/compliance.xhtml"]');
  await page.waitForURL(/\/admin\/compliance\.xhtml/);

  const late = page.locator('#late-units li', { hasText: 'Xã Đạo Trù' });
  await late.waitFor();
  assert.match(await late.textContent(), new RegExp(OVERDUE), 'the late unit is named with what is late');
  assert.equal(await page.locator('#chart canvas').count(), 1, 'the chart is drawn');
  provinceId = await page.locator('#subtree-table tbody tr').first().getAttribute('data-unit');
  const row = page.locator('#subtree-table tr', { hasText: 'Xã Đạo Trù' });
  assert.notEqual(await row.locator('td.adm-late').count(), 0, 'the overdue count is marked in the table');

  await Promise.all([page.waitForURL(/compliance\.xhtml\?unit=\d+/), late.locator('a.late-unit').click()]);
  assert.equal((await page.locator('#unit-name').textContent()).trim(), 'Xã Đạo Trù');
  assert.match(await page.locator('#obligations tbody tr').first().textContent(), /Quá hạn/, 'overdue first');
  const overdue = page.locator('#obligations tbody tr', { hasText: OVERDUE });
  assert.match(await overdue.textContent(), /Quá hạn \d+ ngày làm việc/, 'the due date in words');
  assert.match(await overdue.textContent(), /Trong 7 ngày làm việc kể từ ngày ký/, 'the rule in words');
  await dic.context.close();
});

test('a commune editor sees the commune only, and may not drill into another unit', async () => {
  const editor = await logIn(browser, DAOTRU, 'bientap.daotru');
  await editor.page.goto(`${DAOTRU}/admin/compliance.xhtml`);
  assert.equal(await editor.page.locator('#subtree').count(), 0);
  assert.match(await editor.page.locator('#obligations').textContent(), new RegExp(OVERDUE));
  assert.ok(provinceId, 'the province id was read from the subtree table');
  const other = await editor.page.goto(`${DAOTRU}/admin/compliance.xhtml?unit=${provinceId}`);
  assert.equal(other.status(), 403);
  await editor.context.close();
});

test('citizens search the commune documents without diacritics, and the result is a shareable address', async () => {
  const context = await browser.newContext({ locale: 'vi-VN' });
  const page = await context.newPage();
  await page.goto(`${DAOTRU}/van-ban`);
  await page.fill('#q', 'quy che lam viec');
  await Promise.all([page.waitForURL(/\/van-ban\?/), page.click('.document-search button[type=submit]')]);
  assert.match(page.url(), /q=quy\+che\+lam\+viec/);
  assert.match(await page.locator('#result-count').textContent(), /Tìm thấy 1 văn bản/);
  await Promise.all([page.waitForURL(/\/bai-viet\//), page.locator('#documents a').first().click()]);
  assert.equal(await page.locator('#item-fields dd[data-field="so-ky-hieu"]').textContent().then((t) => t.trim()),
    '12/2026/QĐ-UBND');
  assert.equal((await page.locator('#legal-status').textContent()).trim(), 'Còn hiệu lực');
  await context.close();
});

test("an editor enters a legal document's structured fields: a refused field saves nothing, then the obligation appears", async () => {
  const editor = await logIn(browser, DAOTRU, 'bientap.daotru');
  const page = editor.page;
  const title = `Quyết định thử trường cấu trúc ${Date.now() % 100000}`;
  await page.goto(`${DAOTRU}/admin/item-edit.xhtml`);
  await choose(page, 'category', 'Văn bản quy phạm pháp luật');
  const number = page.locator('[data-field="so-ky-hieu"]');
  await number.waitFor();
  await page.fill('#title', title);
  await page.locator('#body .ql-editor').fill('Toàn văn quyết định.');
  await page.selectOption('[data-field="hinh-thuc"]', 'quyet-dinh');
  await number.fill('30/2026/QĐ-UBND');
  await page.fill('[data-field="co-quan-ban-hanh"]', 'UBND xã Đạo Trù');
  await page.fill('[data-field="ngay-ky"]', '2026-03-10');
  await page.fill('[data-field="ngay-ban-hanh"]', '2026-03-09');
  await page.fill('[data-field="trich-yeu"]', title);
  await page.click('#save');
  await page.locator('.ui-messages-error').first().waitFor();
  assert.match(await page.locator('#messages').textContent(), /"Ngày ban hành" không được trước "Ngày ký"/);
  assert.match(page.url(), /item-edit\.xhtml/, 'still on the editor: nothing saved');

  await page.fill('[data-field="ngay-ban-hanh"]', '2026-03-10');
  await Promise.all([page.waitForURL(/item-view\.xhtml\?id=\d+/), page.click('#save')]);
  await page.goto(`${DAOTRU}/admin/compliance.xhtml`);
  const row = page.locator('#obligations tbody tr', { hasText: title });
  await row.waitFor();
  assert.match(await row.textContent(), /Quá hạn/, 'signed in March, not published: overdue');
  await editor.context.close();
});
