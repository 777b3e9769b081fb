import { spawn } from 'node:child_process';

/** Runs a bench script in a process of its own and returns the JSON it prints on its last line. */
export function measureInChild<T>(nodeArguments: readonly string[]): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, nodeArguments, { stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`node ${nodeArguments.join(' ')} exited with ${code}`));
      else resolve(JSON.parse(output.trim().split('\n').at(-1)!) as T);
    });
  });
}
