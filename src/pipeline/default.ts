import type { Stage } from './stage.js';
import { paragraphsStage } from './stages/paragraphs.js';
import { boilerplateStage } from './stages/boilerplate.js';
import { tokenizeStage } from './stages/tokenize.js';
import { createSyntaxStage, type SyntaxStageOptions } from './stages/syntax.js';
import { createEntitiesStage, type EntitiesStageOptions } from './stages/entities/index.js';
import { createStatementsStage, type StatementsStageOptions } from './stages/statements/index.js';
import { timexStage } from './stages/time/index.js';
import { timelinksStage } from './stages/time/links.js';
import { eventsStage } from './stages/events/index.js';
import { framingStage } from './stages/framing/index.js';

/**
 * Options of the default pipeline, per stage; every field is optional and defaults to the
 * committed models and settings. The one place where the default pipeline is assembled.
 */
export interface PipelineOptions {
  syntax?: SyntaxStageOptions;
  entities?: EntitiesStageOptions;
  statements?: StatementsStageOptions;
}

/**
 * The default stage order: paragraphs → boilerplate → tokenize → syntax → entities →
 * statements → timex → events → timelinks → framing. The runner checks the declared requires/assigns (and the
 * order of optional layers) when the pipeline is built.
 */
export function defaultStages(options: PipelineOptions = {}): Stage[] {
  return [
    paragraphsStage,
    boilerplateStage,
    tokenizeStage,
    createSyntaxStage(options.syntax),
    createEntitiesStage(options.entities),
    createStatementsStage(options.statements),
    timexStage,
    eventsStage,
    timelinksStage,
    framingStage,
  ];
}
