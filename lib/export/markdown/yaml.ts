// Just enough YAML for front matter: every string double-quoted with JSON escapes (valid YAML 1.2 and read
// correctly by YAML 1.1 parsers), so quotes, colons, "#", leading dashes and newlines are always safe.

export type YamlValue = string | number | boolean | null | string[];

/** A double-quoted YAML scalar. U+2028/U+2029 are escaped too: YAML 1.1 treats them as line breaks. */
export function yamlString(value: string): string {
  return JSON.stringify(value)
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
    .replace(/\u0085/g, '\\u0085');
}

function scalar(value: Exclude<YamlValue, string[]>): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return yamlString(value);
  return String(value);
}

/** A front-matter block ("---" … "---") from ordered key/value pairs. */
export function frontMatter(fields: [string, YamlValue][]): string {
  const lines = ['---'];
  for (const [key, value] of fields) {
    if (Array.isArray(value)) {
      if (value.length === 0) lines.push(`${key}: []`);
      else lines.push(`${key}:`, ...value.map((v) => `  - ${yamlString(v)}`));
    } else {
      lines.push(`${key}: ${scalar(value)}`);
    }
  }
  lines.push('---');
  return lines.join('\n');
}
