import type { TextDocument, TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { SeededRandom } from '../test/fuzz/seededRandom';

/**
 * Edits as a user makes them: one title's value replaced, alternately by a short title and by one
 * over the 64-character limit, so the diagnostics really change from edit to edit.
 */
export class TitleEdits {
  private readonly random: SeededRandom;
  private count = 0;

  constructor(seed: number) {
    this.random = new SeededRandom(seed);
  }

  next(document: TextDocument): TextDocumentContentChangeEvent {
    const text = document.getText();
    const titles = [...text.matchAll(/"title": ("(?:[^"\\\n]|\\.)*")/g)];
    const title = this.random.pick(titles);
    const start = title.index + title[0].length - title[1].length;
    this.count++;
    const replacement = this.count % 2 === 0 ? `Edited title ${this.count}` : `An edited title that is far too long for the platform, number ${this.count}`;
    return {
      range: { start: document.positionAt(start), end: document.positionAt(start + title[1].length) },
      text: JSON.stringify(replacement),
    };
  }
}
