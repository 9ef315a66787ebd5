// ValidateService (core validation): ports, type, selector, session affinity and traffic
// policies. NodePort ranges are the allocator's business, not validation's.
import { duplicate, forbidden, goQuote, invalid, notSupported, required } from './fieldErrors';
import { asList, asObj, num, str, validateLabels, validateObjectMeta, type Obj } from './meta';
import { isDNS1123Label, isDNS1123Subdomain, isQualifiedName, isValidPortNum, nameIsDNS1035Label } from './names';
import { goLiteral, type FieldError } from './types';
import { validatePortNumOrName } from './validateProbes';

const PROTOCOLS = ['SCTP', 'TCP', 'UDP'];
const TYPES = ['ClusterIP', 'ExternalName', 'LoadBalancer', 'NodePort'];

function validateServicePort(sp: Obj, requireName: boolean, names: Set<string>, path: string): FieldError[] {
  const errs: FieldError[] = [];
  const name = str(sp.name);
  if (requireName && !name) errs.push(required(`${path}.name`));
  else if (name) {
    errs.push(...isDNS1123Label(name).map((m) => invalid(`${path}.name`, name, m)));
    if (names.has(name)) errs.push(duplicate(`${path}.name`, name));
    else names.add(name);
  }
  const port = num(sp.port);
  errs.push(...isValidPortNum(port).map((m) => invalid(`${path}.port`, port, m)));
  const proto = str(sp.protocol);
  if (!proto) errs.push(required(`${path}.protocol`));
  else if (!PROTOCOLS.includes(proto)) errs.push(notSupported(`${path}.protocol`, proto, PROTOCOLS));
  errs.push(...validatePortNumOrName(sp.targetPort, `${path}.targetPort`));
  if (typeof sp.appProtocol === 'string') {
    errs.push(...isQualifiedName(sp.appProtocol).map((m) => invalid(`${path}.appProtocol`, sp.appProtocol, m)));
  }
  return errs;
}

/** The key Go compares ports by, printed as %#v prints a core.ServicePort. */
function servicePortLiteral(protocol: string, port: number): string {
  return `core.ServicePort{Name:"", Protocol:${goQuote(protocol)}, AppProtocol:(*string)(nil), Port:${port}, TargetPort:intstr.IntOrString{Type:0, IntVal:0, StrVal:""}, NodePort:0}`;
}

function duplicates(ports: Obj[], path: string): FieldError[] {
  const errs: FieldError[] = [];
  const nodePorts = new Set<string>();
  ports.forEach((p, i) => {
    if (!num(p.nodePort)) return;
    const key = `${str(p.protocol)}/${num(p.nodePort)}`;
    if (nodePorts.has(key)) errs.push(duplicate(`${path}[${i}].nodePort`, num(p.nodePort)));
    nodePorts.add(key);
  });
  const seen = new Set<string>();
  ports.forEach((p, i) => {
    const key = `${str(p.protocol)}/${num(p.port)}`;
    if (seen.has(key)) errs.push(duplicate(`${path}[${i}]`, goLiteral(servicePortLiteral(str(p.protocol), num(p.port)))));
    seen.add(key);
  });
  return errs;
}

function validateTypeSpecific(spec: Obj, headless: boolean): FieldError[] {
  const type = str(spec.type);
  const firstIP = str(asList(spec.clusterIPs)[0] ?? spec.clusterIP);
  if ((type === 'LoadBalancer' || type === 'NodePort') && headless) {
    return [invalid('spec.clusterIPs[0]', firstIP, `may not be set to 'None' for ${type} services`)];
  }
  if (type !== 'ExternalName') return [];
  const errs: FieldError[] = [];
  if (asList(spec.clusterIPs).length > 0 || str(spec.clusterIP)) errs.push(forbidden('spec.clusterIPs', 'may not be set for ExternalName services'));
  if (asList(spec.ipFamilies).length > 0) errs.push(forbidden('spec.ipFamilies', 'may not be set for ExternalName services'));
  if (spec.ipFamilyPolicy) errs.push(forbidden('spec.ipFamilyPolicy', 'may not be set for ExternalName services'));
  const cname = str(spec.externalName).replace(/\.$/, '');
  if (cname) errs.push(...isDNS1123Subdomain(cname).map((m) => invalid('spec.externalName', cname, m)));
  else errs.push(required('spec.externalName'));
  return errs;
}

