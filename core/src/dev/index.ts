// Dev integrations without vscode, as `bp dev` runs them: the session (build, serve, tunnel,
// register, rebuild) and, for tests, its pure parts: the body, when to register again, bp's project
// cache, the tunnel's URLs, the states.
export { devIntegrationBody, devUpdateBody, secretEnvironment } from './devBody';
export type { DevIntegrationBody } from './devBody';
export { registrationChanged } from './registrationChange';
export { parseProjectCache, ProjectCacheError, readProjectCache, updateProjectCache } from './projectCache';
export type { ProjectCache } from './projectCache';
export { defaultTunnelUrl, tunnelEndpoints } from './tunnelUrls';
export type { TunnelEndpoints } from './tunnelUrls';
export { devStateText, initialDevState, nextDevState } from './devState';
export type { DevEvent, DevPhase, DevState } from './devState';
export { defaultDevPort, LocalServer } from './localServer';
export type { LocalServerOptions, ServerOutput } from './localServer';
export { TunnelConnection } from './tunnelConnection';
export type { ForwardedRequest, TunnelOptions } from './tunnelConnection';
export { DevSession, DevSessionError } from './devSession';
export type { DevReporter, DevSessionOptions } from './devSession';
export { watchedFolders } from './projectWatcher';
