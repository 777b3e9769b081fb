// The VSIXs Integration Studio is packaged as: one per VS Code target platform, each carrying that
// platform's native esbuild (`@esbuild/<platform>`, the package esbuild itself installs there), and the
// universal one, carrying esbuild-wasm, which VS Code installs on every platform without its own.

export interface NativeTarget {
  /** What `vsce package --target` and the Marketplace call the platform. */
  target: string;
  /** The npm package of esbuild's binary for it. */
  esbuildPackage: string;
  /** The binary, inside that package (what esbuild's JavaScript API runs). */
  binary: string;
}

const unix = (target: string, platform: string): NativeTarget => ({ target, esbuildPackage: `@esbuild/${platform}`, binary: 'bin/esbuild' });
const windows = (target: string, platform: string): NativeTarget => ({ target, esbuildPackage: `@esbuild/${platform}`, binary: 'esbuild.exe' });

/** Every target VS Code knows but `web` (no Node there: neither evaluation nor packaging runs). */
export const nativeTargets: readonly NativeTarget[] = [
  windows('win32-x64', 'win32-x64'),
  windows('win32-arm64', 'win32-arm64'),
  unix('linux-x64', 'linux-x64'),
  unix('linux-arm64', 'linux-arm64'),
  unix('linux-armhf', 'linux-arm'),
  // esbuild's Linux binaries are static: the same package serves musl.
  unix('alpine-x64', 'linux-x64'),
  unix('alpine-arm64', 'linux-arm64'),
  unix('darwin-x64', 'darwin-x64'),
  unix('darwin-arm64', 'darwin-arm64'),
];

export type VsixKind = 'universal' | NativeTarget;

/** The VS Code target of the machine this runs on, for a VSIX that works here. */
export function hostTarget(): NativeTarget | undefined {
  const arch = process.arch === 'arm' ? 'armhf' : process.arch;
  return nativeTargets.find((candidate) => candidate.target === `${process.platform}-${arch}`);
}

export function vsixFileName(kind: VsixKind): string {
  return kind === 'universal' ? 'integration-studio.vsix' : `integration-studio-${kind.target}.vsix`;
}
