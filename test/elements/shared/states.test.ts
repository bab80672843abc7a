import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { emptyState, errorState, loadingState } from '../../../src/elements/shared/states.js';
import { baseStyles, stateStyles, visuallyHidden } from '../../../src/elements/shared/styles.js';

class StateHost extends LitElement {
  static override styles = [baseStyles, stateStyles, visuallyHidden];
  @property() kind: 'loading' | 'empty' | 'error' = 'loading';

  protected override render() {
    if (this.kind === 'loading') return loadingState('Loading events…');
    return this.kind === 'empty' ? emptyState('Nothing on this week.') : errorState('The events could not be loaded.');
  }
}
customElements.define('test-state-host', StateHost);

describe('shared states', () => {
  it('loading: a skeleton hidden from assistive technology and the words in a polite status', async () => {
    const host = await fixture<StateHost>(html`<test-state-host kind="loading"></test-state-host>`);
    const state = host.shadowRoot!.querySelector('[part~="state"]')!;
    expect(state.getAttribute('role')).to.equal('status');
    expect(state.querySelector('.skeleton')!.getAttribute('aria-hidden')).to.equal('true');
    expect(state.textContent!.trim()).to.equal('Loading events…');
    await expect(host).to.be.accessible();
  });

  it('empty and error share the look and differ in urgency', async () => {
    const empty = await fixture<StateHost>(html`<test-state-host kind="empty"></test-state-host>`);
    const error = await fixture<StateHost>(html`<test-state-host kind="error"></test-state-host>`);
    const emptyBox = empty.shadowRoot!.querySelector('.state')!;
    const errorBox = error.shadowRoot!.querySelector('.state')!;
    expect(emptyBox.getAttribute('role')).to.equal('status');
    expect(errorBox.getAttribute('role')).to.equal('alert');
    expect(getComputedStyle(emptyBox).paddingTop).to.equal(getComputedStyle(errorBox).paddingTop);
    expect(getComputedStyle(emptyBox).borderTopStyle).to.equal('dashed');
    expect(getComputedStyle(errorBox).borderTopStyle).to.equal('solid');
    expect(errorBox.textContent).to.equal('The events could not be loaded.');
    await expect(error).to.be.accessible();
  });
});
