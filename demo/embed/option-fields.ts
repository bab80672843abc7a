// The builder's option fields, drawn from OPTIONS for the chosen element. Values live in an
// OptionValues store keyed by element and attribute, so what the visitor typed for one element is
// still there when they switch to another and back.
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { OPTIONS, type AttributeValues, type EmbedKind, type OptionSpec } from './options.js';

/** The id of the <datalist> of organization ids that organization fields offer. */
export const ORGANIZATION_LIST_ID = 'organization-ids';

export class OptionValues {
  private readonly values = new Map<string, string | boolean>();

  private key(kind: EmbedKind, attribute: string): string {
    return `${kind} ${attribute}`;
  }

  get(kind: EmbedKind, attribute: string): string | boolean | undefined {
    return this.values.get(this.key(kind, attribute));
  }

  set(kind: EmbedKind, attribute: string, value: string | boolean): void {
    this.values.set(this.key(kind, attribute), value);
  }

  /** Sets several values of one element at once (a preset). */
  setAll(kind: EmbedKind, values: AttributeValues): void {
    for (const [attribute, value] of Object.entries(values)) this.set(kind, attribute, value);
  }

  /** The attribute values of `kind`'s fields, in the order the fields are shown. */
  of(kind: EmbedKind): AttributeValues {
    const values: AttributeValues = {};
    for (const spec of OPTIONS[kind]) {
      const value = this.get(kind, spec.attribute);
      if (value !== undefined) values[spec.attribute] = value;
    }
    return values;
  }
}

function fieldId(kind: EmbedKind, spec: OptionSpec): string {
  return `option-${kind}-${spec.attribute}`;
}

function control(kind: EmbedKind, spec: OptionSpec, values: OptionValues, hintId: string | undefined): TemplateResult {
  const id = fieldId(kind, spec);
  const saved = values.get(kind, spec.attribute);
  const described = hintId ?? nothing;
  if (spec.kind === 'select') {
    return html`<select id=${id} name=${spec.attribute} data-attribute=${spec.attribute} aria-describedby=${described}>
      ${(spec.choices ?? []).map(([value, label]) => html`<option value=${value} .selected=${(saved ?? '') === value}>${label}</option>`)}
    </select>`;
  }
  if (spec.kind === 'checkbox') {
    return html`<input type="checkbox" id=${id} name=${spec.attribute} data-attribute=${spec.attribute} aria-describedby=${described} .checked=${live(saved === true)} />`;
  }
  return html`<input
    type=${spec.kind === 'number' ? 'number' : 'text'}
    id=${id}
    name=${spec.attribute}
    data-attribute=${spec.attribute}
    aria-describedby=${described}
    placeholder=${spec.placeholder ? `e.g. ${spec.placeholder}` : nothing}
    list=${spec.listsOrganizations ? ORGANIZATION_LIST_ID : nothing}
    min=${spec.kind === 'number' ? '1' : nothing}
    .value=${live(typeof saved === 'string' ? saved : '')}
  />`;
}

/** The fields for `kind`, showing the values stored in `values`. */
export function optionFields(kind: EmbedKind, values: OptionValues): TemplateResult[] {
  return OPTIONS[kind].map((spec) => {
    const id = fieldId(kind, spec);
    const hintId = spec.hint ? `${id}-hint` : undefined;
    const input = control(kind, spec, values, hintId);
    const label = html`<label for=${id}>${spec.label}</label>`;
    const hint = spec.hint ? html`<small id=${hintId} class="hint">${spec.hint}</small>` : nothing;
    return spec.kind === 'checkbox'
      ? html`<div class="field field-check">${input}${label}${hint}</div>`
      : html`<div class="field">${label}${input}${hint}</div>`;
  });
}

/** The value a field holds, as the store keeps it: text, or true/false for a tick box. */
export function fieldValue(field: HTMLInputElement | HTMLSelectElement): string | boolean {
  return field instanceof HTMLInputElement && field.type === 'checkbox' ? field.checked : field.value;
}
