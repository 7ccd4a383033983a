/** Every route the app serves with its methods, read from Fastify's route tree (so new routes are covered). */
import type { ParleyInstance } from '../../server/src/app.js';

export interface Route {
  method: string;
  url: string;
}

export function listRoutes(app: ParleyInstance): Route[] {
  const routes: Route[] = [];
  const stack: string[] = [];
  for (const line of app.printRoutes({ commonPrefix: false }).split('\n')) {
    const m = /^((?:│ {3}| {4})*)(?:├── |└── )(.*?)(?: \(([^)]*)\))?$/.exec(line);
    if (!m) continue;
    const depth = m[1]!.length / 4;
    const path = (depth === 0 ? '' : stack[depth - 1]!) + m[2]!;
    stack[depth] = path;
    for (const method of (m[3] ?? '').split(',').map((s) => s.trim()).filter(Boolean)) routes.push({ method, url: path.replace(/\/{2,}/g, '/') });
  }
  return routes;
}
