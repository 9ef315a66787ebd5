// The language the whole UI follows. Components call t(); reading `i18n.locale` inside it
// makes every label re-render when the learner switches language.
import { languageInHash } from '../lib/url';
import { translate, type Locale, type Params } from './translate';

/** A link's `lang=` first, else the browser's language: a Chinese browser opens in Chinese. */
function initialLocale(): Locale {
  if (typeof location === 'undefined') return 'en';
  const lang = languageInHash(location.hash);
  if (lang !== undefined) return lang;
  return typeof navigator !== 'undefined' && /^zh\b/i.test(navigator.language) ? 'zh' : 'en';
}

class I18n {
  locale = $state<Locale>('en');

  constructor() {
    this.set(initialLocale());
  }

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
