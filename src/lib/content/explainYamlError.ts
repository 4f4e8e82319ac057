/**
 * Turns the YAML parser's messages for the mistakes authors actually make
 * into plain words and a concrete fix, using the line they wrote.
 */
export function explainYamlError(message: string, lineText: string): { problem: string; fix: string; field?: string } {
  const field = /^\s*([\w-]+)\s*:/.exec(lineText)?.[1] ?? 'title';
  const value = lineText.replace(/^\s*[\w-]+\s*:\s*/, '').trim();
  if (/Map keys must be unique/.test(message)) {
    return { problem: `"${field}" appears twice`, fix: `keep one "${field}:" line and delete the other`, field };
  }
  if (/Invalid escape sequence/.test(message) && value.includes('\\')) {
    // A Windows path in double quotes: "\images\photo.jpg" — YAML reads each backslash as an escape.
    return {
      problem: `the value of "${field}" has a backslash \\ (a Windows path?), which YAML reads as the start of an escape inside double quotes`,
      fix: `write paths with forward slashes: ${field}: "${value.replace(/^["']|["']$/g, '').replaceAll('\\', '/').replace(/^[A-Za-z]:\//, '/')}" (put the file in public/ first)`,
      field,
    };
  }
  if (/Tabs are not allowed/.test(message)) {
    return { problem: 'the line is indented with a tab', fix: 'replace the tab with two spaces' };
  }
  if (/^\s*[\w-]+:[^\s]/.test(lineText) && /Implicit map keys|compact mappings/.test(message)) {
    return { problem: `there is no space after "${field}:"`, fix: `write "${field}: ${lineText.split(':').slice(1).join(':').trim()}"` };
  }
  if (/compact mappings|Implicit map keys/.test(message) && value.includes(': ')) {
    return {
      problem: `the value of "${field}" contains ": ", which YAML reads as a new field`,
      fix: `put the whole value in double quotes: ${field}: "${value.replace(/"/g, '\\"')}"`,
    };
  }
  if (/Unexpected scalar at node end|Missing closing/.test(message) && /["']/.test(value)) {
    // The author's own outer quotes are not part of the text: the rewritten line must not keep them.
    const outer = value.length > 1 && value.startsWith(value.charAt(0)) && value.endsWith(value.charAt(0)) && /["']/.test(value.charAt(0)) ? value.charAt(0) : '';
    const inner = outer ? value.slice(1, -1) : value;
    const guillemets = inner.replace(/"([^"]*)"/g, '«$1»').replace(/'([^']*)'/g, '«$1»');
    const rewritten = outer === "'" ? `"${inner.replace(/"/g, '\\"')}"` : `'${inner.replace(/'/g, "''")}'`;
    return {
      problem: `the quotation marks in the value of "${field}" end the value too early`,
      fix: `write the quotes inside the text as « »: ${field}: "${guillemets.replace(/"/g, '\\"')}" (or wrap the whole value in the other kind of quotes: ${field}: ${rewritten})`,
    };
  }
  if (/reserved character|cannot start with/.test(message)) {
    return { problem: `the value of "${field}" starts with a character YAML reserves (${value.charAt(0)})`, fix: `put the whole value in double quotes: ${field}: "${value}"` };
  }
  if (/end with a \]|Flow sequence/.test(message)) {
    return { problem: 'a list opened with "[" is not closed with "]"', fix: 'close the list on the same line, e.g. tags: [water, youth]' };
  }
  if (/same column/i.test(message)) {
    return { problem: 'the fields are not lined up', fix: 'start top-level fields at the beginning of the line and fields inside event:, contacts: … with two spaces' };
  }
  return {
    problem: `the YAML is malformed: ${message.split('\n')[0] ?? 'invalid YAML'}`,
    fix: 'check indentation, colons after field names, and quote values that contain ": " or start with a special character',
  };
}
