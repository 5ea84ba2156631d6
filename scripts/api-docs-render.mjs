// Renders docs/api.md from custom-elements.json: for each element its attributes and properties,
// methods, events, slots, CSS parts and custom properties, as the JSDoc on its class says them.
// No Node API here: the test of the docs imports this module in the browser and renders again.

const HEADER = `# API reference

Generated from \`custom-elements.json\` (itself generated from the JSDoc on each element's class)
by \`scripts/api-docs.mjs\` during \`npm run build\`. Do not edit it by hand: a test fails when it
differs from what the build writes. How to use the elements is in the [README](../README.md) and
the [embedding guide](embedding.md); their data formats are in [data-format.md](data-format.md).
`;

/** One line of text for a table cell: newlines become spaces, pipes are escaped. */
function cell(text) {
  return (text ?? '')
    .replace(/\s*\n\s*/g, ' ')
    .replaceAll('|', '\\|')
    .trim();
}

function code(text) {
  return text ? `\`${cell(text)}\`` : '';
}

function table(headings, rows) {
  if (rows.length === 0) return '';
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(headings), line(headings.map(() => '---')), ...rows.map(line)].join('\n');
}

function section(title, body) {
  return body ? `### ${title}\n\n${body}\n` : '';
}

const isPublic = (member) => !member.privacy && !member.static;

function properties(element) {
  const fields = (element.members ?? []).filter((member) => member.kind === 'field' && isPublic(member));
  return table(
    ['attribute', 'property', 'type', 'default', 'description'],
    fields.map((field) => [
      field.attribute ? code(field.attribute) : '—',
      code(field.name),
      code(field.type?.text),
      code(field.default),
      cell(field.description) + (field.reflects ? ' Reflected to the attribute.' : ''),
    ]),
  );
}

function signature(method) {
  const parameters = (method.parameters ?? []).map((parameter) => {
    const optional = parameter.optional || parameter.default !== undefined ? '?' : '';
    return `${parameter.name}${optional}: ${parameter.type?.text ?? 'unknown'}`;
  });
  return `${method.name}(${parameters.join(', ')})`;
}

function methods(element) {
  const found = (element.members ?? []).filter((member) => member.kind === 'method' && isPublic(member));
  return table(
    ['method', 'returns', 'description'],
    found.map((method) => [code(signature(method)), code(method.return?.type?.text ?? 'void'), cell(method.description)]),
  );
}

function named(items, heading, label = (name) => code(name)) {
  return table(
    [heading, 'description'],
    (items ?? []).map((item) => [label(item.name), cell(item.description)]),
  );
}

function renderElement(element) {
  const parts = [
    `## \`<${element.tagName}>\``,
    '',
    cell(element.summary),
    '',
    ...(element.description ? [element.description.trim(), ''] : []),
    `Class \`${element.name}\`.`,
    '',
    section('Attributes and properties', properties(element)),
    section('Methods', methods(element)),
    section('Events', named(element.events, 'event')),
    section(
      'Slots',
      named(element.slots, 'slot', (name) => (name ? code(name) : '(default)')),
    ),
    section('CSS parts', named(element.cssParts, 'part')),
    section('CSS custom properties', named(element.cssProperties, 'property')),
  ];
  return parts.filter((part, index) => part !== '' || parts[index - 1] !== '').join('\n');
}

/** The markdown of docs/api.md for a parsed custom-elements.json. */
export function renderApiDocs(manifest) {
  const elements = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.customElement && declaration.tagName)
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
  const index = elements.map((element) => `[\`<${element.tagName}>\`](#${element.tagName})`).join(' · ');
  return `${[HEADER, index, '', ...elements.map(renderElement)]
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}
