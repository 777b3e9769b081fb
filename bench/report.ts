// The bench's printed report: one table per kind of work, then the targets.
import { kilobytes, milliseconds, ratio } from './format';
import type { LatencyComparison, ServiceMeasurement } from './measureService';
import { rhythms } from './measureRhythms';
import type { BenchResults } from './results';
import { textTable } from './textTable';

function validationTable(service: readonly ServiceMeasurement[]): string {
  return textTable(
    ['validation (parse + schema + rules)', 'size', 'ours ms', 'generic ms', 'JSON.parse ms', 'generic/ours', 'ours/JSON.parse', 'problems ours/generic'],
    service.map(({ label, bytes, validation: v }) => [
      label,
      kilobytes(bytes),
      milliseconds(v.oursMs),
      milliseconds(v.genericMs),
      milliseconds(v.jsonParseMs),
      ratio(v.genericMs, v.oursMs),
      ratio(v.oursMs, v.jsonParseMs),
      `${v.oursDiagnostics}/${v.genericDiagnostics}`,
    ]),
  );
}

function editTable(service: readonly ServiceMeasurement[]): string {
  return textTable(
    ['edit one title → diagnostics, in process', 'ours ms (incremental, as the server)', 'generic ms', 'generic/ours'],
    service.map(({ label, edit }) => [label, milliseconds(edit.oursMs), milliseconds(edit.genericMs), ratio(edit.genericMs, edit.oursMs)]),
  );
}

function latencyTable(title: string, service: readonly ServiceMeasurement[], pick: (measured: ServiceMeasurement) => LatencyComparison): string {
  return textTable(
    [title, 'ours p50', 'ours p95', 'generic p50', 'generic p95', 'generic/ours p95', 'answered ours/generic'],
    service.map((measured) => {
      const { ours, generic } = pick(measured);
      return [
        measured.label,
        milliseconds(ours.p50),
        milliseconds(ours.p95),
        milliseconds(generic.p50),
        milliseconds(generic.p95),
        ratio(generic.p95, ours.p95),
        `${ours.answered}/${generic.answered}`,
      ];
    }),
  );
}

function stdioTable(results: BenchResults): string {
  const { ours, generic, coldStartFiles } = results.stdio;
  const row = (name: string, oursMs: number, genericMs: number) => [name, milliseconds(oursMs), milliseconds(genericMs), ratio(genericMs, oursMs)];
  return textTable(
    ['over stdio', 'ours', 'generic', 'generic/ours'],
    [
      ...coldStartFiles.map((label) => row(`spawn → first diagnostics, ${label}, ms`, ours.firstDiagnosticsMs[label], generic.firstDiagnosticsMs[label])),
      ...coldStartFiles.map((label) => row(`open → first diagnostics, ${label}, ms`, ours.openToDiagnosticsMs[label], generic.openToDiagnosticsMs[label])),
    ],
  );
}

function rhythmTable(results: BenchResults): string {
  const row = (name: string, oursMs: number, genericMs: number) => [name, milliseconds(oursMs), milliseconds(genericMs), ratio(genericMs, oursMs)];
  return textTable(
    ['over stdio, each server alone', 'ours', 'generic', 'generic/ours'],
    results.rhythms.flatMap(({ label, ours, generic }) => [
      row(`${label}: open (server idle) → first diagnostics, ms`, ours.openToDiagnosticsMs, generic.openToDiagnosticsMs),
      row(`${label}: open (right after initialize) → first diagnostics, ms`, ours.openAtOnceToDiagnosticsMs, generic.openAtOnceToDiagnosticsMs),
      ...rhythms.flatMap((rhythm) => [
        row(`${label}: edit → fresh diagnostics p50, ${rhythm}, ms`, ours.editToDiagnosticsMs[rhythm].p50, generic.editToDiagnosticsMs[rhythm].p50),
        row(`${label}: edit → fresh diagnostics p95, ${rhythm}, ms`, ours.editToDiagnosticsMs[rhythm].p95, generic.editToDiagnosticsMs[rhythm].p95),
      ]),
      [`${label}: server RSS after the edits, MB`, ours.residentMegabytes.toFixed(0), generic.residentMegabytes.toFixed(0), ratio(generic.residentMegabytes, ours.residentMegabytes)],
    ]),
  );
}

