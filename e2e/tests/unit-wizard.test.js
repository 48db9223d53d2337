// The DIC's wizard in a real browser (issue #11.4, #11.9): the DIC administrator of Vĩnh Phúc opens one commune's
// portal, whose first administrator gets a one-time link by e-mail (read here from the outbox), chooses a password
// with it and signs in — the link then works no more; then uploads Vĩnh Phúc's official list as a CSV, reads the
// dry run (the commune just opened is skipped by its code), confirms, watches the progress bar reach the end,
// downloads the report and opens a new commune's portal on its hostname. A file without the needed columns is
// refused with the reason, and nothing is planned. Then Xã Kim Xá is merged into Xã Yên Bình in the wizard: its old
// article address leads to the successor's page, and the successor's home page tells its history.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { choose, logIn, launchChromium, signIn } from '../support/back-office.js';
import { outboxLink, rowCount } from '../support/database.js';
import { http } from '../support/api.js';

const PORT = process.env.CONG_BASE_PORT || '8080';
const VINHPHUC = `http://vinhphuc.localhost:${PORT}`;
const KIM_XA_HOST = `http://kimxa.vinhtuong.vinhphuc.localhost:${PORT}`;
const EMAIL = 'nguyen.thi.lan@kimxa.vinhphuc.gov.vn';
const OFFICIAL = new URL('../../provisioning/src/main/resources/vn/cong/provisioning/register/dvhcvn-2025-03.json.gz',
  import.meta.url);

let browser;

before(async () => {
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
});

/** Tỉnh Vĩnh Phúc's districts and communes from the shipped official list, as a DIC's spreadsheet: code, name,
 *  type, parent code — without Huyện Tam Đảo, where the other tests open and edit units of their own. */
function vinhPhucCsv() {
  const province = JSON.parse(gunzipSync(readFileSync(OFFICIAL)).toString('utf8')).data
    .find((p) => p.level1_id === '26');
  const lines = ['Mã,Tên,Loại,Mã cấp trên'];
  for (const district of province.level2s.filter((d) => d.level2_id !== '248')) {
    lines.push([district.level2_id, district.name, district.type, '26'].join(','));
    for (const commune of district.level3s) {
      lines.push([commune.level3_id, commune.name, commune.type, district.level2_id].join(','));
    }
  }
  return lines.join('\n') + '\n';
}

test("a DIC administrator opens a commune's portal and its administrator chooses a password with the invitation", async () => {
  const dic = await logIn(browser, VINHPHUC, 'qtri.sotttt');
  const page = dic.page;
  await Promise.all([page.waitForURL(/unit-new\.xhtml/), page.click('nav.adm-menu a[href$="/admin/unit-new.xhtml"]')]);
  await choose(page, 'parent', 'Huyện Vĩnh Tường');
  await page.locator('#level_label').filter({ hasText: 'Xã' }).waitFor();
  await page.fill('#officialName', 'Xã Kim Xá');
  await page.fill('#officialCode', '09079');
  await page.fill('#adminFullName', 'Nguyễn Thị Lan');
  await page.fill('#adminEmail', EMAIL);
  await page.click('#open');
  const opened = page.locator('#opened');
  await opened.waitFor();
  assert.match(await opened.textContent(), /kimxa\.vinhtuong\.vinhphuc/, 'the hostname among its official siblings');
  assert.match(await page.locator('#opened-invitation').textContent(), new RegExp(EMAIL));
  assert.doesNotMatch(await page.content(), /Mật khẩu ban đầu|initialPassword/, 'no password on the screen');
  await dic.context.close();

  const link = outboxLink(EMAIL);
  assert.ok(link, 'the invitation is in the outbox');
  const invitation = new URL(link);
  assert.equal(invitation.hostname, 'kimxa.vinhtuong.vinhphuc.localhost', 'the link opens the new portal');
  const path = invitation.pathname + invitation.search;

  const context = await browser.newContext({ locale: 'vi-VN' });
  const invited = await context.newPage();
  await invited.goto(KIM_XA_HOST + path);
  assert.match(await invited.locator('#whom').textContent(), /Nguyễn Thị Lan.*admin\.kimxa\.vinhtuong\.vinhphuc/);
  await invited.fill('#password', 'ngắn');
  await invited.fill('#confirmation', 'ngắn');
  await invited.click('#choose');
  await invited.locator('.ui-messages-error').waitFor();
  const password = 'Kim Xá mở cổng năm 2026';
  await invited.fill('#password', password);
  await invited.fill('#confirmation', password);
  await Promise.all([invited.waitForURL(/login\.xhtml/), invited.click('#choose')]);
  assert.match(await invited.locator('.ui-messages').textContent(), /Đã đặt mật khẩu/);
  await signIn(invited, KIM_XA_HOST, 'admin.kimxa.vinhtuong.vinhphuc', password);
  assert.match(invited.url(), /\/admin\/(?!login)/, 'the administrator is signed in');
  assert.match(await invited.locator('header').textContent(), /Xã Kim Xá/);
  await context.close();

  const again = await browser.newContext({ locale: 'vi-VN' });
  const reused = await again.newPage();
  await reused.goto(KIM_XA_HOST + path);
  assert.match(await reused.locator('#invalid').textContent(), /không còn dùng được/, 'the link works once');
  await again.close();
});

