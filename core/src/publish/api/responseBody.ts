// An answer's body is read with a byte count, so that a server answering without end cannot fill the memory.
import { PublishError } from '../publishError';

/** Far above any answer of the Botpress API (an integration with its code is a few MB at most). */
export const maxResponseBytes = 8 * 1024 * 1024;

function tooLarge(status: number): PublishError {
  return new PublishError('bad-response', `The API's answer (${status}) is larger than ${maxResponseBytes / 1024 / 1024} MiB; it was not read further.`, {
    status,
    nextStep: 'Check the API URL: the Botpress API never answers this much.',
  });
}

/** Stops a body that will not be read, so that its connection is released. */
export async function discardBody(response: Response): Promise<void> {
  await response.body?.cancel().catch(() => undefined);
}

/** The body as text, or a bad-response error as soon as it passes `maxResponseBytes` (declared or received). */
export async function boundedText(response: Response): Promise<string> {
  if (Number(response.headers.get('content-length')) > maxResponseBytes) {
    await discardBody(response);
    throw tooLarge(response.status);
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let received = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    received += value.byteLength;
    if (received > maxResponseBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(response.status);
    }
    text += decoder.decode(value, { stream: true });
  }
}
