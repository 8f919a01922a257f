import type { NextFunction, Request, Response } from 'express';
import { randomUUID } from 'node:crypto';

declare module 'express-serve-static-core' {
  interface Request {
    id?: string;
  }
}

const HEADER = 'x-request-id';
const VALID_ID = /^[A-Za-z0-9._-]{8,64}$/;

/**
 * Propagate the caller's request id when it looks sane, otherwise mint a new
 * one. The id is echoed back so clients can quote it in bug reports.
 */
export function requestId(req: Request, res: Response, next: NextFunction) {
  const incoming = req.header(HEADER);
  req.id = incoming && VALID_ID.test(incoming) ? incoming : randomUUID();
  res.setHeader(HEADER, req.id);
  next();
}