function cliTable(results: BenchResults): string {
  const { threads, rows, genericMs } = results.cli;
  const wholeTree = rows.at(-1)!;
  return textTable(
    ['integration-studio validate, built CLI, spawn → exit', 'size', '1 thread ms', `${threads} threads ms`, '1 thread / all', 'auto ms', 'generic, one process ms'],
    rows.map((row) => [
      `${row.definitions} definitions`,
      kilobytes(row.bytes),
      milliseconds(row.oneThreadMs),
      milliseconds(row.allCoresMs),
      ratio(row.oneThreadMs, row.allCoresMs),
      milliseconds(row.autoMs),
      row === wholeTree ? `${milliseconds(genericMs)} (${ratio(genericMs, row.autoMs)})` : '',
    ]),
  );
}

function packagingTable(results: BenchResults): string {
  const { oursMs, esbuildMs } = results.packaging;
  return textTable(
    ['packaging the example\'s code', 'ours ms', 'esbuild alone ms', 'ours/esbuild'],
    [['bundleCode vs esbuild.build, same options', milliseconds(oursMs), milliseconds(esbuildMs), ratio(oursMs, esbuildMs)]],
  );
}

function sdkTable(results: BenchResults): string {
  const { firstDiagnosticsMs, editToDiagnosticsMs, cliLoadPathMs, evaluatorResidentMegabytes } = results.sdk;
  return textTable(
    ['SDK definition (40 actions, split files), over stdio', 'ms / MB'],
    [
      ['open → first diagnostics, ms', milliseconds(firstDiagnosticsMs)],
      ['edit → fresh diagnostics p50, ms', milliseconds(editToDiagnosticsMs)],
      ["the CLI's load path (bundle with the SDK, compile, body), ms", milliseconds(cliLoadPathMs)],
      ['CLI load path / our edit → diagnostics', ratio(cliLoadPathMs, editToDiagnosticsMs)],
      ['evaluator process RSS, MB', evaluatorResidentMegabytes.toFixed(0)],
    ],
  );
}

function sdkWithoutEsbuildTable(results: BenchResults): string {
  const { busyProcesses, rows } = results.sdkWithoutEsbuild;
  return textTable(
    [
      `SDK project without its own esbuild (busy: ${busyProcesses} spinning processes)`,
      'open → first diagnostics ms',
      'edit → diagnostics p50 ms',
      'edit → diagnostics p95 ms',
      'validate, spawn → exit ms',
      'timeouts',
    ],
    rows.map((row) => [
      `${row.esbuild} esbuild, ${row.machine} machine`,
      milliseconds(row.firstDiagnosticsMs),
      milliseconds(row.editToDiagnosticsMs.p50),
      milliseconds(row.editToDiagnosticsMs.p95),
      milliseconds(row.validateMs),
      `${row.timeouts}/${row.evaluations}`,
    ]),
  );
}

function targetsTable(results: BenchResults): string {
  return textTable(
    ['target', 'wanted', 'measured', 'status'],
    results.targets.map((target) => [target.name, target.target, target.measured, target.status]),
  );
}

export function benchReport(results: BenchResults): string {
  const { environment: env, settings } = results;
  return [
    `Integration Studio bench: node ${env.node}, ${env.platform}, ${env.cpus} × ${env.cpuModel}, ${env.date}`,
    `Medians of warm runs, one process per file; "generic" is vscode-json-languageservice with the same schema and text (seed ${settings.seed}).`,
    validationTable(results.service),
    editTable(results.service),
    latencyTable(`completion ms, ${settings.completionPositions} positions`, results.service, (measured) => measured.completion),
    latencyTable(`hover ms, ${settings.completionPositions} positions`, results.service, (measured) => measured.hover),
    stdioTable(results),
    rhythmTable(results),
    packagingTable(results),
    sdkTable(results),
    sdkWithoutEsbuildTable(results),
    cliTable(results),
    targetsTable(results),
  ].join('\n\n');
}
