// resource.Quantity as kubectl prints it (apimachinery pkg/api/resource): a value
// with a format (DecimalSI `500m`/`2`/`129M`, BinarySI `128Mi`, DecimalExponent
// `1e3`) whose String() is the canonical form. Values are kept exact, in nano units.

export type QuantityFormat = 'DecimalSI' | 'BinarySI' | 'DecimalExponent';

export interface Quantity {
  /** The value × 10^9, exact. */
  nanos: bigint;
  format: QuantityFormat;
}

const NANO = 1_000_000_000n;
const BINARY: Record<string, bigint> = { Ki: 1n << 10n, Mi: 1n << 20n, Gi: 1n << 30n, Ti: 1n << 40n, Pi: 1n << 50n, Ei: 1n << 60n };
const DECIMAL: Record<string, number> = { n: -9, u: -6, m: -3, '': 0, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };
const DECIMAL_SUFFIX: Record<number, string> = { [-9]: 'n', [-6]: 'u', [-3]: 'm', 0: '', 3: 'k', 6: 'M', 9: 'G', 12: 'T', 15: 'P', 18: 'E' };
const BINARY_SUFFIX = ['', 'Ki', 'Mi', 'Gi', 'Ti', 'Pi', 'Ei'];

export const ZERO: Quantity = { nanos: 0n, format: 'DecimalSI' };

function pow10(e: number): bigint {
  return 10n ** BigInt(e);
}

/** Parse `500m`, `128Mi`, `0.5`, `1e3`; undefined when it is not a quantity. */
export function parseQuantity(input: string | number | undefined): Quantity | undefined {
  if (input === undefined) return undefined;
  const m = /^([+-]?)(\d*)(?:\.(\d*))?(?:(Ki|Mi|Gi|Ti|Pi|Ei|[numkMGTPE])|[eE]([+-]?\d+))?$/.exec(String(input).trim());
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) return undefined;
  const [, sign, whole = '', frac = '', suffix, exp] = m;
  // mantissa × 10^-frac.length, then scale to nanos.
  let nanos = BigInt(whole + frac || '0') * NANO;
  let format: QuantityFormat = 'DecimalSI';
  let scale = -frac.length;
  if (suffix !== undefined && suffix in BINARY) {
    nanos *= BINARY[suffix] ?? 1n;
    format = 'BinarySI';
  } else if (suffix !== undefined) {
    scale += DECIMAL[suffix] ?? 0;
  } else if (exp !== undefined) {
    scale += Number(exp);
    format = 'DecimalExponent';
  }
  nanos = scale >= 0 ? nanos * pow10(scale) : nanos / pow10(-scale);
  return { nanos: sign === '-' ? -nanos : nanos, format };
}

export function addQuantities(a: Quantity, b: Quantity): Quantity {
  // Add keeps the format of the receiver, as Quantity.Add does.
  return { nanos: a.nanos + b.nanos, format: a.format };
}

export function compareQuantities(a: Quantity, b: Quantity): number {
  return a.nanos < b.nanos ? -1 : a.nanos > b.nanos ? 1 : 0;
}

/** Value() rounded up to an integer, as Quantity.Value does. */
export function quantityValue(q: Quantity): bigint {
  const v = q.nanos / NANO;
  return q.nanos > v * NANO ? v + 1n : v;
}

/** MilliValue() rounded up, as Quantity.MilliValue does. */
export function quantityMilliValue(q: Quantity): bigint {
  const unit = NANO / 1000n;
  const v = q.nanos / unit;
  return q.nanos > v * unit ? v + 1n : v;
}

/** Quantity.String(): the canonical form (`1500m`, `2`, `128Mi`, `129M`, `0`). */
export function formatQuantity(q: Quantity): string {
  if (q.nanos === 0n) return '0';
  const neg = q.nanos < 0n;
  const abs = neg ? -q.nanos : q.nanos;
  const sign = neg ? '-' : '';
  if (q.format === 'BinarySI' && abs >= 1024n * NANO && abs % NANO === 0n) {
    let v = abs / NANO;
    let exp = 0;
    while (v % 1024n === 0n && exp < BINARY_SUFFIX.length - 1) {
      v /= 1024n;
      exp++;
    }
    return `${sign}${v}${BINARY_SUFFIX[exp] ?? ''}`;
  }
  // Decimal: strip factors of ten, then step down to a multiple of three.
  let mantissa = abs;
  let exponent = -9;
  while (mantissa % 10n === 0n) {
    mantissa /= 10n;
    exponent++;
  }
  while (((exponent % 3) + 3) % 3 !== 0) {
    mantissa *= 10n;
    exponent--;
  }
  if (q.format === 'DecimalExponent') return exponent === 0 ? `${sign}${mantissa}` : `${sign}${mantissa}e${exponent}`;
  while (exponent > 18) {
    mantissa *= 1000n;
    exponent -= 3;
  }
  return `${sign}${mantissa}${DECIMAL_SUFFIX[exponent] ?? ''}`;
}

/** Canonical String() of a stored quantity; text that does not parse is shown as is. */
export function canonicalQuantity(input: string | number | undefined): string {
  const q = parseQuantity(input);
  return q ? formatQuantity(q) : String(input ?? '');
}
