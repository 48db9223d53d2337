// Signing in to the back office as a person does: password, then — for heads, the secretariat, DIC
// administrators and operators — the code of their authenticator app (the demo accounts' TOTP, support/totp.js).
import { chromium } from 'playwright-core';
import { freshCode } from './totp.js';

export const PASSWORD = 'Cong@2026demo';

/** After the password the page asks for the code, shows an error, or has left the login page. */
export async function settled(page) {
  await page.waitForFunction(() => document.querySelector('#code') || document.querySelector('.ui-messages-error')
    || !location.pathname.endsWith('/login.xhtml'));
}

/** Fills the login form (and the code step when asked); resolves once the sign-in has settled. */
export async function signIn(page, host, username, password = PASSWORD) {
  await page.goto(`${host}/admin/index.xhtml`);
  await page.fill('#username', username);
  await page.fill('#password', password);
  await page.click('#login');
  await settled(page);
  if (await page.locator('#code').count()) {
    await page.fill('#code', await freshCode(username));
    await Promise.all([page.waitForURL(/\/admin\/(?!login)/), page.click('#verify')]);
  }
}

/** A new browser context (a separate device) signed in as `username`. */
export async function logIn(browser, host, username, contextOptions = {}) {
  const context = await browser.newContext({ locale: 'vi-VN', ...contextOptions });
  const page = await context.newPage();
  await signIn(page, host, username);
  return { context, page };
}

/** Demo accounts whose roles require a second factor (heads, secretariat, DIC administrator, operator). */
const SECOND_FACTOR = /^(thuky|truongban)\.|^qtri\.|^vanhanh$/;

/** The body of `POST /api/v1/auth/token` for a demo account, with a fresh code where its role needs one. */
export async function tokenRequest(username) {
  return SECOND_FACTOR.test(username) ? { username, password: PASSWORD, code: await freshCode(username) }
    : { username, password: PASSWORD };
}

/** Debian's Chromium, headless, as every browser test runs it (test tools may not download browsers here). */
export function launchChromium() {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

/** Waits until PrimeFaces has no Ajax request queued or in flight (a menu's change redraws part of the page). */
export async function ajaxSettled(page) {
  await page.waitForFunction(() => !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty());
}

/** Picks `label` in the PrimeFaces select menu `id`, as a person does, and waits for what the choice redraws. */
export async function choose(page, id, label) {
  await page.click(`#${id}`);
  await page.click(`#${id}_items li:has-text("${label}")`);
  await ajaxSettled(page);
}