test('a file without the needed columns is refused with the reason, and nothing is planned', async () => {
  const dic = await logIn(browser, VINHPHUC, 'qtri.sotttt');
  const page = dic.page;
  await page.goto(`${VINHPHUC}/admin/unit-import.xhtml`);
  const before = rowCount('unit_import');
  await page.setInputFiles('#file_input', { name: 'sai-cot.csv', mimeType: 'text/csv',
    buffer: Buffer.from('Mã,Tên\n246,Huyện Lập Thạch\n') });
  await page.click('#plan');
  assert.match(await page.locator('.ui-messages-error').textContent(), /Dòng tiêu đề cần đủ bốn cột/);
  assert.equal(rowCount('unit_import'), before);
  await dic.context.close();
});

test('a DIC administrator imports the province from a spreadsheet: dry run, confirmation, progress, report', async () => {
  const dic = await logIn(browser, VINHPHUC, 'qtri.sotttt', { acceptDownloads: true });
  const page = dic.page;
  await page.goto(`${VINHPHUC}/admin/unit-import.xhtml`);
  await page.setInputFiles('#file_input', { name: 'vinh-phuc.csv', mimeType: 'text/csv',
    buffer: Buffer.from(vinhPhucCsv()) });
  await Promise.all([page.waitForURL(/unit-import\.xhtml\?id=\d+/), page.click('#plan')]);

  assert.match(await page.locator('#count-total').textContent(), /Tổng 120 dòng/, '8 districts and 112 communes');
  assert.match(await page.locator('#state').textContent(), /chờ xác nhận/);
  await page.click('#filter-skipped');
  const kimXa = page.locator('#rows tbody tr', { hasText: '09079' });
  await kimXa.waitFor();
  assert.match(await kimXa.textContent(), /Bỏ qua.*đã có cổng/, 'the commune opened by hand is skipped by its code');
  assert.match(await page.locator('#rows tbody tr', { hasText: 'Huyện Vĩnh Tường' }).textContent(), /Bỏ qua/);
  await page.click('#filter-all');
  const first = page.locator('#rows tbody tr').first();
  await first.waitFor();
  assert.equal((await first.locator('td').first().textContent()).trim(), '2', 'row 2: the line under the header');

  await page.click('#confirm');
  await page.locator('#progress').waitFor();
  await page.locator('#finished').waitFor({ timeout: 180_000 });
  assert.equal((await page.locator('#progress .ui-progressbar-label').textContent()).trim(), '100%',
    'the bar reaches the end');
  assert.match(await page.locator('#count-created').textContent(), /Đã mở: 118/,
    '120 rows less Huyện Vĩnh Tường (a demo unit) and Xã Kim Xá, both skipped');

  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#report')]);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  const sheet = workbook.worksheets[0];
  const lines = [];
  sheet.eachRow((row) => lines.push(row.values));
  assert.equal(lines.length, 3 + 120, 'title, counts, header and every row');
  const kimXaLine = lines.find((values) => values[2] === '09079');
  assert.equal(kimXaLine[7], 'Bỏ qua');

  await page.click('#filter-created');
  const created = page.locator('#rows tbody tr', { hasText: 'Phường Tích Sơn' });
  await created.waitFor();
  const hostname = (await created.locator('td code').nth(1).textContent()).trim();
  assert.equal(hostname, 'tichson.vinhyen.vinhphuc');
  await dic.context.close();

  const citizen = await browser.newContext({ locale: 'vi-VN' });
  const portal = await citizen.newPage();
  const answer = await portal.goto(`http://${hostname}.localhost:${PORT}/`);
  assert.equal(answer.status(), 200);
  assert.match(await portal.title(), /Tích Sơn/);
  await citizen.close();
});

