// Account security in a real browser: a head signs in with password and TOTP, sees their sessions and ends
// another device's session, which is thrown out at its next click; a unit administrator deactivates an editor
// who left — the editor's open session ends at once, they can no longer sign in, and the audit log (viewer and
// CSV export) shows it; a head whose second factor was reset must enrol again before anything else, and a
// recovery code replaces a lost phone once.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { logIn, settled, PASSWORD, launchChromium } from '../support/back-office.js';
import { totp } from '../support/totp.js';

const PORT = process.env.CONG_BASE_PORT || '8080';
const DAOTRU = `http://daotru.tamdao.vinhphuc.localhost:${PORT}`;
const MIC = `http://mic.localhost:${PORT}`;

let browser;

before(async () => {
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
});

async function thrownOut(page, host) {
  await page.goto(`${host}/admin/index.xhtml`);
  assert.match(page.url(), /\/admin\/login\.xhtml/);
  return page;
}

test('a head signs in with a second factor and ends the session of another device', async () => {
  const laptop = await logIn(browser, DAOTRU, 'truongban.daotru');
  assert.match(laptop.page.url(), /\/admin\/index\.xhtml/);
  const phone = await logIn(browser, DAOTRU, 'truongban.daotru');
  assert.match(phone.page.url(), /\/admin\/index\.xhtml/);

  await laptop.page.click('#menu-sessions');
  await laptop.page.locator('#sessions').waitFor();
  const others = laptop.page.locator('tr.session-row').filter({ hasNot: laptop.page.locator('.adm-current') });
  assert.ok(await others.count() >= 1, 'the other device is listed');
  assert.equal(await laptop.page.locator('tr.session-row .adm-current').count(), 1, 'this session is marked');
  while (await others.count() > 0) {
    const before = await others.count();
    await Promise.all([laptop.page.waitForLoadState('load'), others.first().locator('.revoke-session').click()]);
    await laptop.page.waitForFunction((n) => document.querySelectorAll('tr.session-row').length < n + 1
      && [...document.querySelectorAll('tr.session-row')].filter((r) => !r.querySelector('.adm-current')).length < n,
    before);
  }

  const page = await thrownOut(phone.page, DAOTRU);
  assert.equal(await page.locator('#ended').isVisible(), true);
  await laptop.page.goto(`${DAOTRU}/admin/index.xhtml`);
  assert.match(laptop.page.url(), /\/admin\/index\.xhtml/, 'the session that revoked stays signed in');
  await laptop.context.close();
  await phone.context.close();
});

test('a deactivated editor is signed out at once and can no longer sign in; the audit log shows it', async () => {
  const admin = await logIn(browser, MIC, 'admin.mic');
  await admin.page.goto(`${MIC}/admin/accounts.xhtml`);
  const row = admin.page.locator('tr', { has: admin.page.locator('.username', { hasText: /^bientap\.mic$/ }) });
  if (await row.locator('.reactivate').count()) { // a second run against the same demo data
    await Promise.all([admin.page.waitForLoadState('load'), row.locator('.reactivate').click()]);
    await row.locator('.deactivate').waitFor();
  }
  const editor = await logIn(browser, MIC, 'bientap.mic');
  assert.match(editor.page.url(), /\/admin\/index\.xhtml/);

  await Promise.all([admin.page.waitForLoadState('load'), row.locator('.deactivate').click()]);
  await row.locator('.reactivate').waitFor();
  assert.match(await row.locator('.account-state').textContent(), /Đã vô hiệu hóa/);

  await thrownOut(editor.page, MIC);
  await editor.page.fill('#username', 'bientap.mic');
  await editor.page.fill('#password', PASSWORD);
  await editor.page.click('#login');
  await settled(editor.page);
  assert.match(await editor.page.locator('.ui-messages-error').textContent(), /Tên đăng nhập hoặc mật khẩu không đúng/);
  assert.match(editor.page.url(), /\/admin\/login\.xhtml/);
  await editor.context.close();

  await admin.page.goto(`${MIC}/admin/audit.xhtml`);
  await admin.page.fill('#fText', 'bientap.mic');
  await Promise.all([admin.page.waitForLoadState('load'), admin.page.click('#search')]);
  await admin.page.locator('#lines').getByText('ACCOUNT_DEACTIVATED').first().waitFor();
  const [download] = await Promise.all([admin.page.waitForEvent('download'), admin.page.click('#export')]);
  const csv = await readFile(await download.path(), 'utf8');
  assert.equal(csv.charCodeAt(0), 0xfeff, 'UTF-8 with a byte-order mark for Excel');
  assert.match(csv, /"Thời gian","Người thực hiện"/);
  assert.match(csv, /"admin\.mic",.*"ACCOUNT_DEACTIVATED"/);
  await admin.page.fill('#fText', '%_%');
  await Promise.all([admin.page.waitForLoadState('load'), admin.page.click('#search')]);
  await admin.page.locator('#lines').getByText('Không có dòng nhật ký nào.').waitFor();

  await admin.page.goto(`${MIC}/admin/accounts.xhtml`); // the demo as it was, for the flows after this one
  await Promise.all([admin.page.waitForLoadState('load'), row.locator('.reactivate').click()]);
  await row.locator('.deactivate').waitFor();
  await admin.context.close();
});

