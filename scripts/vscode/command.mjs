// Runs a child process to completion, either echoing its output live or keeping it for an error message.
import { spawn } from 'node:child_process';

/**
 * @param {string} command
 * @param {string[]} args
 * @param {{ cwd?: string, env?: NodeJS.ProcessEnv, echo?: boolean }} [options]
 * @returns {Promise<{ code: number, output: string }>} code is the exit code (1 when killed by a signal)
 */
export function runCommand(command, args, { cwd, env, echo = true } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const collect = (stream, target) =>
      child[stream].on('data', (chunk) => {
        output += chunk;
        if (echo) target.write(chunk);
      });
    collect('stdout', process.stdout);
    collect('stderr', process.stderr);
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

/** Like runCommand, but throws with the command's output when it exits non-zero. */
export async function runChecked(command, args, options = {}) {
  const result = await runCommand(command, args, { echo: false, ...options });
  if (result.code !== 0) {
    throw new Error(`\`${[command, ...args].join(' ')}\` exited with ${result.code}:\n${result.output.trim()}`);
  }
  return result;
}
