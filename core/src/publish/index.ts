// Publishing without vscode: the definition becomes the createIntegration body, which is sent to the API.
export { defaultTimeoutMs } from './apiClient';
export { createIntegration, validateIntegrationCreation } from './integrationCreation';
export type { ApiTarget, CreatedIntegration, CreateIntegrationResponse, RequestOptions, RetryNotice } from './apiClient';
export { checkedApiUrl, defaultApiUrl } from './apiUrl';
export { findIntegration, findPreviousIntegrationVersion } from './integrationLookup';
export { deployPlan, deprecatedFeatures, entryChanges, plannedBody } from './deployPlan';
export { lookUpPlan } from './deployLookups';
export { planRemedy } from './planRemedy';
export type { PlanRemedy } from './planRemedy';
export type { LookedUpPlan, PlanFlags } from './deployLookups';
export { breakingChanges, planText, planTitle } from './planText';
export { comparedIntegration, deployedSideText, deploymentDiffTitle, localSideText } from './deploymentDiff';
export type { ChangeKind, DeployPlan, PlanChange, PlanInput, PlanOperation, PlanSecrets, RefusalCode } from './deployPlan';
export { handleLookupNeeded, splitHandle, workspaceHandleDecision } from './workspaceHandle';
export { workspaceHandleProblem } from './handleFormat';
export { handledNameEdit } from './handledNameEdit';
export type { ReadText, TextReplacement, ValueEdit } from './definitionValueEdit';
export type { HandleAvailability, HandleClaim, HandleDecision, HandleLookup, WorkspaceSummary } from './workspaceHandle';
export { checkHandleAvailability, claimWorkspaceHandle, findWorkspaceByHandle, getWorkspace } from './workspaceLookup';
export type { DeployedIntegration, ExistingIntegration } from './integrationLookup';
export { updateIntegration, validateIntegrationUpdate } from './integrationUpdate';
export { existingIntegrationProblem } from './existingIntegration';
export { nextMajorVersion } from './versionBump';
export { updateIntegrationBody } from './updateBody';
export type { UpdateIntegrationBody } from './updateBody';
export type { CreateIntegrationBody } from './createIntegrationBody';
export { packageDefinition } from './packageDefinition';
export type { PackagingOptions, PackagingResult } from './packageDefinition';
export { formatProblem } from './packagingProblem';
export type { PackagingProblem, PackagingProblemKind } from './packagingProblem';
export { PublishError } from './publishError';
export type { PublishErrorDetails, PublishErrorKind } from './publishError';
export { previewBody, redacted, scrub, sensitiveValues } from './redaction';
export type { SecretDeclaration, SecretValues } from './secrets';
export { apiOrigin, defaultApiOrigin, hostLabel } from './apiHost';
export {
  hostConsent,
  legacyTokenKey,
  needsHostConsent,
  otherTokenAnswer,
  savedTokenOrigins,
  sendTokenAnswer,
  settingSource,
  settingSourceText,
  tokenConfirmation,
  tokenDecision,
  tokenKeys,
  useHostAnswer,
} from './tokenChoice';
export type { InspectedSetting, SavedTokens, SettingSource, TokenDecision } from './tokenChoice';
export {
  parseStoredKeys,
  rememberedDefinitions,
  secretKey,
  secretKeys,
  storedKeysKey,
  withoutSecrets,
  withoutTokens,
  withSecret,
  withToken,
} from './storedKeys';
export type { RememberedDefinition, RememberedSecret, StoredKeys } from './storedKeys';
export { secretReuseChoices } from './secretReuse';
export type { RememberedValue, SecretReuseChoice } from './secretReuse';
export { decideCreateRetry } from './createRetry';
