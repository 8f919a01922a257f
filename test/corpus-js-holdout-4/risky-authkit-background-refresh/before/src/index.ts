export { newSessionId, newRequestId } from './ids';
export { createSessionStore, type SessionStore } from './store';
