// RFC 6238 TOTP (HMAC-SHA1, 6 digits, 30-second steps) with node's crypto, for signing the demo accounts in.
// The demo accounts that need a second factor share DEMO_TOTP_SECRET (provisioning DemoDataLoader, README).
import { createHmac } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const DEMO_TOTP_SECRET = 'CONGDEMOTOTPSECRETFORVINHPHUC234';
const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

function base32Decode(text) {
  let bits = '';
  for (const c of text.replace(/=+$/, '').toUpperCase()) {
    const value = BASE32.indexOf(c);
    if (value < 0) throw new Error(`not Base32: ${c}`);
    bits += value.toString(2).padStart(5, '0');
  }
  return Buffer.from(bits.match(/.{8}/g).map((byte) => parseInt(byte, 2)));
}

/** The code of the time step `offset` steps from now (the server accepts -1, 0, +1, each code once). */
export function totp(secret = DEMO_TOTP_SECRET, offset = 0, now = Date.now()) {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(now / 1000 / 30) + offset));
  const hmac = createHmac('sha1', base32Decode(secret)).update(counter).digest();
  const at = hmac[hmac.length - 1] & 0x0f;
  return String((hmac.readUInt32BE(at) & 0x7fffffff) % 1_000_000).padStart(6, '0');
}

// The server refuses a code whose time step it already accepted for the same account (RFC 6238 §5.2).
// Signing the same account in twice within 30 seconds therefore takes the next step's code the second time.
// node --test runs each test file in a process of its own, and two files may sign the same account in within one
// half-minute: the steps used are kept in a file that every process of the run shares.
const STEPS_FILE = join(tmpdir(), `cong-e2e-totp-steps-${process.env.CONG_BASE_PORT || '8080'}.json`);

function usedSteps() {
  try {
    return JSON.parse(readFileSync(STEPS_FILE, 'utf8'));
  } catch {
    return {};
  }
}

/**
 * A code for `username` that the server has not seen yet: this step's, or the next one's. When both are taken (a
 * third sign-in of one account within a half-minute), it waits for the clock to reach the next step, the condition
 * the server itself checks.
 */
export async function freshCode(username, secret = DEMO_TOTP_SECRET) {
  for (;;) {
    const now = Date.now();
    const step = Math.floor(now / 1000 / 30);
    const steps = usedSteps();
    const last = steps[username];
    const offset = last !== undefined && last >= step ? last - step + 1 : 0;
    if (offset <= 1) {
      steps[username] = step + offset;
      writeFileSync(STEPS_FILE, JSON.stringify(steps));
      return totp(secret, offset, now);
    }
    await new Promise((resolve) => setTimeout(resolve, (step + 1) * 30_000 - now + 50));
  }
}
