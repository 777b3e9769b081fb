/** Input the command cannot work with, that is not bad usage (a required secret with no value anywhere): exit code 2, without the usage. */
export class InputError extends Error {}
