// `Pod Template:` in `kubectl describe deployment|replicaset|…` (describe.go
// DescribePodTemplate, v1.35): the template's labels, containers, volumes and
// scheduling fields, indented under the title. A template has no status, so its
// containers show neither IDs nor states, and downward-API values are empty.
import type { IPodTemplateSpec as PodTemplateSpec } from 'kubernetes-models/v1/PodTemplateSpec';
import type { PodSpec } from '../../../api/objects';
import { formatLabelSelector } from '../workloadTables';
import { printAnnotationsMultiline, printLabelsMultiline, printTolerationsMultiline } from './common';
import { describeContainers } from './containers';
import { describeVolumes } from './volumes';
import { LEVEL_0, LEVEL_1, type PrefixWriter } from './writer';

type TopologySpreadConstraint = NonNullable<PodSpec['topologySpreadConstraints']>[number];

const SPACE = '  ';

/** `zone:DoNotSchedule when max skew 1 is exceeded for selector app=web`, sorted by topology key. */
function describeTopologySpreadConstraints(constraints: TopologySpreadConstraint[] | undefined, w: PrefixWriter): void {
  if (!constraints || constraints.length === 0) return;
  const sorted = [...constraints].sort((a, b) => (a.topologyKey < b.topologyKey ? -1 : a.topologyKey > b.topologyKey ? 1 : 0));
  w.write(LEVEL_0, `${SPACE}Topology Spread Constraints:\t`);
  sorted.forEach((c, i) => {
    if (i !== 0) w.write(LEVEL_0, `${SPACE}\t`);
    const selector = c.labelSelector ? ` for selector ${formatLabelSelector(c.labelSelector)}` : '';
    w.write(LEVEL_0, `${c.topologyKey}:${c.whenUnsatisfiable} when max skew ${c.maxSkew} is exceeded${selector}\n`);
  });
}

export function describePodTemplate(template: PodTemplateSpec | undefined, w: PrefixWriter): void {
  w.write(LEVEL_0, 'Pod Template:\n');
  if (!template) {
    w.write(LEVEL_1, '<unset>');
    return;
  }
  const spec = template.spec;
  printLabelsMultiline(w, `${SPACE}Labels`, template.metadata?.labels);
  const annotations = template.metadata?.annotations;
  if (annotations && Object.keys(annotations).length > 0) printAnnotationsMultiline(w, `${SPACE}Annotations`, annotations);
  if (spec?.serviceAccountName) w.write(LEVEL_1, `Service Account:\t${spec.serviceAccountName}\n`);
  if (spec?.initContainers && spec.initContainers.length > 0) {
    describeContainers('Init Containers', spec.initContainers, undefined, undefined, w, SPACE);
  }
  describeContainers('Containers', spec?.containers ?? [], undefined, undefined, w, SPACE);
  describeVolumes(spec?.volumes, w, SPACE);
  describeTopologySpreadConstraints(spec?.topologySpreadConstraints, w);
  if (spec?.priorityClassName) w.write(LEVEL_1, `Priority Class Name:\t${spec.priorityClassName}\n`);
  printLabelsMultiline(w, `${SPACE}Node-Selectors`, spec?.nodeSelector);
  printTolerationsMultiline(w, `${SPACE}Tolerations`, spec?.tolerations);
}
