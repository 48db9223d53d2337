// ./cong bench --country, the driver (issue #11.7): the platform's operator imports the whole 2025-03 country from
// the official list the product ships (63 provinces, 696 districts, 10,047 communes), confirms, and follows the job
// to its end; prints the dry run's time, the run's time and units per second. Run by .cong/bench-country.sh, which
// starts the product on a private MariaDB; CONG_BASE_PORT names the product's port.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { api, tokenFor } from '../support/api.js';

const OFFICIAL = new URL('../../provisioning/src/main/resources/vn/cong/provisioning/register/dvhcvn-2025-03.json.gz',
  import.meta.url);
const PLATFORM = 'localhost';
const list = gunzipSync(readFileSync(OFFICIAL));
const operator = await tokenFor('vinhphuc.localhost', 'vanhanh');

const planStart = Date.now();
const planned = await api(PLATFORM, '/api/v1/provisioning/imports?name=dvhcvn-2025-03.json', {
  method: 'POST', token: operator, body: list, headers: { 'Content-Type': 'application/octet-stream' },
});
if (planned.status !== 201) throw new Error(`the dry run failed: ${planned.status} ${planned.text.slice(0, 300)}`);
const planSeconds = (Date.now() - planStart) / 1000;
const id = planned.json.id;
console.log(`bench-country: dry run of ${planned.json.totalRows} rows in ${planSeconds.toFixed(1)} s`
  + ` (to open ${planned.json.totalRows - planned.json.skippedRows - planned.json.refusedRows},`
  + ` skipped ${planned.json.skippedRows}, refused ${planned.json.refusedRows})`);

const runStart = Date.now();
const started = await api(PLATFORM, `/api/v1/provisioning/imports/${id}/run`, { method: 'POST', token: operator });
if (started.status !== 202) throw new Error(`the run was refused: ${started.status} ${started.text}`);
let state;
let lastPrint = 0;
for (;;) {
  state = (await api(PLATFORM, `/api/v1/provisioning/imports/${id}`, { token: operator })).json;
  const seconds = (Date.now() - runStart) / 1000;
  if (seconds - lastPrint >= 15) {
    lastPrint = seconds;
    console.log(`bench-country: ${seconds.toFixed(0)} s — ${state.createdRows} opened, ${state.percentDone}%`);
  }
  if (state.state === 'DONE') break;
  await new Promise((resolve) => { setTimeout(resolve, 1000); });
}
const runSeconds = (Date.now() - runStart) / 1000;
console.log(`bench-country: RESULT import_id=${id} opened=${state.createdRows} skipped=${state.skippedRows} refused=${state.refusedRows}`
  + ` plan_s=${planSeconds.toFixed(1)} run_s=${runSeconds.toFixed(1)}`
  + ` units_per_s=${(state.createdRows / runSeconds).toFixed(1)}`);
