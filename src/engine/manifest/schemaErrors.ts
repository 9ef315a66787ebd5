// The kubernetes-models schemas (the OpenAPI schemas of the API, compiled by ajv) catch
// the long tail: required string fields and enum values of fields our hand-written
// API-server rules do not cover. Their errors are translated into API-server field errors.
import { Pod } from 'kubernetes-models/v1/Pod';
import { PodSpec } from 'kubernetes-models/v1/PodSpec';
import { Node } from 'kubernetes-models/v1/Node';
import { Namespace } from 'kubernetes-models/v1/Namespace';
import { Event } from 'kubernetes-models/v1/Event';
import { Service } from 'kubernetes-models/v1/Service';
import { Endpoints } from 'kubernetes-models/v1/Endpoints';
import { ConfigMap } from 'kubernetes-models/v1/ConfigMap';
import { Secret } from 'kubernetes-models/v1/Secret';
import { ServiceAccount } from 'kubernetes-models/v1/ServiceAccount';
import { PersistentVolumeClaim } from 'kubernetes-models/v1/PersistentVolumeClaim';
import { PersistentVolume } from 'kubernetes-models/v1/PersistentVolume';
import { ReplicationController } from 'kubernetes-models/v1/ReplicationController';
import { EndpointSlice } from 'kubernetes-models/discovery.k8s.io/v1/EndpointSlice';
import { Deployment } from 'kubernetes-models/apps/v1/Deployment';
import { ReplicaSet } from 'kubernetes-models/apps/v1/ReplicaSet';
import { DaemonSet } from 'kubernetes-models/apps/v1/DaemonSet';
import { StatefulSet } from 'kubernetes-models/apps/v1/StatefulSet';
import { Job } from 'kubernetes-models/batch/v1/Job';
import { CronJob } from 'kubernetes-models/batch/v1/CronJob';
import type { KubeObject } from '../api/objects';
import { notSupported, required } from './fieldErrors';
import { fieldsOf, rootTypeName, type TypeRef } from './fieldMap';
import type { FieldError } from './types';

interface Validating {
  validate(this: unknown): void;
}
type ModelCtor = { prototype: Validating };

const MODELS: Record<string, ModelCtor> = {
  'v1/Pod': Pod, 'v1/Node': Node, 'v1/Namespace': Namespace, 'v1/Event': Event, 'v1/Service': Service,
  'v1/Endpoints': Endpoints, 'v1/ConfigMap': ConfigMap, 'v1/Secret': Secret, 'v1/ServiceAccount': ServiceAccount,
  'v1/PersistentVolumeClaim': PersistentVolumeClaim, 'v1/PersistentVolume': PersistentVolume,
  'v1/ReplicationController': ReplicationController, 'discovery.k8s.io/v1/EndpointSlice': EndpointSlice,
  'apps/v1/Deployment': Deployment, 'apps/v1/ReplicaSet': ReplicaSet, 'apps/v1/DaemonSet': DaemonSet,
  'apps/v1/StatefulSet': StatefulSet, 'batch/v1/Job': Job, 'batch/v1/CronJob': CronJob,
};

interface AjvError {
  instancePath: string;
  keyword: string;
  params: { missingProperty?: string; allowedValues?: unknown[] };
}

interface Located {
  path: string;
  value: unknown;
  ref: TypeRef | undefined;
}

/** JSON pointer → API field path, using the field map to tell list indexes from map keys. */
function locate(obj: unknown, rootType: string, pointer: string): Located {
  let ref: TypeRef | undefined = { k: 'struct', name: rootType };
  let value = obj;
  let path = '';
  for (const raw of pointer.split('/').slice(1)) {
    const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (ref?.k === 'list' || ref?.k === 'map') {
      path += `[${seg}]`;
      ref = ref.of;
    } else {
      path += path ? `.${seg}` : seg;
      ref = ref?.k === 'struct' ? fieldsOf(ref.name)?.get(seg) : undefined;
    }
    value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[seg] : undefined;
  }
  return { path, value, ref };
}

function translate(obj: KubeObject, rootType: string, e: AjvError): FieldError | undefined {
  const at = locate(obj, rootType, e.instancePath);
  if (e.keyword === 'required' && e.params.missingProperty) {
    const prop = e.params.missingProperty;
    const ref = at.ref?.k === 'struct' ? fieldsOf(at.ref.name)?.get(prop) : undefined;
    // Only a missing string reads as "Required value" in Go; a missing number, list or
    // struct is a zero value the hand-written rules judge.
    if (ref?.k !== 'scalar' || ref.code !== 's') return undefined;
    return required(at.path ? `${at.path}.${prop}` : prop);
  }
  if (e.keyword === 'enum' && e.params.allowedValues) {
    return notSupported(at.path, at.value, e.params.allowedValues.map(String));
  }
  return undefined;
}

/** The errors the package's compiled validator reports for `data`, in its order. */
function ajvErrors(Model: ModelCtor, data: unknown): AjvError[] {
  try {
    // The package installs its compiled validator as the model's prototype `validate`,
    // which checks `this`; calling it on the object itself spares a deep copy per check.
    Model.prototype.validate.call(data);
    return [];
  } catch (err) {
    return ((err as { errors?: AjvError[] }).errors ?? []) as AjvError[];
  }
}

function translated(obj: KubeObject, rootType: string, errors: AjvError[]): FieldError[] {
  return errors.map((e) => translate(obj, rootType, e)).filter((e): e is FieldError => e !== undefined);
}

/** Required strings and enum values the package's schemas reject, as field errors. */
export function schemaErrors(obj: KubeObject): FieldError[] {
  const key = `${obj.apiVersion}/${obj.kind}`;
  const Model = MODELS[key];
  const rootType = rootTypeName(obj.apiVersion, obj.kind);
  if (!Model || !rootType) return [];
  return translated(obj, rootType, ajvErrors(Model, obj));
}

/**
 * The Pod schema checks apiVersion, kind, metadata, spec and status one after the other;
 * these two give its errors outside `spec` (split at `status`) and under `spec`.
 */
function isStatus(e: AjvError): boolean {
  return e.instancePath === '/status' || e.instancePath.startsWith('/status/');
}

export function podSchemaErrorsWithoutSpec(pod: KubeObject): { before: FieldError[]; status: FieldError[] } {
  const errors = ajvErrors(Pod, { ...pod, spec: undefined });
  return {
    before: translated(pod, 'Pod', errors.filter((e) => !isStatus(e))),
    status: translated(pod, 'Pod', errors.filter(isStatus)),
  };
}

export function podSpecSchemaErrors(pod: KubeObject): FieldError[] {
  const errors = ajvErrors(PodSpec, pod.spec).map((e) => ({ ...e, instancePath: `/spec${e.instancePath}` }));
  return translated(pod, 'Pod', errors);
}
