// Looking up a message in a locale file: `group.key`, where the key may itself contain dots
// (`caption.pod.create`), and filling `{name}` placeholders.
import en from './en.json';
import zh from './zh.json';

export type Locale = 'en' | 'zh';
export type Params = Record<string, string | number | undefined>;
type Dict = Record<string, Record<string, string>>;

export const DICTS: Record<Locale, Dict> = { en, zh };

/** The message for `group.key` in `locale`, or undefined when neither it nor English has one. */
export function lookup(locale: Locale, key: string): string | undefined {
  const dot = key.indexOf('.');
  const group = key.slice(0, dot);
  const rest = key.slice(dot + 1);
  return DICTS[locale][group]?.[rest] ?? DICTS.en[group]?.[rest];
}

export function fill(text: string, params: Params = {}): string {
  return text.replace(/\{(\w+)\}/g, (m, name: string) => {
    const v = params[name];
    return v === undefined ? m : String(v);
  });
}

/** The filled message, or the key itself so a missing message is visible rather than blank. */
export function translate(locale: Locale, key: string, params?: Params): string {
  const text = lookup(locale, key);
  return text === undefined ? key : fill(text, params);
}
