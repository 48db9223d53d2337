// The foundation's end-to-end flow in a real browser: an editor of Xã Đạo Trù writes and submits an
// article with a Vietnamese title, the commune's secretariat takes, approves and publishes it, the commune's
// public page shows it and Huyện Vĩnh Tường's does not.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { logIn as signedIn, launchChromium } from '../support/back-office.js';

const PORT = process.env.CONG_BASE_PORT || '8080';
const DAOTRU = `http://daotru.tamdao.vinhphuc.localhost:${PORT}`;
const VINHTUONG = `http://vinhtuong.vinhphuc.localhost:${PORT}`;
const TITLE = `Đạo Trù ra quân trồng rừng đầu xuân — đợt ${Date.now() % 100000}`;

let browser;
const logIn = (host, username) => signedIn(browser, host, username);

before(async () => {
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
});

test('an article goes from the editor through the secretariat to the commune portal only', async () => {
  const editor = await logIn(DAOTRU, 'bientap.daotru');
  await editor.page.goto(`${DAOTRU}/admin/item-edit.xhtml`);
  await editor.page.fill('#title', TITLE);
  await editor.page.fill('#summary', 'Xã Đạo Trù phát động Tết trồng cây, trồng mới 5 ha rừng sản xuất.');
  await editor.page.locator('.ql-editor').fill('Sáng nay, Đảng ủy, UBND xã Đạo Trù tổ chức lễ phát động Tết trồng cây.');
  await editor.page.fill('#source', 'UBND xã Đạo Trù');
  await editor.page.fill('#author', 'Nguyễn Thu Hà');
  await editor.page.click('#submit');
  await editor.page.getByText(TITLE).first().waitFor();
  await editor.context.close();

  const secretariat = await logIn(DAOTRU, 'thuky.daotru');
  await secretariat.page.goto(`${DAOTRU}/admin/index.xhtml`);
  await secretariat.page.getByRole('link', { name: TITLE }).click();
  for (const action of ['TAKE', 'APPROVE', 'PUBLISH']) {
    await Promise.all([secretariat.page.waitForNavigation(), secretariat.page.click(`#action-${action}`)]);
  }
  await secretariat.page.locator('a[href*="/bai-viet/"]').first().waitFor();
  await secretariat.context.close();

  const citizen = await browser.newContext();
  const home = await citizen.newPage();
  const response = await home.goto(`${DAOTRU}/`);
  assert.equal(response.status(), 200);
  assert.equal(await home.getAttribute('html', 'lang'), 'vi');
  await home.getByRole('link', { name: TITLE }).click();
  assert.equal(await home.locator('h1').first().textContent().then((t) => t.trim()), TITLE);
  assert.match(await home.content(), /Nguồn:/);

  const elsewhere = await citizen.newPage();
  await elsewhere.goto(`${VINHTUONG}/`);
  assert.equal((await elsewhere.content()).includes(TITLE), false);
  await citizen.close();
});

test('a user of another unit gets 403 in this unit\'s back office', async () => {
  const outsider = await logIn(DAOTRU, 'bientap.vinhtuong');
  const response = await outsider.page.goto(`${DAOTRU}/admin/index.xhtml`);
  assert.equal(response.status(), 403);
  await outsider.context.close();
});
