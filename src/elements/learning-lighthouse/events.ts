/** Events `<learning-lighthouse>` fires, typed for `addEventListener`. */
export interface LearningLighthouseErrorDetail {
  /** The `organization` attribute. */
  organization: string;
  /** Why the designation could not be checked, for the webmaster. */
  reason: string;
  /** Feed URLs that failed, when a load failed. */
  urls: string[];
}

export type LearningLighthouseErrorEvent = CustomEvent<LearningLighthouseErrorDetail>;

declare global {
  interface HTMLElementEventMap {
    'learning-lighthouse-error': LearningLighthouseErrorEvent;
  }
}
