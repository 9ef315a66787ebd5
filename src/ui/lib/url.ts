// A session in the location hash: the lesson (if any), seed, scenario, speed, the moment shown
// and every action with its time (relative to the learner's arrival), so a link replays exactly.
import type { Action } from './timeline';
import { isScenarioName, type ScenarioName } from './scenarios';

export interface SharedState {
  seed: number;
  scenario: ScenarioName;
  speed?: number;
  /** Virtual ms after arrival to stand at; the end of the actions when absent. */
  at?: number;
  /** Times relative to arrival. */
  actions: Action[];
  /** The lesson whose cluster this is (`02`): its scenario, not `scenario`, built the sandbox. */
  lesson?: string;
  /** The page's language when it is not English, so a teacher's link opens in Chinese. */
  lang?: 'zh';
}

const LESSON_ID = /^\d{2}$/;

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(s: string): string {
  const bin = atob(s.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder().decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
}

/** Compact rows: [t, "r", line] · [t, "i"] (Ctrl-C) · [t, "z"] (Ctrl-Z) · [t, "w", path, text] · [t, "c"] (the editor closed). */
type Row = [number, 'r', string] | [number, 'i'] | [number, 'z'] | [number, 'w', string, string] | [number, 'c'];

function toRow(a: Action): Row {
  if (a.op === 'run') return [a.t, 'r', a.line];
  if (a.op === 'interrupt') return [a.t, 'i'];
  if (a.op === 'suspend') return [a.t, 'z'];
  if (a.op === 'closeEditor') return [a.t, 'c'];
  return [a.t, 'w', a.path, a.text];
}

function fromRow(r: unknown): Action | undefined {
  if (!Array.isArray(r) || typeof r[0] !== 'number' || r[0] < 0) return undefined;
  const t = r[0];
  if (r[1] === 'r' && typeof r[2] === 'string') return { t, op: 'run', line: r[2] };
  if (r[1] === 'i') return { t, op: 'interrupt' };
  if (r[1] === 'z') return { t, op: 'suspend' };
  if (r[1] === 'c') return { t, op: 'closeEditor' };
  if (r[1] === 'w' && typeof r[2] === 'string' && typeof r[3] === 'string') return { t, op: 'write', path: r[2], text: r[3] };
  return undefined;
}

export function encodeHash(s: SharedState): string {
  const parts = [`seed=${s.seed}`, `scenario=${s.scenario}`];
  if (s.lesson !== undefined) parts.unshift(`lesson=${s.lesson}`);
  if (s.lang !== undefined) parts.push(`lang=${s.lang}`);
  if (s.speed !== undefined && s.speed !== 1) parts.push(`speed=${s.speed}`);
  if (s.at !== undefined) parts.push(`t=${Math.round(s.at)}`);
  if (s.actions.length > 0) parts.push(`a=${toBase64Url(JSON.stringify(s.actions.map(toRow)))}`);
  return '#' + parts.join('&');
}

/** The state a hash describes, or undefined when it describes none (or is damaged). */
export function decodeHash(hash: string): SharedState | undefined {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  if (![...params.keys()].length) return undefined;
  const seed = Number(params.get('seed') ?? 1);
  const scenario = params.get('scenario') ?? 'default';
  if (!Number.isInteger(seed) || !isScenarioName(scenario)) return undefined;
  const lesson = params.get('lesson') ?? undefined;
  if (lesson !== undefined && !LESSON_ID.test(lesson)) return undefined;
  const speed = params.has('speed') ? Number(params.get('speed')) : undefined;
  const at = params.has('t') ? Number(params.get('t')) : undefined;
  let actions: Action[] = [];
  const a = params.get('a');
  if (a) {
    try {
      const rows = JSON.parse(fromBase64Url(a)) as unknown;
      if (!Array.isArray(rows)) return undefined;
      actions = rows.map(fromRow).filter((x): x is Action => x !== undefined);
      if (actions.length !== rows.length) return undefined;
    } catch {
      return undefined;
    }
  }
  return {
    seed,
    scenario,
    ...(speed !== undefined && Number.isFinite(speed) && speed > 0 ? { speed } : {}),
    ...(at !== undefined && Number.isFinite(at) && at >= 0 ? { at } : {}),
    actions: actions.sort((x, y) => x.t - y.t),
    ...(lesson !== undefined ? { lesson } : {}),
    ...(params.get('lang') === 'zh' ? { lang: 'zh' as const } : {}),
  };
}

/** The language a link asks for (`#…&lang=zh`), read before the page is drawn. */
export function languageInHash(hash: string): 'en' | 'zh' | undefined {
  const lang = new URLSearchParams(hash.replace(/^#/, '')).get('lang');
  return lang === 'zh' || lang === 'en' ? lang : undefined;
}
