// The validators, compiled at run time on first use: what the unit tests run. The bundles replace this
// module with out/generated/validators (esbuild.js), the same validators compiled at build time.
import type { ValidateFunction } from 'ajv';
import { validatorSetups, type ValidatorName } from './setups';

const compiled = new Map<ValidatorName, ValidateFunction>();

export function validator(name: ValidatorName): ValidateFunction {
  let validate = compiled.get(name);
  if (!validate) {
    validate = validatorSetups[name]({}).validate;
    compiled.set(name, validate);
  }
  return validate;
}
