// The e-mails the product sent during the browser tests, as the in-process SMTP server (support/mail-sink.mjs) received
// them, parsed by mailparser: poll for the one mentioning some words.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';

const dir = process.env.CONG_E2E_MAILDIR;

/** Every message received so far: { to, subject, text, html }. */
export async function receivedMail() {
  if (!dir) throw new Error('CONG_E2E_MAILDIR is not set: run the browser tests through ./cong test');
  const files = readdirSync(dir).filter((f) => f.endsWith('.eml')).sort();
  return Promise.all(files.map(async (file) => {
    const mail = await simpleParser(readFileSync(join(dir, file)));
    return { to: mail.to?.text ?? '', subject: mail.subject ?? '', text: mail.text ?? '', html: mail.html || '' };
  }));
}

/** The first message whose subject mentions `words` and is addressed to `to`, waiting for it up to `timeout` ms. */
export async function mailMentioning(words, to, timeout = 30000) {
  const until = Date.now() + timeout;
  for (;;) {
    const found = (await receivedMail()).find((m) => m.subject.includes(words) && m.to.includes(to));
    if (found) return found;
    if (Date.now() > until) throw new Error(`no e-mail to ${to} about ${words} within ${timeout} ms`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
