import { describe, expect, it } from 'vitest';
import { cluster } from './helpers';

describe('kubectl explain', () => {
  it('prints a kind with KIND, VERSION, DESCRIPTION and its FIELDS in name order', () => {
    const out = cluster().run('kubectl explain pods').output;
    expect(out.startsWith(`KIND:       Pod
VERSION:    v1

DESCRIPTION:
    Pod is a collection of containers that can run on a host. This resource is
    created by clients and scheduled onto hosts.
    
FIELDS:
  apiVersion\t<string>
    APIVersion defines the versioned schema of this representation of an object.
`)).toBe(true);
    expect(out).toContain('\n  spec\t<PodSpec>\n    Specification of the desired behavior of the pod.');
    expect(out.endsWith('\n\n\n')).toBe(true);
  });

  it('follows a field path through lists, marking required fields and enums', () => {
    const out = cluster().run('kubectl explain pod.spec.containers.ports').output;
    expect(out).toContain('FIELD: ports <[]ContainerPort>\n\nDESCRIPTION:\n    List of ports to expose from the container.');
    expect(out).toContain('\n  containerPort\t<integer> -required-\n');
    expect(out).toContain('\n  protocol\t<string>\n  enum: SCTP, TCP, UDP\n');
    const policy = cluster().run('kubectl explain pod.spec.restartPolicy').output;
    expect(policy).toContain('FIELD: restartPolicy <string>\nENUM:\n    Always\n    Never\n    OnFailure\n\nDESCRIPTION:\n');
  });

  it('names map and reference types as the OpenAPI template guesses them', () => {
    const out = cluster().run('kubectl explain deploy.spec.template.spec.containers.resources').output;
    expect(out.startsWith('GROUP:      apps\nKIND:       Deployment\nVERSION:    v1\n\nFIELD: resources <ResourceRequirements>\n')).toBe(true);
    expect(out).toContain('\n  limits\t<map[string]Quantity>\n');
    expect(cluster().run('kubectl explain svc.spec.ports.targetPort').output).toContain('FIELD: targetPort <IntOrString>\n');
  });

  it('errs on an unknown field or type', () => {
    const sb = cluster();
    expect(sb.run('kubectl explain pod.spec.containerz')).toEqual({ output: 'error: field "containerz" does not exist\n', exitCode: 1 });
    expect(sb.run('kubectl explain podz').output).toBe('error: the server doesn\'t have a resource type "podz"\n');
  });
});
