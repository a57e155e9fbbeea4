/**
 * The local demo clock control: shows the service's virtual date and moves
 * it forward, so a 20-week case can be played through in minutes. Shown on
 * staff pages of the local service only.
 */
import { useState } from "react";
import { formatLongDate, type IsoDate } from "../../../shared/dates";

const steps = [
  { days: 1, label: "Advance 1 day" },
  { days: 7, label: "Advance 1 week" },
  { days: 28, label: "Advance 4 weeks" },
] as const;

export function LocalClockBanner(props: {
  today: IsoDate | undefined;
  /** Moves the clock and reloads the page's data. Rejects when the clock did not move. */
  onAdvance: (days: number) => Promise<void>;
}) {
  const [moving, setMoving] = useState(false);
  const [problem, setProblem] = useState<string>();

  async function advance(days: number) {
    setMoving(true);
    setProblem(undefined);
    try {
      await props.onAdvance(days);
    } catch {
      setProblem("The demo clock did not move. Check that the local service is running");
    } finally {
      setMoving(false);
    }
  }

  return (
    <div
      className="govuk-notification-banner"
      role="region"
      aria-labelledby="local-clock-title"
      id="local-clock"
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="local-clock-title">
          Local demo
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading" role="status">
          Local demo clock: {props.today ? formatLongDate(props.today) : "loading"}
        </p>
        <p className="govuk-body">
          This clock exists only in the local service. The service uses its date as today.
        </p>
        {problem ? <p className="govuk-body app-overdue">{problem}</p> : null}
        <div className="govuk-button-group govuk-!-margin-bottom-0">
          {steps.map((step) => (
            <button
              key={step.days}
              type="button"
              className="govuk-button govuk-button--secondary"
              disabled={moving}
              aria-disabled={moving}
              onClick={() => void advance(step.days)}
            >
              {step.label}
            </button>
          ))}
        </div>
      </div>
    </div>
  );
}
