// `kubectl describe pod` (describe.go describePod, v1.35): identity and placement,
// status, IPs and owner, then init and app containers, readiness gates, conditions,
// volumes, QoS, node selectors, tolerations and events.
import type { KubeEvent, Pod } from '../../../api/objects';
import { ageOf, formatRFC1123Z } from '../duration';
import { describeResources, printAnnotationsMultiline, printLabelsMultiline, printTolerationsMultiline } from './common';
import { describeContainers } from './containers';
import { writeEvents } from './events';
import { podQOS } from './podResources';
import { describeVolumes } from './volumes';
import { LEVEL_0, LEVEL_1, PrefixWriter } from './writer';

function writeIdentity(pod: Pod, w: PrefixWriter): void {
  const spec = pod.spec;
  w.write(LEVEL_0, `Name:\t${pod.metadata?.name ?? ''}\n`);
  w.write(LEVEL_0, `Namespace:\t${pod.metadata?.namespace ?? ''}\n`);
  if (spec?.priority !== undefined) w.write(LEVEL_0, `Priority:\t${spec.priority}\n`);
  if (spec?.priorityClassName) w.write(LEVEL_0, `Priority Class Name:\t${spec.priorityClassName}\n`);
  if (spec?.runtimeClassName) w.write(LEVEL_0, `Runtime Class Name:\t${spec.runtimeClassName}\n`);
  if (spec?.serviceAccountName) w.write(LEVEL_0, `Service Account:\t${spec.serviceAccountName}\n`);
  w.write(LEVEL_0, spec?.nodeName ? `Node:\t${spec.nodeName}/${pod.status?.hostIP ?? ''}\n` : 'Node:\t<none>\n');
  if (pod.status?.startTime) w.write(LEVEL_0, `Start Time:\t${formatRFC1123Z(pod.status.startTime)}\n`);
  printLabelsMultiline(w, 'Labels', pod.metadata?.labels);
  printAnnotationsMultiline(w, 'Annotations', pod.metadata?.annotations);
}

function writeStatus(pod: Pod, now: number, w: PrefixWriter): void {
  const phase = pod.status?.phase ?? '';
  const deletion = pod.metadata?.deletionTimestamp;
  if (deletion && phase !== 'Failed' && phase !== 'Succeeded') {
    // The deletion timestamp is when the grace period ends, so until then its
    // age is negative and kubectl prints `(lasts <invalid>)`.
    w.write(LEVEL_0, `Status:\tTerminating (lasts ${ageOf(deletion, now)})\n`);
    const grace = pod.metadata?.deletionGracePeriodSeconds ?? pod.spec?.terminationGracePeriodSeconds ?? 30;
    w.write(LEVEL_0, `Termination Grace Period:\t${grace}s\n`);
  } else {
    w.write(LEVEL_0, `Status:\t${phase}\n`);
  }
  if (pod.status?.reason) w.write(LEVEL_0, `Reason:\t${pod.status.reason}\n`);
  if (pod.status?.message) w.write(LEVEL_0, `Message:\t${pod.status.message}\n`);
  const seccomp = pod.spec?.securityContext?.seccompProfile;
  if (seccomp) {
    w.write(LEVEL_0, `SeccompProfile:\t${seccomp.type}\n`);
    if (seccomp.type === 'Localhost') w.write(LEVEL_0, `LocalhostProfile:\t${seccomp.localhostProfile ?? ''}\n`);
  }
  w.write(LEVEL_0, `IP:\t${pod.status?.podIP ?? ''}\n`);
  const ips = pod.status?.podIPs ?? [];
  if (ips.length === 0) w.write(LEVEL_0, 'IPs:\t<none>\n');
  else {
    w.write(LEVEL_0, 'IPs:\n');
    for (const ip of ips) w.write(LEVEL_1, `IP:\t${ip.ip}\n`);
  }
  const controller = pod.metadata?.ownerReferences?.find((r) => r.controller);
  if (controller) w.write(LEVEL_0, `Controlled By:\t${controller.kind}/${controller.name}\n`);
  if (pod.status?.nominatedNodeName) w.write(LEVEL_0, `NominatedNodeName:\t${pod.status.nominatedNodeName}\n`);
  if (pod.spec?.resources) {
    w.write(LEVEL_0, 'Resources:\n');
    describeResources(pod.spec.resources, w, LEVEL_1);
  }
}

function writeConditions(pod: Pod, w: PrefixWriter): void {
  const conditions = pod.status?.conditions ?? [];
  const gates = pod.spec?.readinessGates ?? [];
  if (gates.length > 0) {
    w.write(LEVEL_0, 'Readiness Gates:\n  Type\tStatus\n');
    for (const g of gates) {
      const status = conditions.find((c) => c.type === g.conditionType)?.status ?? '<none>';
      w.write(LEVEL_1, `${g.conditionType} \t${status} \n`);
    }
  }
  if (conditions.length > 0) {
    // The trailing spaces after each cell are kubectl's own.
    w.write(LEVEL_0, 'Conditions:\n  Type\tStatus\n');
    for (const c of conditions) w.write(LEVEL_1, `${c.type} \t${c.status} \n`);
  }
}

export function describePod(pod: Pod, events: KubeEvent[] | undefined, now: number): string {
  const w = new PrefixWriter();
  writeIdentity(pod, w);
  writeStatus(pod, now, w);
  const spec = pod.spec;
  if (spec?.initContainers && spec.initContainers.length > 0) {
    describeContainers('Init Containers', spec.initContainers, pod.status?.initContainerStatuses, pod, w);
  }
  describeContainers('Containers', spec?.containers ?? [], pod.status?.containerStatuses, pod, w);
  if (spec?.ephemeralContainers && spec.ephemeralContainers.length > 0) {
    describeContainers('Ephemeral Containers', spec.ephemeralContainers, pod.status?.ephemeralContainerStatuses, pod, w);
  }
  writeConditions(pod, w);
  describeVolumes(spec?.volumes, w);
  w.write(LEVEL_0, `QoS Class:\t${podQOS(pod)}\n`);
  printLabelsMultiline(w, 'Node-Selectors', spec?.nodeSelector);
  printTolerationsMultiline(w, 'Tolerations', spec?.tolerations);
  writeEvents(w, events, now);
  return w.toString();
}
