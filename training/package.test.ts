import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { REPO_ROOT } from './corpora/data-dir.js';

/** The source files the published build compiles (tsconfig.build.json). */
function publishedSources(): string[] {
  const parsed = ts.getParsedCommandLineOfConfigFile(join(REPO_ROOT, 'tsconfig.build.json'), {}, {
    ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => { throw new Error(String(d.messageText)); },
  });
  if (!parsed) throw new Error('tsconfig.build.json unreadable');
  return parsed.fileNames.map((f) => relative(REPO_ROOT, f));
}

/** Training, evaluation and test code, by path. */
const NOT_PUBLISHED = (p: string): boolean => /^(training|eval|bench|test|scripts)\//.test(p) || /\.test\.ts$/.test(p) || /test-helpers\.ts$/.test(p) || p === 'src/ml/train.ts';

test('the published build compiles no training, eval or test code', () => {
  const files = publishedSources();
  assert.ok(files.includes('src/index.ts') && files.includes('src/ml/bundle.ts'), 'the build is read');
  assert.deepEqual(files.filter(NOT_PUBLISHED), []);
});

test('inference code never imports training, eval or test code', () => {
  const bad: string[] = [];
  for (const f of publishedSources()) {
    const text = readFileSync(join(REPO_ROOT, f), 'utf8');
    for (const m of text.matchAll(/(?:import|export)\s[^'"]*?from\s+['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/g)) {
      const spec = m[1] ?? m[2];
      const target = relative(REPO_ROOT, resolve(dirname(join(REPO_ROOT, f)), spec)).replace(/\.js$/, '.ts');
      if (NOT_PUBLISHED(target)) bad.push(`${f} imports ${target}`);
    }
  }
  assert.deepEqual(bad, []);
});

test('the package lists no training, eval or test folders', () => {
  const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { files: string[] };
  assert.deepEqual(pkg.files.filter((f) => NOT_PUBLISHED(`${f}/`) || NOT_PUBLISHED(f)), []);
});
