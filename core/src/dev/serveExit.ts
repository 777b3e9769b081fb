/** The exit code of dist/devServer.js when the code has nothing to serve (not a crash of the integration). */
export const unservableExitCode = 3;
