import { describe, expect, it } from 'vitest';
import {
  DOCKER_COMMANDS,
  dockerArgCountError,
  dockerFlagErrorText,
  dockerRootHelp,
  dockerUnknownCommandText,
  parseArgs,
} from '../../../src/engine/kubectl/cli';

describe('docker command line', () => {
  it('parses docker build -t twice, -f and --no-cache', () => {
    const r = parseArgs(
      ['-t', 'kubia', '-t', 'luksa/kubia:v1', '-f', 'Dockerfile.dev', '--no-cache', '.'],
      DOCKER_COMMANDS.build?.flags ?? [],
    );
    expect(r.ok && r.args.flags).toMatchObject({
      tag: ['kubia', 'luksa/kubia:v1'],
      file: 'Dockerfile.dev',
      'no-cache': true,
      progress: 'auto',
    });
    expect(r.ok && r.args.positional).toEqual(['.']);
  });

  it('parses docker images -aq and docker push -q', () => {
    const images = parseArgs(['-aq'], DOCKER_COMMANDS.images?.flags ?? []);
    expect(images.ok && images.args.flags).toMatchObject({ all: true, quiet: true, digests: false });
    const push = parseArgs(['-q', 'luksa/kubia'], DOCKER_COMMANDS.push?.flags ?? []);
    expect(push.ok && push.args.flags.quiet).toBe(true);
  });

  it('words an unknown command as Docker CLI 28 does', () => {
    expect(dockerUnknownCommandText('buidl')).toBe(
      "docker: unknown command: docker buidl\n\nRun 'docker --help' for more information",
    );
  });

  it('words a flag error with the usage line', () => {
    const r = parseArgs(['--foo'], DOCKER_COMMANDS.push?.flags ?? []);
    expect(r.ok ? '' : dockerFlagErrorText(r.message, 'push')).toBe(
      "unknown flag: --foo\n\nUsage:  docker push [OPTIONS] NAME[:TAG]\n\nRun 'docker push --help' for more information",
    );
  });

  it('words argument-count errors', () => {
    expect(dockerArgCountError('push', [])).toBe(
      "docker: 'docker push' requires 1 argument\n\nUsage:  docker push [OPTIONS] NAME[:TAG]\n\nRun 'docker push --help' for more information",
    );
    expect(dockerArgCountError('tag', ['a'])).toContain("'docker tag' requires 2 arguments");
    expect(dockerArgCountError('images', ['a', 'b'])).toContain(
      "'docker images' requires at most 1 argument",
    );
    expect(dockerArgCountError('images', [])).toBeUndefined();
    expect(dockerArgCountError('build', ['.'])).toBeUndefined();
  });

  it('prints docker --help with build, push and images among the common commands', () => {
    const help = dockerRootHelp();
    expect(
      help.startsWith(
        'Usage:  docker [OPTIONS] COMMAND\n\nA self-sufficient runtime for containers\n\nCommon Commands:\n',
      ),
    ).toBe(true);
    expect(help).toContain('  build       Build an image from a Dockerfile\n');
    expect(help).toContain('  buildx*     Docker Buildx\n');
    expect(
      help.endsWith('For more help on how to use Docker, head to https://docs.docker.com/go/guides/\n'),
    ).toBe(true);
  });
});
