/**
 * Registers <learning-opportunity-detail> (guarded). The elements load this module on demand through
 * `loadOpportunityDetail()`; import it directly to register the detail at once.
 */
import { defineElement } from './define.js';
import { LearningOpportunityDetail } from './opportunity-detail.js';

defineElement('learning-opportunity-detail', LearningOpportunityDetail);
