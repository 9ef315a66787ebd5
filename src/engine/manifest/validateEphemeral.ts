// ValidatePodEphemeralContainersUpdate (pkg/apis/core/validation): what a write to a Pod's
// `ephemeralcontainers` subresource must satisfy. An ephemeral container is a container
// without the fields a Pod's own services rely on (ports, probes, lifecycle, resources);
// its name is unique among all the Pod's containers; its target, if any, is one of them;
// and one added before may be neither changed nor removed.
import { sameJson } from '../api/mergePatch';
import type { KubeObject } from '../api/objects';
import { duplicate, forbidden, notFound } from './fieldErrors';
import { asList, asObj, str, type Obj } from './meta';
import type { FieldError } from './types';
import { validateContainerCommon } from './validateContainer';
import { validateVolumes } from './validateVolumes';

const PATH = 'spec.ephemeralContainers';

/** Fields an ephemeral container may not set (the complement of allowedEphemeralContainerFields). */
const DISALLOWED = ['ports', 'resources', 'resizePolicy', 'restartPolicy', 'lifecycle', 'livenessProbe', 'readinessProbe', 'startupProbe'];

function isSet(v: unknown): boolean {
  if (v === undefined || v === null) return false;
  if (Array.isArray(v)) return v.length > 0;
  if (typeof v === 'object') return Object.values(v as Obj).some(isSet);
  return v !== '';
}

function validateOne(ec: Obj, path: string, volumes: Set<string>, taken: Set<string>, targets: Set<string>): FieldError[] {
  const errs = validateContainerCommon(ec, volumes, path);
  const name = str(ec.name);
  if (name && taken.has(name)) errs.push(duplicate(`${path}.name`, name));
  taken.add(name);
  for (const field of DISALLOWED) if (isSet(ec[field])) errs.push(forbidden(`${path}.${field}`, 'cannot be set for an Ephemeral Container'));
  const target = str(ec.targetContainerName);
  if (target && !targets.has(target)) errs.push(notFound(`${path}.targetContainerName`, target));
  return errs;
}

/** The errors of an update to `pod`'s ephemeral containers, `oldPod` being the stored Pod. */
export function validateEphemeralUpdate(oldPod: KubeObject, pod: KubeObject): FieldError[] {
  // A static Pod's mirror in the API cannot change what the kubelet runs from its file.
  if (oldPod.metadata?.annotations?.['kubernetes.io/config.mirror'] !== undefined) return [forbidden('', 'static pods do not support ephemeral containers')];
  const spec = asObj(pod.spec);
  const regular = [...asList(spec.containers), ...asList(spec.initContainers)].map((c) => str(asObj(c).name));
  const taken = new Set(regular);
  const targets = new Set(regular);
  const volumes = validateVolumes(spec.volumes, 'spec.volumes').names;
  const list = asList(spec.ephemeralContainers).map(asObj);
  const errs = list.flatMap((ec, i) => validateOne(ec, `${PATH}[${i}]`, volumes, taken, targets));
  const byName = new Map(list.map((ec) => [str(ec.name), ec]));
  for (const old of asList(asObj(oldPod.spec).ephemeralContainers).map(asObj)) {
    const now = byName.get(str(old.name));
    if (!now) errs.push(forbidden(PATH, `existing ephemeral containers "${str(old.name)}" may not be removed\n`));
    else if (!sameJson(old, now)) errs.push(forbidden(PATH, `existing ephemeral containers "${str(old.name)}" may not be changed\n`));
  }
  return errs;
}
