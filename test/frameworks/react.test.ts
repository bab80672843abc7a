/** examples/react (React 19): props become element properties, `on<event>` props receive the elements' events. */
import { describeFrameworkExample } from './example-suite.js';

describeFrameworkExample('React', '/__examples/react/main.js');
