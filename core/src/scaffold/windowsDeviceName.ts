// Names Windows keeps for devices: a folder or file named so (with any extension) cannot be created
// there, or opens the device instead, so a project folder must not take one.

// COM and LPT take a digit 0 to 9 or a superscript 1, 2 or 3, as Windows's file naming rules list them.
const deviceName = /^(?:con|prn|aux|nul|com[0-9\u00b9\u00b2\u00b3]|lpt[0-9\u00b9\u00b2\u00b3])$/i;

/** Why `name` cannot name a folder on Windows, or undefined when it can. */
export function windowsDeviceNameProblem(name: string): string | undefined {
  const base = name.split('.')[0].trimEnd();
  if (!deviceName.test(base)) return undefined;
  return `"${name}" is a device name on Windows (CON, PRN, AUX, NUL, COM0 to COM9, LPT0 to LPT9, with or without an extension), so no folder there can have it; choose another name.`;
}
