// The rate-table form: tiers typed one per line as "amountUpTo, daysUpTo, ratePercent" (blank = no upper bound);
// tab-separated lines (pasted from a spreadsheet) may write amounts with thousands separators.

export interface RateTableForm {
  productType: string;
  validFrom: string;
  validTo: string;
  roundingUnit: string;
  rounding: string;
  minimumPremium: string;
  taxRatePercent: string;
  tiers: string;
}

const integer = (s: string): number | null => {
  const t = s.trim().replace(/[,，]/g, '');
  return t === '' ? null : Number(t);
};

export function parseTiers(text: string) {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => {
      const [amount = '', days = '', rate = ''] = line.split(line.includes('\t') ? '\t' : ',');
      return { amountUpTo: integer(amount), daysUpTo: integer(days), ratePercent: rate.trim() === '' ? null : Number(rate.trim()) };
    });
}

export function rateTableBody(form: RateTableForm) {
  return {
    productType: form.productType,
    validFrom: form.validFrom || null,
    validTo: form.validTo || null,
    roundingUnit: integer(form.roundingUnit),
    rounding: form.rounding,
    minimumPremium: integer(form.minimumPremium),
    taxRatePercent: integer(form.taxRatePercent),
    tiers: parseTiers(form.tiers),
  };
}
