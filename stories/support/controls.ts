/**
 * Text boxes for attributes typed `string | undefined` in custom-elements.json: Storybook does not map that
 * type to a control by itself and would offer a JSON editor instead.
 */
export function textControls(...attributes: string[]): Record<string, { control: 'text' }> {
  return Object.fromEntries(attributes.map((attribute) => [attribute, { control: 'text' as const }]));
}
