// Ids shaped like the API's. An integration's is a prefixed ULID (48 bits of time, 80 random bits,
// Crockford base32), as `intver_01HF58RDKE3M7K5RJ5XZ7GF6HE`; an error's is what @botpress/client
// makes, `err_<UTC date and time>x<8 hex digits>`. A few lines here rather than a dependency for a mock.
import { randomBytes } from 'node:crypto';

const crockford = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

function base32(value: bigint, length: number): string {
  let text = '';
  for (let rest = value; text.length < length; rest >>= 5n) text = crockford[Number(rest & 31n)] + text;
  return text;
}

export function integrationId(now: Date): string {
  const random = BigInt(`0x${randomBytes(10).toString('hex')}`);
  return `intver_${base32(BigInt(now.getTime()), 10)}${base32(random, 16)}`;
}

export function errorId(now: Date): string {
  const stamp = now.toISOString().replace(/[-:TZ]/g, '').split('.')[0];
  return `err_${stamp}x${randomBytes(4).toString('hex').toUpperCase()}`;
}
