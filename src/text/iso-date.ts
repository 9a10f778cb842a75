const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Is `s` a real calendar date written YYYY-MM-DD? */
export function isIsoDate(s: string): boolean {
  const m = DATE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.toISOString().slice(0, 10) === s;
}
