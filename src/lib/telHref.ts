import { siteConfig } from '../config.ts';
import { dialNumber } from './phoneNumber.ts';

/**
 * "tel:+996312660255" from a number as written ("(0312) 66-02-55",
 * "+996 554 202 945"): what phones dial when it is tapped (dialNumber).
 */
export function telHref(phone: string, country: string = siteConfig.phoneCountry): string {
  return `tel:${dialNumber(phone, country)}`;
}
