/**
 * The heavy half of the extension: the rules, the analysis engine (with the TypeScript parser),
 * reviews, the merge gate, critiques and the analysis worker pool. It is bundled on its own
 * (`dist/engine.js`) and loaded on first use through `engine()` (lazy.ts), so that activating the
 * extension parses none of it. Nothing here imports `vscode`.
 */
export { DEFAULT_LIMITS } from '../core/engine/analyze';
export { allRuleMetas, RULES } from '../core/rules/index';
export { AnalysisPool } from '../node/analysis-pool';
export { critiqueChange } from '../node/critique';
export { recordCritiques } from '../node/critique-records';
export { runGate } from '../node/gate';
export { folderCache, openAIProvider } from '../node/openai';
export { registerReviewer, writeResolutions } from '../node/resolve';
export { reviewGit } from '../node/review';
export { scan, scanRoot } from '../node/scan';
