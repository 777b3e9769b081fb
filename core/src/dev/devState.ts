// A dev session as data: what it is doing, what is registered, and the last error. The session
// (devSession.ts) reports what happens as events; the CLI prints the states and VS Code shows them
// in the status bar. A failure once a build is registered and served keeps that build: the state
// says so, and the next change starts a rebuild.

export type DevPhase =
  /** Building the first time. */
  | 'starting'
  /** The local server answers. */
  | 'serving'
  /** The tunnel is connected (skipped when the user gives the URL). */
  | 'tunnel-up'
  /** Registered as a dev integration and served: requests come in. */
  | 'registered'
  /** A change is being built, served and registered; the last good build answers meanwhile. */
  | 'rebuilding'
  /** The last step failed; with `integrationId` set, the last good build still runs. */
  | 'error'
  | 'stopped';

export interface DevState {
  phase: DevPhase;
  port?: number;
  publicUrl?: string;
  integrationId?: string;
  error?: string;
}

export type DevEvent =
  | { type: 'server-started'; port: number }
  | { type: 'tunnel-connected'; publicUrl: string }
  | { type: 'registered'; integrationId: string; publicUrl: string }
  | { type: 'change-detected' }
  /** A rebuild ended well (registered again, or nothing to register). */
  | { type: 'rebuilt' }
  | { type: 'failed'; message: string }
  | { type: 'stopped' };

export const initialDevState: DevState = { phase: 'starting' };

/** Whether a build is registered and served, so that a failure leaves it running. */
export function hasLastGood(state: DevState): boolean {
  return state.integrationId !== undefined;
}

export function nextDevState(state: DevState, event: DevEvent): DevState {
  if (state.phase === 'stopped') return state;
  const { error: _error, ...kept } = state;
  switch (event.type) {
    case 'server-started':
      return { ...kept, phase: hasLastGood(state) ? 'rebuilding' : 'serving', port: event.port };
    case 'tunnel-connected':
      return { ...kept, phase: hasLastGood(state) ? state.phase : 'tunnel-up', publicUrl: event.publicUrl };
    case 'registered':
    case 'rebuilt':
      return { ...kept, phase: 'registered', ...(event.type === 'registered' ? { integrationId: event.integrationId, publicUrl: event.publicUrl } : {}) };
    case 'change-detected':
      return hasLastGood(state) ? { ...kept, phase: 'rebuilding' } : state;
    case 'failed':
      return { ...state, phase: 'error', error: event.message };
    case 'stopped':
      return { ...kept, phase: 'stopped' };
  }
}

/** One line for a person: the status bar's tooltip, the CLI's state lines. */
export function devStateText(state: DevState): string {
  const where = state.publicUrl ? ` at ${state.publicUrl}` : '';
  switch (state.phase) {
    case 'starting':
      return 'Dev integration: building…';
    case 'serving':
      return `Dev integration: serving on port ${state.port}…`;
    case 'tunnel-up':
      return `Dev integration: tunnel connected${where}; registering…`;
    case 'registered':
      return `Dev integration ${state.integrationId}: running${where}`;
    case 'rebuilding':
      return `Dev integration ${state.integrationId}: rebuilding (the last build answers meanwhile)`;
    case 'error':
      return hasLastGood(state)
        ? `Dev integration ${state.integrationId}: ${state.error} The last good build keeps running${where}.`
        : `Dev integration failed: ${state.error}`;
    case 'stopped':
      return state.integrationId ? `Dev integration ${state.integrationId}: stopped (it stays registered).` : 'Dev integration: stopped.';
  }
}
