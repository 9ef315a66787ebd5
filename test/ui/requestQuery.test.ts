import { describe, expect, it } from 'vitest';
import { queryShape, requestQuery } from '../../src/ui/lib/requestQuery';

describe('requestQuery', () => {
  const cases: [string, ReturnType<typeof requestQuery>, string | undefined][] = [
    ['GET /api/v1/namespaces/default/pods', undefined, undefined],
    ['GET /api/v1/namespaces/default/pods/web-1/log?container=kubia', { resource: 'log', watch: false }, undefined],
    ['GET /api/v1/namespaces/default/pods?labelSelector=app%3Dweb', { resource: 'pods', watch: false, labelSelector: 'app=web' }, 'labels'],
    [
      'GET /api/v1/pods?fieldSelector=spec.nodeName%3Dnode-1%2Cstatus.phase!%3DFailed&limit=500',
      { resource: 'pods', watch: false, fieldSelector: 'spec.nodeName=node-1, status.phase!=Failed' },
      'fields',
    ],
    [
      'GET /api/v1/namespaces/default/events?fieldSelector=involvedObject.kind%3DPod%2CinvolvedObject.name%3Dweb-1&limit=500',
      { resource: 'events', watch: false, fieldSelector: 'involvedObject.kind=Pod, involvedObject.name=web-1', involvedObject: { kind: 'Pod', name: 'web-1' } },
      'events',
    ],
    ['GET /api/v1/pods?watch=true', { resource: 'pods', watch: true }, 'watch'],
    [
      'GET /api/v1/pods?watch=true&labelSelector=app=web&fieldSelector=spec.nodeName=node-2',
      { resource: 'pods', watch: true, labelSelector: 'app=web', fieldSelector: 'spec.nodeName=node-2' },
      'watch.labels.fields',
    ],
  ];
  it.each(cases)('%s', (request, query, shape) => {
    expect(requestQuery(request)).toEqual(query);
    if (query) expect(queryShape(query)).toBe(shape);
  });
});
