// opencc-js ships its dictionary groups as plain modules without declarations; these two are the
// Taiwan-variants-back and traditional-to-simplified groups `toSimplified` chains.
declare module 'opencc-js/from/tw' {
  const groups: readonly (readonly (readonly (readonly [string, string])[] | string)[])[];
  export default groups;
}
declare module 'opencc-js/to/cn' {
  const groups: readonly (readonly (readonly (readonly [string, string])[] | string)[])[];
  export default groups;
}
