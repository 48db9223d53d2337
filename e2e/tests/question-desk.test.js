// A citizen's question from Đạo Trù to its answer at Huyện Tam Đảo (issue #12.8), in Chromium as the people do it: the
// citizen asks and gets a code, the status page says received, the receipt e-mail (received by the in-process SMTP
// server) links to it; Đạo Trù's secretariat sends it on to Tam Đảo with the reason on the Q&A desk; Tam Đảo's
// secretariat routes it to its Q&A responder, who answers; the secretariat publishes it; the answer shows on Tam Đảo's
// public list with the asker's phone masked and plain share links, and the asker's first link leads to it. The
// transferred question waits in the receiving secretariat's inbox, the routed one in the responder's.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { launchChromium, logIn } from '../support/back-office.js';
import { mailMentioning } from '../support/mail.js';

const PORT = process.env.CONG_BASE_PORT || '8080';
const DAOTRU = `http://daotru.tamdao.vinhphuc.localhost:${PORT}`;
const TAMDAO = `http://tamdao.vinhphuc.localhost:${PORT}`;
const PHONE = '0987 654 321';

let browser;

before(async () => {
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
});

/** Opens a question on the unit's desk by its tracking code. */
async function openOnDesk(page, host, code) {
  await page.goto(`${host}/admin/questions.xhtml?filter=ALL`);
  await Promise.all([page.waitForURL(/\/admin\/question\.xhtml\?id=\d+/), page.click(`a.question-link:has-text("${code}")`)]);
  assert.equal((await page.locator('#question-code').innerText()).trim(), code);
}

/** Presses a form's button: each action is a plain post answered by the question's page again. */
async function act(page, button) {
  await Promise.all([page.waitForNavigation(), page.click(button)]);
}

