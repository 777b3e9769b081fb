// A didOpen written byte by byte, so that its text can carry bytes no JSON encoder would write.
import type { Writable } from 'node:stream';

const quote = 0x22;
const backslash = 0x5c;

/** A JSON string literal around arbitrary bytes: quotes, backslashes and control bytes escaped, all else as is. */
function jsonStringOfBytes(bytes: Buffer): Buffer {
  const parts: Buffer[] = [Buffer.from('"')];
  let start = 0;
  for (let index = 0; index < bytes.length; index++) {
    const byte = bytes[index];
    if (byte !== quote && byte !== backslash && byte >= 0x20) continue;
    parts.push(bytes.subarray(start, index), Buffer.from(`\\u${byte.toString(16).padStart(4, '0')}`));
    start = index + 1;
  }
  parts.push(bytes.subarray(start), Buffer.from('"'));
  return Buffer.concat(parts);
}

export function writeRawDidOpen(stdin: Writable, uri: string, languageId: string, textBytes: Buffer): Promise<void> {
  const body = Buffer.concat([
    Buffer.from(`{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":${JSON.stringify(uri)},"languageId":"${languageId}","version":1,"text":`),
    jsonStringOfBytes(textBytes),
    Buffer.from('}}}'),
  ]);
  return new Promise((resolve, reject) => stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`), body]), (error) => (error ? reject(error) : resolve())));
}
