/** Which shell runs the page; its own module so the store's types need not load the platforms. */
export type Edition = 'desktop' | 'browser';
