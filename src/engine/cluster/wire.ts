import { LAPTOP_IP, LAPTOP_MAC, nicMac } from '../nodeNet/addr';
import type { WireHost } from '../nodeNet/types';
import type { Scenario } from '../scenario/types';

/**
 * The lab network 192.168.56.0/24 (a VirtualBox host-only network): the laptop at .1 on
 * vboxnet0 and every node's eth0. Each machine's network stack is an actor; a frame on
 * the wire is a message to the one that owns the destination MAC.
 */
export function wireHosts(scenario: Scenario): WireHost[] {
  return [
    { name: 'laptop', address: 'laptop#net', ip: LAPTOP_IP, mac: LAPTOP_MAC },
    ...scenario.nodes.map((n) => ({ name: n.name, address: `nodeNet/${n.name}`, ip: n.ip, mac: nicMac(n.name) })),
  ];
}
