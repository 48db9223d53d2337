// A consultation on a draft in Chromium (issue #12.8): Đạo Trù's secretariat opens one for a draft with a period that
// starts tomorrow — citizens see it not open yet, without a form —; the opening day is moved to today and it opens;
// a citizen comments on a paragraph; an abusive comment on the whole draft is hidden once three people (three
// loopback addresses) have reported it, and the secretariat rejects it; the period is moved into the past and the
// consultation closes; the secretariat answers the paragraph comment and downloads the synthesis, opened here with
// exceljs and checked; the head publishes the outcome, which citizens then read.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { launchChromium, logIn } from '../support/back-office.js';
import { api, http, tokenFor } from '../support/api.js';
import { commentOnDraft } from '../support/citizen.js';

const PORT = process.env.CONG_BASE_PORT || '8080';
const HOST = 'daotru.tamdao.vinhphuc.localhost';
const DAOTRU = `http://${HOST}:${PORT}`;
const RUN = Date.now() % 100000;
const TITLE = `Dự thảo Quy chế quản lý chợ phiên Đạo Trù số ${RUN}`;
const ABUSE = `Nội dung xúc phạm ${RUN}`;

let browser;

before(async () => {
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
});

/** Vietnam's calendar day, `days` from today, as a date input takes it. */
function vietnamDay(days = 0) {
  return new Date(Date.now() + 7 * 3600e3 + days * 86400e3).toISOString().slice(0, 10);
}

async function submit(page, selector) {
  await Promise.all([page.waitForNavigation(), page.click(selector)]);
}

/** A draft for comment written by the editor and published through the board, by the API. */
async function publishedDraft() {
  const editor = await tokenFor(HOST, 'bientap.daotru');
  const secretary = await tokenFor(HOST, 'thuky.daotru');
  const drafts = await api(HOST, '/api/v1/consultations/drafts', { token: secretary });
  assert.equal(drafts.status, 200, drafts.text);
  const category = drafts.json.categories[0].id;
  const created = await api(HOST, '/api/v1/items', {
    method: 'POST', token: editor, body: {
      categoryId: category, title: TITLE, summary: 'Ủy ban nhân dân xã lấy ý kiến nhân dân.',
      body: '<p>Điều 1. Chợ phiên họp vào ngày 1 và ngày 15 âm lịch hằng tháng.</p>'
        + '<p>Điều 2. Người bán hàng giữ vệ sinh khu vực bán hàng và nộp phí theo quy định.</p>',
      source: 'UBND xã Đạo Trù', authorName: 'Văn phòng UBND xã',
    },
  });
  assert.equal(created.status, 201, created.text);
  const id = created.json.id;
  for (const [token, action] of [[editor, 'SUBMIT'], [secretary, 'TAKE'], [secretary, 'APPROVE'], [secretary, 'PUBLISH']]) {
    const moved = await api(HOST, `/api/v1/items/${id}/transitions`, { method: 'POST', token, body: { action } });
    assert.equal(moved.status, 200, `${action}: ${moved.text}`);
  }
  return { id, slug: created.json.slug, secretary };
}

/** Reports a comment as a person at `localAddress` does: the page's form token, then the report button's post. */
async function report(slug, commentId, localAddress) {
  const path = `/lay-y-kien/${slug}?doan=toan-van`;
  const page = await http(HOST, path, { localAddress });
  const cookie = [].concat(page.headers['set-cookie'] ?? []).map((c) => c.split(';')[0]).find((c) => c.startsWith('cong-form='));
  const token = page.text.match(/name="_form" value="([^"]+)"/)?.[1];
  const body = new URLSearchParams({ _form: token, 'bao-cao': String(commentId) }).toString();
  const sent = await http(HOST, path, {
    method: 'POST', localAddress, body,
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Content-Length': Buffer.byteLength(body), Cookie: cookie },
  });
  assert.equal(sent.status, 200, sent.text.slice(0, 300));
}

async function setTerms(page, opensOn, days) {
  await page.fill('#terms-opens', opensOn);
  await page.fill('#terms-days', String(days));
  await submit(page, '#terms-submit');
}

