import { useTranslation } from '../i18n/use-translation';
import { formatters, type Formatters } from '../lib/format';

export function useFormat(): Formatters {
  const { i18n } = useTranslation();
  return formatters(i18n.language);
}
