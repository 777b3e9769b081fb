// The generation a project's installed @botpress/sdk is judged by, or why it cannot be.
import { type BodyRules, generationOf, type SdkGeneration } from './sdkGenerations';
import { notAVersionMessage } from './unsupportedGeneration';

export type GenerationLookup = { reproduced: true; sdkVersion: string; generation: SdkGeneration; rules: BodyRules } | { reproduced: false; message: string };

export function lookUpGeneration(sdkVersion: string): GenerationLookup {
  const generation = generationOf(sdkVersion);
  if (!generation) return { reproduced: false, message: notAVersionMessage(sdkVersion) };
  return { reproduced: true, sdkVersion, generation, rules: generation.body };
}
