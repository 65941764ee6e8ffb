import { API_KEY_PREFIX } from '../api-keys.ts';

/** A key as people tell it apart: its label and the start of the key ("System (kf_Ab12Cd34…)"). */
export function keyName(key: { label: string; keyPrefix: string }): string {
  return `${key.label} (${API_KEY_PREFIX}${key.keyPrefix}…)`;
}
