/**
 * `npm run data -- --in DIR --out DIR [--crs …] [--allow-invalid] [--public] [--errors FILE]`
 * Thin CLI over runBuild (scripts/lib/run-build.ts); `--help` documents the options and exit codes.
 */
import { HELP, parseCliArgs } from './lib/cli-args';
import { runBuild } from './lib/run-build';

const args = parseCliArgs(process.argv.slice(2));
if (args.help) {
  console.log(HELP);
} else if ('error' in args) {
  console.error(`${args.error}\n\n${HELP}`);
  process.exitCode = 2;
} else {
  const { exitCode } = await runBuild(args.options);
  process.exitCode = exitCode;
}
