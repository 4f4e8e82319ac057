/** "tel:+996554202945" from a number as written ("+996 554 202 945"): what phones dial when it is tapped. */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^+0-9]/g, '')}`;
}
