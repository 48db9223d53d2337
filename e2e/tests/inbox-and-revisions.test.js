// Inbox timers, bulk actions, notifications and revisions in a real browser (REQUIREMENTS §2; MIC Art. 14.1):
// the secretariat of Xã Đạo Trù sees each received item with its due time and takes two at once; a rejection
// reaches the author as a notification; a published item is amended with a major change note, citizens keep the
// published text until the amendment is published, then read the note under the article; the history page shows
// the difference word by word.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { logIn as signedIn, launchChromium } from '../support/back-office.js';

const PORT = process.env.CONG_BASE_PORT || '8080';
const DAOTRU = `http://daotru.tamdao.vinhphuc.localhost:${PORT}`;
const RUN = Date.now() % 100000;
const DATE_TIME = /\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/;

let browser;
let secretariat;

before(async () => {
  browser = await launchChromium();
  secretariat = await signedIn(browser, DAOTRU, 'thuky.daotru');
});

after(async () => {
  await secretariat?.context.close();
  await browser?.close();
});

/** The editor writes an item and sends it to the secretariat; returns its id. */
async function submitAsEditor(title, text) {
  const author = await signedIn(browser, DAOTRU, 'bientap.daotru');
  await author.page.goto(`${DAOTRU}/admin/item-edit.xhtml`);
  await author.page.fill('#title', title);
  await author.page.fill('#summary', 'Tin của biên tập viên xã Đạo Trù.');
  await author.page.locator('.ql-editor').fill(text);
  await author.page.fill('#source', 'UBND xã Đạo Trù');
  await author.page.click('#submit');
  await author.page.locator('#state').filter({ hasText: 'Chờ duyệt' }).waitFor();
  const id = new URL(author.page.url()).searchParams.get('id');
  await author.context.close();
  return id;
}

async function openItem(session, id) {
  await session.page.goto(`${DAOTRU}/admin/item-view.xhtml?id=${id}`);
  await session.page.locator('#state').waitFor();
}

test('the secretariat sees each received item with its due time and takes two at once', async () => {
  const first = `Đạo Trù tiêm chủng mở rộng đợt 1 — ${RUN}`;
  const second = `Đạo Trù tiêm chủng mở rộng đợt 2 — ${RUN}`;
  await submitAsEditor(first, 'Trạm y tế xã tổ chức tiêm chủng cho trẻ em dưới 5 tuổi.');
  await submitAsEditor(second, 'Đợt 2 tiêm chủng tại nhà văn hóa thôn Đồng Giếng.');

  const page = secretariat.page;
  await page.goto(`${DAOTRU}/admin/index.xhtml`);
  const row = page.locator('#inbox-submitted tr', { hasText: first });
  assert.match(await row.locator('.adm-due').textContent(), DATE_TIME, 'each row shows its due time');
  assert.match(await page.locator('#inbox-form .adm-hint').first().textContent(), /4 giờ làm việc/);

  await page.getByLabel(`Chọn: ${first}`).first().check();
  await page.getByLabel(`Chọn: ${second}`).first().check();
  await page.click('#bulk-TAKE');
  const messages = page.locator('#messages');
  await messages.filter({ hasText: second }).waitFor();
  assert.match(await messages.textContent(), new RegExp(`“${first}”: Tiếp nhận biên tập — xong\\.`));
  assert.match(await messages.textContent(), new RegExp(`“${second}”: Tiếp nhận biên tập — xong\\.`));
  for (const title of [first, second]) {
    assert.equal(await page.locator('#inbox-in-edit').getByRole('link', { name: title }).count(), 1, title);
    assert.equal(await page.locator('#inbox-submitted').getByRole('link', { name: title }).count(), 0, title);
  }
});

