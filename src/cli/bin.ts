import { main } from './main';
import { installDeepParser } from '../node/deep-parse';

// Files nested deeper than this thread's stack allows are parsed on a thread with a larger one.
installDeepParser();

main(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  // The bundle's own path: installed git hooks call it by this absolute path.
  cliPath: __filename,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`airlock: internal error: ${String(error)}\n`);
    process.exitCode = 2;
  },
);
