/** Registers the shared parts (guarded: a second copy of the library warns instead of throwing). */
import { defineElement } from './define.js';
import { LearningOpportunityCard } from './opportunity-card.js';
import { LearningOpportunityDetail } from './opportunity-detail.js';

defineElement('learning-opportunity-card', LearningOpportunityCard);
defineElement('learning-opportunity-detail', LearningOpportunityDetail);
