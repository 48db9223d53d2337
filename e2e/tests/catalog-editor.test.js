// The catalog editor in a real browser: the administrator of Xã Đạo Trù renames a category of the commune's
// catalog, the editor marks it as changed from the preset, and the commune's public menu shows the new name at
// once. An editor of the same commune may not open the catalog editor.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { logIn as signedIn, launchChromium } from '../support/back-office.js';

const PORT = process.env.CONG_BASE_PORT || '8080';
const DAOTRU = `http://daotru.tamdao.vinhphuc.localhost:${PORT}`;
const NEW_NAME = `Thông báo của xã — ${Date.now() % 100000}`;

let browser;

before(async () => {
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
});

const logIn = (host, username) => signedIn(browser, host, username);

test('a unit administrator renames a category: marked as changed from the preset, shown in the citizen menu', async () => {
  const admin = await logIn(DAOTRU, 'admin.daotru.tamdao.vinhphuc');
  await admin.page.goto(`${DAOTRU}/admin/catalog.xhtml`);
  assert.match(await admin.page.locator('.adm-preset').textContent(), /32\/2023\/QĐ-UBND/);
  await Promise.all([admin.page.waitForURL(/catalog\.xhtml\?id=/), admin.page.click('a[data-code="thong-bao"]')]);
  assert.equal(await admin.page.inputValue('#nameVi'), 'Thông báo');
  await admin.page.fill('#nameVi', NEW_NAME);
  await Promise.all([admin.page.waitForURL(/catalog\.xhtml\?id=/), admin.page.click('#save')]);

  const row = admin.page.locator('#tree tr', { hasText: NEW_NAME });
  await row.waitFor();
  assert.match(await row.textContent(), /Đã điều chỉnh so với bộ mẫu/);
  assert.match(await admin.page.locator('.adm-hint').textContent(), /Thông báo \/ Announcements/,
    "the preset's own name is shown beside the override");
  await admin.context.close();

  const citizen = await browser.newContext();
  const home = await citizen.newPage();
  const response = await home.goto(`${DAOTRU}/`);
  assert.equal(response.status(), 200);
  const menuLink = home.locator('nav.menu a', { hasText: NEW_NAME });
  assert.equal(await menuLink.count(), 1, 'the citizen menu shows the new name');
  assert.equal(await menuLink.getAttribute('href'), '/chuyen-muc/thong-bao');
  await citizen.close();
});

test('an editor of the unit may not open the catalog editor', async () => {
  const editor = await logIn(DAOTRU, 'bientap.daotru');
  assert.equal(await editor.page.locator('nav.adm-menu a[href$="/admin/catalog.xhtml"]').count(), 0,
    'the back-office menu does not offer it');
  const response = await editor.page.goto(`${DAOTRU}/admin/catalog.xhtml`);
  assert.equal(response.status(), 403);
  await editor.context.close();
});
