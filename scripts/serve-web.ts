import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { RENDERER_ROOT, createWebServer, listen } from './web-server';

// `npm run web`: the browser edition, for machines where nothing can be installed.
const port = Number(process.env.PORT ?? 5173);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a number from 0 to 65535, not "${process.env.PORT}".`);
  process.exit(1);
}
if (!existsSync(join(RENDERER_ROOT, 'index.html'))) {
  console.error('The app is not built yet: run `npm run build` first.');
  process.exit(1);
}
listen(createWebServer(), port).then(
  (url) => console.log(`CapaMap browser edition: ${url} (Ctrl+C to stop)`),
  (error: Error) => {
    console.error(`Cannot serve on port ${port}: ${error.message}`);
    process.exit(1);
  },
);