test('a rejection reaches the author as a notification in the back office', async () => {
  const title = `Tin chưa rõ nguồn về chợ phiên Đạo Trù — ${RUN}`;
  const id = await submitAsEditor(title, 'Chợ phiên họp vào mùng 1 hằng tháng.');
  await openItem(secretariat, id);
  await secretariat.page.selectOption('#reason', 'UNKNOWN_SOURCE');
  await secretariat.page.fill('#note', 'Đề nghị ghi rõ người cung cấp thông tin.');
  await secretariat.page.click('#action-REJECT');
  await secretariat.page.locator('#state').filter({ hasText: 'Bị từ chối' }).waitFor();

  const author = await signedIn(browser, DAOTRU, 'bientap.daotru');
  assert.ok(Number(await author.page.locator('#bell-count').textContent()) >= 1, 'the bell counts it');
  await author.page.click('#bell');
  const notice = author.page.locator('#notifications tr', { hasText: title });
  assert.match(await notice.textContent(),
    /bị từ chối\. Lý do: Không rõ nguồn gốc\. Ghi chú: Đề nghị ghi rõ người cung cấp thông tin\./);
  assert.match(await notice.textContent(), /Mới/);
  await notice.locator('.adm-notification-link').click();
  await author.page.locator('#rejection').waitFor();
  assert.match(new URL(author.page.url()).search, new RegExp(`id=${id}`));
  await author.page.goto(`${DAOTRU}/admin/notifications.xhtml`);
  assert.doesNotMatch(await author.page.locator('#notifications tr', { hasText: title }).textContent(), /Mới/,
    'opened, so read');
  await author.context.close();
});

test('a published item amended with a major change shows its note to citizens; the history shows the diff', async () => {
  const title = `Lễ hội đền Tây Thiên khai mạc — ${RUN}`;
  const id = await submitAsEditor(title, 'Lễ hội khai mạc ngày 15 tháng Giêng tại khu danh thắng Tây Thiên.');
  await openItem(secretariat, id);
  const page = secretariat.page;
  for (const [action, state] of [['TAKE', 'Đang biên tập'], ['APPROVE', 'Đã duyệt'], ['PUBLISH', 'Đã xuất bản']]) {
    await page.click(`#action-${action}`);
    await page.locator('#state').filter({ hasText: state }).waitFor();
  }
  const slug = new URL(await page.locator('#public-link').getAttribute('href'), DAOTRU).pathname;

  await page.click('#edit-link');
  await page.locator('#amendment').waitFor();
  await page.locator('.ql-editor').fill('Lễ hội khai mạc ngày 20 tháng Giêng tại khu danh thắng Tây Thiên.');
  await page.check('#major');
  await page.click('#save');
  assert.match(await page.locator('#messages').textContent(), /phải có ghi chú thay đổi/, 'a major change says what');
  await page.fill('#change-note', 'Lùi ngày khai mạc theo thông báo của UBND huyện Tam Đảo.');
  await page.click('#save');
  await page.locator('#amendment-pending').waitFor();

  const citizen = await browser.newContext();
  const article = await citizen.newPage();
  await article.goto(`${DAOTRU}${slug}`);
  assert.match(await article.locator('.article-body').textContent(), /15 tháng Giêng/, 'not public before approval');
  assert.equal(await article.locator('#change-notes').count(), 0);

  await page.click('#action-REPUBLISH');
  await page.locator('#amendment-pending').waitFor({ state: 'detached' });
  await article.goto(`${DAOTRU}${slug}`);
  assert.match(await article.locator('.article-body').textContent(), /20 tháng Giêng/);
  assert.match(await article.locator('#change-notes').textContent(),
    /Cập nhật ngày \d{2}\/\d{2}\/\d{4}: Lùi ngày khai mạc theo thông báo của UBND huyện Tam Đảo\./);
  await citizen.close();

  await page.click('#history-link');
  await page.locator('#revisions').waitFor();
  assert.ok(await page.locator('#revisions tbody tr').count() >= 2);
  const body = page.locator('#diff-body');
  assert.equal((await body.locator('del').first().textContent()).trim(), '15');
  assert.equal((await body.locator('ins').first().textContent()).trim(), '20');
  await page.check('#from-1');
  await page.click('#compare');
  await page.locator('#diff').waitFor();
  assert.match(new URL(page.url()).search, /from=1/);
});
