// Netfilter's rule walk for one packet at one hook: rules in order, jumps into user
// chains and RETURN out of them, the built-in chain's ACCEPT policy at the end. The
// statistic match rolls the node's seeded RNG, so which endpoint a Service picks is
// random and reproducible.
import { inCidr } from '../addr';
import { storedProbability, type Match, type Rule } from './rule';
import type { TableName, Tables } from './tables';

export interface EvalPacket {
  src: string;
  dst: string;
  proto: 'tcp' | 'udp' | 'icmp';
  sport: number;
  dport: number;
  mark: number;
  ctstate: 'NEW' | 'ESTABLISHED' | 'RELATED' | 'INVALID';
}

export interface EvalEnv {
  random(): number;
  isLocal(ip: string): boolean;
  inSet(set: string, pkt: EvalPacket): boolean;
}

export type Verdict =
  | { kind: 'ACCEPT' | 'DROP' | 'POLICY' }
  | { kind: 'REJECT'; with: string }
  | { kind: 'DNAT'; to: string }
  | { kind: 'MASQUERADE' }
  | { kind: 'REDIRECT'; toPort: number };

export interface EvalResult {
  verdict: Verdict;
  /** Every rule that matched, in order (jumps included): the walk through the chains. */
  matched: Rule[];
  mark: number;
}

function matchOk(m: Match, p: EvalPacket, env: EvalEnv): boolean {
  switch (m.m) {
    case 'comment':
    case 'nfacct':
      return true;
    case 'l4':
      return p.proto === m.proto && (m.dport === undefined || m.dport === p.dport) && (m.sport === undefined || m.sport === p.sport);
    case 'statistic':
      return env.random() < storedProbability(m.probability);
    case 'mark':
      return ((p.mark & m.mask) === m.value) !== (m.not === true);
    case 'addrtype':
      return (m.dstType ? env.isLocal(p.dst) : env.isLocal(p.src)) !== (m.not === true);
    case 'conntrack':
      return m.ctstate.split(',').includes(p.ctstate) !== (m.not === true);
    case 'set':
      return env.inSet(m.name, p) !== (m.not === true);
  }
}

function ruleMatches(r: Rule, p: EvalPacket, env: EvalEnv): boolean {
  if (r.src && inCidr(p.src, r.src.cidr) === (r.src.not === true)) return false;
  if (r.dst && inCidr(p.dst, r.dst.cidr) === (r.dst.not === true)) return false;
  if (r.proto && r.proto !== p.proto) return false;
  for (const m of r.matches) if (!matchOk(m, p, env)) return false;
  return true;
}

/** Walk `chain` of `table` for the packet; MARK changes `p.mark` as it goes. */
export function evaluate(tables: Tables, table: TableName, chain: string, p: EvalPacket, env: EvalEnv): EvalResult {
  const matched: Rule[] = [];
  const verdict = walkChain(tables, table, chain, p, env, matched, 0) ?? { kind: 'POLICY' as const };
  return { verdict, matched, mark: p.mark };
}

function walkChain(tables: Tables, table: TableName, chain: string, p: EvalPacket, env: EvalEnv, matched: Rule[], depth: number): Verdict | undefined {
  if (depth > 16) return undefined;
  for (const r of tables.chains[table].get(chain) ?? []) {
    if (!ruleMatches(r, p, env)) continue;
    matched.push(r);
    const t = r.target;
    switch (t.kind) {
      case 'jump': {
        const v = walkChain(tables, table, t.chain, p, env, matched, depth + 1);
        if (v) return v;
        continue;
      }
      case 'RETURN':
        return undefined;
      case 'MARK':
        p.mark = ((p.mark & ~t.mask) ^ t.value) >>> 0;
        continue;
      case 'none':
        continue;
      case 'ACCEPT':
      case 'DROP':
        return { kind: t.kind };
      case 'REJECT':
        return { kind: 'REJECT', with: t.with };
      case 'DNAT':
        return { kind: 'DNAT', to: t.to };
      case 'MASQUERADE':
        return { kind: 'MASQUERADE' };
      case 'REDIRECT':
        return { kind: 'REDIRECT', toPort: t.toPorts };
    }
  }
  return undefined;
}
