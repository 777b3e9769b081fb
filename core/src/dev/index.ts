// Dev integrations without vscode: the body `bp dev` registers, when to register again, its project
// cache, the tunnel's URLs, the session's states.
export { devIntegrationBody, devUpdateBody, secretEnvironment } from './devBody';
export type { DevIntegrationBody } from './devBody';
export { registrationChanged } from './registrationChange';
export { cachedString, parseProjectCache, ProjectCacheError, projectCacheFile, projectCachePath, projectCacheText, readProjectCache, updateProjectCache, withCacheEntry } from './projectCache';
export type { ProjectCache } from './projectCache';
export { defaultTunnelUrl, isTunnelId, newTunnelId, tunnelEndpoints } from './tunnelUrls';
export type { TunnelEndpoints } from './tunnelUrls';
export { devStateText, hasLastGood, initialDevState, nextDevState } from './devState';
export type { DevEvent, DevPhase, DevState } from './devState';
export { defaultDevPort, DevServerError, LocalServer } from './localServer';
export type { LocalServerOptions, ServerOutput } from './localServer';
export { forwardToLocal, TunnelConnection } from './tunnelConnection';
export type { ForwardedRequest, TunnelOptions } from './tunnelConnection';
export { DevSession, DevSessionError, servedBundlesFolder } from './devSession';
export type { DevReporter, DevSessionOptions } from './devSession';
export { watchedFolders } from './projectWatcher';
