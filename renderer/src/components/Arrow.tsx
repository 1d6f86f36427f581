import { useTranslation } from '../i18n/use-translation';

/** "Back" or "forward" as an arrow pointing the way the page reads: mirrored in a right-to-left language. */
export function Arrow({ to }: { to: 'back' | 'forward' }) {
  const { i18n } = useTranslation();
  const rightToLeft = i18n.dir() === 'rtl';
  const glyph = (to === 'forward') !== rightToLeft ? '→' : '←';
  return <span aria-hidden="true">{to === 'forward' ? ` ${glyph}` : `${glyph} `}</span>;
}
