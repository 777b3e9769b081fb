// What the runner puts in the untrusted workspace, and what its tests look for there.

/** The folder's own setting, which an untrusted workspace must ignore: nothing listens there. */
export const UNTRUSTED_FOLDER_API_URL = 'http://127.0.0.1:1';

/** Files written, relative to the workspace, when the project's code runs. */
export const UNTRUSTED_MARKERS = {
  esbuild: '.project-esbuild-was-loaded',
  definition: '.sdk-definition-was-evaluated',
};
