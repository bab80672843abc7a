/** Registers both shared parts now: the card and the detail (each guarded against a second copy). */
import './define-card.js';
import './define-detail.js';
