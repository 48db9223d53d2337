// The 2025 reform in a real browser (issue #11.6): parts of the old Tỉnh Hà Giang and Tỉnh Tuyên Quang are opened
// from the 2025-03 list through the API; the platform's operator previews the reform of the new Tỉnh Tuyên Quang in
// the back office (what is carried on, merged, shared out, opened), confirms, and watches the progress bar reach the
// end; then a citizen follows an old commune's address: a unit shared out lists its successors, and the one that
// took its code answers under the new province; an absorbed commune's address leads to its new commune.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { api, tokenFor } from '../support/api.js';
import { launchChromium, logIn } from '../support/back-office.js';

const PORT = process.env.CONG_BASE_PORT || '8080';
const VINHPHUC = `http://vinhphuc.localhost:${PORT}`;
const BEFORE = {
  data: [
    { level1_id: '02', name: 'Tỉnh Hà Giang', type: 'Tỉnh', level2s: [{ level2_id: '030', name: 'Huyện Vị Xuyên', type: 'Huyện',
      level3s: [['00913', 'Thị trấn Vị Xuyên', 'Thị trấn'], ['00916', 'Thị trấn Nông Trường Việt Lâm', 'Thị trấn'],
        ['00955', 'Xã Đạo Đức', 'Xã'], ['00964', 'Xã Quảng Ngần', 'Xã'], ['00967', 'Xã Việt Lâm', 'Xã']]
        .map(([level3_id, name, type]) => ({ level3_id, name, type })) }] },
    { level1_id: '08', name: 'Tỉnh Tuyên Quang', type: 'Tỉnh', level2s: [{ level2_id: '074', name: 'Huyện Hàm Yên', type: 'Huyện',
      level3s: [['02374', 'Thị trấn Tân Yên', 'Thị trấn'], ['02401', 'Xã Tân Thành', 'Xã']]
        .map(([level3_id, name, type]) => ({ level3_id, name, type })) }] },
  ],
};

let browser;

before(async () => {
  browser = await launchChromium();
  const operator = await tokenFor('vinhphuc.localhost', 'vanhanh');
  const planned = await api('localhost', '/api/v1/provisioning/imports?name=truoc-2025.json', {
    method: 'POST', token: operator, body: Buffer.from(JSON.stringify(BEFORE)),
    headers: { 'Content-Type': 'application/octet-stream' },
  });
  assert.equal(planned.status, 201, planned.text);
  const id = planned.json.id;
  assert.equal((await api('localhost', `/api/v1/provisioning/imports/${id}/run`, { method: 'POST', token: operator })).status, 202);
  for (let i = 0; i < 120; i += 1) {
    if ((await api('localhost', `/api/v1/provisioning/imports/${id}`, { token: operator })).json.state === 'DONE') return;
    await new Promise((resolve) => { setTimeout(resolve, 500); }); // between polls of the background job
  }
  throw new Error('the import did not finish');
});

after(async () => {
  await browser?.close();
});

test('the operator previews and applies the reform of Tỉnh Tuyên Quang, and old addresses lead to the new units', async () => {
  const operator = await logIn(browser, VINHPHUC, 'vanhanh');
  const page = operator.page;
  await Promise.all([page.waitForURL(/reform\.xhtml/), page.click('nav.adm-menu a[href$="/admin/reform.xhtml"]')]);
  await page.fill('#decisionNo', '202/2025/QH15');
  await page.fill('#decisionDate', '2025-06-12');
  await page.fill('#effectiveOn', '2025-07-01');
  await page.click('#provinces li:has-text("Tỉnh Tuyên Quang")');
  await Promise.all([page.waitForURL(/reform\.xhtml\?id=\d+/), page.click('#plan')]);

  assert.match(await page.locator('#state').textContent(), /chờ xác nhận/);
  assert.match(await page.locator('#totals').textContent(), /11 đơn vị → 4 đơn vị sau sắp xếp \(2 giữ mã.*5 hợp nhất; 1 chia về nhiều nơi; 1 mở mới; 2 cấp huyện/,
    'two provinces, two districts and seven communes become the province and three communes');
  const row = page.locator('#steps tbody tr', { hasText: 'Tỉnh Tuyên Quang' });
  assert.match(await row.textContent(), /Chờ thực hiện/);
  const citizen = await browser.newContext({ locale: 'vi-VN' });
  const portal = await citizen.newPage();
  assert.equal((await portal.goto(`http://vietlam.vixuyen.hagiang.localhost:${PORT}/`)).status(), 200);
  assert.match(await portal.title(), /Việt Lâm/, 'a preview changes nothing');

  await page.click('#confirm');
  await page.locator('#progress').waitFor();
  await page.locator('#finished').waitFor({ timeout: 120_000 });
  assert.equal((await page.locator('#progress .ui-progressbar-label').textContent()).trim(), '100%');
  assert.match(await page.locator('#steps tbody tr', { hasText: 'Tỉnh Tuyên Quang' }).textContent(), /Đã sắp xếp/);
  await operator.context.close();

  // Xã Việt Lâm was shared out between the new Việt Lâm (which took its code) and Vị Xuyên
  await portal.goto(`http://vietlam.vixuyen.hagiang.localhost:${PORT}/`);
  assert.match(await portal.locator('main').textContent(), /Xã Vị Xuyên/);
  await Promise.all([portal.waitForURL(/vietlam\.tuyenquang\.localhost/), portal.click('main a:has-text("Xã Việt Lâm")')]);
  assert.match(await portal.title(), /Xã Việt Lâm/);
  // an absorbed commune's address leads to its new commune, named like the district it replaces
  await portal.goto(`http://tanthanh.hamyen.tuyenquang.localhost:${PORT}/`);
  assert.match(portal.url(), /^http:\/\/hamyen\.tuyenquang\.localhost:\d+\/$/);
  assert.match(await portal.title(), /Xã Hàm Yên/);
  await citizen.close();
});
