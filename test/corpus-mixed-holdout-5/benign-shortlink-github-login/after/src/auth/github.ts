import { randomBytes, timingSafeEqual } from "node:crypto";
import { Router } from "express";
import { config } from "../config.js";

const AUTHORIZE_URL = "https://github.com/login/oauth/authorize";
const TOKEN_URL = "https://github.com/login/oauth/access_token";
const USER_URL = "https://api.github.com/user";

export const githubAuth = Router();

githubAuth.get("/auth/github", (_req, res) => {
  const state = randomBytes(16).toString("hex");
  res.cookie("oauth_state", state, { httpOnly: true, secure: true, sameSite: "lax", maxAge: 10 * 60_000 });
  const params = new URLSearchParams({
    client_id: config.githubClientId,
    redirect_uri: `${config.baseUrl}/auth/github/callback`,
    scope: "read:user",
    state,
  });
  res.redirect(`${AUTHORIZE_URL}?${params}`);
});

githubAuth.get("/auth/github/callback", async (req, res, next) => {
  try {
    const { code, state } = req.query;
    const expected = req.cookies?.oauth_state;
    res.clearCookie("oauth_state");
    if (typeof code !== "string" || typeof state !== "string" || !expected || !safeEqual(state, expected)) {
      return res.status(400).send("Invalid OAuth state");
    }
    const tokenRes = await fetch(TOKEN_URL, {
      method: "POST",
      headers: { Accept: "application/json", "Content-Type": "application/json" },
      body: JSON.stringify({ client_id: config.githubClientId, client_secret: config.githubClientSecret, code }),
      signal: AbortSignal.timeout(10_000),
    });
    const { access_token: accessToken } = (await tokenRes.json()) as { access_token?: string };
    if (!accessToken) return res.status(502).send("GitHub login failed");
    const userRes = await fetch(USER_URL, {
      headers: { Authorization: `Bearer ${accessToken}`, Accept: "application/vnd.github+json" },
      signal: AbortSignal.timeout(10_000),
    });
    const user = (await userRes.json()) as { login: string };
    res.cookie("owner", user.login, { httpOnly: true, secure: true, sameSite: "lax", signed: true });
    res.redirect("/");
  } catch (err) {
    next(err);
  }
});

function safeEqual(a: string, b: string): boolean {
  const ab = Buffer.from(a);
  const bb = Buffer.from(b);
  return ab.length === bb.length && timingSafeEqual(ab, bb);
}
