/** examples/vue (Vue 3, render functions): props become element properties, `onLearning…` listeners receive the events. */
import { describeFrameworkExample } from './example-suite.js';

describeFrameworkExample('Vue', '/__examples/vue/main.js');
