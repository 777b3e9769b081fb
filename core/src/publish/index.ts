// Publishing without vscode: the definition becomes the createIntegration body, which is sent to the API.
export { defaultTimeoutMs } from './api/apiClient';
export { createIntegration, validateIntegrationCreation } from './api/integrationCreation';
export type { ApiTarget, CreatedIntegration, CreateIntegrationResponse, RequestOptions, RetryNotice } from './api/apiClient';
export { checkedApiUrl, defaultApiUrl } from './api/apiUrl';
export { findIntegration, findPreviousIntegrationVersion } from './api/integrationLookup';
export { deployPlan, deprecatedFeatures, entryChanges, plannedBody } from './plan/deployPlan';
export { lookUpPlan } from './plan/deployLookups';
export { planRemedy } from './plan/planRemedy';
export type { PlanRemedy } from './plan/planRemedy';
export type { LookedUpPlan, PlanFlags } from './plan/deployLookups';
export { breakingChanges, planText, planTitle } from './plan/planText';
export { comparedIntegration, deployedSideText, deploymentDiffTitle, localSideText } from './plan/deploymentDiff';
export type { ChangeKind, DeployPlan, PlanChange, PlanInput, PlanOperation, PlanSecrets, RefusalCode } from './plan/deployPlan';
export { handleLookupNeeded, splitHandle, workspaceHandleDecision } from './plan/workspaceHandle';
export { workspaceHandleProblem } from './plan/handleFormat';
export { handledNameEdit } from './plan/handledNameEdit';
export type { ReadText, TextReplacement, ValueEdit } from './plan/definitionValueEdit';
export type { HandleAvailability, HandleClaim, HandleDecision, HandleLookup, WorkspaceSummary } from './plan/workspaceHandle';
export { checkHandleAvailability, claimWorkspaceHandle, findWorkspaceByHandle, getWorkspace } from './api/workspaceLookup';
export type { DeployedIntegration, ExistingIntegration } from './api/integrationLookup';
export { updateIntegration, validateIntegrationUpdate } from './api/integrationUpdate';
export { existingIntegrationProblem } from './api/existingIntegration';
export { nextMajorVersion } from './plan/versionBump';
export { updateIntegrationBody } from './packaging/updateBody';
export type { UpdateIntegrationBody } from './packaging/updateBody';
export type { CreateIntegrationBody } from './packaging/createIntegrationBody';
export { packageDefinition } from './packaging/packageDefinition';
export type { PackagingOptions, PackagingResult } from './packaging/packageDefinition';
export { formatProblem } from './packaging/packagingProblem';
export type { PackagingProblem, PackagingProblemKind } from './packaging/packagingProblem';
export { PublishError } from './publishError';
export type { PublishErrorDetails, PublishErrorKind } from './publishError';
export { previewBody, redacted, scrub, sensitiveValues } from './credentials/redaction';
export type { SecretDeclaration, SecretValues } from './credentials/secrets';
export { apiOrigin, defaultApiOrigin, hostLabel } from './credentials/apiHost';
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
} from './credentials/tokenChoice';
export type { InspectedSetting, SavedTokens, SettingSource, TokenDecision } from './credentials/tokenChoice';
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
} from './credentials/storedKeys';
export type { RememberedDefinition, RememberedSecret, StoredKeys } from './credentials/storedKeys';
export { secretReuseChoices } from './credentials/secretReuse';
export type { RememberedValue, SecretReuseChoice } from './credentials/secretReuse';
export { decideCreateRetry } from './api/createRetry';
