/**
 * `docker images` (`docker image ls`): one row per tag, newest image first, in Docker 28's
 * table — REPOSITORY, TAG, IMAGE ID, CREATED, SIZE — with go-units durations and sizes.
 */
import { parseImageRef, shortId } from '../../images';
import type { ParsedArgs } from '../../kubectl/cli';
import type { DockerEnv, DockerProgram } from '../program';
import { err, out } from './effects';
import { humanDuration, humanSize, tabwrite } from './format';
import { createdOf, type ImageStore } from './store';

interface Row {
  repository: string;
  tag: string;
  digest: string;
  id: string;
  created: number;
  size: number;
}

function rowFor(images: ImageStore, ref: string): Row | undefined {
  const local = images.get(ref);
  const parsed = parseImageRef(ref);
  if (!local || !parsed.ok) return undefined;
  const repository = parsed.ref.familiar.replace(/[:@].*$/, '');
  const image = local.image;
  return { repository, tag: parsed.ref.tag ?? '<none>', digest: image.digest, id: image.id, created: createdOf(images, image.id), size: image.size };
}

/** `kubia`, `luksa/kubia:v1`: the REPOSITORY[:TAG] argument, matching every tag when none is given. */
function matches(row: Row, filter: string | undefined): boolean {
  if (filter === undefined) return true;
  const slash = filter.lastIndexOf('/');
  const colon = filter.indexOf(':', slash + 1);
  const name = colon < 0 ? filter : filter.slice(0, colon);
  const parsed = parseImageRef(name);
  const repo = parsed.ok ? parsed.ref.familiar.replace(/:.*$/, '') : name;
  return row.repository === repo && (colon < 0 || row.tag === filter.slice(colon + 1));
}

function listRows(images: ImageStore, filter: string | undefined): Row[] {
  const rows = [...images.keys()].map((ref) => rowFor(images, ref)).filter((r): r is Row => r !== undefined && matches(r, filter));
  // The daemon lists images newest first; an image's tags stay together, in name order.
  return rows.sort((a, b) => b.created - a.created || a.id.localeCompare(b.id) || `${a.repository}:${a.tag}`.localeCompare(`${b.repository}:${b.tag}`));
}

const FIELDS: Record<string, { header: string; value: (r: Row, now: number, noTrunc: boolean) => string }> = {
  Repository: { header: 'REPOSITORY', value: (r) => r.repository },
  Tag: { header: 'TAG', value: (r) => r.tag },
  Digest: { header: 'DIGEST', value: (r) => r.digest },
  ID: { header: 'IMAGE ID', value: (r, _n, noTrunc) => (noTrunc ? r.id : shortId(r.id)) },
  CreatedSince: { header: 'CREATED', value: (r, now) => `${humanDuration(now - r.created)} ago` },
  Size: { header: 'SIZE', value: (r) => humanSize(r.size) },
};

/** A Go template over the fields above, `{{.Repository}}:{{.Tag}}`; `table` adds the header row. */
function formatRows(rows: Row[], template: string, now: number, noTrunc: boolean): string | undefined {
  const table = template.startsWith('table');
  const body = (table ? template.slice(5).trimStart() : template).replace(/\\t/g, '\t');
  const unknown = [...body.matchAll(/\{\{\s*\.(\w+)\s*\}\}/g)].find((m) => !FIELDS[m[1] ?? '']);
  if (unknown) return undefined;
  const fill = (f: (field: (typeof FIELDS)[string]) => string): string => body.replace(/\{\{\s*\.(\w+)\s*\}\}/g, (_m, name: string) => f(FIELDS[name] as (typeof FIELDS)[string]));
  const lines = rows.map((r) => fill((field) => field.value(r, now, noTrunc)));
  if (!table) return lines.map((l) => `${l}\n`).join('');
  return tabwrite([fill((field) => field.header), ...lines].map((l) => l.split('\t')), { minwidth: 10, padding: 3 });
}

function defaultTemplate(args: ParsedArgs): string {
  if (args.flags.quiet === true) return '{{.ID}}';
  const digest = args.flags.digests === true ? '\t{{.Digest}}' : '';
  return `table {{.Repository}}\t{{.Tag}}${digest}\t{{.ID}}\t{{.CreatedSince}}\t{{.Size}}`;
}

export function* dockerImages(env: DockerEnv, args: ParsedArgs): DockerProgram {
  const rows = listRows(env.images, args.positional[0]);
  const given = String(args.flags.format ?? '');
  const template = given === '' || given === 'table' ? defaultTemplate(args) : given;
  const text = formatRows(rows, template, env.now(), args.flags['no-trunc'] === true);
  if (text === undefined) {
    yield* err(`template: Pod Lab's docker images knows the fields .Repository, .Tag, .Digest, .ID, .CreatedSince and .Size\n`);
    return 1;
  }
  yield* out(text);
  return 0;
}
