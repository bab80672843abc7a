// The script a host page loads: registers the widgets, and credits the feeds named in the footer's
// data-feeds (`<ul id="data-sources" data-feeds="feeds/a.json feeds/b.json">`) from their `sources`.
import './elements.js';
import { showDataSources } from './attribution.js';

const sources = document.getElementById('data-sources');
if (sources?.dataset.feeds) showDataSources(sources, sources.dataset.feeds);
