import { LitElement } from 'lit';
import { LocaleController } from '../../i18n/locale-controller.js';

/**
 * The base of every element with UI words: `locale` says which language it speaks (its `lang`, else
 * the nearest ancestor's, else the page's), and it renders only once that language's words are in
 * (fetched once per page per language, see catalog.ts): no English flashes on a French page, and
 * `updateComplete` resolves after the words arrived, so code awaiting it reads the final text.
 */
export abstract class LocalizedElement extends LitElement {
  protected readonly locale = new LocaleController(this);

  protected override scheduleUpdate(): void | Promise<unknown> {
    return this.locale.afterWords(() => super.scheduleUpdate());
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    await super.getUpdateComplete();
    await this.locale.localeReady;
    return super.getUpdateComplete();
  }
}
