// resource.Quantity as apimachinery parses, compares and prints it: "500m", "128Mi", "0.5"
// (→ 500m), "1e3". Values are held exactly as nano-units in a BigInt; the API server rounds
// resource lists up to milli-units anyway.

export type QuantityFormat = 'DecimalSI' | 'BinarySI' | 'DecimalExponent';

export interface Quantity {
  nanos: bigint;
  format: QuantityFormat;
}

/** quantity.go splitREString, quoted in ErrFormatWrong. */
export const QUANTITY_FORMAT_ERROR =
  "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";
export const QUANTITY_SUFFIX_ERROR = "unable to parse quantity's suffix";

const DECIMAL_SUFFIX: Record<string, number> = { n: -9, u: -6, m: -3, '': 0, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };
const BINARY_SUFFIX: Record<string, number> = { Ki: 10, Mi: 20, Gi: 30, Ti: 40, Pi: 50, Ei: 60 };
const SUFFIX_CHARS = 'eEinumkKMGTP';
const NANO = 1_000_000_000n;

export interface QuantityParts {
  negative: boolean;
  /** Integer digits without leading zeros ('0' when there are none). */
  num: string;
  /** Fraction digits. */
  denom: string;
  suffix: string;
}

/** parseQuantityString: sign, integer digits, optional fraction, then the suffix. */
export function splitQuantity(str: string): QuantityParts | undefined {
  let pos = 0;
  const negative = str[0] === '-';
  if (str[0] === '-' || str[0] === '+') pos++;
  const intStart = pos;
  while (pos < str.length && /[0-9]/.test(str[pos] ?? '')) pos++;
  const num = str.slice(intStart, pos).replace(/^0+/, '') || '0';
  let denom = '';
  if (str[pos] === '.') {
    const start = ++pos;
    while (pos < str.length && /[0-9]/.test(str[pos] ?? '')) pos++;
    denom = str.slice(start, pos);
  }
  const suffixStart = pos;
  while (pos < str.length && SUFFIX_CHARS.includes(str[pos] ?? '')) pos++;
  if (str[pos] === '-' || str[pos] === '+') pos++;
  while (pos < str.length && /[0-9]/.test(str[pos] ?? '')) pos++;
  if (pos < str.length) return undefined;
  return { negative, num, denom, suffix: str.slice(suffixStart) };
}

function scaleNanos(digits: bigint, fracLen: number, exp10: number): bigint {
  const shift = 9 + exp10 - fracLen;
  if (shift >= 0) return digits * 10n ** BigInt(shift);
  const div = 10n ** BigInt(-shift);
  return (digits + div - 1n) / div; // below a nano-unit: round up, as RoundUp does
}

export interface QuantitySuffix {
  base: 2 | 10;
  exponent: number;
  format: QuantityFormat;
}

/** quantitySuffixer.interpret: the base, exponent and format a suffix stands for. */
export function interpretSuffix(suffix: string): QuantitySuffix | undefined {
  const bin = BINARY_SUFFIX[suffix];
  if (bin !== undefined) return { base: 2, exponent: bin, format: 'BinarySI' };
  const dec = DECIMAL_SUFFIX[suffix];
  if (dec !== undefined) return { base: 10, exponent: dec, format: 'DecimalSI' };
  const exp = /^[eE]([-+]?[0-9]+)$/.exec(suffix)?.[1];
  return exp === undefined ? undefined : { base: 10, exponent: Number(exp), format: 'DecimalExponent' };
}

/** ParseQuantity: the quantity, or the error message the API server's decoder returns. */
export function parseQuantity(input: string): Quantity | string {
  const str = input.trim();
  if (str === '') return QUANTITY_FORMAT_ERROR;
  const parts = splitQuantity(str);
  if (!parts) return QUANTITY_FORMAT_ERROR;
  const suffix = interpretSuffix(parts.suffix);
  if (!suffix) return QUANTITY_SUFFIX_ERROR;
  const digits = BigInt(parts.num + parts.denom);
  const nanos =
    suffix.base === 2
      ? scaleNanos(digits, parts.denom.length, 0) * 2n ** BigInt(suffix.exponent)
      : scaleNanos(digits, parts.denom.length, suffix.exponent);
  return { nanos: parts.negative ? -nanos : nanos, format: suffix.format };
}

export function compareQuantity(a: Quantity, b: Quantity): number {
  return a.nanos < b.nanos ? -1 : a.nanos > b.nanos ? 1 : 0;
}

/** RoundUp(-3): the API server keeps resource lists at milli-unit precision. */
export function roundUpToMilli(q: Quantity): Quantity {
  const milli = 1_000_000n;
  const rem = q.nanos % milli;
  if (rem === 0n) return q;
  return { ...q, nanos: q.nanos - rem + (q.nanos > 0n ? milli : 0n) };
}

function decimalText(abs: bigint, format: QuantityFormat): string {
  let mant = abs;
  let exp = -9;
  while (mant % 10n === 0n) {
    mant /= 10n;
    exp++;
  }
  const r = ((exp % 3) + 3) % 3;
  if (r !== 0) {
    mant *= 10n ** BigInt(r);
    exp -= r;
  }
  if (format === 'DecimalExponent') return exp === 0 ? `${mant}` : `${mant}e${exp}`;
  const suffix = Object.entries(DECIMAL_SUFFIX).find(([, e]) => e === exp)?.[0];
  return suffix === undefined ? `${mant}e${exp}` : `${mant}${suffix}`;
}

/** Quantity.String(): the canonical form `kubectl get -o yaml` shows. */
export function formatQuantity(q: Quantity): string {
  if (q.nanos === 0n) return '0';
  const sign = q.nanos < 0n ? '-' : '';
  const abs = q.nanos < 0n ? -q.nanos : q.nanos;
  const whole = abs % NANO === 0n;
  if (q.format === 'BinarySI' && abs >= 1024n * NANO && whole) {
    let mant = abs / NANO;
    let steps = 0;
    while (mant % 1024n === 0n && steps < 6) {
      mant /= 1024n;
      steps++;
    }
    const suffix = Object.entries(BINARY_SUFFIX).find(([, e]) => e === steps * 10)?.[0] ?? '';
    return `${sign}${mant}${suffix}`;
  }
  return sign + decimalText(abs, q.format === 'BinarySI' ? 'DecimalSI' : q.format);
}

/** The text a JSON quantity value (string or number) carries. */
export function quantityText(v: unknown): string {
  return typeof v === 'string' ? v : String(v);
}
