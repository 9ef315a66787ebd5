// The unexported fields of a resource.Quantity as ParseQuantity fills them
// (apimachinery pkg/api/resource/quantity.go), which go-cmp prints:
// {i: resource.int64Amount{value: 500, scale: -3}, s: "500m", Format: "DecimalSI"}.
import { interpretSuffix, parseQuantity, splitQuantity, type QuantityParts, type QuantitySuffix } from '../quantity';

export interface QuantityFields {
  /** i: the int64Amount, when the value fits one. */
  value: bigint;
  scale: number;
  /** d.Dec: the inf.Dec's String(), for values too precise for an int64Amount. */
  dec: string;
  /** s: the text, kept only when it is already canonical. */
  cached: string;
  format: string;
}

const ZERO: QuantityFields = { value: 0n, scale: 0, dec: '', cached: '', format: '' };
const MAX_INT64 = 2n ** 63n - 1n;
/** maxInt64Factors: the decimal digits an int64 always holds. */
const MAX_INT64_DIGITS = 18;

/** int64Amount's fast path: the digits that fit in an int64 at a scale no finer than nano. */
function int64Amount(text: string, p: QuantityParts, sx: QuantitySuffix): QuantityFields | undefined {
  const binary = sx.base === 2;
  const precision = binary
    ? p.denom === '' && sx.exponent >= 0
      ? 15 - p.num.length - Math.trunc((sx.exponent * 3) / 10) - 1
      : -1
    : MAX_INT64_DIGITS - (p.num.length + p.denom.length);
  const scale = (binary ? 0 : sx.exponent) - p.denom.length;
  if (precision < 0 || scale < -9) return undefined;
  const shifted = p.num + p.denom;
  const digits = BigInt(shifted);
  const result = binary ? digits << BigInt(sx.exponent) : digits;
  if (result > MAX_INT64) return undefined;
  const canonical = binary
    ? sx.exponent % 10 === 0 && (digits & 7n) !== 0n
    : scale % 3 === 0 && !shifted.endsWith('000') && !shifted.startsWith('0');
  const value = p.negative ? -result : result;
  return { value, scale, dec: '', cached: canonical ? text : '', format: sx.format };
}

/** The inf.Dec path: its String() is the value in base units. */
function infDec(text: string, sx: QuantitySuffix): QuantityFields {
  const q = parseQuantity(text);
  const nanos = typeof q === 'string' ? 0n : q.nanos;
  const abs = nanos < 0n ? -nanos : nanos;
  const frac = (abs % 1_000_000_000n).toString().padStart(9, '0').replace(/0+$/, '');
  const dec = `${nanos < 0n ? '-' : ''}${abs / 1_000_000_000n}${frac ? `.${frac}` : ''}`;
  return { ...ZERO, dec, format: sx.format };
}

/** ParseQuantity's result for a quantity's text ('' is the zero Quantity). */
export function quantityFields(text: string): QuantityFields {
  if (text === '0') return { ...ZERO, cached: '0', format: 'DecimalSI' };
  const parts = splitQuantity(text);
  const suffix = parts && interpretSuffix(parts.suffix);
  if (!parts || !suffix) return ZERO;
  return int64Amount(text, parts, suffix) ?? infDec(text, suffix);
}

/** What Quantity.Equal compares: the amount, whatever its format. */
export function quantityAmount(text: string): string {
  const q = parseQuantity(text);
  return typeof q === 'string' ? '0' : q.nanos.toString();
}
