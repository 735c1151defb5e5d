import type { Duration } from 'aws-cdk-lib';

/* Exact durations: what the duration rules compare and the rendering writes. */

/** A time unit `TokenValidityUnits` takes. */
export type TokenValidityUnit = 'days' | 'hours' | 'minutes' | 'seconds';

/** A duration as CloudFormation gets it: an integer (or a token) and its unit. */
export interface RenderedDuration {
  readonly value: number;
  readonly unit: TokenValidityUnit;
}

export const MILLIS_PER: Record<TokenValidityUnit, number> = {
  days: 86_400_000,
  hours: 3_600_000,
  minutes: 60_000,
  seconds: 1_000,
};

/** Largest first: the order in which units are tried. */
export const UNITS: TokenValidityUnit[] = ['days', 'hours', 'minutes', 'seconds'];

/**
 * The duration in milliseconds, rounded where floating point leaves a hair off an integer
 * (`Duration.seconds(0.1)`), or undefined for a token. One conversion: a Duration's amount is never
 * negative (Duration refuses it) except a token's encoding, and with `integral: false` the
 * conversion throws only for a token in another unit than milliseconds.
 */
export function exactMillis(duration: Duration): number | undefined {
  let millis: number;
  try {
    millis = duration.toMilliseconds({ integral: false });
  } catch {
    return undefined;
  }
  return millis < 0 ? undefined : withoutHair(millis);
}

/** `millis`, or the integer it is a floating-point hair off. */
function withoutHair(millis: number): number {
  const rounded = Math.round(millis);
  // The hair grows with the value: Duration.days(2919.3) is 252227520000.00003 ms.
  return Math.abs(millis - rounded) < Math.max(1e-6, millis * 1e-12) ? rounded : millis;
}

