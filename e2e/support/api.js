// The product's HTTP API as a machine client speaks to it: 127.0.0.1 with a portal's Host header (Node does not
// resolve *.localhost names itself), bearer tokens for the demo accounts.
import { request } from 'node:http';
import { tokenRequest } from './back-office.js';

export const PORT = process.env.CONG_BASE_PORT || '8080';

/**
 * One request; resolves with the status, the headers and the body as text. `localAddress` picks the loopback
 * address the request comes from (127.0.0.0/8 is all loopback), so that a test's refused sign-ins are counted
 * against an address of its own and never lock out 127.0.0.1 for the other tests. `port` is the product's
 * (CONG_BASE_PORT unless a test started one of its own).
 */
export function http(host, path, { method = 'GET', headers = {}, body, localAddress, port = PORT } = {}) {
  return new Promise((resolve, reject) => {
    const req = request({
      host: '127.0.0.1', port, path, method, localAddress,
      headers: { Host: `${host}:${port}`, ...headers },
    }, (res) => {
      const chunks = [];
      res.on('data', (d) => chunks.push(d));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

/** A JSON request; `json` is the parsed answer when it is JSON, else null. */
export async function api(host, path, { method = 'GET', token, body, headers = {}, localAddress } = {}) {
  const answer = await http(host, path, {
    method,
    localAddress,
    headers: {
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      ...(body !== undefined ? { 'Content-Type': 'application/json; charset=UTF-8' } : {}),
      ...headers,
    },
    body: body === undefined || typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body),
  });
  let json = null;
  try {
    json = JSON.parse(answer.text);
  } catch {
    // not JSON: an error page, a file, an empty answer
  }
  return { ...answer, json };
}

/** A bearer token for a demo account, with the second factor where its role needs one. */
export async function tokenFor(host, username) {
  const reply = await api(host, '/api/v1/auth/token', { method: 'POST', body: await tokenRequest(username) });
  if (reply.status !== 200) throw new Error(`no token for ${username}: ${reply.status} ${reply.text}`);
  return reply.json.token;
}
