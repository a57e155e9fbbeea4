/**
 * The coordinator's advice page for one case: each requested advice with its
 * status and days left, a form to ask for more (reg 6(1)), and the funding
 * band the submitted needs scores suggest, with any override and its reason.
 */
import { useState, type FormEvent } from "react";
import { Link, useParams } from "react-router";
import type { DocumentLink } from "../../../shared/api";
import { formatLongDate } from "../../../shared/dates";
import {
  adviceKinds,
  needAreas,
  type AdviceKind,
  type AdviceView,
  type AdviserOption,
} from "../../../shared/schemas/advice";
import type { CaseAdviceView } from "../../../shared/scoring";
import { useApp } from "../app-context";
import { ApiError } from "../api/client";
import { toShownErrors, type FieldError } from "../api/errors";
import { useLoad } from "../api/use-load";
import { Checkbox, Radios, Select, TextInput, Textarea } from "../components/fields";
import {
  ErrorSummary,
  Loading,
  Main,
  NotificationBanner,
  ProblemBanner,
  SummaryList,
  Tag,
  type TagColour,
} from "../components/page";
import { adviceKindNames, areaNames, statusNames } from "./advice-form";

const rolesByKind: Record<AdviceKind, AdviserOption["role"][]> = {
  family: ["parent", "young-person"],
  education: ["school"],
  psychology: ["specialist"],
  health: ["specialist"],
  "social-care": ["specialist"],
  "preparing-for-adulthood": ["specialist"],
  other: ["specialist"],
};

const pounds = new Intl.NumberFormat("en-GB", {
  style: "currency",
  currency: "GBP",
  maximumFractionDigits: 0,
});

function statusTag(advice: AdviceView): { text: string; colour: TagColour } {
  if (advice.status === "submitted") return { text: "Received", colour: "green" };
  const days = advice.daysLeft ?? 0;
  if (days < 0) return { text: `${-days} days late`, colour: "red" };
  return {
    text: `${statusNames[advice.status]}, ${days} days left`,
    colour: days <= 7 ? "orange" : "blue",
  };
}

/** Shows who has agreed to reuse existing advice, and lets the council agree (reg 6(4)). */
function ReuseAgreements(props: {
  advice: AdviceView;
  onAgree: (advice: AdviceView) => void;
}) {
  const agreed = props.advice.reuseAgreements;
  const parties = [
    ["council", "the council"],
    ["author", "the author"],
    ["family", "the family"],
  ] as const;
  const missing = parties.filter(([party]) => !agreed[party]).map(([, name]) => name);
  return (
    <>
      <br />
      <span className="govuk-body-s">
        Reuses existing advice.{" "}
        {missing.length === 0
          ? "The council, the author and the family have agreed."
          : `Still to agree: ${missing.join(", ")}.`}
      </span>
      {!agreed.council && props.advice.status !== "submitted" ? (
        <>
          <br />
          <button
            type="button"
            className="govuk-button govuk-button--secondary govuk-!-margin-top-2 govuk-!-margin-bottom-0"
            onClick={() => props.onAgree(props.advice)}
          >
            Agree for the council
            <span className="govuk-visually-hidden">
              {" "}
              to reuse {adviceKindNames[props.advice.kind].toLowerCase()}
            </span>
          </button>
        </>
      ) : null}
    </>
  );
}