function validateAffinity(spec: Obj): FieldError[] {
  const aff = str(spec.sessionAffinity);
  if (!aff) return [required('spec.sessionAffinity')];
  if (!['ClientIP', 'None'].includes(aff)) return [notSupported('spec.sessionAffinity', aff, ['ClientIP', 'None'])];
  if (aff === 'None' && spec.sessionAffinityConfig) return [forbidden('spec.sessionAffinityConfig', 'must not be set when session affinity is None')];
  return [];
}

function validateTrafficPolicies(spec: Obj): FieldError[] {
  const errs: FieldError[] = [];
  const type = str(spec.type);
  const external = type === 'LoadBalancer' || type === 'NodePort' || (type === 'ClusterIP' && asList(spec.externalIPs).length > 0);
  const etp = str(spec.externalTrafficPolicy);
  if (!external && etp) errs.push(invalid('spec.externalTrafficPolicy', etp, 'may only be set for externally-accessible services'));
  if (external && !etp) errs.push(required('spec.externalTrafficPolicy'));
  if (external && etp && !['Cluster', 'Local'].includes(etp)) errs.push(notSupported('spec.externalTrafficPolicy', etp, ['Cluster', 'Local']));
  const itp = spec.internalTrafficPolicy;
  if ((itp === undefined || itp === null) && ['NodePort', 'LoadBalancer', 'ClusterIP'].includes(type)) errs.push(required('spec.internalTrafficPolicy'));
  if (typeof itp === 'string' && !['Cluster', 'Local'].includes(itp)) errs.push(notSupported('spec.internalTrafficPolicy', itp, ['Cluster', 'Local']));
  return errs;
}

export function validateService(obj: Obj): FieldError[] {
  const spec = asObj(obj.spec);
  const errs = validateObjectMeta(obj.metadata, nameIsDNS1035Label, true);
  const ports = asList(spec.ports).map(asObj);
  const headless = str(spec.clusterIP) === 'None' || str(asList(spec.clusterIPs)[0]) === 'None';
  const type = str(spec.type);
  if (ports.length === 0 && !headless && type !== 'ExternalName') errs.push(required('spec.ports'));
  errs.push(...validateTypeSpecific(spec, headless));
  const names = new Set<string>();
  ports.forEach((p, i) => errs.push(...validateServicePort(p, ports.length > 1, names, `spec.ports[${i}]`)));
  if (spec.selector !== undefined && spec.selector !== null) errs.push(...validateLabels(spec.selector, 'spec.selector'));
  errs.push(...validateAffinity(spec));
  if (!type) errs.push(required('spec.type'));
  else if (!TYPES.includes(type)) errs.push(notSupported('spec.type', type, TYPES));
  if (type === 'ClusterIP') {
    ports.forEach((p, i) => {
      if (num(p.nodePort)) errs.push(forbidden(`spec.ports[${i}].nodePort`, "may not be used when `type` is 'ClusterIP'"));
    });
  }
  errs.push(...duplicates(ports, 'spec.ports'));
  if (spec.allocateLoadBalancerNodePorts !== undefined && spec.allocateLoadBalancerNodePorts !== null && type !== 'LoadBalancer') {
    errs.push(forbidden('spec.allocateLoadBalancerNodePorts', "may only be used when `type` is 'LoadBalancer'"));
  }
  errs.push(...validateTrafficPolicies(spec));
  return errs;
}

/** nodePort range check as the NodePort allocator reports it (the API server's lead calls it). */
export function nodePortRangeError(index: number, nodePort: number): FieldError {
  return invalid(`spec.ports[${index}].nodePort`, nodePort, 'provided port is not in the valid range. The range of valid ports is 30000-32767');
}
