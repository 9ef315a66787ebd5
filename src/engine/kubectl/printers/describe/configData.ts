// describe.go's ConfigMapDescriber and SecretDescriber: the data a ConfigMap holds, key by
// key with its value; for a Secret only how many bytes each value is.
import { decodeBase64 } from '../../../api/base64';
import type { KubeEvent, KubeObject } from '../../../api/objects';
import { printAnnotationsMultiline, printLabelsMultiline } from './common';
import { writeEvents } from './events';
import { LEVEL_0, PrefixWriter } from './writer';

type WithData = KubeObject & { data?: Record<string, string>; binaryData?: Record<string, string>; type?: string };

function header(w: PrefixWriter, obj: KubeObject): void {
  const m = obj.metadata ?? {};
  w.write(LEVEL_0, `Name:\t${m.name ?? ''}\n`);
  w.write(LEVEL_0, `Namespace:\t${m.namespace ?? ''}\n`);
  printLabelsMultiline(w, 'Labels', m.labels);
  printAnnotationsMultiline(w, 'Annotations', m.annotations);
}

const sortedKeys = (data: Record<string, string> | undefined) => Object.keys(data ?? {}).sort();

export function describeConfigMap(cm: WithData, events: KubeEvent[] | undefined, now: number): string {
  const w = new PrefixWriter();
  header(w, cm);
  w.write(LEVEL_0, '\nData\n====\n');
  for (const k of sortedKeys(cm.data)) {
    w.write(LEVEL_0, `${k}:\n----\n`);
    w.write(LEVEL_0, `${cm.data![k]}\n`);
  }
  w.write(LEVEL_0, '\nBinaryData\n====\n');
  for (const k of sortedKeys(cm.binaryData)) w.write(LEVEL_0, `${k}: ${decodeBase64(cm.binaryData![k]!).length} bytes\n`);
  w.write(LEVEL_0, '\n');
  writeEvents(w, events, now);
  return w.toString();
}

/** UTF-8 byte length of a decoded value, as len() of Go's []byte counts it. */
function byteLength(text: string): number {
  return encodeURIComponent(text).replace(/%[0-9A-F]{2}/g, '_').length;
}

export function describeSecret(secret: WithData): string {
  const w = new PrefixWriter();
  header(w, secret);
  w.write(LEVEL_0, `\nType:\t${secret.type ?? ''}\n`);
  w.write(LEVEL_0, '\nData\n====\n');
  for (const k of sortedKeys(secret.data)) {
    const value = decodeBase64(secret.data![k]!);
    if (k === 'token' && secret.type === 'kubernetes.io/service-account-token') w.write(LEVEL_0, `${k}:\t${value}\n`);
    else w.write(LEVEL_0, `${k}:\t${byteLength(value)} bytes\n`);
  }
  return w.toString();
}
