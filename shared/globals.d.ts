/**
 * The few web-standard globals shared/ may use: they exist in Node, Electron's renderer
 * and browsers alike, but are not part of the ES library that tsconfig.shared.json
 * allows (which keeps Node and DOM APIs out of shared/).
 */
declare class URL {
  constructor(url: string, base?: string);
  readonly hostname: string;
  readonly port: string;
  readonly protocol: string;
  readonly pathname: string;
  readonly origin: string;
  readonly username: string;
  readonly password: string;
  toString(): string;
}

declare function structuredClone<T>(value: T): T;
