/**
 * First module of the strict-CSP page: records every CSP / Trusted Types violation and every uncaught
 * error before any element module runs, so nothing the elements do later goes unseen.
 */
export const violations: string[] = [];
export const errors: string[] = [];

document.addEventListener('securitypolicyviolation', (event) => {
  violations.push(`${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber} ${event.sample}`);
});
window.addEventListener('error', (event) => errors.push(`error: ${event.message} at ${event.filename}:${event.lineno}`));
window.addEventListener('unhandledrejection', (event) => errors.push(`unhandled rejection: ${String(event.reason)}`));
const originalError = console.error.bind(console);
console.error = (...args: unknown[]) => {
  errors.push(`console.error: ${args.map(String).join(' ')}`);
  originalError(...args);
};