function text(cell) {
  const value = cell.value;
  return value && typeof value === 'object' && value.richText ? value.richText.map((r) => r.text).join('') : String(value ?? '');
}

test('a consultation opens at its date, takes a paragraph comment, hides a reported one, closes and publishes its synthesis', async () => {
  const draft = await publishedDraft();
  const board = await logIn(browser, DAOTRU, 'thuky.daotru', { acceptDownloads: true });
  await board.page.goto(`${DAOTRU}/admin/consultations.xhtml`);
  const option = board.page.locator('#open-item option', { hasText: TITLE });
  await board.page.selectOption('#open-item', await option.getAttribute('value'));
  await board.page.fill('#terms-opens', vietnamDay(1));
  await board.page.fill('#terms-days', '7');
  await board.page.fill('#terms-unit', 'Ủy ban nhân dân xã Đạo Trù');
  await board.page.fill('#terms-address', 'Thôn Đồng Giang, xã Đạo Trù');
  await board.page.fill('#terms-email', 'ubnd.daotru@vinhphuc.gov.vn');
  await board.page.selectOption('#terms-moderation', 'POST');
  await board.page.fill('#terms-threshold', '3');
  await submit(board.page, '#open-submit');
  const consultationId = new URL(board.page.url()).searchParams.get('id');
  assert.ok(consultationId, board.page.url());
  assert.equal(await board.page.locator('#consultation-status').getAttribute('data-status'), 'NOT_OPEN');

  const citizen = await browser.newContext({ locale: 'vi-VN' });
  const reader = await citizen.newPage();
  await reader.goto(`${DAOTRU}/bai-viet/${draft.slug}`);
  await Promise.all([reader.waitForURL(/\/lay-y-kien\//), reader.click('#consultation-link')]);
  assert.equal(await reader.locator('#consultation-status').getAttribute('data-status'), 'NOT_OPEN');
  assert.equal(await reader.locator('#comment-form').count(), 0, 'no form before the period opens');

  await setTerms(board.page, vietnamDay(0), 7);
  assert.equal(await board.page.locator('#consultation-status').getAttribute('data-status'), 'OPEN');

  await reader.goto(`${DAOTRU}/lay-y-kien/${draft.slug}?doan=2`);
  assert.equal(await reader.locator('#consultation-status').getAttribute('data-status'), 'OPEN');
  assert.match(await reader.locator('#chosen-paragraph').innerText(), /Điều 2\. Người bán hàng/);
  await reader.fill('#ho-ten', 'Trần Văn Bình');
  await reader.fill('#gop-y-text', 'Đề nghị quy định rõ mức phí vệ sinh cho từng loại hàng.');
  await reader.waitForFunction(() => document.querySelector('input[name="altcha"]')?.value, null, { timeout: 20000 });
  await submit(reader, '#comment-submit');
  assert.match(reader.url(), /doan=2&gui=1/);
  assert.match(await reader.locator('#form-notice').innerText(), /đã được ghi nhận và hiển thị/);
  const paragraphComment = reader.locator('article.comment', { hasText: 'mức phí vệ sinh' });
  assert.equal((await paragraphComment.locator('.comment-author').innerText()).trim(), 'T. V. Bình');
  const paragraphCommentId = (await paragraphComment.getAttribute('id')).replace('comment-', '');
  assert.match(await reader.locator('#comments-2').innerText(), /^1 góp ý/);

  await commentOnDraft(HOST, draft.slug, { name: 'Kẻ Quấy Rối', body: ABUSE }, { localAddress: '127.0.0.21' });
  const listed = await api(HOST, `/api/v1/consultations/${consultationId}/comments?state=VISIBLE`, { token: draft.secretary });
  const abusive = listed.json.rows.find((c) => c.body === ABUSE);
  assert.ok(abusive, JSON.stringify(listed.json));
  await reader.goto(`${DAOTRU}/lay-y-kien/${draft.slug}?doan=toan-van`);
  assert.equal(await reader.locator(`#comment-${abusive.id}`).count(), 1, 'post-moderated: shown at once');
  await report(draft.slug, abusive.id, '127.0.0.31');
  await report(draft.slug, abusive.id, '127.0.0.31');
  await report(draft.slug, abusive.id, '127.0.0.32');
  await reader.reload();
  assert.equal(await reader.locator(`#comment-${abusive.id}`).count(), 1, 'two reporters, one of them twice: still shown');
  await report(draft.slug, abusive.id, '127.0.0.33');
  await reader.reload();
  assert.equal(await reader.locator(`#comment-${abusive.id}`).count(), 0, 'the third reporter hides it');

  await board.page.goto(`${DAOTRU}/admin/consultation.xhtml?id=${consultationId}&state=HIDDEN`);
  assert.equal(await board.page.locator(`#comment-${abusive.id}`).getAttribute('data-state'), 'HIDDEN');
  await submit(board.page, `#reject-${abusive.id}`);

  await setTerms(board.page, vietnamDay(-7), 7);
  assert.equal(await board.page.locator('#consultation-status').getAttribute('data-status'), 'CLOSED');
  await reader.goto(`${DAOTRU}/lay-y-kien/${draft.slug}?doan=2`);
  assert.equal(await reader.locator('#consultation-status').getAttribute('data-status'), 'CLOSED');
  assert.equal(await reader.locator('#comment-form').count(), 0, 'no form after the close');

  await board.page.goto(`${DAOTRU}/admin/consultation.xhtml?id=${consultationId}&state=VISIBLE`);
  await board.page.selectOption(`#decision-${paragraphCommentId}`, 'EXPLAINED');
  await board.page.fill(`#response-${paragraphCommentId}`, 'Mức phí theo loại hàng do Hội đồng nhân dân xã quyết định.');
  await submit(board.page, `#decide-${paragraphCommentId}`);
  const [download] = await Promise.all([board.page.waitForEvent('download'), board.page.click('#synthesis-xlsx')]);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  const sheet = workbook.worksheets[0];
  assert.match(text(sheet.getRow(2).getCell(1)), new RegExp(`Xã Đạo Trù — Dự thảo: ${TITLE}`));
  assert.equal(text(sheet.getRow(5).getCell(6)), 'Tiếp thu, giải trình', 'the header row');
  const row = sheet.getRow(6);
  assert.equal(text(row.getCell(2)), 'Đoạn 2: Điều 2. Người bán hàng giữ vệ sinh khu vực bán hàng và nộp phí theo quy định.');
  assert.equal(text(row.getCell(3)), 'Đề nghị quy định rõ mức phí vệ sinh cho từng loại hàng.');
  assert.equal(text(row.getCell(4)), 'T. V. Bình');
  assert.equal(text(row.getCell(6)), 'Giải trình');
  assert.equal(text(row.getCell(7)), 'Mức phí theo loại hàng do Hội đồng nhân dân xã quyết định.');
  assert.match(text(sheet.getRow(8).getCell(1)), /Tổng số góp ý: 1; góp ý bị loại khi kiểm duyệt \(vi phạm quy định\): 1/);
  assert.ok(!sheet.getSheetValues().flat().some((v) => String(v).includes(ABUSE)), 'the rejected comment is counted, not quoted');
  await board.context.close();

  const head = await logIn(browser, DAOTRU, 'truongban.daotru');
  await head.page.goto(`${DAOTRU}/admin/consultation.xhtml?id=${consultationId}`);
  await head.page.fill('#outcome-note', 'Tiếp thu, giải trình đầy đủ các ý kiến; hoàn thiện dự thảo trình ban hành.');
  await submit(head.page, '#outcome-submit');
  assert.equal(await head.page.locator('#consultation-outcome').getAttribute('data-published'), 'true');
  await head.context.close();

  await reader.goto(`${DAOTRU}/lay-y-kien/${draft.slug}?doan=2`);
  assert.match(await reader.locator('#consultation-outcome').innerText(), /Tiếp thu 0 góp ý, không tiếp thu 0, giải trình 1/);
  assert.match(await reader.locator('.comment-decision').innerText(), /Giải trình: Mức phí theo loại hàng/);
  const xlsx = await http(HOST, `/api/v1/consultations/${consultationId}/outcome.xlsx`);
  assert.equal(xlsx.status, 200, 'the published synthesis is public');
  await citizen.close();
});
