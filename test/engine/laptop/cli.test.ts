import { describe, expect, it } from 'vitest';
import { dockerRootHelp } from '../../../src/engine/kubectl/cli';
import { docker, laptop } from './driver';

describe('docker with no command, help and version', () => {
  it('plain docker prints the help on stderr and exits 0; --help prints it on stdout', () => {
    expect(docker(laptop(), [])).toMatchObject({ code: 0, stdout: '', stderr: dockerRootHelp() });
    expect(docker(laptop(), ['--help'])).toMatchObject({ code: 0, stdout: dockerRootHelp(), stderr: '' });
  });

  it('skips global options before the command', () => {
    const lap = laptop();
    const table = docker(lap, ['images']).stdout;
    expect(docker(lap, ['-D', '--context', 'default', '-H', 'unix:///var/run/docker.sock', 'images']).stdout).toBe(table);
    expect(docker(lap, ['--log-level=debug', 'images']).stdout).toBe(table);
  });

  it('docker image alone prints the image commands on stderr', () => {
    const r = docker(laptop(), ['image']);
    expect(r).toMatchObject({ code: 0, stdout: '' });
    expect(r.stderr.split('\n')[0]).toBe('Usage:  docker image COMMAND');
    expect(r.stderr).toContain('\n  ls          List images\n');
  });

  it('-v prints the client version line', () => {
    expect(docker(laptop(), ['-v']).stdout).toBe('Docker version 28.2.2, build e6534b4\n');
    expect(docker(laptop(), ['-D', '--version']).stdout).toBe('Docker version 28.2.2, build e6534b4\n');
  });

  it('docker version shows the client and the laptop’s running engine', () => {
    const r = docker(laptop(), ['version']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').slice(0, 3)).toEqual(['Client: Docker Engine - Community', ' Version:           28.2.2', ' API version:       1.50']);
    expect(r.stdout).toContain('\nServer: Docker Engine - Community\n Engine:\n  Version:          28.2.2\n  API version:      1.50 (minimum version 1.24)\n');
    expect(r.stdout).not.toContain('Cannot connect');
    expect(docker(laptop(), ['version', '--format', '{{.Server.Version}}']).stdout).toBe('28.2.2\n');
  });

  it('a command’s --help prints its page; -h also warns it is deprecated', () => {
    const r = docker(laptop(), ['push', '--help']);
    expect(r.stdout.split('\n').slice(0, 6)).toEqual(['Usage:  docker push [OPTIONS] NAME[:TAG]', '', 'Upload an image to a registry', '', 'Aliases:', '  docker image push, docker push']);
    expect(docker(laptop(), ['images', '-h']).stderr).toBe('Flag shorthand -h has been deprecated, use --help\n');
    expect(docker(laptop(), ['image', 'push', '--help']).stdout.split('\n')[0]).toBe('Usage:  docker image push [OPTIONS] NAME[:TAG]');
    expect(docker(laptop(), ['build', '--help']).stdout).toContain('  -t, --tag stringArray');
  });
});

describe('docker’s errors', () => {
  it('an unknown command (exit 1)', () => {
    expect(docker(laptop(), ['buidl'])).toMatchObject({ code: 1, stderr: "docker: unknown command: docker buidl\n\nRun 'docker --help' for more information\n" });
    expect(docker(laptop(), ['image', 'bogus'])).toMatchObject({ code: 1, stderr: "docker: unknown command: docker image bogus\n\nUsage:  docker image\n\nRun 'docker image --help' for more information\n" });
  });

  it('an unknown flag (exit 125), for the root and for a command', () => {
    expect(docker(laptop(), ['--bogus'])).toMatchObject({ code: 125, stderr: "unknown flag: --bogus\n\nUsage:  docker [OPTIONS] COMMAND [ARG...]\n\nRun 'docker --help' for more information\n" });
    expect(docker(laptop(), ['images', '--bogus'])).toMatchObject({ code: 125, stderr: "unknown flag: --bogus\n\nUsage:  docker images [OPTIONS] [REPOSITORY[:TAG]]\n\nRun 'docker images --help' for more information\n" });
    expect(docker(laptop(), ['image', 'ls', '--bogus']).stderr).toBe("unknown flag: --bogus\n\nUsage:  docker image ls [OPTIONS] [REPOSITORY[:TAG]]\n\nRun 'docker image ls --help' for more information\n");
  });

  it('the wrong number of arguments (exit 1)', () => {
    expect(docker(laptop(), ['push'])).toMatchObject({ code: 1, stderr: "docker: 'docker push' requires 1 argument\n\nUsage:  docker push [OPTIONS] NAME[:TAG]\n\nRun 'docker push --help' for more information\n" });
    expect(docker(laptop(), ['tag', 'a']).stderr).toBe("docker: 'docker tag' requires 2 arguments\n\nUsage:  docker tag SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]\n\nRun 'docker tag --help' for more information\n");
    expect(docker(laptop(), ['rmi']).stderr).toBe("docker: 'docker rmi' requires at least 1 argument\n\nUsage:  docker rmi [OPTIONS] IMAGE [IMAGE...]\n\nSee 'docker rmi --help' for more information\n");
    expect(docker(laptop(), ['version', 'x']).stderr).toBe("docker: 'docker version' accepts no arguments\n\nUsage:  docker version [OPTIONS]\n\nRun 'docker version --help' for more information\n");
  });
});

describe('commands Pod Lab does not simulate', () => {
  it('docker run says, in one line, that containers run in the cluster', () => {
    const r = docker(laptop(), ['run', '-d', 'nginx']);
    expect(r.code).toBe(1);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^docker run: Pod Lab runs containers only in the cluster; use kubectl \(kubectl run NAME --image=IMAGE/);
    expect(docker(laptop(), ['container', 'run', 'nginx']).stderr).toMatch(/only in the cluster/);
  });

  it('other Docker commands name what the laptop’s docker has', () => {
    expect(docker(laptop(), ['login'])).toMatchObject({ code: 1, stderr: "docker login: not part of Pod Lab's simulation; the laptop's docker has build, images, tag, push, pull, rmi and version\n" });
    expect(docker(laptop(), ['image', 'history', 'x']).stderr).toMatch(/^docker image history: not part of Pod Lab's simulation/);
  });
});
