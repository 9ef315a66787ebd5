// The node's operating system as node-shell sees it: Ubuntu 24.04 with iproute2, bridge,
// iptables-nft, conntrack-tools, ipvsadm and curl; and the files a learner would cat to
// understand the Pod network — flannel's subnet.env and the CNI configuration.
import { DEBIAN_COMMANDS } from '../../images/toolsets';
import { defineImage } from '../../images/manifest';
import type { ImageManifest } from '../../images/types';
import { firstHost } from '../addr';
import type { NodeNetState } from '../types';

export const NODE_OS: ImageManifest = defineImage({
  ref: 'pod-lab/node-os:ubuntu-24.04',
  layers: [{ createdBy: 'ubuntu 24.04 server', size: 1 }],
  config: { env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'] },
  behaviour: 'debian',
  shell: 'bash',
  commands: [...DEBIAN_COMMANDS, 'ip', 'bridge', 'iptables-save', 'conntrack', 'ipvsadm', 'curl', 'ping', 'ps', 'ss'],
  versions: { curl: '8.5.0', iproute2: '6.1.0' },
});

export const FLANNEL_CONFLIST = `{
  "name": "cbr0",
  "cniVersion": "0.3.1",
  "plugins": [
    {
      "type": "flannel",
      "delegate": {
        "hairpinMode": true,
        "isDefaultGateway": true
      }
    },
    {
      "type": "portmap",
      "capabilities": {
        "portMappings": true
      }
    }
  ]
}
`;

/** A node's /etc/hosts: Ubuntu's, with every machine on the lab network but the laptop. */
export function nodeEtcHosts(node: string, hosts: readonly { name: string; ip: string }[]): string {
  const lines = ['127.0.0.1 localhost', `127.0.1.1 ${node}`, ...hosts.filter((h) => h.name !== 'laptop').map((h) => `${h.ip} ${h.name}`), '', '# The following lines are desirable for IPv6 capable hosts', '::1     ip6-localhost ip6-loopback', 'fe00::0 ip6-localnet', 'ff00::0 ip6-mcastprefix', 'ff02::1 ip6-allnodes', 'ff02::2 ip6-allrouters'];
  return lines.join('\n') + '\n';
}

export function nodeFiles(s: NodeNetState): Map<string, string> {
  const cidr = s.podCIDR ?? '10.244.0.0/24';
  return new Map([
    ['/etc/hostname', `${s.node}\n`],
    ['/etc/hosts', nodeEtcHosts(s.node, s.hosts)],
    ['/etc/resolv.conf', '# This is /run/systemd/resolve/stub-resolv.conf managed by man:systemd-resolved(8).\nnameserver 127.0.0.53\noptions edns0 trust-ad\nsearch .\n'],
    ['/etc/os-release', 'PRETTY_NAME="Ubuntu 24.04.3 LTS"\nNAME="Ubuntu"\nVERSION_ID="24.04"\nVERSION="24.04.3 LTS (Noble Numbat)"\nID=ubuntu\n'],
    ['/run/flannel/subnet.env', `FLANNEL_NETWORK=10.244.0.0/16\nFLANNEL_SUBNET=${firstHost(cidr)}/24\nFLANNEL_MTU=1450\nFLANNEL_IPMASQ=true\n`],
    ['/etc/cni/net.d/10-flannel.conflist', FLANNEL_CONFLIST],
    ['/proc/sys/net/ipv4/ip_forward', '1\n'],
    ['/proc/sys/net/bridge/bridge-nf-call-iptables', '1\n'],
  ]);
}
