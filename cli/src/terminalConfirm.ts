// The yes/no question `create` asks on a terminal before it writes, as `bp deploy` asks without -y.
import { createInterface } from 'node:readline';

/** Asks on `output`, reads the answer from `input`: yes for `y` or `yes`; no for anything else, Ctrl-C or the end of the input. */
export function terminalConfirm(input: NodeJS.ReadableStream, output: NodeJS.WritableStream): (question: string) => Promise<boolean> {
  return (question) =>
    new Promise((resolve) => {
      const reader = createInterface({ input, output });
      let answered = false;
      const finish = (yes: boolean) => {
        if (answered) return;
        answered = true;
        reader.close();
        resolve(yes);
      };
      reader.on('SIGINT', () => {
        output.write('\n');
        finish(false);
      });
      reader.on('close', () => finish(false));
      reader.question(`${question} [y/N] `, (answer) => finish(/^y(es)?$/i.test(answer.trim())));
    });
}
