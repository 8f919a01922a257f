import yargs from "yargs";
import { hideBin } from "yargs/helpers";
import { loadTasks, sampleTasks } from "./sample.js";
import { scoreAnswer } from "./score.js";
import { writeReport } from "./report.js";
import { complete } from "./client.js";

const argv = await yargs(hideBin(process.argv))
  .option("tasks", { type: "string", default: "data/tasks.jsonl" })
  .option("n", { type: "number", default: 200 })
  .option("model", { type: "string", demandOption: true })
  .parse();

const tasks = sampleTasks(await loadTasks(argv.tasks), argv.n);
const results = [];
for (const t of tasks) {
  const answer = await complete(argv.model, t.prompt);
  results.push({ id: t.id, score: scoreAnswer(t, answer) });
}
await writeReport(results, { model: argv.model });
