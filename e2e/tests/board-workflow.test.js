// The editorial board's workflow in a real browser (REQUIREMENTS §2): a collaborator of Xã Đạo Trù submits, the
// secretariat takes the item and escalates it to the board member of its field, the member approves, the
// secretariat schedules it a few seconds ahead and it appears on the commune's public page at its time; a
// rejection reaches the author with its reason and note; the head force-publishes an urgent item, which shows as
// "not yet reviewed" until the deputy head reviews it; the unit administrator assigns and removes board roles.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { logIn as signedIn, launchChromium } from '../support/back-office.js';

const PORT = process.env.CONG_BASE_PORT || '8080';
const DAOTRU = `http://daotru.tamdao.vinhphuc.localhost:${PORT}`;
const RUN = Date.now() % 100000;

let browser;

before(async () => {
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
});

/** A new browser context signed in as `username` (with the demo second factor where the role needs one). */
const logIn = (username) => signedIn(browser, DAOTRU, username);

/** A collaborator writes an item in the news category and sends it for approval. */
async function submitAsCollaborator(title) {
  const author = await logIn('congtacvien.daotru');
  await author.page.goto(`${DAOTRU}/admin/item-edit.xhtml`);
  await author.page.fill('#title', title);
  await author.page.fill('#summary', 'Tin cộng tác viên gửi Ban Biên tập xã Đạo Trù.');
  await author.page.locator('.ql-editor').fill('Nhân dân thôn Đồng Giếng góp công làm đường bê tông liên thôn.');
  await author.page.click('#submit');
  await author.page.locator('#state').filter({ hasText: 'Chờ duyệt' }).waitFor();
  await author.context.close();
}

/** Opens the item named `title` from the person's inbox section `section`. */
async function openFromInbox(session, section, title) {
  await session.page.goto(`${DAOTRU}/admin/index.xhtml`);
  await session.page.locator(`#inbox-${section}`).getByRole('link', { name: title }).click();
  await session.page.locator('#state').waitFor();
}

/** "YYYY-MM-DDTHH:mm:ss" in Vietnam time, as a datetime-local field takes it. */
function vietnamLocal(date) {
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit',
    hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23',
  }).format(date).replace(' ', 'T');
}

/** Polls the commune's home page (a condition, not a fixed wait) until it links to `title`. */
async function waitUntilPublic(page, title, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    await page.goto(`${DAOTRU}/`);
    if (await page.getByRole('link', { name: title }).count() > 0) {
      return true;
    }
    await page.waitForTimeout(500);
  }
  return false;
}

test('collaborator → secretariat → field member → scheduled → public at its time', async () => {
  const title = `Đạo Trù khánh thành đường liên thôn Đồng Giếng — ${RUN}`;
  await submitAsCollaborator(title);

  const secretariat = await logIn('thuky.daotru');
  await openFromInbox(secretariat, 'submitted', title);
  await secretariat.page.click('#action-TAKE');
  await secretariat.page.locator('#state').filter({ hasText: 'Đang biên tập' }).waitFor();
  await secretariat.page.selectOption('#escalate-target', 'thanhvien.daotru');
  await secretariat.page.selectOption('#escalate-field', 'van-hoa-xa-hoi');
  await secretariat.page.click('#action-ESCALATE');
  await secretariat.page.locator('#state').filter({ hasText: 'Xin ý kiến' }).waitFor();
  assert.match(await secretariat.page.locator('#escalated-to').textContent(), /thanhvien\.daotru/);
  assert.equal(await secretariat.page.locator('#action-APPROVE').count(), 0,
    'the secretariat does not approve what it escalated');

  const member = await logIn('thanhvien.daotru');
  await openFromInbox(member, 'escalated-to-me', title);
  await member.page.click('#action-APPROVE');
  await member.page.locator('#state').filter({ hasText: 'Đã duyệt' }).waitFor();
  assert.equal(await member.page.locator('#action-PUBLISH').count(), 0, 'members approve, the secretariat publishes');
  await member.context.close();

  await openFromInbox(secretariat, 'approved', title);
  const at = new Date(Date.now() + 12_000);
  await secretariat.page.fill('#scheduled-at-input', vietnamLocal(at));
  await secretariat.page.click('#action-SCHEDULE');
  await secretariat.page.locator('#state').filter({ hasText: 'Hẹn giờ đăng' }).waitFor();
  await secretariat.context.close();

  const citizen = await browser.newContext();
  const home = await citizen.newPage();
  await home.goto(`${DAOTRU}/`);
  assert.equal(await home.getByRole('link', { name: title }).count(), 0, 'not public before its time');
  assert.ok(await waitUntilPublic(home, title, 90_000), 'public after its time');
  assert.ok(Date.now() >= at.getTime() - 1000, 'not published early');
  await home.getByRole('link', { name: title }).click();
  assert.equal((await home.locator('h1').first().textContent()).trim(), title);
  assert.match(await home.locator('#source-line').textContent(), /^Nguồn: Xã Đạo Trù/);
  await citizen.close();
});

