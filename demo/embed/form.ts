// The builder's option fields: drawn from OPTIONS for the chosen element, read back as attribute values.
// Values typed in one element's fields are kept when the visitor switches element and back.
import { OPTIONS, type AttributeValues, type EmbedKind, type OptionSpec } from './options.js';

export const ORGANIZATION_LIST_ID = 'organization-ids';

const remembered = new Map<string, string | boolean>();

function fieldId(kind: EmbedKind, spec: OptionSpec): string {
  return `option-${kind}-${spec.attribute}`;
}

function hintFor(id: string, spec: OptionSpec): HTMLElement | undefined {
  if (!spec.hint) return undefined;
  const hint = document.createElement('small');
  hint.id = `${id}-hint`;
  hint.className = 'hint';
  hint.textContent = spec.hint;
  return hint;
}

function control(kind: EmbedKind, spec: OptionSpec): HTMLInputElement | HTMLSelectElement {
  const id = fieldId(kind, spec);
  const saved = remembered.get(id);
  if (spec.kind === 'select') {
    const select = document.createElement('select');
    for (const [value, label] of spec.choices ?? []) select.add(new Option(label, value));
    if (typeof saved === 'string') select.value = saved;
    return select;
  }
  const input = document.createElement('input');
  input.type = spec.kind === 'number' ? 'number' : spec.kind === 'checkbox' ? 'checkbox' : 'text';
  if (spec.kind === 'checkbox') input.checked = saved === true;
  else if (typeof saved === 'string') input.value = saved;
  if (spec.placeholder) input.placeholder = `e.g. ${spec.placeholder}`;
  if (spec.listsOrganizations) input.setAttribute('list', ORGANIZATION_LIST_ID);
  if (spec.kind === 'number') input.min = '1';
  return input;
}

/** Replaces the contents of `container` with the fields for `kind`. */
export function renderOptionFields(container: HTMLElement, kind: EmbedKind): void {
  const rows = OPTIONS[kind].map((spec) => {
    const id = fieldId(kind, spec);
    const row = document.createElement('div');
    row.className = spec.kind === 'checkbox' ? 'field field-check' : 'field';
    const input = control(kind, spec);
    input.id = id;
    input.name = spec.attribute;
    input.dataset.attribute = spec.attribute;
    const label = document.createElement('label');
    label.htmlFor = id;
    label.textContent = spec.label;
    const hint = hintFor(id, spec);
    if (hint) input.setAttribute('aria-describedby', hint.id);
    row.append(...(spec.kind === 'checkbox' ? [input, label] : [label, input]));
    if (hint) row.append(hint);
    return row;
  });
  container.replaceChildren(...rows);
}

/** The attribute values currently in `container`'s fields; remembers them for when the visitor comes back. */
export function readOptionValues(container: HTMLElement): AttributeValues {
  const values: AttributeValues = {};
  for (const field of container.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[data-attribute]')) {
    const value = field instanceof HTMLInputElement && field.type === 'checkbox' ? field.checked : field.value;
    remembered.set(field.id, value);
    values[field.dataset.attribute as string] = value;
  }
  return values;
}

/** Offers `ids` in every organization field. */
export function offerOrganizations(ids: readonly string[]): void {
  const list = document.getElementById(ORGANIZATION_LIST_ID);
  list?.replaceChildren(...ids.map((id) => new Option(id, id)));
}
