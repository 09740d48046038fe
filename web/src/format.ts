/** Words for the vocabulary's names, shared by the canvas and the panels. */

/** "APPEALS_TO" → "appeals to". */
export const relationWords = (type: string) => type.toLowerCase().replace(/_/g, ' ');

export const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** "2024-03" → "Mar 2024". */
export function monthLabel(month: string): string {
  const [y, m] = month.split('-');
  const names = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return m ? `${names[Number(m) - 1] ?? m} ${y}` : month;
}

/** Every month from `first` to `last` (YYYY-MM), inclusive. */
export function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  let y = Number(first.slice(0, 4));
  let m = Number(first.slice(5, 7));
  const end = last.slice(0, 7);
  for (let guard = 0; guard < 2400; guard++) {
    const month = `${y}-${String(m).padStart(2, '0')}`;
    if (month > end) break;
    months.push(month);
    if (++m > 12) {
      m = 1;
      y++;
    }
  }
  return months;
}
