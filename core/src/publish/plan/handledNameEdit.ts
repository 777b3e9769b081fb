// Writes the name an integration is deployed under (`handle/name`) into its definition, where the
// name is written: the JSON or YAML value, the SDK definition's literal, or the package.json
// `integrationName` it imports (as bp init writes it).
import { definitionValueEdit, type ReadText, type ValueEdit } from './definitionValueEdit';
import { splitHandle } from './workspaceHandle';

/** The edit that names the definition `fullName`; undefined when the name it writes is another integration's or cannot be rewritten simply. */
export function handledNameEdit(text: string, fileName: string, fullName: string, read?: ReadText): ValueEdit | undefined {
  const bare = splitHandle(fullName).name;
  return definitionValueEdit(text, fileName, 'name', (current) => (current !== fullName && splitHandle(current).name === bare ? fullName : undefined), read);
}
