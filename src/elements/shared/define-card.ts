/** Registers <learning-opportunity-card> (guarded: a second copy of the library warns instead of throwing). */
import { defineElement } from './define.js';
import { LearningOpportunityCard } from './opportunity-card.js';

defineElement('learning-opportunity-card', LearningOpportunityCard);
