// What the spec mock received, read from its records (the last 100 requests, each numbered).
import * as assert from 'node:assert/strict';
import { RECORDED_REQUESTS_PATH, type RecordedRequest } from '../../../scripts/spec-mock/recordedRequest';

export async function requestsReceivedByMock(apiUrl: string): Promise<RecordedRequest[]> {
  const response = await fetch(new URL(RECORDED_REQUESTS_PATH, apiUrl));
  assert.equal(response.status, 200, `GET ${RECORDED_REQUESTS_PATH} on the mock answered ${response.status}`);
  return (await response.json()) as RecordedRequest[];
}

/** The number of the last request the mock received so far: what `requestsReceivedSince` counts from. */
export async function lastRequestNumber(apiUrl: string): Promise<number> {
  return (await requestsReceivedByMock(apiUrl)).at(-1)?.sequence ?? 0;
}

export async function requestsReceivedSince(apiUrl: string, mark: number): Promise<RecordedRequest[]> {
  return (await requestsReceivedByMock(apiUrl)).filter((request) => request.sequence > mark);
}
