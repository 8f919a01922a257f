/** Every command id Airlock registers; the manifest test checks them against package.json. */
export const COMMAND = {
  reviewChanges: 'airlock.reviewChanges',
  auditWorkspace: 'airlock.auditWorkspace',
  clearFlags: 'airlock.clearFlags',
  exportSarif: 'airlock.exportSarif',
  showOutput: 'airlock.showOutput',
  openRuleDocs: 'airlock.openRuleDocs',
  explainFlag: 'airlock.explainFlag',
  showCategory: 'airlock.showCategory',
  resolveFlag: 'airlock.resolveFlag',
  createReviewerKey: 'airlock.createReviewerKey',
  installMergeGate: 'airlock.installMergeGate',
  whyBlocked: 'airlock.whyBlocked',
  critiqueChanges: 'airlock.critiqueChanges',
  critiqueFlag: 'airlock.critiqueFlag',
  setApiKey: 'airlock.setApiKey',
  clearApiKey: 'airlock.clearApiKey',
} as const;

export const VIEW_ID = 'airlock.sidebar';
/** The focus command VS Code creates for every view. */
export const FOCUS_VIEW = `${VIEW_ID}.focus`;
/** Context key set while there are results (enables Clear Flags and Export SARIF). */
export const HAS_RESULTS = 'airlock.hasResults';