test('asked on Đạo Trù, sent on to Tam Đảo, answered by its responder, published with the phone masked', async () => {
  const citizen = await browser.newContext({ locale: 'vi-VN' });
  const ask = await citizen.newPage();
  const subject = `Đèn chiếu sáng đường tỉnh 302 ${Date.now()}`;
  const email = `binh.${Date.now()}@example.vn`;
  await ask.goto(`${DAOTRU}/hoi-dap/dat-cau-hoi`);
  await ask.check('input[name="nguoi-hoi"][value="ca-nhan"]');
  await ask.fill('#ho-ten', 'Trần Văn Bình');
  await ask.fill('#so-giay-to', '026085004321');
  await ask.fill('#dia-chi', 'Thôn Đồng Giang, xã Đạo Trù');
  await ask.fill('#dien-thoai', PHONE);
  await ask.fill('#email', email);
  await ask.fill('#tieu-de', subject);
  await ask.fill('#cau-hoi', 'Đoạn đường tỉnh 302 qua trung tâm xã mất điện chiếu sáng đã hai tuần; khi nào sửa?');
  await ask.waitForFunction(() => document.querySelector('input[name="altcha"]')?.value, null, { timeout: 20000 });
  await Promise.all([ask.waitForURL(/\/hoi-dap\/tra-cuu\?ma=PAKN/), ask.click('button[type="submit"]')]);
  const code = (await ask.locator('#status-code').innerText()).trim();
  assert.match(code, /^PAKN\.\d{8}\.\d{4}$/);
  assert.equal((await ask.locator('#status-state').innerText()).trim(), 'Đã tiếp nhận');
  const statusLink = await ask.locator('#status-link').getAttribute('href');

  const receipt = await mailMentioning(code, email);
  const mailed = receipt.text.match(/https?:\/\/\S+\/hoi-dap\/tra-cuu\?ma=\S+/)?.[0];
  assert.ok(mailed, `the receipt e-mail links to the status page: ${receipt.text}`);
  assert.equal(new URL(mailed).search, new URL(statusLink).search, 'the e-mailed link is the receipt\'s');
  const fromMail = await citizen.newPage();
  await fromMail.goto(mailed);
  assert.equal((await fromMail.locator('#status-code').innerText()).trim(), code);

  const daoTru = await logIn(browser, DAOTRU, 'thuky.daotru');
  await openOnDesk(daoTru.page, DAOTRU, code);
  assert.ok(!(await daoTru.page.locator('main, body').first().innerText()).includes(PHONE), 'the desk shows the phone masked');
  await daoTru.page.fill('#transfer-query', 'tamdao');
  await act(daoTru.page, '#transfer-search');
  await daoTru.page.selectOption('#transfer-unit', { label: 'Huyện Tam Đảo · tamdao.vinhphuc' });
  await daoTru.page.fill('#transfer-reason', 'Đường tỉnh 302 do Ủy ban nhân dân huyện quản lý');
  await act(daoTru.page, '#transfer-submit');
  assert.equal(await daoTru.page.locator('#question-state').getAttribute('data-state'), 'TRANSFERRED');
  const there = (await daoTru.page.locator('#question-transferred-to').innerText()).match(/PAKN\.\d{8}\.\d{4}/)?.[0];
  assert.ok(there, 'the desk names the code the question has at Tam Đảo');
  await daoTru.context.close();

  const tamDao = await logIn(browser, TAMDAO, 'thuky.tamdao');
  await tamDao.page.goto(`${TAMDAO}/admin/index.xhtml`);
  await tamDao.page.locator(`#inbox-questions-received a.question-link:has-text("${there}")`).waitFor();
  await openOnDesk(tamDao.page, TAMDAO, there);
  assert.match(await tamDao.page.locator('#question-transferred-from').innerText(), new RegExp(code.replace(/\./g, '\\.')));
  const responderOption = tamDao.page.locator('#route-responder option', { hasText: 'traloi.tamdao' });
  await tamDao.page.selectOption('#route-responder', await responderOption.getAttribute('value'));
  await act(tamDao.page, '#route-submit');
  assert.equal(await tamDao.page.locator('#question-state').getAttribute('data-state'), 'ROUTED');

  const responder = await logIn(browser, TAMDAO, 'traloi.tamdao');
  await responder.page.goto(`${TAMDAO}/admin/index.xhtml`);
  const mine = responder.page.locator(`#inbox-questions-routed-to-me a.question-link:has-text("${there}")`);
  await mine.waitFor(); // the question routed to the responder waits in their inbox, with its due date
  assert.equal(await responder.page.locator('#inbox-questions-received').count(), 0, 'a responder does not route');
  await openOnDesk(responder.page, TAMDAO, there);
  await responder.page.fill('#answer-text', 'Huyện đã giao Ban Quản lý dự án sửa hệ thống đèn trong tháng này.');
  await act(responder.page, '#answer-submit');
  assert.equal(await responder.page.locator('#question-state').getAttribute('data-state'), 'ANSWERED');
  assert.equal(await responder.page.locator('#publish-submit').count(), 0, 'the responder answers, the secretariat publishes');
  await responder.context.close();

  await openOnDesk(tamDao.page, TAMDAO, there);
  await act(tamDao.page, '#publish-submit');
  assert.equal(await tamDao.page.locator('#question-state').getAttribute('data-state'), 'PUBLISHED');
  await tamDao.context.close();

  const list = await citizen.newPage();
  await list.goto(`${TAMDAO}/hoi-dap`);
  const published = list.locator(`#answer-${there.replace(/\./g, '\\.')}`);
  assert.match(await published.locator('.answer-body').innerText(), /Ban Quản lý dự án/);
  assert.equal((await published.locator('.asker-phone').innerText()).trim(), '0987••••21', 'the phone masked');
  assert.equal((await published.locator('.asker-name').innerText()).trim(), 'T. V. Bình');
  const page = await list.locator('main').innerText();
  for (const secret of [PHONE, '0987654321', '026085004321', 'Đồng Giang', email, 'Trần Văn Bình']) {
    assert.ok(!page.includes(secret), `the public list shows no identity field whole: ${secret}`);
  }
  // shared by plain links to the networks' own pages: the answer's address in them, nothing of theirs loaded here
  const facebook = new URL(await published.locator('.share-facebook').getAttribute('href'));
  assert.equal(facebook.origin + facebook.pathname, 'https://www.facebook.com/sharer/sharer.php');
  assert.equal(facebook.searchParams.get('u'), `${TAMDAO}/hoi-dap#answer-${there}`);
  const zalo = new URL(await published.locator('.share-zalo').getAttribute('href'));
  assert.equal(zalo.origin + zalo.pathname, 'https://button-share.zalo.me/share_external');
  assert.equal(JSON.parse(Buffer.from(zalo.searchParams.get('d'), 'base64').toString()).url,
    `${TAMDAO}/hoi-dap#answer-${there}`);
  const foreign = await list.evaluate(() => [...document.querySelectorAll('script[src], iframe, img, link[href]')]
    .map((e) => e.src || e.href).filter((u) => u && new URL(u).hostname !== location.hostname));
  assert.deepEqual(foreign, [], 'no script, frame, image or style from another site');

  await ask.goto(statusLink);
  assert.equal(await ask.locator('#status-transferred').count(), 1, 'the first link tells of the transfer');
  await Promise.all([ask.waitForURL(/tamdao\.vinhphuc\.localhost.*\/hoi-dap\/tra-cuu\?ma=/), ask.click('#status-follow')]);
  assert.match(await ask.locator('#status-answer').innerText(), /Ban Quản lý dự án/, 'and leads to the answer');
  const told = await mailMentioning(there, email);
  assert.match(told.text, /\/hoi-dap\/tra-cuu\?ma=/, 'the answer is e-mailed with the way to follow it');
  await citizen.close();
});
