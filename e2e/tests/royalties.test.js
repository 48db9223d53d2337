// Royalties (nhuận bút) in a real browser: the head of Xã Đạo Trù's board sets the base value and a coefficient,
// an editor's article is published with an outside photographer added by the secretariat, the secretariat submits
// the month's sheet, the head approves it (which locks it), and the XLSX the head downloads is opened here with
// exceljs and checked: the unit and month in the title, the photographer's row, totals that add up, the approver.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { logIn as signedIn, tokenRequest, launchChromium } from '../support/back-office.js';

const PORT = process.env.CONG_BASE_PORT || '8080';
const DAOTRU = `http://daotru.tamdao.vinhphuc.localhost:${PORT}`;
const RUN = Date.now() % 100000;
const TITLE = `Đạo Trù khai trương chợ phiên vùng cao — số ${RUN}`;
const PHOTOGRAPHER = `Lò Văn Ảnh ${RUN}`;
const BASE_VALUE = 250000;
const PHOTO_COEFFICIENT = 0.75;
const PHOTO_AMOUNT = PHOTO_COEFFICIENT * BASE_VALUE; // 187 500 đồng

let browser;

before(async () => {
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
});

const logIn = (host, username) => signedIn(browser, host, username, { acceptDownloads: true });

/** The API from inside a page of the portal (Chromium resolves *.localhost; Node does not). */
async function api(page, method, path, token, body) {
  return page.evaluate(async ({ method, path, token, body }) => {
    const headers = { 'Content-Type': 'application/json' };
    if (token) headers.Authorization = `Bearer ${token}`;
    const response = await fetch(path, { method, headers, body: body ? JSON.stringify(body) : undefined });
    return { status: response.status, json: await response.json().catch(() => null) };
  }, { method, path, token, body });
}

async function token(page, username) {
  const reply = await api(page, 'POST', '/api/v1/auth/token', null, await tokenRequest(username));
  assert.equal(reply.status, 200, JSON.stringify(reply.json));
  return reply.json.token;
}

async function transition(page, tokenValue, id, action) {
  const reply = await api(page, 'POST', `/api/v1/items/${id}/transitions`, tokenValue, { action });
  assert.equal(reply.status, 200, `${action}: ${JSON.stringify(reply.json)}`);
}

/** Clicks a button that posts the form and waits for the page it leads to. */
async function submit(page, selector) {
  await Promise.all([page.waitForNavigation(), page.click(selector)]);
}

function text(cell) {
  const value = cell.value;
  return value && typeof value === 'object' && value.richText ? value.richText.map((r) => r.text).join('') : String(value ?? '');
}

