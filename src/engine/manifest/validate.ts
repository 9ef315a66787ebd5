// validateObject: what the API server checks before storing a new object — the kind's
// validation rules (run, as the server runs them, on the defaulted object), then what the
// package schemas add for fields those rules do not cover.
import type { KubeObject } from '../api/objects';
import { RESOURCES } from '../api/resources';
import { applyDefaults } from './defaults';
import { validateObjectMeta, type Obj } from './meta';
import { nameIsDNSSubdomain } from './names';
import { schemaErrors } from './schemaErrors';
import { podErrorLists } from './validatePod';
import type { FieldError } from './types';
import { validateCronJob, validateJob } from './validateBatch';
import {
  validateConfigMap,
  validateMetaOnly,
  validateNamespace,
  validatePersistentVolumeClaim,
  validateSecret,
} from './validateConfig';
import { validatePodOnly, validatePodSpec } from './validatePodSpec';
import { validateService } from './validateService';
import {
  validateDaemonSet,
  validateDeployment,
  validateReplicaSet,
  validateReplicationController,
  validateStatefulSet,
} from './validateWorkloads';

function validatePod(pod: Obj): FieldError[] {
  return [...validateObjectMeta(pod.metadata, nameIsDNSSubdomain, true), ...validatePodSpec(pod.spec, 'spec'), ...validatePodOnly(pod.spec)];
}

const BY_KIND: Record<string, (o: Obj) => FieldError[]> = {
  Pod: validatePod,
  Service: validateService,
  Deployment: validateDeployment,
  ReplicaSet: validateReplicaSet,
  DaemonSet: validateDaemonSet,
  StatefulSet: validateStatefulSet,
  ReplicationController: validateReplicationController,
  Job: validateJob,
  CronJob: validateCronJob,
  ConfigMap: validateConfigMap,
  Secret: validateSecret,
  Namespace: validateNamespace,
  PersistentVolumeClaim: validatePersistentVolumeClaim,
};

function kindRules(obj: Obj, kind: string): FieldError[] {
  const rules = BY_KIND[kind];
  if (rules) return rules(obj);
  const namespaced = RESOURCES.find((r) => r.kind === kind)?.namespaced ?? true;
  return validateMetaOnly(obj, namespaced);
}

function isPodWithSpec(obj: KubeObject): boolean {
  const spec = obj.spec;
  return obj.apiVersion === 'v1' && obj.kind === 'Pod' && typeof spec === 'object' && spec !== null && !Array.isArray(spec);
}

/**
 * Validation on create, as the API server reports it in a 422's causes. Defaults are
 * applied first (as the server does), so passing a defaulted object changes nothing.
 */
export function validateObject(obj: KubeObject): FieldError[] {
  return validateDefaulted(applyDefaults(obj));
}

/** validateObject for an object the caller has already defaulted (the API server's create path). */
export function validateDefaulted(defaulted: KubeObject): FieldError[] {
  const { rules: errs, schema } = isPodWithSpec(defaulted)
    ? podErrorLists(defaulted)
    : { rules: kindRules(defaulted as Obj, defaulted.kind), schema: schemaErrors(defaulted) };
  const seen = new Set(errs.map((e) => e.field));
  for (const e of schema) {
    if (!seen.has(e.field)) {
      errs.push(e);
      seen.add(e.field);
    }
  }
  return errs;
}
