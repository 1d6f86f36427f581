import type { Language } from '../../../core/model/schema/text';

/*
 * The user guide is docs/user-guide/<language>.md, bundled: the app opens it
 * offline. Each language's text is its own chunk, fetched the first time the
 * guide is opened; the screenshots are bundled as files of their own and
 * referenced by their place in the guide ("images/en/start.png").
 */
const TEXTS = import.meta.glob<string>('../../../docs/user-guide/*.md', { query: '?raw', import: 'default' });
const IMAGES = import.meta.glob<string>('../../../docs/user-guide/images/*/*.png', { query: '?url', import: 'default', eager: true });

const PREFIX = '../../../docs/user-guide/';

export function loadGuide(language: Language): Promise<string> {
  const load = TEXTS[`${PREFIX}${language}.md`] ?? TEXTS[`${PREFIX}en.md`]!;
  return load();
}

/** The bundled address of an image the guide names relative to itself; null when it is not bundled. */
export function guideImage(src: string): string | null {
  return IMAGES[`${PREFIX}${src.replace(/^\.\//, '')}`] ?? null;
}
