import type { Stage } from './stage.js';
import { paragraphsStage } from './stages/paragraphs.js';
import { boilerplateStage } from './stages/boilerplate.js';
import { tokenizeStage } from './stages/tokenize.js';
import { syntaxStage } from './stages/syntax.js';
import { entitiesStage } from './stages/entities/index.js';
import { statementsStage } from './stages/statements/index.js';
import { timexStage } from './stages/time/index.js';
import { timelinksStage } from './stages/time/links.js';
import { eventsStage } from './stages/events/index.js';
import { framingStage } from './stages/framing/index.js';

/**
 * The default stage order. The runner checks the declared requires/assigns
 * (and the order of optional layers) when the pipeline is built.
 */
export function defaultStages(): Stage[] {
  return [paragraphsStage, boilerplateStage, tokenizeStage, syntaxStage, entitiesStage, statementsStage, timexStage, eventsStage, timelinksStage, framingStage];
}