function AdviceTable(props: {
  view: CaseAdviceView;
  onDownload: (id: string) => void;
  onAgree: (advice: AdviceView) => void;
}) {
  return (
    <table className="govuk-table" id="advice-requests">
      <caption className="govuk-table__caption govuk-table__caption--m">
        Advice requested: {props.view.submitted} of {props.view.requested} received
      </caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            Advice
          </th>
          <th scope="col" className="govuk-table__header">
            Due
          </th>
          <th scope="col" className="govuk-table__header">
            Status
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {props.view.advice.map((advice) => {
          const tag = statusTag(advice);
          return (
            <tr className="govuk-table__row" key={advice.adviceId}>
              <td className="govuk-table__cell">
                {adviceKindNames[advice.kind]}
                <br />
                <span className="govuk-hint">
                  {advice.adviserName ?? "Unknown adviser"}
                </span>
              </td>
              <td className="govuk-table__cell">{formatLongDate(advice.dueDate)}</td>
              <td className="govuk-table__cell">
                <Tag colour={tag.colour}>{tag.text}</Tag>
                {advice.form.reusesExistingAdvice ? (
                  <ReuseAgreements advice={advice} onAgree={props.onAgree} />
                ) : null}
                {advice.status === "submitted" && advice.report ? (
                  <>
                    <br />
                    <button
                      type="button"
                      className="govuk-button govuk-button--secondary govuk-!-margin-top-2 govuk-!-margin-bottom-0"
                      onClick={() => props.onDownload(advice.report!.documentId)}
                    >
                      Download report
                      <span className="govuk-visually-hidden">
                        {" "}
                        for {adviceKindNames[advice.kind].toLowerCase()}
                      </span>
                    </button>
                    {advice.report.outOfDate ? (
                      <>
                        <br />
                        <Tag colour="yellow">Written over 12 months ago</Tag>
                      </>
                    ) : null}
                  </>
                ) : null}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

interface RequestRow {
  selected: boolean;
  adviserId: string;
  note: string;
}

function RequestAdviceForm(props: {
  view: CaseAdviceView;
  onRequested: (view: CaseAdviceView) => void;
}) {
  const { api } = useApp();
  const initial = Object.fromEntries(
    adviceKinds.map((kind) => [
      kind,
      {
        selected: false,
        adviserId:
          props.view.advisers.find((adviser) => adviser.proposedFor.includes(kind))
            ?.userId ?? "",
        note: "",
      },
    ]),
  ) as Record<AdviceKind, RequestRow>;
  const [rows, setRows] = useState(initial);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [problem, setProblem] = useState<string>();
  const shown = toShownErrors(errors);
  const messageFor = (field: string) => shown.find((e) => e.field === field)?.message;
  const chosen = adviceKinds.filter((kind) => rows[kind].selected);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (chosen.length === 0) {
      setErrors([{ field: "request.family", message: "Select at least one adviser" }]);
      return;
    }
    try {
      const view = await api<CaseAdviceView>(
        "POST",
        `/cases/${encodeURIComponent(props.view.caseId)}/advice`,
        {
          requests: chosen.map((kind) => ({
            kind,
            adviserId: rows[kind].adviserId || undefined,
            note: rows[kind].note.trim() || undefined,
          })),
          expectedVersion: props.view.version,
        },
      );
      setErrors([]);
      setProblem(undefined);
      props.onRequested(view);
    } catch (caught) {
      if (caught instanceof ApiError && caught.errors.length > 0) {
        // `requests.1.adviserId` names the second kind sent.
        setErrors(
          caught.errors.map((error) => {
            const match = /^requests\.(\d+)\.(\w+)$/.exec(error.field);
            const kind = match ? chosen[Number(match[1])] : undefined;
            return kind
              ? { ...error, field: `request.${kind}.${match![2]}` }
              : { ...error, field: "request.family" };
          }),
        );
      } else {
        setProblem(caught instanceof Error ? caught.message : "Something went wrong");
      }
    }
  }

  return (
    <form noValidate onSubmit={(event) => void onSubmit(event)} id="request-advice">
      <h2 className="govuk-heading-m">Ask for advice</h2>
      {problem ? <ProblemBanner message={problem} /> : null}
      <ErrorSummary errors={shown} focusKey={errors} />
      <p className="govuk-body">
        Each adviser gets an email with a link and has 6 weeks to reply.
      </p>
      {adviceKinds.map((kind) => {
        const choices = props.view.advisers
          .filter((adviser) => rolesByKind[kind].includes(adviser.role))
          .map((adviser) => ({ value: adviser.userId, label: adviser.name }));
        const row = rows[kind];
        const set = (change: Partial<RequestRow>) =>
          setRows({ ...rows, [kind]: { ...row, ...change } });
        return (
          <div key={kind} className="govuk-!-margin-bottom-4">
            <Checkbox
              name={`request.${kind}`}
              label={adviceKindNames[kind]}
              checked={row.selected}
              error={messageFor(`request.${kind}`)}
              onChange={(selected) => set({ selected })}
            />
            {row.selected ? (
              <>
                <Select
                  name={`request.${kind}.adviserId`}
                  label={`Who to ask for ${adviceKindNames[kind].toLowerCase()}`}
                  value={row.adviserId}
                  choices={choices}
                  error={messageFor(`request.${kind}.adviserId`)}
                  onChange={(adviserId) => set({ adviserId })}
                />
                <TextInput
                  name={`request.${kind}.note`}
                  label="What you are asking for (optional)"
                  hint={
                    kind === "other" ? "For example, a teacher of the deaf" : undefined
                  }
                  value={row.note}
                  error={messageFor(`request.${kind}.note`)}
                  onChange={(note) => set({ note })}
                />
              </>
            ) : null}
          </div>
        );
      })}
      <button type="submit" className="govuk-button">
        Send advice requests
      </button>
    </form>
  );
}

function FundingBandForm(props: {
  view: CaseAdviceView;
  onRecorded: (view: CaseAdviceView) => void;
}) {
  const { api } = useApp();
  const suggestion = props.view.suggestion;
  const [band, setBand] = useState(
    props.view.fundingBand?.band ?? suggestion?.band ?? "",
  );
  const [reason, setReason] = useState("");
  const [errors, setErrors] = useState<FieldError[]>([]);
  const shown = toShownErrors(errors.map((e) => ({ ...e, field: `band.${e.field}` })));
  const messageFor = (field: string) => shown.find((e) => e.field === field)?.message;
  if (!suggestion) return null;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    try {
      const view = await api<CaseAdviceView>(
        "PUT",
        `/cases/${encodeURIComponent(props.view.caseId)}/funding-band`,
        {
          band,
          reason: reason.trim() || undefined,
          expectedVersion: props.view.version,
        },
      );
      setErrors([]);
      setReason("");
      props.onRecorded(view);
    } catch (caught) {
      if (caught instanceof ApiError && caught.errors.length > 0)
        setErrors(caught.errors);
      else
        setErrors([
          { field: "band", message: caught instanceof Error ? caught.message : "Failed" },
        ]);
    }
  }

  return (
    <form noValidate onSubmit={(event) => void onSubmit(event)} id="funding-band">
      <ErrorSummary errors={shown} focusKey={errors} />
      <Radios
        name="band.band"
        label="Funding band"
        legendSize="m"
        hint={`Suggested: band ${suggestion.band}. Choosing another band needs a reason.`}
        value={band}
        error={messageFor("band.band")}
        onChange={setBand}
        choices={props.view.bands.map((option) => ({
          value: option.band,
          label: `Band ${option.band}: ${pounds.format(option.annualAmount)} a year`,
          hint: option.band === suggestion.band ? "Suggested by the scores" : undefined,
        }))}
      />
      {band !== suggestion.band ? (
        <Textarea
          name="band.reason"
          label="Reason for choosing a different band"
          value={reason}
          error={messageFor("band.reason")}
          onChange={setReason}
          rows={3}
        />
      ) : null}
      <button type="submit" className="govuk-button">
        Record funding band
      </button>
    </form>
  );
}

function ScoresAndBand(props: {
  view: CaseAdviceView;
  onRecorded: (view: CaseAdviceView) => void;
}) {
  const { view } = props;
  if (!view.suggestion) {
    return (
      <p className="govuk-body">
        A funding band is suggested once the first advice with needs scores arrives.
      </p>
    );
  }
  const recorded = view.fundingBand;
  return (
    <>
      <h2 className="govuk-heading-m">Needs scores and funding band</h2>
      <SummaryList
        id="needs-scores"
        rows={[
          ...needAreas.map((area) => ({
            key: areaNames[area],
            value:
              view.scores[area] === undefined
                ? "Not scored"
                : `${view.scores[area]} of 4`,
          })),
          { key: "Weighted total", value: String(view.suggestion.total) },
          {
            key: "Suggested band",
            value: `Band ${view.suggestion.band}: ${pounds.format(view.suggestion.annualAmount)} a year`,
          },
          ...(recorded
            ? [
                {
                  key: "Recorded band",
                  value: `Band ${recorded.band}: ${pounds.format(recorded.annualAmount)} a year${recorded.overridden ? `, instead of band ${recorded.suggestedBand} because: ${recorded.reason ?? ""}` : ""}`,
                },
              ]
            : []),
        ]}
      />
      <FundingBandForm view={view} onRecorded={props.onRecorded} />
    </>
  );
}

export function CaseAdvicePage() {
  const { caseId = "" } = useParams();
  const { api } = useApp();
  const loaded = useLoad(
    () => api<CaseAdviceView>("GET", `/cases/${encodeURIComponent(caseId)}/advice`),
    caseId,
  );
  const [latest, setLatest] = useState<CaseAdviceView>();
  const [message, setMessage] = useState<string>();
  const [problem, setProblem] = useState<string>();
  const view =
    latest && latest.version >= (loaded.data?.version ?? 0) ? latest : loaded.data;

  async function agreeReuse(advice: AdviceView) {
    try {
      await api<AdviceView>(
        "POST",
        `/cases/${encodeURIComponent(caseId)}/advice/${encodeURIComponent(advice.adviceId)}/reuse-agreements`,
        { agrees: true, expectedVersion: advice.version },
      );
      setMessage("The council's agreement to reuse the advice is recorded");
      // The agreement leaves the case's version alone, so drop the kept view and reload.
      setLatest(undefined);
      loaded.reload();
    } catch (caught) {
      setProblem(
        caught instanceof Error ? caught.message : "The agreement was not recorded",
      );
    }
  }

  async function download(documentId: string) {
    try {
      const link = await api<DocumentLink>(
        "GET",
        `/cases/${encodeURIComponent(caseId)}/documents/${encodeURIComponent(documentId)}`,
      );
      window.location.assign(link.url);
    } catch (caught) {
      setProblem(caught instanceof Error ? caught.message : "The download failed");
    }
  }

  if (loaded.error) {
    return (
      <Main title="Advice">
        <ProblemBanner message={loaded.error.message} />
      </Main>
    );
  }
  if (!view) return <Loading />;

  return (
    <Main title="Advice" backLink={{ to: `/cases/${caseId}`, text: "Back to the case" }}>
      <span className="govuk-caption-l">Case {view.reference}</span>
      <h1 className="govuk-heading-l">Advice</h1>
      {problem ? <ProblemBanner message={problem} /> : null}
      {message ? (
        <NotificationBanner success>
          <p className="govuk-notification-banner__heading">{message}</p>
        </NotificationBanner>
      ) : null}
      {view.complete ? (
        <p className="govuk-body">
          <Tag colour="green">All advice received</Tag>
        </p>
      ) : null}
      {view.advice.length > 0 ? (
        <AdviceTable
          view={view}
          onDownload={(id) => void download(id)}
          onAgree={(advice) => void agreeReuse(advice)}
        />
      ) : (
        <p className="govuk-body">No advice has been requested yet.</p>
      )}
      <ScoresAndBand
        view={view}
        onRecorded={(next) => {
          setLatest(next);
          setMessage("Funding band recorded");
        }}
      />
      <RequestAdviceForm
        key={view.version}
        view={view}
        onRequested={(next) => {
          setLatest(next);
          setMessage("Advice requests sent");
        }}
      />
      <p className="govuk-body">
        <Link className="govuk-link" to={`/cases/${caseId}`}>
          Back to the case
        </Link>
      </p>
    </Main>
  );
}
