// Web Test Runner runs these files under Mocha, whose globals have no types installed (@types/mocha is
// not a dependency). Function declarations merge as overloads, so another file declaring the same is harmless.
declare function describe(title: string, body: () => void): void;
declare function it(title: string, body: () => void | Promise<void>): void;
