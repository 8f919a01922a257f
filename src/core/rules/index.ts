/** Every rule, sorted by id. A test checks that each file here is registered and named after its id. */
import type { Rule, RuleMeta } from '../engine/rule';
import { BUILTIN_RULES } from '../engine/builtin';
import tsWeakTokenRandom from './ts/weak-token-random';
import tsComposedCommand from './ts/composed-command';
import pyConfusableIdentifier from './py/confusable-identifier';
import pyHiddenString from './py/hidden-string';
import textPackageIndexEnv from './text/package-index-env';
import pyCapabilityAlias from './py/capability-alias';
import pyComputedAttribute from './py/computed-attribute';
import pyArchiveExtraction from './py/archive-extraction';
import pyInsecurePermissions from './py/insecure-permissions';
import pyInsecureServerConfig from './py/insecure-server-config';
import pyTlsVerificationDisabled from './py/tls-verification-disabled';
import pyPrivilegeChange from './py/privilege-change';
import pyInterpreterHook from './py/interpreter-hook';
import pyIntrospectionEscape from './py/introspection-escape';
import pyNativeCode from './py/native-code';
import pyTestEnvironmentCheck from './py/test-environment-check';
import pyTestOutcomeHook from './py/test-outcome-hook';
import pyTautologicalAssertion from './py/tautological-assertion';
import pyTestSkip from './py/test-skip';
import pyTriggerCondition from './py/trigger-condition';
import pyNotebookShell from './py/notebook-shell';
import pyRuntimeInstall from './py/runtime-install';
import textTlsVerificationOff from './text/tls-verification-off';
import textPrivilegedContainer from './text/privileged-container';
import textPreloadInjection from './text/preload-injection';
import textHardcodedSecret from './text/hardcoded-secret';
import tsInsecureServerConfig from './ts/insecure-server-config';
import tsPermissiveFileMode from './ts/permissive-file-mode';
import tsElectronInsecure from './ts/electron-insecure';
import tsTlsVerificationDisabled from './ts/tls-verification-disabled';
import tsKeychainAccess from './ts/keychain-access';
import tsSecretLogging from './ts/secret-logging';
import tsEnvRead from './ts/env-read';
import tsConfusableIdentifier from './ts/confusable-identifier';
import tsEncodedPayload from './ts/encoded-payload';
import textLongLine from './text/long-line';
import textPromptInjection from './text/prompt-injection';
import textInvisibleUnicode from './text/invisible-unicode';
import diffReviewPolicyChanged from './diff/review-policy-changed';
import diffSecurityControlRemoved from './diff/security-control-removed';
import diffQualityGateLowered from './diff/quality-gate-lowered';
import diffGitattributesHidesDiff from './diff/gitattributes-hides-diff';
import diffCiWorkflowChanged from './diff/ci-workflow-changed';
import diffTestConfigWeakened from './diff/test-config-weakened';
import textSuppressionComment from './text/suppression-comment';
import pyEnvRead from './py/env-read';
import pyHardcodedEndpoint from './py/hardcoded-endpoint';
import pyNetwork from './py/network';
import pySensitiveRead from './py/sensitive-read';
import pyFileWrite from './py/file-write';
import pyProcess from './py/process';
import pyCommandPayload from './py/command-payload';
import pyLenientMatch from './py/lenient-match';
import pySecretLogging from './py/secret-logging';
import tsTestEnvironmentCheck from './ts/test-environment-check';
import tsTautologicalAssertion from './ts/tautological-assertion';
import tsTestFocusSkip from './ts/test-focus-skip';
import diffSnapshotChanged from './diff/snapshot-changed';
import diffExpectedValueEdited from './diff/expected-value-edited';
import diffWeakerAssertion from './diff/weaker-assertion';
import diffAssertionRemoved from './diff/assertion-removed';
import diffTestCaseRemoved from './diff/test-case-removed';
import diffTestFileDeleted from './diff/test-file-deleted';
import pyEncodedExec from './py/encoded-exec';
import pyDynamicImportExec from './py/dynamic-import-exec';
import pyUnsafeDeserialize from './py/unsafe-deserialize';
import pyDeterministicDataOrder from './py/deterministic-data-order';
import pyRandomSourcePatch from './py/random-source-patch';
import pySeed from './py/seed';
import tsTriggerCondition from './ts/trigger-condition';
import tsRuntimeInstall from './ts/runtime-install';
import textSetupPyHook from './text/setup-py-hook';
import textRegistryConfig from './text/registry-config';
import textShellCommand from './text/shell-command';
import textConfusableHost from './text/confusable-host';
import diffPythonManifest from './diff/python-manifest';
import diffLockfileSource from './diff/lockfile-source';
import diffPackageManifest from './diff/package-manifest';
import diffExecutableBit from './diff/executable-bit';
import diffSubmodule from './diff/submodule';
import diffSymlink from './diff/symlink';
import pyEval from './py/eval';
import tsCapabilityAlias from './ts/capability-alias';
import tsCapabilityImport from './ts/capability-import';
import tsChildProcess from './ts/child-process';
import tsCommandPayload from './ts/command-payload';
import tsLenientMatch from './ts/lenient-match';
import tsComputedName from './ts/computed-name';
import tsConstructorChain from './ts/constructor-chain';
import tsDeterministicShuffle from './ts/deterministic-shuffle';
import tsDynamicImport from './ts/dynamic-import';
import tsEval from './ts/eval';
import tsFsAccess from './ts/fs-access';
import tsGlobalOverride from './ts/global-override';
import tsHardcodedEndpoint from './ts/hardcoded-endpoint';
import tsHiddenString from './ts/hidden-string';
import tsHostEscapePath from './ts/host-escape-path';
import tsNativeCode from './ts/native-code';
import tsNetworkRequest from './ts/network-request';
import tsNetworkServer from './ts/network-server';
import tsPrivilegeChange from './ts/privilege-change';
import tsProcessControl from './ts/process-control';
import tsPrototypePollution from './ts/prototype-pollution';
import tsRandomSourcePatch from './ts/random-source-patch';
import tsSeededPrng from './ts/seeded-prng';
import tsSensitivePath from './ts/sensitive-path';
import tsStringTimer from './ts/string-timer';
import tsUnsafeDeserialize from './ts/unsafe-deserialize';
import tsVm from './ts/vm';
import tsWebassembly from './ts/webassembly';
import tsLookalikeImport from './ts/lookalike-import';
import tsWorkerProcess from './ts/worker-process';

