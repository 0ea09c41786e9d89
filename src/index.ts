/**
 * newsgraph — the library API. The CLI (src/cli) is a thin layer over it.
 * @module
 */
export { analyze, analyzeWith, getDefaultPipeline, type AnalyzeOptions } from './analyze.js';
export type * from './model/types.js';
export { createDoc, layer, spanRef, within, overlapping, indexById } from './model/doc.js';
export { NewsgraphError, InputError, PipelineError, SpanError } from './model/errors.js';
export { buildPipeline, Pipeline } from './pipeline/runner.js';
export type { Stage, StageContext, StageOutput, AnnotationDraft } from './pipeline/stage.js';
export { defaultStages, type PipelineOptions } from './pipeline/default.js';
export { docView, DocView } from './model/view.js';
export { readArticles, ingestArticle, type ArticleInput } from './ingest/index.js';
export { readItems, type InputItem, type ItemError } from './ingest/items.js';
export { DEFAULT_LIMITS, limitsWith, type Limits } from './ingest/limits.js';
export { toDocJSON, type DocJSON, type DocJSONOptions } from './export/json.js';
export { fromDocJSON } from './export/read.js';
export type { TokenTable } from './export/token-table.js';
export { visibleControls } from './report/terminal-safe.js';
export { statementsStage } from './pipeline/stages/statements/index.js';
export { voiceShares } from './pipeline/stages/statements/voice.js';
