/**
 * The official mysql image. Its entrypoint refuses to initialise a database without one
 * of the password variables — exit 1 with the famous three-line hint, a CrashLoopBackOff
 * every newcomer meets. With a password it initialises (slowly: a readiness probe lesson),
 * then listens on 3306; SIGTERM shuts it down cleanly.
 */
import { rfc3339Micro, rfc3339Seconds } from '../clock';
import { forever, listen, nowOf, sleep, type Behaviour, type Gen, type ProcessContext, type SigtermAction } from '../effects';
import { program } from './generic';

function version(ctx: ProcessContext): string {
  return ctx.image.versions.mysql ?? '5.7.44';
}

function* note(ctx: ProcessContext, text: string, stream: 'stdout' | 'stderr' = 'stdout'): Gen<void> {
  yield { op: 'log', stream, text: `${rfc3339Seconds(nowOf(ctx))} ${text}` };
}

function* server(ctx: ProcessContext, text: string): Gen<void> {
  yield { op: 'log', stream: 'stderr', text: `${rfc3339Micro(nowOf(ctx))} 0 [Note] ${text}` };
}

function* mysqlMain(ctx: ProcessContext): Gen<number> {
  const v = version(ctx);
  const pkg = v.startsWith('5.') ? `${v}-1.el7` : `${v}-1.el9`;
  yield* note(ctx, `[Note] [Entrypoint]: Entrypoint script for MySQL Server ${pkg} started.`);
  yield* note(ctx, "[Note] [Entrypoint]: Switching to dedicated user 'mysql'");
  yield* note(ctx, `[Note] [Entrypoint]: Entrypoint script for MySQL Server ${pkg} started.`);
  const env = ctx.env;
  if (!env.MYSQL_ROOT_PASSWORD && !env.MYSQL_ALLOW_EMPTY_PASSWORD && !env.MYSQL_RANDOM_ROOT_PASSWORD && !env.MYSQL_ROOT_PASSWORD_FILE) {
    yield* note(ctx, '[ERROR] [Entrypoint]: Database is uninitialized and password option is not specified', 'stderr');
    for (const text of [
      '    You need to specify one of the following as an environment variable:',
      '    - MYSQL_ROOT_PASSWORD',
      '    - MYSQL_ALLOW_EMPTY_PASSWORD',
      '    - MYSQL_RANDOM_ROOT_PASSWORD',
    ]) {
      yield { op: 'log', stream: 'stderr', text };
    }
    return 1;
  }
  yield* note(ctx, '[Note] [Entrypoint]: Initializing database files');
  yield* sleep(8000);
  yield* note(ctx, '[Note] [Entrypoint]: Database files initialized');
  yield* note(ctx, '[Note] [Entrypoint]: Starting temporary server');
  yield* sleep(3000);
  yield* note(ctx, '[Note] [Entrypoint]: Temporary server started.');
  yield* note(ctx, '[Note] [Entrypoint]: Stopping temporary server');
  yield* sleep(2000);
  yield* note(ctx, '[Note] [Entrypoint]: Temporary server stopped');
  yield { op: 'log', stream: 'stdout', text: '' };
  yield* note(ctx, '[Note] [Entrypoint]: MySQL init process done. Ready for start up.');
  yield { op: 'log', stream: 'stdout', text: '' };
  const bound = yield* listen(3306, { handle: () => ({ status: 400, body: '' }) });
  if (!bound.ok) {
    yield { op: 'log', stream: 'stderr', text: `${rfc3339Micro(nowOf(ctx))} 0 [ERROR] Do you already have another mysqld server running on port: 3306 ?` };
    yield { op: 'log', stream: 'stderr', text: `${rfc3339Micro(nowOf(ctx))} 0 [ERROR] Aborting` };
    return 1;
  }
  yield* server(ctx, `mysqld: ready for connections.`);
  yield { op: 'log', stream: 'stderr', text: `Version: '${v}'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server (GPL)` };
  return yield* forever();
}

function mysqlStop(ctx: ProcessContext, signal: string): SigtermAction {
  if (signal !== 'SIGTERM') return { action: 'ignore' };
  const t = rfc3339Micro(nowOf(ctx) + 1500);
  return {
    action: 'exit',
    afterMs: 1500,
    code: 0,
    stream: 'stderr',
    log: [`${t} 0 [Note] Giving 0 client threads a chance to die gracefully`, `${t} 0 [Note] Shutting down slave threads`, `${t} 0 [Note] mysqld: Shutdown complete`, ''],
  };
}

export function mysqlBehaviour(): Behaviour {
  return { start: program(mysqlMain), onSigterm: (ctx, signal = 'SIGTERM') => mysqlStop(ctx, signal) };
}
