// The product's database as the tests see it: row counts, to prove that a refused request wrote nothing.
// CONG_E2E_DB names it (mysql://user:password@host:port/database; .cong/test.sh sets it to its private MariaDB);
// the `mariadb` client reads it — the tests need no database driver of their own.
import { execFileSync } from 'node:child_process';

// written by the platform's own bookkeeping whatever a request's fate: refused sign-ins are counted against their
// address (login_throttle), background jobs claim their turn (job_claim) and deliver notifications and e-mail
const BOOKKEEPING = new Set(['login_throttle', 'job_claim', 'mail_outbox', 'notification', 'flyway_schema_history']);

function database() {
  const url = process.env.CONG_E2E_DB;
  if (!url) throw new Error('CONG_E2E_DB is not set: the row-count check needs the database (see .cong/test.sh)');
  const { username, password, hostname, port, pathname } = new URL(url);
  return ['--no-defaults', `-h${hostname}`, `-P${port || 3306}`, `-u${decodeURIComponent(username)}`,
    `-p${decodeURIComponent(password)}`, '-N', '-B', pathname.slice(1)];
}

function query(sql) {
  return execFileSync('mariadb', [...database(), '-e', sql], { encoding: 'utf8' }).trim().split('\n')
    .filter(Boolean).map((line) => line.split('\t'));
}

/**
 * The number of rows of every table but the bookkeeping ones (audit lines of sign-in attempts, the periodic
 * obligations the compliance job opens and the scheduled retention runs excluded too).
 */
export function databaseCounts() {
  const tables = query('SHOW TABLES').map(([name]) => name).filter((name) => !BOOKKEEPING.has(name));
  // periodic obligations (period_start set) are opened by the compliance job on its own clock, at any moment; the
  // scheduled retention run (RetentionJob.SCHEDULE, a minute after start, then daily) likewise
  const counts = tables.map((name) => (name === 'audit_event'
    ? `SELECT '${name}', COUNT(*) FROM audit_event WHERE action NOT LIKE 'LOGIN%'`
    : name === 'obligation' ? `SELECT '${name}', COUNT(*) FROM obligation WHERE period_start IS NULL`
      : name === 'retention_run' ? `SELECT '${name}', COUNT(*) FROM retention_run WHERE started_by <> 'Lịch tự động'`
        : `SELECT '${name}', COUNT(*) FROM \`${name}\``));
  return Object.fromEntries(query(counts.join(' UNION ALL ')).map(([name, count]) => [name, Number(count)]));
}

/**
 * The link of the newest e-mail queued to the account with address `recipient` in the outbox (sent or not), as the
 * person would click it. The outbox keeps addresses sealed (personal data), so the account's row says whose it is.
 */
export function outboxLink(recipient) {
  const quoted = recipient.replace(/'/g, "''");
  return linkOf(query(`SELECT m.text_body FROM mail_outbox m JOIN account a ON a.id = m.account_id
    WHERE a.email = '${quoted}' ORDER BY m.id DESC LIMIT 1`));
}

/** The link of the newest e-mail whose text mentions `words` (a citizen's receipt names its tracking code). */
export function outboxLinkMentioning(words) {
  const quoted = words.replace(/'/g, "''").replace(/[%_\\]/g, (c) => `\\${c}`);
  return linkOf(query(`SELECT text_body FROM mail_outbox WHERE text_body LIKE '%${quoted}%' ORDER BY id DESC LIMIT 1`));
}

/** The sealed form the outbox keeps an address in, for the test that no address is stored in clear. */
export function outboxRecipients(words) {
  const quoted = words.replace(/'/g, "''");
  return query(`SELECT recipient FROM mail_outbox WHERE text_body LIKE '%${quoted}%'`).map(([value]) => value);
}

function linkOf([row] = []) {
  if (!row) return null;
  const match = row[0].replace(/\\n/g, '\n').match(/https?:\/\/\S+/);
  return match ? match[0] : null;
}

/** How many rows one table holds. */
export function rowCount(table) {
  return Number(query(`SELECT COUNT(*) FROM \`${table.replace(/`/g, '')}\``)[0][0]);
}
