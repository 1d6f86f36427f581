import { useTranslation } from 'react-i18next';
import { formatters, type Formatters } from '../lib/format';

export function useFormat(): Formatters {
  const { i18n } = useTranslation();
  return formatters(i18n.language);
}
