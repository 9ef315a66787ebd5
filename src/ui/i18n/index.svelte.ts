// The language the whole UI follows. Components call t(); reading `i18n.locale` inside it
// makes every label re-render when the learner switches language.
import { translate, type Locale, type Params } from './translate';

class I18n {
  locale = $state<Locale>('en');

  set(locale: Locale): void {
    this.locale = locale;
    if (typeof document !== 'undefined') document.documentElement.lang = locale === 'zh' ? 'zh-CN' : 'en';
  }
}

export const i18n = new I18n();

export function t(key: string, params?: Params): string {
  return translate(i18n.locale, key, params);
}

export type { Locale };
