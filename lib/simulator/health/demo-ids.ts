// Deterministic, realistic-looking identifiers for demo Health events and entities.
import { hash2, hashString } from "@/lib/simulator/demo/hash";

const ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

function token(seed: string, length: number, alphabet: string): string {
  const base = hashString(seed);
  let out = "";
  for (let i = 0; out.length < length; i++) out += alphabet[hash2(base, i) % alphabet.length];
  return out;
}

/** `arn:aws:health:<region>::event/<SERVICE>/<CODE>/<CODE>_<ID>`, the format AWS documents. */
export function eventArn(region: string, service: string, eventTypeCode: string, seed: string): string {
  const id = `${token(`${seed}/a`, 5, "ABCDEFGHIJKLMNOPQRSTUVWXYZ")}_${token(`${seed}/b`, 8, "0123456789ABCDEF")}`;
  return `arn:aws:health:${region}::event/${service}/${eventTypeCode}/${eventTypeCode}_${id}`;
}

/** `arn:aws:health:<region>:<account>:entity/<opaque id>`, as AWS Health names affected entities. */
export function entityArn(region: string, accountId: string, seed: string): string {
  return `arn:aws:health:${region}:${accountId}:entity/${token(seed, 40, ALPHANUMERIC)}`;
}
