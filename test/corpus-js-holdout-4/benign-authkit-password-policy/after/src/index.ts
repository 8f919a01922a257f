export { newSessionId, newRequestId } from './ids';
export { createSessionStore, type SessionStore } from './store';
export { validatePassword, MESSAGES as PASSWORD_MESSAGES } from './policy';
