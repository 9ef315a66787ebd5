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

/**
 * For the commands whose server-side dry run Pod Lab does not simulate yet: the strategy,
 * or the error to print (kubectl's own, or SERVER_DRY_RUN).
 */
export function clientDryRunOnly(flags: Record<string, unknown>): 'none' | 'client' | { error: string } {
  const strategy = dryRunStrategy(flags);
  return strategy === 'server' ? { error: SERVER_DRY_RUN } : strategy;
}

export const SERVER_DRY_RUN = 'error: Pod Lab does not simulate --dry-run=server for this command yet; use --dry-run=client to see the object without sending it';

/** What a write sends as its query under the strategy: `dryRun=All` for a server dry run. */
export function dryRunQuery(strategy: DryRunStrategy): Record<string, string> {
  return strategy === 'server' ? { dryRun: 'All' } : {};
}

/** The words after the operation (`created (dry run)`), as PrintFlagsWithDryRunStrategy adds them. */
export function dryRunSuffix(strategy: DryRunStrategy): string {
  return strategy === 'client' ? ' (dry run)' : strategy === 'server' ? ' (server dry run)' : '';
}
