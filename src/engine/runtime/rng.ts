import { flat } from './strings';

/**
 * The seeded random generator every actor draws from: UIDs, IPs, MACs, veth names,
 * pod-name suffixes and load-balancing choices all come from here, so the same seed
 * gives the same cluster. sfc32 seeded through a string hash; each actor gets its own
 * stream (`forActor`), so adding a draw in one component never shifts another's.
 */
export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number | string) {
    const h = cyrb128(String(seed));
    this.a = h[0];
    this.b = h[1];
    this.c = h[2];
    this.d = h[3];
    for (let i = 0; i < 12; i++) this.next();
  }

  /** A stream of its own for one actor, derived from the sandbox seed and the actor's id. */
  static forActor(seed: number | string, actorId: string): Rng {
    return new Rng(`${seed}/${actorId}`);
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.a >>>= 0;
    this.b >>>= 0;
    this.c >>>= 0;
    this.d >>>= 0;
    let t = (this.a + this.b) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.d = (this.d + 1) | 0;
    t = (t + this.d) | 0;
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 4294967296;
  }

  /** Integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[this.int(items.length)]!;
  }

  /** `n` lowercase hex digits, as in container IDs and veth names (8 digits per draw). */
  hex(n: number): string {
    let out = '';
    while (out.length < n) {
      const x = Math.floor(this.next() * 4294967296) >>> 0;
      out += BYTE_HEX[x >>> 24]! + BYTE_HEX[(x >>> 16) & 255]! + BYTE_HEX[(x >>> 8) & 255]! + BYTE_HEX[x & 255]!;
    }
    return flat(out.length === n ? out : out.slice(0, n));
  }

  /** A version-4 UUID, the shape of `metadata.uid`. */
  uuid(): string {
    const h = this.hex(32);
    // Version 4 in the 13th digit, the RFC 4122 variant (8, 9, a or b) in the 17th.
    const variant = HEX[(hexDigit(h.charCodeAt(16)) & 0x3) | 0x8]!;
    return flat(`${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20)}`);
  }

  /**
   * Random characters from the alphabet Kubernetes uses for generated name suffixes
   * (apimachinery `util/rand.String`: no vowels, no confusable digits).
   */
  suffix(n: number): string {
    let out = '';
    for (let i = 0; i < n; i++) out += NAME_ALPHABET[this.int(NAME_ALPHABET.length)];
    return out;
  }

  /** A locally administered unicast MAC address, as Linux gives a new veth or bridge. */
  mac(): string {
    const bytes = [(this.int(256) & 0xfe) | 0x02];
    for (let i = 0; i < 5; i++) bytes.push(this.int(256));
    return bytes.map((b) => b.toString(16).padStart(2, '0')).join(':');
  }
}

const HEX = '0123456789abcdef';

/** The value of a lowercase hex digit's character code. */
function hexDigit(code: number): number {
  return code <= 57 ? code - 48 : code - 87;
}
const BYTE_HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
export const NAME_ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';

/** cyrb128: a small, well-mixed 128-bit string hash used only to seed the generator. */
function cyrb128(str: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < str.length; i++) {
    const k = str.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}
