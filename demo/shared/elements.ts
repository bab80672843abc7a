// Registers every element the demo pages use, from the library's own define modules (as the npm
// package's `learning-city-widgets/learning-*` entries do). Each define is guarded, so importing this
// from several page scripts is harmless.
import '../../src/elements/learning-feed/define.js';
import '../../src/elements/learning-calendar/define.js';
import '../../src/elements/learning-lighthouse/define.js';
import '../../src/elements/learning-finder/define.js';
import '../../src/elements/learning-map/define.js';
