/** Options over defaults, where an option explicitly set to `undefined` keeps its default. */
export function withDefaults<D extends object, O extends object>(defaults: D, options: O): D & O {
  const set = Object.entries(options).filter(([, value]) => value !== undefined);
  return { ...defaults, ...Object.fromEntries(set) } as D & O;
}
