/**
 * The Docker CLI's formatting: go-units sizes and durations (`266MB`, `About a minute
 * ago`) and text/tabwriter columns as `docker images` sets them up.
 */

/** Go's `%.*g`: `precision` significant digits, trailing zeros dropped, `1e+03` past the precision. */
export function goFormatG(x: number, precision: number): string {
  if (x === 0) return '0';
  const strip = (m: string): string => (m.includes('.') ? m.replace(/\.?0+$/, '') : m);
  const [mantissa = '', e = '0'] = x.toExponential(precision - 1).split('e');
  const exp = Number(e);
  if (exp < -4 || exp >= precision) return `${strip(mantissa)}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  return strip(x.toFixed(Math.max(0, precision - 1 - exp)));
}

const DECIMAL_UNITS = ['B', 'kB', 'MB', 'GB', 'TB', 'PB', 'EB', 'ZB', 'YB'];

/** go-units `HumanSizeWithPrecision(size, 3)`: decimal units, as `docker images` prints SIZE. */
export function humanSize(bytes: number): string {
  let size = bytes;
  let i = 0;
  while (size >= 1000 && i < DECIMAL_UNITS.length - 1) {
    size /= 1000;
    i++;
  }
  return `${goFormatG(size, 3)}${DECIMAL_UNITS[i]}`;
}

/** go-units `HumanDuration`: `Less than a second`, `About a minute`, `3 hours`, `2 weeks`. */
export function humanDuration(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  if (seconds < 1) return 'Less than a second';
  if (seconds === 1) return '1 second';
  if (seconds < 60) return `${seconds} seconds`;
  const minutes = Math.floor(seconds / 60);
  if (minutes === 1) return 'About a minute';
  if (minutes < 60) return `${minutes} minutes`;
  const hours = Math.floor(ms / 3_600_000 + 0.5);
  if (hours === 1) return 'About an hour';
  if (hours < 48) return `${hours} hours`;
  if (hours < 24 * 7 * 2) return `${Math.floor(hours / 24)} days`;
  if (hours < 24 * 30 * 2) return `${Math.floor(hours / 24 / 7)} weeks`;
  if (hours < 24 * 365 * 2) return `${Math.floor(hours / 24 / 30)} months`;
  return `${Math.floor(ms / 3_600_000 / 24 / 365)} years`;
}

/**
 * text/tabwriter with the CLI's settings (`tabwriter.NewWriter(out, minwidth, 1, padding, ' ', 0)`):
 * every column but the last is as wide as its widest cell plus the padding, at least minwidth.
 */
export function tabwrite(rows: readonly (readonly string[])[], opts: { minwidth: number; padding: number }): string {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, i) => {
      if (i < row.length - 1) widths[i] = Math.max(widths[i] ?? opts.minwidth, cell.length + opts.padding);
    });
  }
  return rows.map((row) => row.map((cell, i) => (i < row.length - 1 ? cell.padEnd(widths[i] ?? 0) : cell)).join('') + '\n').join('');
}

/** Bytes of a string in UTF-8: what a file or a JSON document weighs. */
export { utf8Length } from '../../images/effects';
