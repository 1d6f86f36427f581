import { CHROMIUM_ARGS } from '../tests/e2e/chromium';

/** Debian's Chromium, with the flags this closed network needs (see tests/e2e/chromium.ts). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ARGS = CHROMIUM_ARGS;

// Page-side code is kept as plain JavaScript text: tsx would otherwise wrap its inner
// functions in a naming helper that does not exist in the page.

/**
 * Page-side function source: clicks the element matching a selector and resolves with
 * click → painted frame (script work plus that frame's style, layout and paint, without
 * the idle wait for the next vsync). \`committed\` is an expression over \`target\` that must
 * hold right after the click's microtasks, or the figure would undercount.
 */
export function timedClickSource(committed: string): string {
  return `async (selector) => {
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())));
  const nextTask = () => new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve(performance.now());
    channel.port2.postMessage(0);
  });
  // Start just after a frame was painted, when the page is idle.
  await frame();
  await nextTask();
  const target = document.querySelector(selector);
  if (!target) throw new Error('nothing matches ' + selector);
  const start = performance.now();
  target.click();
  // React commits a click's update in a microtask; let every queued microtask run.
  for (let i = 0; i < 5; i++) await Promise.resolve();
  const scripted = performance.now();
  if (!(${committed})) throw new Error('the click was not committed within its microtasks: ' + selector);
  const frameStart = await frame();
  const painted = await nextTask();
  return scripted - start + (painted - frameStart);
}`;
}

/** Page-side function source: puts an autosave record and the English interface in the page's storage. */
export const SEED_AUTOSAVE = `(record) => new Promise((resolve, reject) => {
  localStorage.setItem('capamap.language', 'en');
  const open = indexedDB.open('capamap', 1);
  open.onupgradeneeded = () => open.result.createObjectStore('kv');
  open.onerror = () => reject(new Error('IndexedDB unavailable'));
  open.onsuccess = () => {
    const tx = open.result.transaction('kv', 'readwrite');
    tx.objectStore('kv').put(record, 'autosave');
    tx.oncomplete = () => { open.result.close(); resolve(); };
  };
})`;

export const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};

export const round = (n: number): number => Math.round(n * 10) / 10;
