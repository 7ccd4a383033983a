/** Store-directory tracking tags (AfterShip-style) in Parley's status vocabulary (commerce/tracking/status). */
import { normalizeStatus } from '../commerce/tracking/status.js';

export function statusFromTrackingTag(tag: string | undefined, message: string): string {
  return normalizeStatus({ tag: tag ?? null, message });
}
