/** Shapes of the insights API (server/src/insights) as the inbox reads them. */

export interface DurationStats {
  key?: string;
  label?: string;
  count: number;
  median: number | null;
  p90: number | null;
  mean: number | null;
}

export interface DurationReport extends DurationStats {
  pending: number;
  byLanguage: DurationStats[];
  byAgent: DurationStats[];
}

export interface CsatStats {
  key: string;
  label: string;
  ratings: number;
  satisfied: number;
  score: number | null;
  average: number | null;
}

export interface ReportOverview {
  range: { from: string; to: string; timeZone: string; generatedAt: string };
  totals: {
    conversations: number;
    handedOff: number;
    handoffRate: number | null;
    assistantInvolved: number;
    automatedResolved: number;
    automatedEvaluated: number;
    automatedResolutionRate: number | null;
    automation: Record<'resolved' | 'reopened' | 'unanswered' | 'human' | 'pending', number>;
  };
  daily: Array<{ day: string; conversations: number; handedOff: number; automatedResolved: number; automatedEvaluated: number; automatedResolutionRate: number | null }>;
  handoffReasons: Array<{ reason: string; count: number; share: number | null }>;
  intents: Array<{ intent: string; conversations: number; handedOff: number; handoffRate: number | null; automatedResolutionRate: number | null }>;
  times: { businessHours: boolean; firstResponse: DurationReport; resolution: DurationReport };
  csat: { overall: CsatStats | null; byLanguage: CsatStats[]; byMarket: CsatStats[]; byIntent: CsatStats[]; byAgent: CsatStats[] };
  heatmap: { store: number[][]; shopper: number[][] };
  compensation: Array<{ problem: string; remedy: string; status: string; currency: string; decisions: number; cost: string; amount: string }>;
  proactive: Array<{ kind: string; status: string; count: number }>;
  feedbackRequests: Array<{ status: string; reason: string | null; count: number }>;
}

export interface Dimensions {
  timeZone: string;
  markets: string[];
  languages: string[];
  channels: string[];
  intents: string[];
  draftModel: boolean;
}

export interface ReportFilterValues {
  from: string;
  to: string;
  market: string;
  language: string;
  channel: string;
  intent: string;
}

export interface GapCluster {
  id: string;
  label: string;
  count: number;
  languages: Array<{ locale: string; count: number }>;
  intents: Array<{ intent: string; count: number }>;
  concepts: string[];
  examples: Array<{ text: string; locale: string; askedAt: string; conversationId: string }>;
  firstAskedAt: string;
  lastAskedAt: string;
}

export interface GapReport {
  range: { from: string; to: string; timeZone: string };
  questions: number;
  clusters: GapCluster[];
}

export interface RemedySuggestion {
  remedy: string;
  amount: string | null;
  currency: string;
  estimatedCost: string;
  recommended: boolean;
}

export interface OrderProblem {
  orderId: string;
  orderName: string;
  channel: string;
  market: string | null;
  currency: string;
  total: string | null;
  problem: string;
  detectedAt: string;
  conversationId: string | null;
  suggestions: RemedySuggestion[];
}
