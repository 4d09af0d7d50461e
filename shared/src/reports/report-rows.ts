/**
 * What the store's report reads return: counts grouped in SQL (never rows of case detail). `month` is YYYY-MM;
 * a range is `fromMonth` to `toMonth`, both included.
 */
export interface ReportRange {
  panelId: string;
  fromMonth: string;
  toMonth: string;
}

/** Referrals (drafts left out) made in a month, by establishment, referrer agency and state. */
export interface ReferralCountRow {
  month: string;
  establishment: string;
  agency: string;
  state: string;
  count: number;
}

/** Referrals made in a month that name a SHANARRI indicator (one referral counts once per indicator). */
export interface ReferralReasonRow {
  month: string;
  indicator: string;
  count: number;
}

/** Complete tracker ratings of a month that are red in an area (004 Analysis). */
export interface RedCountRow {
  month: string;
  area: string;
  count: number;
}

/** Young people listed by the two-reds rule in a month (red in the same area this month and the month before). */
export interface ListedCountRow {
  month: string;
  count: number;
}

/** How many young people were listed for `months` months of the range (time on the list). */
export interface TimeOnListRow {
  months: number;
  count: number;
}

/** CIN reviews held in a month, by outcome. */
export interface ReviewCountRow {
  month: string;
  outcome: string;
  count: number;
}

/** Entries on the unmet need register recorded in a month, by resource. */
export interface CapacityRefusalCountRow {
  month: string;
  reason: string;
  count: number;
}

export interface UnmetNeedCountRow {
  month: string;
  resource: string;
  count: number;
}

/** Purchased placements agreed in a month, by timing, and whether agreed retrospectively. */
export interface PlacementCountRow {
  month: string;
  placement: string;
  retrospective: boolean;
  count: number;
}
