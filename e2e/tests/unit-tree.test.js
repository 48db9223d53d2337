// The back office's unit tree (issue #11.7): the DIC administrator of Vĩnh Phúc opens the tree — the province open,
// each district's communes read only when it is opened — and finds a commune by its name typed without diacritics;
// a unit outside the subtree is not found.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { launchChromium, logIn } from '../support/back-office.js';

const PORT = process.env.CONG_BASE_PORT || '8080';
const VINHPHUC = `http://vinhphuc.localhost:${PORT}`;

let browser;

before(async () => {
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
});

test('the DIC administrator opens a district in the unit tree and finds a commune without diacritics', async () => {
  const dic = await logIn(browser, VINHPHUC, 'qtri.sotttt');
  const page = dic.page;
  await Promise.all([page.waitForURL(/units\.xhtml/), page.click('nav.adm-menu a[href$="/admin/units.xhtml"]')]);
  const district = page.locator('#tree .ui-treenode-content', { hasText: 'Huyện Tam Đảo' });
  await district.waitFor();
  assert.equal(await page.locator('#tree .ui-treenode-content', { hasText: 'Xã Đạo Trù' }).count(), 0,
    'a district\'s communes are not read before it is opened');
  await district.locator('.ui-tree-toggler').click();
  const commune = page.locator('#tree .ui-treenode-content', { hasText: 'Xã Đạo Trù' });
  await commune.waitFor();
  assert.match(await commune.textContent(), /daotru\.tamdao\.vinhphuc/);

  await page.fill('#q', 'dao tru');
  await Promise.all([page.waitForURL(/units\.xhtml\?q=dao\+tru/), page.click('#search')]);
  assert.match(await page.locator('#results-count').textContent(), /Có 1 đơn vị khớp với "dao tru"/);
  assert.match(await page.locator('#results tbody tr').first().textContent(), /Xã Đạo Trù.*daotru\.tamdao\.vinhphuc/);

  await page.goto(`${VINHPHUC}/admin/units.xhtml?q=${encodeURIComponent('Bộ Thông tin')}`);
  assert.match(await page.locator('#results-count').textContent(), /Có 0 đơn vị/, 'the ministry is not in the subtree');
  await dic.context.close();
});