test('a rate set by the head pays a published item, and the approved month is locked and exported', async () => {
  const head = await logIn(DAOTRU, 'truongban.daotru');
  await head.page.goto(`${DAOTRU}/admin/royalty-rates.xhtml`);
  await head.page.fill('#base-amount', '250.000');
  await submit(head.page, '#set-base');
  await head.page.selectOption('#rate-type', 'ARTICLE');
  await head.page.selectOption('#rate-kind', 'PHOTOS');
  await head.page.fill('#rate-coefficient', '0,75');
  await submit(head.page, '#set-rate');
  assert.match(await head.page.textContent('#rate-ARTICLE-PHOTOS'), /0\.75\s*\(187\.500 đ\)/);
  assert.match(await head.page.textContent('#base-today'), /250\.000/);

  const editor = await logIn(DAOTRU, 'bientap.daotru');
  await editor.page.goto(`${DAOTRU}/admin/item-edit.xhtml`);
  await editor.page.fill('#title', TITLE);
  await editor.page.fill('#summary', 'Chợ phiên họp vào sáng chủ nhật hằng tuần tại trung tâm xã.');
  await editor.page.locator('.ql-editor').fill('Sáng nay, xã Đạo Trù khai trương chợ phiên vùng cao với hơn 60 gian hàng.');
  await editor.page.fill('#source', 'UBND xã Đạo Trù');
  await editor.page.fill('#author', 'Nguyễn Thu Hà');
  await editor.page.click('#submit');
  await editor.page.getByText(TITLE).first().waitFor();
  await editor.context.close();

  const secretariat = await logIn(DAOTRU, 'thuky.daotru');
  const secretary = await token(secretariat.page, 'thuky.daotru');
  const submitted = await api(secretariat.page, 'GET', '/api/v1/items?state=SUBMITTED', secretary);
  const item = submitted.json.find((i) => i.title === TITLE);
  assert.ok(item, 'the editor\'s article waits for the secretariat');
  await transition(secretariat.page, secretary, item.id, 'TAKE');

  await secretariat.page.goto(`${DAOTRU}/admin/item-contributors.xhtml?id=${item.id}`);
  assert.match(await secretariat.page.textContent('#contributors'), /Nguyễn Thu Hà/, 'the author is credited by default');
  await secretariat.page.selectOption('#new-kind', 'PHOTOS');
  await secretariat.page.selectOption('#new-person', 'N');
  await secretariat.page.fill('#new-name', PHOTOGRAPHER);
  await submit(secretariat.page, '#add-contributor');
  await submit(secretariat.page, '#save-contributors');
  assert.match(await secretariat.page.textContent('#contributors'), new RegExp(PHOTOGRAPHER));
  assert.match(await secretariat.page.textContent('#contributors-status'), /đã được xác định/);

  await transition(secretariat.page, secretary, item.id, 'APPROVE');
  await transition(secretariat.page, secretary, item.id, 'PUBLISH');

  await secretariat.page.goto(`${DAOTRU}/admin/royalties.xhtml`);
  const photographerRow = secretariat.page.locator('tr.person-row', { hasText: PHOTOGRAPHER });
  assert.match(await photographerRow.locator('td.person-total').textContent(), /187\.500/);
  await secretariat.page.locator('#totals-chart canvas').waitFor();
  await submit(secretariat.page, '#submit-sheet');
  assert.match(await secretariat.page.textContent('#sheet-state'), /Chờ Trưởng ban duyệt/);
  assert.equal(await secretariat.page.locator('#approve-sheet').count(), 0, 'the submitter is not offered approval');
  await secretariat.context.close();

  await head.page.goto(`${DAOTRU}/admin/royalties.xhtml`);
  await submit(head.page, '#approve-sheet');
  assert.match(await head.page.textContent('#sheet-state'), /Đã duyệt, đã khóa/);
  assert.match(await head.page.textContent('#approved-by'), /Phạm Văn Hùng/);
  const pageTotal = (await head.page.textContent('#sheet-total')).replace(/\D/g, '');

  const [download] = await Promise.all([head.page.waitForEvent('download'), head.page.click('#download-xlsx')]);
  assert.match(download.suggestedFilename(), /\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  const sheet = workbook.worksheets[0];
  const month = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: 'numeric' })
    .formatToParts(new Date()).reduce((parts, p) => ({ ...parts, [p.type]: p.value }), {});
  assert.equal(text(sheet.getCell('A2')), `Tháng ${Number(month.month)} năm ${month.year} — Xã Đạo Trù`);
  assert.equal(text(sheet.getCell('B4')), 'Họ và tên');
  assert.equal(text(sheet.getCell('E4')), 'Ảnh');

  let photographer;
  let totals;
  let sumOfPeople = 0;
  sheet.eachRow((row, number) => {
    if (number <= 4) return;
    const name = text(row.getCell(2));
    if (name === 'Tổng cộng') totals = row;
    else if (!totals && name) {
      sumOfPeople += Number(row.getCell(9).value);
      if (name === PHOTOGRAPHER) photographer = row;
    }
  });
  assert.ok(photographer, 'the outside photographer has a row');
  assert.equal(Number(photographer.getCell(5).value), PHOTO_AMOUNT);
  assert.equal(Number(photographer.getCell(9).value), PHOTO_AMOUNT);
  assert.ok(totals, 'there is a totals row');
  assert.equal(Number(totals.getCell(9).value), sumOfPeople);
  assert.equal(String(Number(totals.getCell(9).value)), pageTotal, 'the workbook says what the page says');
  const footer = [];
  sheet.eachRow((row) => footer.push(text(row.getCell(1))));
  assert.ok(footer.includes('Trạng thái: Đã duyệt, đã khóa'), footer.join(' | '));
  assert.ok(footer.some((line) => line.startsWith('Người duyệt (Trưởng Ban Biên tập): Phạm Văn Hùng')), footer.join(' | '));

  await head.page.reload();
  assert.match(await head.page.textContent('#sheet-state'), /Đã duyệt, đã khóa/);
  assert.equal(await head.page.locator('#approve-sheet').count(), 0);
  await head.context.close();
});
