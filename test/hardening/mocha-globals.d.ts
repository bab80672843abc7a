// Web Test Runner runs these files under Mocha, whose globals have no types installed here (tsconfig
// `types` is ["node"]). Function declarations merge as overloads, so another file declaring the same is harmless.
declare function describe(title: string, body: () => void): void;
declare function it(title: string, body: () => void | Promise<void>): void;
declare function before(body: () => void | Promise<void>): void;
declare function after(body: () => void | Promise<void>): void;
