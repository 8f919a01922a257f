export default () => ({
  port: Number(process.env.PORT ?? 3000),
  cors: {
    // explicit allowlist, e.g. "https://app.clinic.example,https://admin.clinic.example"
    origins: (process.env.CORS_ORIGINS ?? "").split(",").map((o) => o.trim()).filter(Boolean),
  },
  jwt: {
    secret: process.env.JWT_SECRET,
    issuer: process.env.JWT_ISSUER ?? "https://auth.clinic.example",
    audience: "clinicapi",
  },
});
