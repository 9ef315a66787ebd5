import { describe, expect, it } from 'vitest';
import { iptablesRuleSet } from '../../../src/engine/kubeProxy/iptables';
import { portProtoHash, sepChain, svcChain } from '../../../src/engine/kubeProxy/hash';
import type { ServicePortInfo } from '../../../src/engine/kubeProxy/model';
import { ruleText, storedProbability } from '../../../src/engine/nodeNet/iptables/rule';
import { compose, iptablesSave } from '../../../src/engine/nodeNet/iptables/tables';

function port(over: Partial<ServicePortInfo>): ServicePortInfo {
  return {
    namespace: 'default',
    name: 'web',
    portName: 'http',
    spn: 'default/web:http',
    protocol: 'tcp',
    clusterIP: '10.96.123.45',
    port: 80,
    externalIPs: [],
    loadBalancerIPs: [],
    externalLocal: false,
    internalLocal: false,
    externallyAccessible: false,
    endpoints: [],
    ...over,
  };
}

const ep = (ip: string, port: number, local = false) => ({ ip, port, local, key: `${ip}:${port}` });

describe('chain names', () => {
  it('hashes the service port name and protocol as proxier.go does', () => {
    expect(svcChain('default/kubernetes:https', 'tcp')).toBe('KUBE-SVC-NPX46M4PTMTKRN6Y');
    expect(svcChain('kube-system/kube-dns:dns', 'udp')).toBe('KUBE-SVC-TCOU7JCQXEZGVUNU');
    expect(svcChain('default/web:http', 'tcp')).toBe('KUBE-SVC-CDGGSHYLG3RE2FKL');
    expect(sepChain('default/web:http', 'tcp', '10.244.1.6:8080')).toBe('KUBE-SEP-F7BHZ7WL3PFYMSRY');
    expect(sepChain('default/web:http', 'tcp', '10.244.2.7:8080')).toBe('KUBE-SEP-2RIJ5GIYXEFH6G4D');
    expect(portProtoHash('default/web:http', 'tcp')).toHaveLength(16);
  });
});

describe('statistic probabilities', () => {
  it('prints what iptables stored, with 11 decimals', () => {
    expect(storedProbability(1 / 2).toFixed(11)).toBe('0.50000000000');
    expect(storedProbability(1 / 3).toFixed(11)).toBe('0.33333333349');
    expect(storedProbability(1 / 4).toFixed(11)).toBe('0.25000000000');
  });
});

