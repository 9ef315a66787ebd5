// A walk in one line for the learner: "client → web 10.96.123.45:80 (curl) · answered".
import type { Walk } from '../../viz/network/hops';
import type { ServiceView } from '../../viz/network/model';
import { summarize } from '../../viz/network/summary';
import { i18n, t } from '../i18n/index.svelte';
import { lookup } from '../i18n/translate';
import { lab } from './sandbox.svelte';
import { commandAt } from './walkTiming';

export function walkLabel(w: Walk, services: readonly ServiceView[]): string {
  // Whether the command had ended when the walk's hops were read: a walk is only "lost" if
  // its command ended and no answer came back by then.
  const command = lab.terminalAtTrace[commandAt(lab.commandTimes, w.t)];
  const s = summarize(w, services, command?.line, command?.done ?? true);
  const svc = s.service ? `${s.service.replace(/^default\//, '')} ` : '';
  const tool = s.dns ? t('net.dns', { tool: s.tool }) : s.tool;
  return `${s.client} → ${svc}${s.target} (${tool}) · ${t(`net.outcome.${s.outcome}`)}`;
}

/**
 * A packet's name in the learner's language: "request" and "response" are words; SYN,
 * SYN-ACK, RST and ARP are the protocol's own names and stay as traced.
 */
export function packetName(segment: string): string {
  return lookup(i18n.locale, `net.packet.${segment}`) ?? segment;
}
