/**
 * Test support (not published: excluded from the build): stages that give a test only part
 * of what the shipped pipeline writes.
 * @module
 */
import type { Doc } from '../../model/types.js';
import type { AnnotationDraft, Stage, StageContext } from '../stage.js';
import { syntaxStage } from './syntax.js';

/**
 * The shipped syntax stage with its `dep` drafts dropped: the real tagger's `pos` layer for
 * tests that supply their own dependency fixture (or none, to test a stage without `dep`).
 * Writes layer `pos` only; offsets as the syntax stage's (UTF-16, equal to the token's).
 */
export const posOnlyStage: Stage = {
  name: 'syntax-pos-only',
  version: syntaxStage.version,
  requires: syntaxStage.requires,
  assigns: ['pos'],
  languages: syntaxStage.languages,
  init: syntaxStage.init,
  run(doc: Doc, ctx: StageContext): AnnotationDraft[] {
    return (syntaxStage.run(doc, ctx) as AnnotationDraft[]).filter((d) => d.layer === 'pos');
  },
};
