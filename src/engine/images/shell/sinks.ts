/**
 * Where a command's output goes: the container log (one `log` effect per line, as the
 * container runtime's log driver splits them), a capture buffer (for `$(…)` and pipes),
 * a file (a redirect, written when the command finishes) or nowhere (`/dev/null`).
 */
import type { Effect, Gen } from '../effects';

export interface Sink {
  write(text: string): void;
}

export class LogSink implements Sink {
  private pending = '';
  constructor(readonly stream: 'stdout' | 'stderr') {}

  write(text: string): void {
    this.pending += text;
  }

  /** Complete lines become log effects; a partial line waits (`printf 'a'; sleep 1; echo b` logs `ab`). */
  *flush(final = false): Gen<void> {
    // Walk the buffer by index: slicing the rest off after every line is quadratic in
    // the output's size (iptables-save of a big cluster is megabytes).
    const text = this.pending;
    let start = 0;
    let nl = text.indexOf('\n');
    while (nl >= 0) {
      const line = text.slice(start, nl);
      start = nl + 1;
      yield { op: 'log', stream: this.stream, text: line } satisfies Effect;
      nl = text.indexOf('\n', start);
    }
    this.pending = this.pending.slice(start);
    if (final && this.pending) {
      const text = this.pending;
      this.pending = '';
      yield { op: 'log', stream: this.stream, text };
    }
  }
}

export class CaptureSink implements Sink {
  text = '';
  write(text: string): void {
    this.text += text;
  }
}

export class NullSink implements Sink {
  write(): void {}
}

export class FileSink implements Sink {
  text = '';
  constructor(
    readonly path: string,
    readonly append: boolean,
  ) {}
  write(text: string): void {
    this.text += text;
  }
}

/** The file descriptors a command runs with: 0 is the input text, 1 and 2 are sinks. */
export interface Fds {
  stdin: string;
  out: Sink;
  err: Sink;
}
