// Mocha's globals as Web Test Runner provides them (@types/mocha is not installed). Function
// declarations merge as overloads, so other test folders declaring the same names do no harm.
declare function describe(title: string, body: () => void): void;
declare function it(title: string, body: (this: { timeout(ms: number): void }) => void | Promise<void>): void;
declare function beforeEach(body: () => void | Promise<void>): void;
declare function afterEach(body: () => void | Promise<void>): void;
