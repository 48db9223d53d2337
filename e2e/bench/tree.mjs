// ./cong bench --country, the back office's unit tree with the country loaded (issue #11.7): the operator, signed in
// at Thành phố Hà Nội (30 districts, 579 communes of the 10,810 units), searches a name without diacritics and opens
// a district's branch; prints the median times of 5 tries. CONG_BASE_PORT names the product's port.
import { launchChromium, logIn } from '../support/back-office.js';

const PORT = process.env.CONG_BASE_PORT || '8080';
const HANOI = `http://hanoi.localhost:${PORT}`;
const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];

const browser = await launchChromium();
try {
  const { page } = await logIn(browser, HANOI, 'vanhanh');
  const searches = [];
  const opens = [];
  let found = '';
  for (let i = 0; i < 5; i += 1) {
    let start = Date.now();
    await page.goto(`${HANOI}/admin/units.xhtml?q=${encodeURIComponent('phuc xa')}`);
    found = await page.locator('#results-count').textContent();
    searches.push(Date.now() - start);
    const district = page.locator('#tree .ui-treenode-content', { hasText: 'Quận Ba Đình' });
    start = Date.now();
    await district.locator('.ui-tree-toggler').click();
    await page.locator('#tree .ui-treenode-content', { hasText: 'Phường Phúc Xá' }).waitFor();
    opens.push(Date.now() - start);
  }
  console.log(`bench-tree: at Hà Nội, search "phuc xa" (${found.trim()}) ${median(searches)} ms page load,`
    + ` opening Quận Ba Đình (14 wards) ${median(opens)} ms — medians of 5`);
  console.log(`bench-tree: RESULT search_ms=${median(searches)} open_ms=${median(opens)}`);
} finally {
  await browser.close();
}
