import yargs from "yargs";
import { hideBin } from "yargs/helpers";
import { loadTasks, sampleTasks } from "./sample.js";
import { scoreInWorker } from "./pool.js";
import { writeReport } from "./report.js";
import { complete } from "./client.js";

const argv = await yargs(hideBin(process.argv))
  .option("tasks", { type: "string", default: "data/tasks.jsonl" })
  .option("n", { type: "number", default: 200 })
  .option("model", { type: "string", demandOption: true })
  .parse();

const tasks = sampleTasks(await loadTasks(argv.tasks), argv.n);
const pairs: [typeof tasks[number], string][] = [];
for (const t of tasks) pairs.push([t, await complete(argv.model, t.prompt)]);
const results = (await Promise.all([0, 1, 2, 3].map((k) => scoreInWorker(pairs.filter((_, i) => i % 4 === k))))).flat();
await writeReport(results, { model: argv.model });
