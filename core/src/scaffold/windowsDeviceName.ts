// Names Windows keeps for devices: a folder or file named so (with any extension) cannot be created
// there, or opens the device instead, so a project folder must not take one.

const deviceName = /^(?:con|prn|aux|nul|com[1-9]|lpt[1-9])$/i;

/** Why `name` cannot name a folder on Windows, or undefined when it can. */
export function windowsDeviceNameProblem(name: string): string | undefined {
  const base = name.split('.')[0].trimEnd();
  if (!deviceName.test(base)) return undefined;
  return `"${name}" is a device name on Windows (CON, PRN, AUX, NUL, COM1 to COM9, LPT1 to LPT9, with or without an extension), so no folder there can have it; choose another name.`;
}
