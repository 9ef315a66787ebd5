// The simpler kinds: ConfigMap and Secret keys and sizes, Secret types' required keys,
// Namespace names, and claims for storage.
import { invalid, notSupported, required } from './fieldErrors';
import { asList, asObj, sortedKeys, str, validateLabelSelector, validateObjectMeta, type Obj } from './meta';
import { isConfigMapKey, isDNS1123Subdomain, isQualifiedName, nameIsDNSLabel, nameIsDNSSubdomain } from './names';
import type { FieldError } from './types';

const MAX_SIZE = 1024 * 1024;

function validateKeys(data: unknown, path: string): FieldError[] {
  const errs: FieldError[] = [];
  for (const key of sortedKeys(asObj(data))) {
    for (const msg of isConfigMapKey(key)) errs.push(invalid(`${path}[${key}]`, key, msg));
  }
  return errs;
}

const byteSize = (data: unknown): number => Object.values(asObj(data)).reduce<number>((n, v) => n + str(v).length, 0);

export function validateConfigMap(obj: Obj): FieldError[] {
  const errs = validateObjectMeta(obj.metadata, nameIsDNSSubdomain, true);
  errs.push(...validateKeys(obj.data, 'data'));
  for (const key of sortedKeys(asObj(obj.data))) {
    if (key in asObj(obj.binaryData)) errs.push(invalid(`data[${key}]`, key, 'duplicate of key present in binaryData'));
  }
  errs.push(...validateKeys(obj.binaryData, 'binaryData'));
  if (byteSize(obj.data) + byteSize(obj.binaryData) > MAX_SIZE) errs.push({ type: 'TooLong', field: '', detail: `must have at most ${MAX_SIZE} bytes` });
  return errs;
}

/** Keys each built-in Secret type must carry in `data`. */
const SECRET_KEYS: Record<string, string[]> = {
  'kubernetes.io/dockercfg': ['.dockercfg'],
  'kubernetes.io/dockerconfigjson': ['.dockerconfigjson'],
  'kubernetes.io/ssh-auth': ['ssh-privatekey'],
  'kubernetes.io/tls': ['tls.crt', 'tls.key'],
};

export function validateSecret(obj: Obj): FieldError[] {
  const errs = validateObjectMeta(obj.metadata, nameIsDNSSubdomain, true);
  const data = asObj(obj.data);
  errs.push(...validateKeys(data, 'data'));
  if (byteSize(data) * 0.75 > MAX_SIZE) errs.push({ type: 'TooLong', field: 'data', detail: `must have at most ${MAX_SIZE} bytes` });
  const type = str(obj.type);
  if (type === 'kubernetes.io/service-account-token') {
    const sa = str(asObj(asObj(obj.metadata).annotations)['kubernetes.io/service-account.name']);
    if (!sa) errs.push(required('metadata.annotations[kubernetes.io/service-account.name]'));
  } else if (type === 'kubernetes.io/basic-auth') {
    if (!('username' in data) && !('password' in data)) errs.push(required('data[username]'), required('data[password]'));
  } else {
    for (const key of SECRET_KEYS[type] ?? []) if (!(key in data)) errs.push(required(`data[${key}]`));
  }
  return errs;
}

export function validateNamespace(obj: Obj): FieldError[] {
  const errs = validateObjectMeta(obj.metadata, nameIsDNSLabel, false);
  for (const f of asList(asObj(obj.spec).finalizers)) {
    const name = str(f);
    for (const msg of isQualifiedName(name)) errs.push(invalid('spec.finalizers', name, msg));
    if (!name.includes('/') && name !== 'kubernetes') {
      errs.push(invalid('spec.finalizers', name, 'name is neither a standard finalizer name nor is it fully qualified'));
    }
  }
  return errs;
}

const ACCESS_MODES = ['ReadOnlyMany', 'ReadWriteMany', 'ReadWriteOnce', 'ReadWriteOncePod'];

export function validatePersistentVolumeClaimSpec(specRaw: unknown, path: string): FieldError[] {
  const spec = asObj(specRaw);
  const errs: FieldError[] = [];
  const modes = asList(spec.accessModes).map(str);
  if (modes.length === 0) errs.push(required(`${path}.accessModes`, 'at least 1 access mode is required'));
  errs.push(...validateLabelSelector(spec.selector, `${path}.selector`));
  for (const m of modes) if (!ACCESS_MODES.includes(m)) errs.push(notSupported(`${path}.accessModes`, m, ACCESS_MODES));
  if (!('storage' in asObj(asObj(spec.resources).requests))) errs.push(required(`${path}.resources[storage]`));
  const sc = str(spec.storageClassName);
  if (sc) for (const msg of isDNS1123Subdomain(sc)) errs.push(invalid(`${path}.storageClassName`, sc, msg));
  const vm = spec.volumeMode;
  if (typeof vm === 'string' && vm !== 'Block' && vm !== 'Filesystem') errs.push(notSupported(`${path}.volumeMode`, vm, ['Block', 'Filesystem']));
  return errs;
}

export function validatePersistentVolumeClaim(obj: Obj): FieldError[] {
  return [...validateObjectMeta(obj.metadata, nameIsDNSSubdomain, true), ...validatePersistentVolumeClaimSpec(obj.spec, 'spec')];
}

/** Kinds whose create validation is their metadata (ServiceAccount, Node, PV, Endpoints, …). */
export function validateMetaOnly(obj: Obj, namespaced: boolean): FieldError[] {
  return validateObjectMeta(obj.metadata, nameIsDNSSubdomain, namespaced);
}
