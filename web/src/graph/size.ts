/** Node size on a square-root scale of degree: area grows with the number of relations, never saturates. */
export function nodeSize(degree: number): number {
  return Math.round(16 + 4 * Math.sqrt(Math.max(0, degree)));
}

/** Names longer than this are shortened on the canvas (the full name shows on hover and in panels). */
export const MAX_LABEL = 28;

/** A canvas label: the name, cut at a word boundary with an ellipsis when too long. */
export function shortLabel(name: string, max = MAX_LABEL): string {
  if (name.length <= max) return name;
  const cut = name.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
