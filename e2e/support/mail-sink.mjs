// The in-process SMTP server of the browser tests (smtp-server): the product started by ./cong test e-mails to it on
// 127.0.0.1, and each message is written whole to $CONG_E2E_MAILDIR/<n>.eml for support/mail.js to read. Started and
// stopped by .cong/test.sh; loopback only, no authentication, no TLS (nothing leaves the test's network namespace).
import { SMTPServer } from 'smtp-server';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.CONG_E2E_MAILDIR;
const port = Number(process.env.CONG_E2E_SMTP_PORT || 2525);
if (!dir) throw new Error('CONG_E2E_MAILDIR is not set');
mkdirSync(dir, { recursive: true });
let received = 0;

const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS', 'AUTH'],
  size: 10 * 1024 * 1024,
  onData(stream, session, callback) {
    const chunks = [];
    stream.on('data', (chunk) => chunks.push(chunk));
    stream.on('end', () => {
      received += 1;
      writeFileSync(join(dir, `${Date.now()}-${received}.eml`), Buffer.concat(chunks));
      callback();
    });
  },
});
server.listen(port, '127.0.0.1', () => console.log(`mail sink on 127.0.0.1:${port}, writing to ${dir}`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
