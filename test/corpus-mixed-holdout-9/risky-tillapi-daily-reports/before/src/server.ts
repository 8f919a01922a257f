import express from "express";
import cors from "cors";
import { orders } from "./routes/orders.js";

const app = express();
const allowed = (process.env.CORS_ORIGINS ?? "").split(",").filter(Boolean);

app.use(cors({ origin: allowed }));
app.use(express.json({ limit: "100kb" }));
app.use("/orders", orders);

app.listen(Number(process.env.PORT ?? 3000), () => {
  console.log("tillapi listening");
});
