import { serveStatic } from './tests/support/serve.mjs';
import { launchBrowser } from './tests/support/browser.ts';
const server = await serveStatic('dist');
const tag = process.argv[2];
const paths = ['/', '/route/', '/case-studies/coffee-dakseum/', '/related/psp-oudomxay/', '/lessons/community/'];
for (const width of [360, 1280]) {
  const browser = await launchBrowser({ viewport: { width, height: 900 } });
  for (const media of ['screen', 'print'] as const) {
    const page = await browser.context.newPage();
    await page.emulateMedia({ media });
    for (const p of paths) {
      await page.goto(`${server.origin}${p}`);
      await page.screenshot({
        path: `/tmp/shots2/${tag}-${width}-${media}-${p.replace(/\//g, '_')}.png`,
        fullPage: true,
      });
    }
    await page.close();
  }
  await browser.close();
}
await server.close();
