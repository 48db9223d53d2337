// The back office under its Content-Security-Policy (no 'unsafe-eval'): every page a board, an administrator and a
// DIC administrator open — with their charts, tables, dialogs and AJAX — runs without one refused script, style or
// evaluation, and without a script error. A refusal is what a person would see as a button that does nothing.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { logIn, launchChromium } from '../support/back-office.js';
import { http } from '../support/api.js';

const PORT = process.env.CONG_BASE_PORT || '8080';
const DAOTRU = `http://daotru.tamdao.vinhphuc.localhost:${PORT}`;
const VINHPHUC = `http://vinhphuc.localhost:${PORT}`;

let browser;

before(async () => {
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
});

/** Signs in and records, on every page of the session, what the browser refused or what threw. */
async function watched(host, username) {
  const session = await logIn(browser, host, username);
  const problems = [];
  session.page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy|unsafe-eval|EvalError/i.test(message.text())) {
      problems.push(`${session.page.url()}: ${message.text()}`);
    }
  });
  session.page.on('pageerror', (error) => problems.push(`${session.page.url()}: ${error.message}`));
  return { ...session, problems };
}

/** Opens every back-office page the menu offers this person, waiting for each to settle. */
async function visitEveryMenuPage({ page }, host) {
  await page.goto(`${host}/admin/index.xhtml`);
  const links = await page.locator('nav.adm-menu a[href*="/admin/"]').evaluateAll(
    (anchors) => [...new Set(anchors.map((a) => a.getAttribute('href')))]);
  assert.ok(links.length >= 5, `the menu lists the back office's pages: ${links}`);
  for (const link of links) {
    await page.goto(new URL(link, host).href);
    await page.waitForLoadState('networkidle');
  }
  return links;
}

test('the secretariat works through every back-office page with no script refused by the policy', async () => {
  const secretary = await watched(DAOTRU, 'thuky.daotru');
  const visited = await visitEveryMenuPage(secretary, DAOTRU);
  // AJAX: open an item from the inbox and its history, where PrimeFaces updates parts of the page
  await secretary.page.goto(`${DAOTRU}/admin/index.xhtml`);
  const first = secretary.page.locator('a[href*="item-view.xhtml"], a[href*="item-edit.xhtml"]').first();
  if (await first.count()) {
    await first.click();
    await secretary.page.waitForLoadState('networkidle');
  }
  assert.deepEqual(secretary.problems, [], `refused or failed on ${visited.length} pages`);
  await secretary.context.close();
});

test('the DIC administrator and a unit administrator see charts and tables with no script refused', async () => {
  const dic = await watched(VINHPHUC, 'qtri.sotttt');
  await visitEveryMenuPage(dic, VINHPHUC);
  assert.deepEqual(dic.problems, []);
  await dic.context.close();

  const admin = await watched(DAOTRU, 'admin.daotru.tamdao.vinhphuc');
  await visitEveryMenuPage(admin, DAOTRU);
  assert.deepEqual(admin.problems, []);
  await admin.context.close();
});

test('a missing page answers one well-formed 404 with the Vietnamese error page, on a kept-alive connection too', async () => {
  // Node's HTTP parser is strict: it refused a reason phrase with Vietnamese letters ("404 Không tìm thấy"), and the
  // error page written twice under one Content-Length (the page cache sent its copy, the container its own)
  for (const slug of ['khong-co-bai-nay', 'khong-co-bai-khac']) {
    const missing = await http('daotru.tamdao.vinhphuc.localhost', `/bai-viet/${slug}`);
    assert.equal(missing.status, 404);
    assert.equal(missing.text.match(/<!DOCTYPE html>/g).length, 1, 'the error page once');
    assert.match(missing.text, /<html lang="vi">/);
  }
});
