// iptables rules as data, and the one text form everyone reads them in: iptables-save's.
// A rule keeps its matches in the order they were given (that is the order iptables-save
// prints `-m` modules in); the address and protocol matches always print first.

export type Proto = 'tcp' | 'udp' | 'icmp';

export type Match =
  | { m: 'comment'; text: string }
  | { m: 'l4'; proto: 'tcp' | 'udp'; dport?: number; sport?: number }
  | { m: 'statistic'; probability: number }
  | { m: 'mark'; value: number; mask: number; not?: boolean }
  | { m: 'addrtype'; dstType?: 'LOCAL'; srcType?: 'LOCAL'; not?: boolean }
  | { m: 'conntrack'; ctstate: string; not?: boolean }
  | { m: 'nfacct'; name: string }
  | { m: 'set'; name: string; flags: string; not?: boolean };

export type Target =
  | { kind: 'jump'; chain: string }
  | { kind: 'RETURN' | 'ACCEPT' | 'DROP' }
  | { kind: 'REJECT'; with: string }
  | { kind: 'DNAT'; to: string }
  | { kind: 'MASQUERADE'; randomFully: boolean }
  | { kind: 'MARK'; value: number; mask: number }
  | { kind: 'REDIRECT'; toPorts: number }
  | { kind: 'none' };

export interface Rule {
  chain: string;
  src?: { cidr: string; not?: boolean };
  dst?: { cidr: string; not?: boolean };
  proto?: Proto;
  matches: Match[];
  target: Target;
}

const hex = (n: number): string => `0x${n.toString(16)}`;

/** What iptables-save prints for the probability it stored as a 31-bit fraction. */
export function storedProbability(p: number): number {
  return Math.round(Number(p.toFixed(10)) * 0x80000000) / 0x80000000;
}

function matchText(m: Match): string {
  switch (m.m) {
    case 'comment':
      return `-m comment --comment ${quote(m.text)}`;
    case 'l4':
      return `-m ${m.proto}${m.sport !== undefined ? ` --sport ${m.sport}` : ''}${m.dport !== undefined ? ` --dport ${m.dport}` : ''}`;
    case 'statistic':
      return `-m statistic --mode random --probability ${storedProbability(m.probability).toFixed(11)}`;
    case 'mark':
      return `-m mark ${m.not ? '! ' : ''}--mark ${hex(m.value)}/${hex(m.mask)}`;
    case 'addrtype':
      return `-m addrtype ${m.not ? '! ' : ''}${m.dstType ? `--dst-type ${m.dstType}` : `--src-type ${m.srcType ?? 'LOCAL'}`}`;
    case 'conntrack':
      return `-m conntrack ${m.not ? '! ' : ''}--ctstate ${m.ctstate}`;
    case 'nfacct':
      return `-m nfacct --nfacct-name  ${m.name}`;
    case 'set':
      return `-m set ${m.not ? '! ' : ''}--match-set ${m.name} ${m.flags}`;
  }
}

/** iptables-save always quotes a comment (xtables_save_string). */
function quote(text: string): string {
  return `"${text.replace(/["\\]/g, (c) => `\\${c}`)}"`;
}

export function targetText(t: Target): string {
  switch (t.kind) {
    case 'jump':
      return `-j ${t.chain}`;
    case 'REJECT':
      return `-j REJECT --reject-with ${t.with}`;
    case 'DNAT':
      return `-j DNAT --to-destination ${t.to}`;
    case 'MASQUERADE':
      return `-j MASQUERADE${t.randomFully ? ' --random-fully' : ''}`;
    case 'MARK':
      return `-j MARK --set-xmark ${hex(t.value)}/${hex(t.mask)}`;
    case 'REDIRECT':
      return `-j REDIRECT --to-ports ${t.toPorts}`;
    case 'none':
      return '';
    default:
      return `-j ${t.kind}`;
  }
}

/** The rule as one `-A` line of iptables-save. */
export function ruleText(r: Rule): string {
  const parts = [`-A ${r.chain}`];
  if (r.src) parts.push(`${r.src.not ? '! ' : ''}-s ${r.src.cidr}`);
  if (r.dst) parts.push(`${r.dst.not ? '! ' : ''}-d ${r.dst.cidr}`);
  if (r.proto) parts.push(`-p ${r.proto}`);
  for (const m of r.matches) parts.push(matchText(m));
  const t = targetText(r.target);
  if (t) parts.push(t);
  return parts.join(' ');
}

/** A small builder so rule-writing code reads like the iptables command line. */
export class RuleBuilder {
  private readonly r: Rule;

  constructor(chain: string) {
    this.r = { chain, matches: [], target: { kind: 'none' } };
  }

  s(cidr: string, not = false): this {
    this.r.src = { cidr: cidr.includes('/') ? cidr : `${cidr}/32`, ...(not ? { not } : {}) };
    return this;
  }

  d(cidr: string, not = false): this {
    this.r.dst = { cidr: cidr.includes('/') ? cidr : `${cidr}/32`, ...(not ? { not } : {}) };
    return this;
  }

  p(proto: Proto): this {
    this.r.proto = proto;
    return this;
  }

  m(match: Match): this {
    this.r.matches.push(match);
    return this;
  }

  comment(text: string): this {
    return this.m({ m: 'comment', text });
  }

  /** `-p tcp -m tcp --dport N` (kube-proxy spells both). */
  dport(proto: 'tcp' | 'udp', port?: number): this {
    this.r.proto = proto;
    return this.m({ m: 'l4', proto, ...(port !== undefined ? { dport: port } : {}) });
  }

  j(target: Target | string): Rule {
    this.r.target = typeof target === 'string' ? (['RETURN', 'ACCEPT', 'DROP'].includes(target) ? { kind: target as 'RETURN' } : { kind: 'jump', chain: target }) : target;
    return this.r;
  }
}

export const A = (chain: string): RuleBuilder => new RuleBuilder(chain);
