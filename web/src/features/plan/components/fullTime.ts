/** Full time per week as the staff type it: hours with a decimal point or comma, 1–60 as the API takes. */
export function parseFullTimeHours(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,2}([.,]\d{1,2})?$/.test(trimmed)) return null;
  const hours = Number(trimmed.replace(',', '.'));
  return hours >= 1 && hours <= 60 ? hours : null;
}
