// kube-proxy's chain names (pkg/proxy/iptables/proxier.go portProtoHash): the first 16
// characters of base32(sha256(servicePortName + protocol)), where the service port name
// is `namespace/name:port` (`namespace/name` for an unnamed port). Endpoint chains add the
// endpoint's `ip:port`. iptables chain names must stay under 29 characters.
import { sha256 } from '@noble/hashes/sha2.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';


/** RFC 4648 base32 (Go's base32.StdEncoding), without the padding nobody reads. */
export function base32(bytes: Uint8Array): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const b of bytes) {
    buffer = (buffer << 8) | b;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(buffer >>> (bits - 5)) & 31];
      bits -= 5;
    }
    buffer &= (1 << bits) - 1;
  }
  if (bits > 0) out += ALPHABET[(buffer << (5 - bits)) & 31];
  return out;
}

/** Hashes already computed: kube-proxy resyncs often and the names do not change. */
const memo = new Map<string, string>();

export function portProtoHash(servicePortName: string, protocol: string): string {
  const key = servicePortName + protocol;
  let h = memo.get(key);
  if (h === undefined) {
    h = base32(sha256(utf8ToBytes(key))).slice(0, 16);
    if (memo.size > 100_000) memo.clear();
    memo.set(key, h);
  }
  return h;
}

/** `ns/name:port`, or `ns/name` when the port has no name (proxy.ServicePortName.String). */
export function servicePortName(namespace: string, name: string, port: string): string {
  return port ? `${namespace}/${name}:${port}` : `${namespace}/${name}`;
}

export const svcChain = (spn: string, proto: string): string => `KUBE-SVC-${portProtoHash(spn, proto)}`;
export const svlChain = (spn: string, proto: string): string => `KUBE-SVL-${portProtoHash(spn, proto)}`;
export const extChain = (spn: string, proto: string): string => `KUBE-EXT-${portProtoHash(spn, proto)}`;
export const fwChain = (spn: string, proto: string): string => `KUBE-FW-${portProtoHash(spn, proto)}`;
export const sepChain = (spn: string, proto: string, endpoint: string): string => `KUBE-SEP-${portProtoHash(spn, proto + endpoint)}`;
