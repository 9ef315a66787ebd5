// kubectl's --dry-run flag (cmdutil.GetDryRunStrategy and PrintFlagsWithDryRunStrategy):
// `client` prints the object without sending it; `server` sends every write with
// `?dryRun=All`, and the API server validates, defaults and admits it but stores nothing.

export type DryRunStrategy = 'none' | 'client' | 'server';

/**
 * The strategy --dry-run asks for, or kubectl's error. A bare `--dry-run` (its NoOptDefVal,
 * `unchanged`) and the old boolean values are refused since kubectl v1.23.
 */
export function dryRunStrategy(flags: Record<string, unknown>): DryRunStrategy | { error: string } {
  const value = String(flags['dry-run'] ?? 'none');
  if (value === 'none' || value === 'client' || value === 'server') return value;
  if (value === 'unchanged') return { error: 'error: --dry-run flag without a value was specified. A value must be set: "none", "server", or "client".' };
  return { error: `error: Invalid dry-run value (${value}). Must be "none", "server", or "client".` };
}

/** What a write sends as its query under the strategy: `dryRun=All` for a server dry run. */
export function dryRunQuery(strategy: DryRunStrategy): Record<string, string> {
  return strategy === 'server' ? { dryRun: 'All' } : {};
}

/** The words after the operation (`created (dry run)`), as PrintFlagsWithDryRunStrategy adds them. */
export function dryRunSuffix(strategy: DryRunStrategy): string {
  return strategy === 'client' ? ' (dry run)' : strategy === 'server' ? ' (server dry run)' : '';
}
