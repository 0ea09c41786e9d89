/**
 * Where the gold corpora are: `../shared/data` beside the checkout, or one level further
 * up for a checkout kept in a worktree folder (`<root>/wt/<name>` beside `<root>/shared`).
 * @module
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (this file is training/corpora/data-dir.ts). */
export const REPO_ROOT = resolve(fileURLToPath(new URL('../../', import.meta.url)));

/** The default data directory (the first that exists; the first candidate when none does). */
export function defaultDataDir(): string {
  const candidates = [join(REPO_ROOT, '..', 'shared', 'data'), join(REPO_ROOT, '..', '..', 'shared', 'data')];
  return candidates.find((d) => existsSync(d)) ?? candidates[0];
}
