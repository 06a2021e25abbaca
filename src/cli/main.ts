import { nodeIo } from './nodeIo';
import { runCli } from './run';

void runCli(process.argv.slice(2), nodeIo).then((status) => {
  process.exitCode = status;
});