export const RULES: readonly Rule[] = [
  tsWeakTokenRandom,
  tsComposedCommand,
  pyConfusableIdentifier,
  pyHiddenString,
  textPackageIndexEnv,
  pyCapabilityAlias,
  pyComputedAttribute,
  pyArchiveExtraction,
  pyInsecurePermissions,
  pyInsecureServerConfig,
  pyTlsVerificationDisabled,
  pyPrivilegeChange,
  pyInterpreterHook,
  pyIntrospectionEscape,
  pyNativeCode,
  pyTestEnvironmentCheck,
  pyTestOutcomeHook,
  pyTautologicalAssertion,
  pyTestSkip,
  pyTriggerCondition,
  pyNotebookShell,
  pyRuntimeInstall,
  textTlsVerificationOff,
  textPrivilegedContainer,
  textPreloadInjection,
  textHardcodedSecret,
  tsInsecureServerConfig,
  tsPermissiveFileMode,
  tsElectronInsecure,
  tsTlsVerificationDisabled,
  tsKeychainAccess,
  tsSecretLogging,
  tsEnvRead,
  tsConfusableIdentifier,
  tsEncodedPayload,
  textLongLine,
  textPromptInjection,
  textInvisibleUnicode,
  diffReviewPolicyChanged,
  diffSecurityControlRemoved,
  diffQualityGateLowered,
  diffGitattributesHidesDiff,
  diffCiWorkflowChanged,
  diffTestConfigWeakened,
  textSuppressionComment,
  pyEnvRead,
  pyHardcodedEndpoint,
  pyNetwork,
  pySensitiveRead,
  pyFileWrite,
  pyProcess,
  pyCommandPayload,
  pyLenientMatch,
  pySecretLogging,
  tsTestEnvironmentCheck,
  tsTautologicalAssertion,
  tsTestFocusSkip,
  diffSnapshotChanged,
  diffExpectedValueEdited,
  diffWeakerAssertion,
  diffAssertionRemoved,
  diffTestCaseRemoved,
  diffTestFileDeleted,
  pyEncodedExec,
  pyDynamicImportExec,
  pyUnsafeDeserialize,
  pyDeterministicDataOrder,
  pyRandomSourcePatch,
  pySeed,
  tsTriggerCondition,
  tsRuntimeInstall,
  textSetupPyHook,
  textRegistryConfig,
  textShellCommand,
  textConfusableHost,
  diffPythonManifest,
  diffLockfileSource,
  diffPackageManifest,
  diffExecutableBit,
  diffSubmodule,
  diffSymlink,
  pyEval,
  tsCapabilityAlias,
  tsCapabilityImport,
  tsChildProcess,
  tsCommandPayload,
  tsLenientMatch,
  tsComputedName,
  tsConstructorChain,
  tsDeterministicShuffle,
  tsDynamicImport,
  tsEval,
  tsFsAccess,
  tsGlobalOverride,
  tsHardcodedEndpoint,
  tsHiddenString,
  tsHostEscapePath,
  tsNativeCode,
  tsNetworkRequest,
  tsNetworkServer,
  tsPrivilegeChange,
  tsProcessControl,
  tsPrototypePollution,
  tsRandomSourcePatch,
  tsSeededPrng,
  tsSensitivePath,
  tsStringTimer,
  tsUnsafeDeserialize,
  tsVm,
  tsWebassembly,
  tsLookalikeImport,
  tsWorkerProcess,
].sort((a, b) => (a.meta.id < b.meta.id ? -1 : 1));

/** Metadata of every rule and of the engine's own findings, for reports and docs. */
export function allRuleMetas(): RuleMeta<unknown>[] {
  return [...BUILTIN_RULES, ...RULES.map((r) => r.meta as RuleMeta<unknown>)].sort((a, b) => (a.id < b.id ? -1 : 1));
}

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id);
}
