// The text a pod box shows, decided with the layout (a pure function of the box): the
// name always, cut with an ellipsis when the box is narrow, since "which box is web-1?" is
// the first thing a learner asks; then a namespace tag for pods outside `default`, STATUS
// and IP as far as the box has room.
import { fit } from './text';
import { TONE_GLYPH, addonName } from './tone';
import type { Box, PodBox } from './types';

/** One line of text, placed relative to the pod box; `size` is the font size in px. */
export interface PodLabel {
  text: string;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  size: number;
}

export interface PodLabels {
  name: PodLabel;
  /** The namespace, drawn as a tag (text in a small outlined box) when not `default`. */
  namespace?: PodLabel & { box: Box };
  ip?: PodLabel;
  status?: PodLabel;
}

/** What of a pod its labels are made from: its box and what `kubectl get pods` says of it. */
export type LabelledPod = Pick<PodBox, 'x' | 'y' | 'w' | 'h' | 'name' | 'namespace' | 'node' | 'ip' | 'ready' | 'status' | 'tone' | 'compact' | 'system'> & {
  /** Top of the container bars along the bottom (the box's height when it has none). */
  barsTop: number;
};

/** About how wide a character is at `size` px, bold or not, mono or not (the stage's sans-serif). */
const charW = (size: number, kind: 'bold' | 'plain' | 'mono') => size * (kind === 'bold' ? 0.64 : kind === 'mono' ? 0.6 : 0.56);
const TAG_SIZE = 9;
const TAG_PAD = 3;

/** The labels of a pod box; `noIp` is said while the CNI plugin has not given it an address. */
export function podLabels(p: LabelledPod, noIp: string): PodLabels {
  if (p.system) {
    return { name: { text: fit(`${TONE_GLYPH[p.tone]} ${addonName(p.name, p.node)}`, p.w - 6, charW(9, 'plain')), x: 4, y: 11, anchor: 'start', size: 9 } };
  }
  return p.compact ? compactLabels(p) : fullLabels(p, noIp);
}

function tag(text: string, right: number, baseline: number, anchor: 'middle' | 'end'): PodLabel & { box: Box } {
  const w = text.length * charW(TAG_SIZE, 'plain') + 2 * TAG_PAD;
  const x = anchor === 'end' ? right - w : right - w / 2;
  return { text, x: anchor === 'end' ? right - TAG_PAD : right, y: baseline, anchor, size: TAG_SIZE, box: { x, y: baseline - TAG_SIZE, w, h: TAG_SIZE + 3 } };
}

/**
 * A roomy box: the name on the first line with the namespace tag at its right end (when the
 * name still shows whole beside it, or at least eight characters of it), then IP and STATUS.
 */
function fullLabels(p: LabelledPod, noIp: string): PodLabels {
  const room = p.w - 12;
  const out: PodLabels = { name: { text: fit(p.name, room, charW(11, 'bold')), x: 6, y: 13, anchor: 'start', size: 11 } };
  if (p.namespace !== 'default') {
    const ns = fit(p.namespace, room * 0.45 - 2 * TAG_PAD, charW(TAG_SIZE, 'plain'));
    const beside = room - (ns.length * charW(TAG_SIZE, 'plain') + 2 * TAG_PAD) - 4;
    const name = fit(p.name, beside, charW(11, 'bold'));
    if (ns && (name === p.name || name.length >= 9)) {
      out.name.text = name;
      out.namespace = tag(ns, p.w - 6, 12, 'end');
    }
  }
  if (p.h >= 56) out.ip = { text: fit(p.ip ?? noIp, room, charW(10, 'mono')), x: 6, y: 25, anchor: 'start', size: 10 };
  out.status = { text: fit(`${TONE_GLYPH[p.tone]} ${p.ready} ${p.status}`, room, charW(10.5, 'plain')), x: 6, y: p.h < 56 ? 25 : 37, anchor: 'start', size: 10.5 };
  return out;
}

/**
 * A small box, centred lines: the name (at 9 px when the box is very narrow), then the
 * glyph and STATUS, then the namespace tag, each only while it stays above the containers.
 * A box with room for one line only shows the glyph beside the name when both fit whole.
 */
function compactLabels(p: LabelledPod): PodLabels {
  const size = p.w < 56 ? 9 : 10;
  const room = p.w - 6;
  const cx = p.w / 2;
  const lineH = size + 2.5;
  const lines = p.barsTop < size + 1 ? 0 : Math.max(1, Math.floor((p.barsTop - 3) / lineH));
  const first = Math.min(size + 3, (p.barsTop + size) / 2);
  const glyphed = `${TONE_GLYPH[p.tone]} ${p.name}`;
  const alone = lines === 1 && fit(glyphed, room, charW(size, 'bold')) === glyphed;
  // Two letters and an ellipsis name nothing: a box too small for three shows the glyph, as the
  // smallest boxes of a crowd do (their names are in the tooltip and the inspector).
  const cut = fit(p.name, room, charW(size, 'bold'));
  const name = alone ? glyphed : lines > 0 && (cut === p.name || cut.length >= 4) ? cut : TONE_GLYPH[p.tone];
  const out: PodLabels = { name: { text: name, x: cx, y: first, anchor: 'middle', size } };
  // Which namespace a pod is in matters more than its STATUS, which its colour and glyph carry.
  const ns = p.namespace === 'default' ? '' : fit(p.namespace, room - 2 * TAG_PAD, charW(TAG_SIZE, 'plain'));
  const nsLine = ns && lines >= 2 ? Math.min(lines, 3) : 0;
  if (lines >= 2 && nsLine !== 2) out.status = { text: fit(`${TONE_GLYPH[p.tone]} ${p.status}`, room, charW(9, 'plain')), x: cx, y: first + lineH, anchor: 'middle', size: 9 };
  if (nsLine) out.namespace = tag(ns, cx, first + (nsLine - 1) * lineH + 1, 'middle');
  return out;
}
