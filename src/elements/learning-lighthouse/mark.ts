/**
 * The lighthouse mark, drawn for this project, as inline SVG: the outer <svg> is an html template
 * (Lit's rule) and the shapes an `svg` template, from the same geometry as the static export.
 */
import { html, svg, type TemplateResult } from 'lit';
import { LIGHTHOUSE_MARK } from '../../core/badge-svg.js';

function shapes(lit: boolean): TemplateResult {
  const mark = LIGHTHOUSE_MARK;
  return svg`${lit ? mark.beams.map((d) => svg`<path class="beam" d=${d}></path>`) : ''}
    <path class="lantern" d=${mark.lantern}></path>
    <path class="tower" d=${mark.roof}></path>
    <path class="tower" d=${mark.gallery}></path>
    <path class="tower" d=${mark.tower}></path>
    ${mark.stripes.map((d) => svg`<path class="stripe" d=${d}></path>`)}
    <path class="rock" d=${mark.rock}></path>`;
}

/** `label` names the image for assistive technology; `lit` draws the beams (verified only). */
export function lighthouseMark(label: string, lit: boolean): TemplateResult {
  return html`<svg class="mark" part="mark" viewBox=${LIGHTHOUSE_MARK.viewBox} role="img" aria-labelledby="mark-title" focusable="false">
    <title id="mark-title">${label}</title>${shapes(lit)}
  </svg>`;
}

/** The mark as decoration, where the words beside it already say "Learning Lighthouse" (the compact pill). */
export function decorativeLighthouseMark(): TemplateResult {
  return html`<svg class="mark" part="mark" viewBox=${LIGHTHOUSE_MARK.viewBox} aria-hidden="true" focusable="false">${shapes(true)}</svg>`;
}
