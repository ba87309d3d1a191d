import type { CancellationToken } from 'vscode-languageserver';

/**
 * Runs a request handler so that nothing it throws can take the server down: the error is logged and the
 * client gets `fallback` (the vscode JSON server pattern).
 */
export function runSafe<T>(log: (message: string) => void, what: string, fallback: T, token: CancellationToken | undefined, fn: () => T): T {
  if (token?.isCancellationRequested) return fallback;
  try {
    return fn();
  } catch (e) {
    log(`Error in ${what}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    return fallback;
  }
}
