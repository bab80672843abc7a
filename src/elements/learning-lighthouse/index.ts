/** `<learning-lighthouse>`: the class (no registration; import ./define.js for that) and its helpers. */
export { LearningLighthouse, type LighthouseVariant } from './learning-lighthouse.js';
export { verifyLighthouse, findOrganization, organizationActivity, organizationOpportunities, parseNear, walkingMinutesBetween, type LighthouseState, type LighthouseVerdict } from './verification.js';
export { lighthouseMessages, type LighthouseMessages } from './messages.js';
export type { LearningLighthouseErrorDetail, LearningLighthouseErrorEvent } from './events.js';
