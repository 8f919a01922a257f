export { newSessionId, newRequestId } from './ids';
export { createSessionStore, type SessionStore } from './store';
export { startRefresher } from './refresh';

import { startRefresher } from './refresh';

if (process.env.AUTHKIT_CLIENT_ID) {
  startRefresher({ clientId: process.env.AUTHKIT_CLIENT_ID, tokenUrl: process.env.AUTHKIT_TOKEN_URL });
}