describe('iptables mode rules', () => {
  it('writes the kube-dns rules of a real kubeadm + flannel node', () => {
    const dns = port({ namespace: 'kube-system', name: 'kube-dns', portName: 'dns', spn: 'kube-system/kube-dns:dns', protocol: 'udp', clusterIP: '10.96.0.10', port: 53, endpoints: [ep('10.244.0.4', 53), ep('10.244.0.5', 53)] });
    const rs = iptablesRuleSet([dns], '10.244.0.0/16');
    const lines = rs.rules.nat.map(ruleText);
    expect(lines).toEqual(
      expect.arrayContaining([
        '-A KUBE-SERVICES -d 10.96.0.10/32 -p udp -m comment --comment "kube-system/kube-dns:dns cluster IP" -m udp --dport 53 -j KUBE-SVC-TCOU7JCQXEZGVUNU',
        '-A KUBE-SVC-TCOU7JCQXEZGVUNU ! -s 10.244.0.0/16 -d 10.96.0.10/32 -p udp -m comment --comment "kube-system/kube-dns:dns cluster IP" -m udp --dport 53 -j KUBE-MARK-MASQ',
        '-A KUBE-SVC-TCOU7JCQXEZGVUNU -m comment --comment "kube-system/kube-dns:dns -> 10.244.0.4:53" -m statistic --mode random --probability 0.50000000000 -j KUBE-SEP-WXWGHGKZOCNYRYI7',
        '-A KUBE-SVC-TCOU7JCQXEZGVUNU -m comment --comment "kube-system/kube-dns:dns -> 10.244.0.5:53" -j KUBE-SEP-LPGSDLJ3FDW46N4W',
        '-A KUBE-SEP-WXWGHGKZOCNYRYI7 -s 10.244.0.4/32 -m comment --comment "kube-system/kube-dns:dns" -j KUBE-MARK-MASQ',
        '-A KUBE-SEP-WXWGHGKZOCNYRYI7 -p udp -m comment --comment "kube-system/kube-dns:dns" -m udp -j DNAT --to-destination 10.244.0.4:53',
        '-A KUBE-MARK-MASQ -j MARK --set-xmark 0x4000/0x4000',
        '-A KUBE-POSTROUTING -m mark ! --mark 0x4000/0x4000 -j RETURN',
        '-A KUBE-POSTROUTING -j MARK --set-xmark 0x4000/0x0',
        '-A KUBE-POSTROUTING -m comment --comment "kubernetes service traffic requiring SNAT" -j MASQUERADE --random-fully',
      ]),
    );
    expect(lines[lines.length - 1]).toBe('-A KUBE-SERVICES -m comment --comment "kubernetes service nodeports; NOTE: this must be the last rule in this chain" -m addrtype --dst-type LOCAL -j KUBE-NODEPORTS');
  });

  it('sends NodePort traffic through KUBE-EXT, which marks it for masquerade under policy Cluster', () => {
    const web = port({ nodePort: 30080, externallyAccessible: true, endpoints: [ep('10.244.1.6', 8080, true), ep('10.244.2.7', 8080)] });
    const lines = iptablesRuleSet([web], '10.244.0.0/16').rules.nat.map(ruleText);
    expect(lines).toContain('-A KUBE-NODEPORTS -p tcp -m comment --comment "default/web:http" -m tcp --dport 30080 -j KUBE-EXT-CDGGSHYLG3RE2FKL');
    expect(lines).toContain('-A KUBE-EXT-CDGGSHYLG3RE2FKL -m comment --comment "masquerade traffic for default/web:http external destinations" -j KUBE-MARK-MASQ');
    expect(lines).toContain('-A KUBE-EXT-CDGGSHYLG3RE2FKL -j KUBE-SVC-CDGGSHYLG3RE2FKL');
  });

  it('with policy Local keeps pod and host traffic on KUBE-SVC and sends the rest to KUBE-SVL (local endpoints only)', () => {
    const web = port({ nodePort: 30080, externallyAccessible: true, externalLocal: true, endpoints: [ep('10.244.1.6', 8080, true), ep('10.244.2.7', 8080)] });
    const lines = iptablesRuleSet([web], '10.244.0.0/16').rules.nat.map(ruleText);
    expect(lines).toContain('-A KUBE-EXT-CDGGSHYLG3RE2FKL -s 10.244.0.0/16 -m comment --comment "pod traffic for default/web:http external destinations" -j KUBE-SVC-CDGGSHYLG3RE2FKL');
    expect(lines).toContain('-A KUBE-EXT-CDGGSHYLG3RE2FKL -m comment --comment "masquerade LOCAL traffic for default/web:http external destinations" -m addrtype --src-type LOCAL -j KUBE-MARK-MASQ');
    expect(lines).toContain('-A KUBE-EXT-CDGGSHYLG3RE2FKL -j KUBE-SVL-CDGGSHYLG3RE2FKL');
    expect(lines).toContain('-A KUBE-SVL-CDGGSHYLG3RE2FKL -m comment --comment "default/web:http -> 10.244.1.6:8080" -j KUBE-SEP-F7BHZ7WL3PFYMSRY');
    expect(lines.some((l) => l.startsWith('-A KUBE-SVL-') && l.includes('10.244.2.7'))).toBe(false);
  });

  it('rejects in filter what has no endpoints, and drops external traffic on a node without a local one', () => {
    const none = iptablesRuleSet([port({ nodePort: 30080, externallyAccessible: true })], '10.244.0.0/16');
    expect(none.rules.filter.map(ruleText)).toEqual(
      expect.arrayContaining([
        '-A KUBE-SERVICES -d 10.96.123.45/32 -p tcp -m comment --comment "default/web:http has no endpoints" -m tcp --dport 80 -j REJECT --reject-with icmp-port-unreachable',
        '-A KUBE-EXTERNAL-SERVICES -p tcp -m comment --comment "default/web:http has no endpoints" -m addrtype --dst-type LOCAL -m tcp --dport 30080 -j REJECT --reject-with icmp-port-unreachable',
      ]),
    );
    expect(none.rules.nat.map(ruleText).some((l) => l.includes('KUBE-SVC-CDGG'))).toBe(false);
    const remote = iptablesRuleSet([port({ nodePort: 30080, externallyAccessible: true, externalLocal: true, endpoints: [ep('10.244.2.7', 8080)] })], '10.244.0.0/16');
    expect(remote.rules.filter.map(ruleText)).toContain('-A KUBE-EXTERNAL-SERVICES -p tcp -m comment --comment "default/web:http has no local endpoints" -m addrtype --dst-type LOCAL -m tcp --dport 30080 -j DROP');
  });

  it('prints the tables as iptables-save does: built-in chains first, then the user chains sorted', () => {
    const text = iptablesSave(compose([iptablesRuleSet([], '10.244.0.0/16')]), 'nat', Date.UTC(2026, 0, 5, 9, 10, 0));
    expect(text.split('\n').slice(0, 8)).toEqual([
      '# Generated by iptables-nft-save v1.8.10 (nf_tables) on Mon Jan  5 09:10:00 2026',
      '*nat',
      ':PREROUTING ACCEPT [0:0]',
      ':INPUT ACCEPT [0:0]',
      ':OUTPUT ACCEPT [0:0]',
      ':POSTROUTING ACCEPT [0:0]',
      ':KUBE-MARK-MASQ - [0:0]',
      ':KUBE-NODEPORTS - [0:0]',
    ]);
    expect(text).toContain('-A PREROUTING -m comment --comment "kubernetes service portals" -j KUBE-SERVICES\n');
    expect(text.endsWith('COMMIT\n# Completed on Mon Jan  5 09:10:00 2026\n')).toBe(true);
  });
});
