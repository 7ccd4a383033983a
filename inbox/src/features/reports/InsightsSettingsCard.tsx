/** Store admins switch proactive notices and feedback requests on or off and set the compensation policy. */
import { useEffect } from 'preact/hooks';
import { useVar } from '../../lib/use-var.js';
import { api } from '../../lib/api.js';
import { toast } from '../../state/store.js';
import { reportError } from '../../state/actions.js';
import { label } from './format.js';

interface InsightsSettings {
  proactive: { enabled: boolean; events: Record<string, boolean>; email: boolean };
  feedback: { enabled: boolean; delayDays: number; email: boolean };
  compensation: { couponPercent: number; partialRefundPercent: number; maxPartialRefundPercent: number; costOfGoodsRatio: number; couponRedemptionRate: number };
}

function Check(props: { name: string; label: string; checked: boolean; onChange: (value: boolean) => void }) {
  return (
    <label class="field-inline">
      <input type="checkbox" name={props.name} checked={props.checked} onChange={(e) => props.onChange(e.currentTarget.checked)} /> {props.label}
    </label>
  );
}

function NumberField(props: { name: string; label: string; value: number; step?: number; onChange: (value: number) => void }) {
  return (
    <label class="field-inline">
      {props.label} <input class="input-narrow" type="number" name={props.name} step={props.step ?? 1} value={props.value} onChange={(e) => props.onChange(Number(e.currentTarget.value))} />
    </label>
  );
}

export function InsightsSettingsCard(props: { storeId: string }) {
  const settings = useVar<InsightsSettings | null>(null);
  useEffect(() => {
    api.get<{ settings: InsightsSettings }>(`/api/stores/${props.storeId}/insights/settings`).then((r) => settings.set(r.settings), reportError);
  }, [props.storeId]);
  const s = settings.value;
  if (!s) return null;
  const patch = (next: InsightsSettings) => settings.set(next);
  const save = async () => {
    try {
      const r = await api.put<{ settings: InsightsSettings }>(`/api/stores/${props.storeId}/insights/settings`, s);
      settings.set(r.settings);
      toast('Settings saved');
    } catch (err) {
      reportError(err);
    }
  };
  const scan = async (what: 'proactive' | 'feedback') => {
    try {
      const r = await api.post<{ result: Record<string, number> }>(`/api/stores/${props.storeId}/insights/scan`, { what });
      toast(Object.keys(r.result).map((k) => `${r.result[k]} ${k}`).join(', '));
    } catch (err) {
      reportError(err);
    }
  };
  return (
    <details class="card wide insights-settings">
      <summary><h3>Proactive notices, feedback requests and compensation policy</h3></summary>
      <div class="settings-grid">
        <fieldset>
          <legend>Proactive notices</legend>
          <Check name="proactive-enabled" label="Tell shoppers about parcel problems" checked={s.proactive.enabled} onChange={(v) => patch({ ...s, proactive: { ...s.proactive, enabled: v } })} />
          {Object.keys(s.proactive.events).map((k) => (
            <Check key={k} name={`event-${k}`} label={label(k)} checked={s.proactive.events[k]!} onChange={(v) => patch({ ...s, proactive: { ...s.proactive, events: { ...s.proactive.events, [k]: v } } })} />
          ))}
          <Check name="proactive-email" label="Also by e-mail (own-store orders)" checked={s.proactive.email} onChange={(v) => patch({ ...s, proactive: { ...s.proactive, email: v } })} />
          <button class="btn btn-small" onClick={() => void scan('proactive')}>Check parcels now</button>
        </fieldset>
        <fieldset>
          <legend>Feedback after delivery</legend>
          <Check name="feedback-enabled" label="Ask every delivered order once (never marketplace orders)" checked={s.feedback.enabled} onChange={(v) => patch({ ...s, feedback: { ...s.feedback, enabled: v } })} />
          <NumberField name="feedback-delay" label="Days after delivery" value={s.feedback.delayDays} onChange={(v) => patch({ ...s, feedback: { ...s.feedback, delayDays: v } })} />
          <Check name="feedback-email" label="By e-mail with a rating link" checked={s.feedback.email} onChange={(v) => patch({ ...s, feedback: { ...s.feedback, email: v } })} />
          <button class="btn btn-small" onClick={() => void scan('feedback')}>Check deliveries now</button>
        </fieldset>
        <fieldset>
          <legend>Compensation policy</legend>
          <NumberField name="coupon-percent" label="Coupon, % of goods" value={s.compensation.couponPercent} onChange={(v) => patch({ ...s, compensation: { ...s.compensation, couponPercent: v } })} />
          <NumberField name="partial-percent" label="Partial refund, %" value={s.compensation.partialRefundPercent} onChange={(v) => patch({ ...s, compensation: { ...s.compensation, partialRefundPercent: v } })} />
          <NumberField name="partial-max" label="Largest partial refund, %" value={s.compensation.maxPartialRefundPercent} onChange={(v) => patch({ ...s, compensation: { ...s.compensation, maxPartialRefundPercent: v } })} />
          <NumberField name="cogs" label="Cost of goods ratio" step={0.05} value={s.compensation.costOfGoodsRatio} onChange={(v) => patch({ ...s, compensation: { ...s.compensation, costOfGoodsRatio: v } })} />
          <NumberField name="redemption" label="Coupon redemption rate" step={0.05} value={s.compensation.couponRedemptionRate} onChange={(v) => patch({ ...s, compensation: { ...s.compensation, couponRedemptionRate: v } })} />
        </fieldset>
      </div>
      <button class="btn btn-primary btn-small" onClick={() => void save()}>Save settings</button>
    </details>
  );
}
