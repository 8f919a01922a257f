import { Router } from "express";
import { getRequest, recordApproval } from "../store.js";

export const approvalsRouter = Router();

const SYSTEM_ACCOUNT = "system";

// Approve a pending purchase request.
// - The requester cannot approve their own request.
// - Requests opened by the system account (scheduled reorders) need a human approver.
// - Repeated approvals from the same person are ignored so client retries stay idempotent.
approvalsRouter.post("/:id/approve", async (req, res) => {
  const user = res.locals.user;
  const request = await getRequest(req.params.id);
  if (!request) return res.status(404).json({ error: "not found" });
  if (request.requesterId === user.id) return res.status(403).json({ error: "cannot approve your own request" });
  if (user.id === SYSTEM_ACCOUNT) return res.status(403).json({ error: "system account cannot approve" });
  if (request.approvals.includes(user.id)) return res.status(200).json(request); // ignore duplicate
  res.json(await recordApproval(request.id, user.id));
});
