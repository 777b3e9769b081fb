// What `npm run bench` measured, as written to bench/results.json.
import type { CliMeasurement } from './measureCli';
import type { PackagingMeasurement } from './measurePackaging';
import type { SdkMeasurement } from './measureSdk';
import type { SdkWithoutEsbuildMeasurement } from './measureSdkWithoutEsbuild';
import type { ServiceMeasurement } from './measureService';
import type { RhythmMeasurement } from './measureRhythms';
import type { StdioMeasurement } from './measureStdio';

export type TargetStatus = 'met' | 'missed';

export interface TargetResult {
  name: string;
  target: string;
  measured: string;
  status: TargetStatus;
}

export interface Measurements {
  environment: { node: string; platform: string; cpus: number; cpuModel: string; date: string };
  settings: { seed: number; completionPositions: number };
  service: ServiceMeasurement[];
  stdio: { ours: StdioMeasurement; generic: StdioMeasurement; coldStartFiles: string[] };
  /** Each edited file, each server measured alone. */
  rhythms: Array<{ label: string; ours: RhythmMeasurement; generic: RhythmMeasurement }>;
  packaging: PackagingMeasurement;
  sdk: SdkMeasurement;
  sdkWithoutEsbuild: SdkWithoutEsbuildMeasurement;
  cli: CliMeasurement;
}

export interface BenchResults extends Measurements {
  targets: TargetResult[];
}