test('a DIC administrator merges two communes in the wizard, and an old link leads to the successor', async () => {
  const dic = await logIn(browser, VINHPHUC, 'qtri.sotttt');
  const page = dic.page;
  await Promise.all([page.waitForURL(/unit-merge\.xhtml/), page.click('nav.adm-menu a[href$="/admin/unit-merge.xhtml"]')]);
  await Promise.all([page.waitForURL(/within=\d+/), page.click('#areas a:has-text("Huyện Vĩnh Tường")')]);
  await page.click('#predecessors li:has-text("Xã Kim Xá")');
  await choose(page, 'successor', 'Xã Yên Bình');
  await page.fill('#decisionNo', '1656/NQ-UBTVQH15');
  await page.fill('#decisionDate', '2025-06-16');
  await page.fill('#effectiveOn', '2025-07-01');
  await page.click('#preview');
  await page.locator('#plan-table, .ui-messages-error').first().waitFor();
  assert.equal(await page.locator('.ui-messages-error').count(), 0,
    await page.locator('.ui-messages-error').allTextContents().then((t) => t.join(' ')));
  const plan = page.locator('#plan-table tbody tr', { hasText: 'Xã Kim Xá' });
  await plan.waitFor();
  assert.match(await plan.textContent(), /kimxa\.vinhtuong\.vinhphuc → 301/);
  assert.match(await page.locator('#plan-successor').textContent(), /Xã Yên Bình/);
  assert.equal((await http('kimxa.vinhtuong.vinhphuc.localhost', '/')).status, 200, 'a preview changes nothing');

  await page.click('#apply');
  await page.locator('#merged').waitFor();
  assert.match(await page.locator('#merged').textContent(), /Đã sắp xếp 1 đơn vị: chuyển 2 tin bài, chuyển 1 tài khoản/);
  await dic.context.close();

  const citizen = await browser.newContext({ locale: 'vi-VN' });
  const reader = await citizen.newPage();
  await reader.goto(`${KIM_XA_HOST}/bai-viet/thong-tin-lien-he`);
  assert.equal(new URL(reader.url()).hostname, 'yenbinh.vinhtuong.vinhphuc.localhost', 'the old link leads on');
  assert.match(reader.url(), /\/bai-viet\/thong-tin-lien-he-kimxa$/);
  assert.match(await reader.locator('main').textContent(), /Xã Kim Xá/, 'the old unit\'s page, now the successor\'s');
  await reader.goto(`http://yenbinh.vinhtuong.vinhphuc.localhost:${PORT}/`);
  assert.match(await reader.locator('#history').textContent(), /Hợp nhất từ Xã Kim Xá theo 1656\/NQ-UBTVQH15/);
  await citizen.close();
});
