// resource.Quantity, as far as scheduling and printing need it: "500m", "0.5", "2",
// "128Mi", "1Gi", "100M", "1e3". CPU is counted in millicores, everything else in units.

const BINARY: Record<string, number> = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60 };
const DECIMAL: Record<string, number> = { n: 1e-9, u: 1e-6, m: 1e-3, '': 1, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18 };

/** The value of a quantity in base units (cores, bytes), or undefined if it does not parse. */
export function parseQuantity(text: string | number | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (typeof text === 'number') return text;
  const m = /^([+-]?[0-9.]+)([eE][-+]?[0-9]+|[a-zA-Z]*)$/.exec(text.trim());
  if (!m) return undefined;
  const n = Number(m[1]);
  if (Number.isNaN(n)) return undefined;
  const suffix = m[2]!;
  if (/^[eE]/.test(suffix)) return n * 10 ** Number(suffix.slice(1));
  const mult = BINARY[suffix] ?? DECIMAL[suffix];
  return mult === undefined ? undefined : n * mult;
}

/** CPU in millicores: "500m" → 500, "2" → 2000. */
export function milliCPU(text: string | number | undefined): number {
  return Math.round((parseQuantity(text) ?? 0) * 1000);
}

/** Memory (or any plain quantity) in units: "128Mi" → 134217728. */
export function bytes(text: string | number | undefined): number {
  return Math.round(parseQuantity(text) ?? 0);
}

/** How kubectl describe prints millicores: 250 → "250m", 2000 → "2". */
export function formatMilliCPU(m: number): string {
  return m % 1000 === 0 ? String(m / 1000) : `${m}m`;
}

/** How kubectl describe prints memory amounts it summed: in the largest binary unit that divides evenly. */
export function formatBytes(n: number): string {
  for (const unit of ['Ei', 'Pi', 'Ti', 'Gi', 'Mi', 'Ki']) {
    const m = BINARY[unit]!;
    if (n !== 0 && n % m === 0) return `${n / m}${unit}`;
  }
  return String(n);
}
