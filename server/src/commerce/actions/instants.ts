/** Instant arithmetic that keeps the offset the source wrote ("+08:00" stays "+08:00"). */

const OFFSET = /(Z|[+-]\d{2}:\d{2})$/;

function offsetMinutes(iso: string): number {
  const m = OFFSET.exec(iso);
  if (!m || m[1] === 'Z') return 0;
  const sign = m[1]!.startsWith('-') ? -1 : 1;
  const [h, min] = m[1]!.slice(1).split(':').map(Number);
  return sign * ((h ?? 0) * 60 + (min ?? 0));
}

/** `iso` moved by `ms`, written in the same offset (seconds precision). */
export function shiftKeepingOffset(iso: string, ms: number): string {
  const instant = new Date(new Date(iso).getTime() + ms);
  const offset = offsetMinutes(iso);
  const local = new Date(instant.getTime() + offset * 60_000).toISOString().slice(0, 19);
  return `${local}${OFFSET.exec(iso)?.[1] ?? 'Z'}`;
}

/** An instant as an ISO string in the given IANA zone's offset at that moment ("2026-11-20T18:00:00+08:00"). */
export function isoInZone(instant: Date, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  const localMs = Date.UTC(+parts.year!, +parts.month! - 1, +parts.day!, +parts.hour!, +parts.minute!, +parts.second!);
  const offset = Math.round((localMs - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}${sign}${hh}:${mm}`;
}