test('a rejection reaches the author with its reason and note', async () => {
  const title = `Tin chưa rõ nguồn về lễ hội đền Tây Thiên — ${RUN}`;
  await submitAsCollaborator(title);

  const secretariat = await logIn('thuky.daotru');
  await openFromInbox(secretariat, 'submitted', title);
  await secretariat.page.click('#action-REJECT');
  assert.match(await secretariat.page.locator('#messages').textContent(), /Phải chọn lý do từ chối/);
  await secretariat.page.selectOption('#reason', 'UNKNOWN_SOURCE');
  await secretariat.page.fill('#note', 'Đề nghị ghi rõ nguồn tin và người cung cấp.');
  await secretariat.page.click('#action-REJECT');
  await secretariat.page.locator('#state').filter({ hasText: 'Bị từ chối' }).waitFor();
  await secretariat.context.close();

  const author = await logIn('congtacvien.daotru');
  const row = author.page.locator('#inbox-mine tr', { hasText: title });
  assert.match(await row.textContent(), /Không rõ nguồn gốc — Đề nghị ghi rõ nguồn tin và người cung cấp\./);
  await row.getByRole('link', { name: title }).click();
  assert.match(await author.page.locator('#rejection').textContent(), /Không rõ nguồn gốc/);
  assert.equal(await author.page.locator('#edit-link').count(), 1, 'the author may revise and resubmit');
  await author.context.close();
});

test('the head force-publishes an urgent item; it is "not yet reviewed" until the deputy reviews it', async () => {
  const title = `Khẩn: xã Đạo Trù sơ tán dân vùng sạt lở — ${RUN}`;
  await submitAsCollaborator(title);

  const head = await logIn('truongban.daotru');
  await openFromInbox(head, 'in-progress', title);
  await head.page.click('#action-FORCE_PUBLISH');
  assert.match(await head.page.locator('#messages').textContent(), /lý do khẩn cấp/);
  await head.page.fill('#force-note', 'Mưa lớn, nguy cơ sạt lở: cần thông báo ngay cho nhân dân.');
  await head.page.click('#action-FORCE_PUBLISH');
  await head.page.locator('#state').filter({ hasText: 'Đã xuất bản' }).waitFor();
  assert.equal(await head.page.locator('#review-pending').count(), 1, 'flagged as not yet reviewed');
  assert.equal(await head.page.locator('#action-REVIEW').count(), 0, 'the head does not review their own decision');
  await head.context.close();

  const deputy = await logIn('photruongban.daotru');
  await openFromInbox(deputy, 'review', title);
  await deputy.page.click('#action-REVIEW');
  await deputy.page.locator('#reviewed-by').waitFor();
  assert.match(await deputy.page.locator('#reviewed-by').textContent(), /photruongban\.daotru/);
  assert.equal(await deputy.page.locator('#review-pending').count(), 0);
  await deputy.context.close();
});

test('the unit administrator assigns a member with a field and removes the role; an editor may not', async () => {
  const editor = await logIn('bientap.daotru');
  const refused = await editor.page.goto(`${DAOTRU}/admin/board.xhtml`);
  assert.equal(refused.status(), 403);
  await editor.context.close();

  const admin = await logIn('admin.daotru.tamdao.vinhphuc');
  await admin.page.goto(`${DAOTRU}/admin/board.xhtml`);
  await admin.page.fill('#grant-username', 'bientap.daotru');
  await admin.page.selectOption('#grant-role', 'MEMBER');
  await admin.page.click('#grant');
  assert.match(await admin.page.locator('#messages').textContent(), /ít nhất một lĩnh vực/);

  await admin.page.fill('#grant-username', 'bientap.daotru');
  await admin.page.selectOption('#grant-role', 'MEMBER');
  await admin.page.getByLabel('Kinh tế').check();
  await admin.page.click('#grant');
  const grant = admin.page.locator('[data-grant="bientap.daotru-MEMBER"]');
  await grant.waitFor();
  assert.match(await grant.textContent(), /Thành viên ban biên tập \(theo lĩnh vực\): Kinh tế/);

  await grant.getByRole('link', { name: 'Gỡ' }).click();
  await admin.page.locator('#seat-table').waitFor();
  assert.equal(await admin.page.locator('[data-grant="bientap.daotru-MEMBER"]').count(), 0);
  await admin.context.close();
});