test('a head without a second factor must enrol first; a recovery code replaces the phone once', async () => {
  const HOST = `http://vinhtuong.vinhphuc.localhost:${PORT}`;
  const admin = await logIn(browser, HOST, 'admin.vinhtuong.vinhphuc');
  await admin.page.goto(`${HOST}/admin/accounts.xhtml`);
  const row = admin.page.locator('tr', { has: admin.page.locator('.username', { hasText: /^truongban\.vinhtuong$/ }) });
  await Promise.all([admin.page.waitForURL(/accounts\.xhtml/), row.locator('.reset2fa').click()]);
  await row.locator('.reset2fa').waitFor({ state: 'detached' });
  await admin.context.close();

  const context = await browser.newContext({ locale: 'vi-VN' });
  const page = await context.newPage();
  await page.goto(`${HOST}/admin/index.xhtml`);
  await page.fill('#username', 'truongban.vinhtuong');
  await page.fill('#password', PASSWORD);
  await Promise.all([page.waitForURL(/\/admin\/two-factor\.xhtml/), page.click('#login')]);
  await page.goto(`${HOST}/admin/item-edit.xhtml`);
  assert.match(page.url(), /\/admin\/two-factor\.xhtml/, 'nothing else until enrolled');
  assert.equal(await page.locator('.adm-qr svg').count(), 1, 'a QR code to scan');

  const secret = (await page.locator('#secret').textContent()).replace(/\s/g, '');
  await page.fill('#code', totp(secret));
  await Promise.all([page.waitForLoadState('load'), page.click('#confirm')]);
  const codes = await page.locator('.adm-codes li').allTextContents();
  assert.equal(codes.length, 10, 'ten recovery codes, shown once');
  await page.goto(`${HOST}/admin/item-edit.xhtml`);
  assert.match(page.url(), /\/admin\/item-edit\.xhtml/, 'the back office is open once enrolled');

  await Promise.all([page.waitForURL(/\/admin\/login\.xhtml/), page.click('a[id$="logout"]')]);
  for (const attempt of [1, 2]) {
    await page.fill('#username', 'truongban.vinhtuong');
    await page.fill('#password', PASSWORD);
    await page.click('#login');
    await settled(page);
    await page.fill('#code', codes[0]);
    await page.click('#verify');
    if (attempt === 1) {
      await page.waitForURL(/\/admin\/index\.xhtml/);
      await Promise.all([page.waitForURL(/\/admin\/login\.xhtml/), page.click('a[id$="logout"]')]);
    } else {
      await settled(page);
      await page.locator('.ui-messages-error').waitFor();
      assert.match(await page.locator('.ui-messages-error').textContent(), /Mã xác thực không đúng hoặc đã được dùng/);
    }
  }
  await context.close();
});
