/** The staff view of a case: details, timeline, documents, decision, coordinator and audit. */
import { useRef, useState, type FormEvent } from "react";
import { Link } from "react-router";
import type { AuditEntry, CaseRequestView, CoordinatorView } from "../../../shared/api";
import { formatLongDate, londonDate } from "../../../shared/dates";
import {
  allocationBodySchema,
  decisionBodySchema,
  type CaseView,
} from "../../../shared/schemas/case";
import { useApp, useUser } from "../app-context";
import { ApiError, asList } from "../api/client";
import { toShownErrors, zodFieldErrors, type FieldError } from "../api/errors";
import { useLoad } from "../api/use-load";
import { Radios, Select, Textarea } from "../components/fields";
import {
  ErrorSummary,
  Loading,
  Main,
  NotificationBanner,
  ProblemBanner,
  SummaryList,
  Tag,
  useFocusWhenShown,
} from "../components/page";
import { auditActionName, documentTypeNames, roleNames, stageNames } from "../labels";
import { RequestAnswers } from "../request/RequestAnswers";
import { openDocument } from "./documents";
import { ExceptionForm } from "./ExceptionForm";
import { ExceptionList } from "./ExceptionList";
import { ObligationsTable } from "./ObligationsTable";
import { obligationKindNames } from "./obligations";
import { Timeline } from "./Timeline";

/** A document the API lists on a case: evidence, and letters the council wrote. */
interface CaseDocument {
  documentId: string;
  fileName: string;
  documentType?: string;
  writtenOn?: string;
}

function documentTypeName(type: string): string {
  return (
    documentTypeNames[type as keyof typeof documentTypeNames] ?? type.replace(/-/g, " ")
  );
}

export function StaffCasePage({
  caseView,
  reload,
}: {
  caseView: CaseView;
  reload: () => void;
}) {
  const { api } = useApp();
  const user = useUser();
  const [done, setDone] = useState<string>();
  const [problem, setProblem] = useState<string>();
  const stage = stageNames[caseView.stage];
  const documents =
    (caseView as CaseView & { documents?: CaseDocument[] }).documents ?? [];
  const canDecide =
    (user.role === "coordinator" || user.role === "manager") &&
    caseView.stage === "deciding";
  const canReallocate = user.role === "business-support" || user.role === "manager";
  const obligations = caseView.obligations ?? [];
  // Exceptions move advice, the 16-week and the 20-week limits only (regs 8, 10(4) and 13(3)).
  const canRecordException =
    (user.role === "coordinator" || user.role === "manager") &&
    obligations.some((obligation) =>
      ["advice", "decision-to-issue", "final-plan"].includes(obligation.kind),
    );

  async function open(documentId: string) {
    try {
      await openDocument(api, caseView.caseId, documentId);
    } catch (caught) {
      setProblem(
        caught instanceof Error ? caught.message : "The document could not be opened",
      );
    }
  }

  return (
    <Main
      title={`Case ${caseView.reference}`}
      backLink={{ to: "/", text: "Back to cases" }}
    >
      {done ? (
        <NotificationBanner success>
          <p className="govuk-notification-banner__heading">{done}</p>
        </NotificationBanner>
      ) : null}
      {problem ? <ProblemBanner message={problem} /> : null}
      <span className="govuk-caption-l">Case {caseView.reference}</span>
      <h1 className="govuk-heading-l">
        {caseView.child.firstName} {caseView.child.lastName}
      </h1>
      <p className="govuk-body">
        <Tag colour={stage.colour}>{stage.text}</Tag>
      </p>
      {caseView.possibleDuplicateOf ? (
        <div className="govuk-warning-text">
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">Warning</span>
            This may be a second request for a child who already has a case.
          </strong>
        </div>
      ) : null}

      <h2 className="govuk-heading-m">What is owed and when</h2>
      <ObligationsTable obligations={obligations} />

      {caseView.stage !== "deciding" && caseView.stage !== "refused" ? (
        <p className="govuk-body" id="advice-link">
          <Link className="govuk-link" to={`/cases/${caseView.caseId}/advice`}>
            Advice, needs scores and funding band
          </Link>
        </p>
      ) : null}
      <p className="govuk-body" id="messages-link">
        <Link className="govuk-link" to={`/cases/${caseView.caseId}/messages`}>
          Messages, and emails and text messages sent
        </Link>
      </p>

      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h2 className="govuk-heading-m">Child and case</h2>
          <SummaryList
            rows={[
              {
                key: "Name",
                value: `${caseView.child.firstName} ${caseView.child.lastName}`,
              },
              ...(caseView.child.knownAs
                ? [{ key: "Known as", value: caseView.child.knownAs }]
                : []),
              { key: "Date of birth", value: formatLongDate(caseView.child.dateOfBirth) },
              { key: "School", value: caseView.schoolName ?? "Not given" },
              { key: "Requested by", value: roleNames[caseView.requesterType] },
              { key: "Received", value: formatLongDate(caseView.receivedDate) },
              {
                key: "Coordinator",
                value: caseView.coordinator?.name ?? "Not allocated",
              },
              {
                key: "Next deadline",
                value: caseView.nextDueDate
                  ? formatLongDate(caseView.nextDueDate)
                  : "None",
              },
            ]}
          />

          {caseView.decision ? (
            <>
              <h2 className="govuk-heading-m">Decision whether to assess</h2>
              <SummaryList
                rows={[
                  {
                    key: "Decision",
                    value:
                      caseView.decision.outcome === "assess" ? "Assess" : "Do not assess",
                  },
                  {
                    key: "Decided on",
                    value: formatLongDate(caseView.decision.decidedOn),
                  },
                  ...(caseView.decision.reasons
                    ? [
                        {
                          key: "Reasons",
                          value: (
                            <span className="app-multiline">
                              {caseView.decision.reasons}
                            </span>
                          ),
                        },
                      ]
                    : []),
                  ...(caseView.decision.letterDocumentId
                    ? [
                        {
                          key: "Letter",
                          value: (
                            <button
                              type="button"
                              className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
                              onClick={() =>
                                void open(caseView.decision!.letterDocumentId!)
                              }
                            >
                              Open the decision letter
                            </button>
                          ),
                        },
                      ]
                    : []),
                ]}
              />
            </>
          ) : null}

          <CaseRequest caseId={caseView.caseId} open={caseView.stage === "deciding"} />

          {canDecide ? (
            <DecisionForm
              caseView={caseView}
              onDone={(message) => {
                setDone(message);
                reload();
              }}
              onReload={reload}
            />
          ) : null}

          {canReallocate ? (
            <CoordinatorForm
              caseView={caseView}
              onDone={(message) => {
                setDone(message);
                reload();
              }}
              onReload={reload}
            />
          ) : null}

          <h2 className="govuk-heading-m">Timeline</h2>
          <Timeline caseView={caseView} />

          <h2 className="govuk-heading-m">Exceptions to the time limits</h2>
          <ExceptionList exceptions={caseView.exceptions ?? []} />
          {canRecordException ? (
            <ExceptionForm
              caseView={caseView}
              onDone={(updated) => {
                setDone(exceptionRecordedText(updated));
                reload();
              }}
              onReload={reload}
            />
          ) : null}

          <h2 className="govuk-heading-m">Documents</h2>
          {caseView.outOfDateReports.length > 0 ? (
            <p className="govuk-body">
              <Tag colour="orange">{`${caseView.outOfDateReports.length} out of date`}</Tag>{" "}
              Some reports were written more than 12 months before the request.
            </p>
          ) : null}
          {documents.length === 0 ? (
            <p className="govuk-body">No documents are listed for this case.</p>
          ) : (
            <ul className="govuk-list">
              {documents.map((document) => (
                <li key={document.documentId}>
                  <button
                    type="button"
                    className="app-link-button govuk-link"
                    onClick={() => void open(document.documentId)}
                  >
                    {document.fileName}
                  </button>
                  {document.documentType
                    ? ` (${documentTypeName(document.documentType)})`
                    : null}
                  {document.writtenOn
                    ? `, written on ${formatLongDate(document.writtenOn)}`
                    : null}
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>

      <AuditTrail caseId={caseView.caseId} version={caseView.version} />
    </Main>
  );
}

/** Confirms an exception with the dates it has moved so far, such as "Final plan now due by …". */
function exceptionRecordedText(updated: CaseView): string {
  const moved = (updated.obligations ?? [])
    .filter((obligation) => obligation.dueDate !== obligation.originalDueDate)
    .map(
      (obligation) =>
        `${obligationKindNames[obligation.kind]} now due by ${formatLongDate(obligation.dueDate)}`,
    );
  return moved.length ? `Exception recorded. ${moved.join(". ")}.` : "Exception recorded";
}

function conflictOrErrors(
  caught: unknown,
  setErrors: (errors: FieldError[]) => void,
  setConflict: (value: boolean) => void,
  setProblem: (message: string) => void,
) {
  if (caught instanceof ApiError && caught.isConflict) setConflict(true);
  else if (caught instanceof ApiError && caught.errors.length) setErrors(caught.errors);
  else setProblem(caught instanceof Error ? caught.message : "Saving failed. Try again");
}

function DecisionForm(props: {
  caseView: CaseView;
  onDone: (message: string) => void;
  onReload: () => void;
}) {
  const { api } = useApp();
  const [outcome, setOutcome] = useState("");
  const [reasons, setReasons] = useState("");
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [conflict, setConflict] = useState(false);
  const [problem, setProblem] = useState<string>();
  const [sending, setSending] = useState(false);

  // A refusal is checked on a second screen first, because the family is sent its letter at once.
  const [checking, setChecking] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(undefined);
    const body = {
      outcome: outcome || undefined,
      reasons: reasons.trim() ? reasons : undefined,
      expectedVersion: props.caseView.version,
    };
    const parsed = decisionBodySchema.safeParse(body);
    const found = parsed.success ? [] : zodFieldErrors(parsed.error, "decision");
    setErrors(found);
    if (!parsed.success) return;
    if (parsed.data.outcome === "refuse" && !checking) {
      setChecking(true);
      return;
    }

    setSending(true);
    try {
      await api(
        "POST",
        `/cases/${encodeURIComponent(props.caseView.caseId)}/decision`,
        parsed.data,
      );
      props.onDone(
        parsed.data.outcome === "assess"
          ? "You recorded the decision to carry out an assessment"
          : "You recorded the decision not to carry out an assessment",
      );
    } catch (caught) {
      conflictOrErrors(
        caught,
        (apiErrors) =>
          setErrors(
            apiErrors.map((error) => ({ ...error, field: `decision.${error.field}` })),
          ),
        setConflict,
        setProblem,
      );
      setChecking(false);
    } finally {
      setSending(false);
    }
  }

  const shown = toShownErrors(errors);
  const messageFor = (field: string) =>
    shown.find((error) => error.field === field)?.message;

  if (checking) {
    return (
      <RefusalCheck
        reasons={reasons}
        sending={sending}
        onConfirm={(event) => void submit(event)}
        onChange={() => setChecking(false)}
      />
    );
  }

  return (
    <form noValidate onSubmit={(event) => void submit(event)} id="decision-form">
      <h2 className="govuk-heading-m">Record the decision whether to assess</h2>
      {conflict ? (
        <ProblemBanner
          message="Someone else changed this case since you opened it. Reload the case to see their changes before you record a decision."
          onReload={props.onReload}
        />
      ) : null}
      {problem ? <ProblemBanner message={problem} /> : null}
      <ErrorSummary errors={shown} focusKey={errors} />
      <Radios
        name="decision.outcome"
        label="Will the council carry out an EHC needs assessment?"
        legendSize="s"
        value={outcome}
        onChange={setOutcome}
        error={messageFor("decision.outcome")}
        choices={[
          { value: "assess", label: "Yes, assess" },
          { value: "refuse", label: "No, do not assess" },
        ]}
      />
      <Textarea
        name="decision.reasons"
        label="Reasons for the decision"
        hint="Needed if you decide not to assess. The family will read these in the letter."
        value={reasons}
        onChange={setReasons}
        error={messageFor("decision.reasons")}
      />
      <button type="submit" className="govuk-button" disabled={sending}>
        Record decision
      </button>
    </form>
  );
}

/** The second screen before a refusal is recorded: the reasons as the family will read them. */
function RefusalCheck(props: {
  reasons: string;
  sending: boolean;
  onConfirm: (event: FormEvent) => void;
  onChange: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusWhenShown(heading, "refusal-check");
  return (
    <form noValidate onSubmit={props.onConfirm} id="decision-check">
      <h2 className="govuk-heading-m" ref={heading} tabIndex={-1}>
        Check before you record this decision
      </h2>
      <SummaryList
        rows={[
          { key: "Decision", value: "Do not carry out an assessment" },
          {
            key: "Reasons",
            value: <span className="app-multiline">{props.reasons}</span>,
          },
        ]}
      />
      <div className="govuk-warning-text">
        <span className="govuk-warning-text__icon" aria-hidden="true">
          !
        </span>
        <strong className="govuk-warning-text__text">
          <span className="govuk-visually-hidden">Warning</span>
          The family is sent the decision letter with these reasons as soon as you
          confirm. You cannot change it afterwards.
        </strong>
      </div>
      <div className="govuk-button-group">
        <button type="submit" className="govuk-button" disabled={props.sending}>
          Confirm and record the decision
        </button>
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          onClick={props.onChange}
        >
          Change the decision
        </button>
      </div>
    </form>
  );
}

/** The answers of the request that opened the case, for reading before the decision. */
function CaseRequest({ caseId, open }: { caseId: string; open: boolean }) {
  const { api, today } = useApp();
  const loaded = useLoad(
    () => api<CaseRequestView>("GET", `/cases/${encodeURIComponent(caseId)}/request`),
    `request-${caseId}`,
  );

  return (
    <section aria-labelledby="request-heading" id="request">
      <h2 className="govuk-heading-m" id="request-heading">
        The request
      </h2>
      {loaded.error ? <p className="govuk-body">{loaded.error.message}</p> : null}
      {!loaded.data && !loaded.error ? <Loading /> : null}
      {loaded.data ? (
        <details className="govuk-details" open={open}>
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text">
              Read every answer of request {loaded.data.reference}
            </span>
          </summary>
          <div className="govuk-details__text">
            <RequestAnswers
              answers={loaded.data.request}
              requesterType={loaded.data.request.requester.type}
              today={today ?? londonDate(new Date())}
              headingLevel={3}
            />
          </div>
        </details>
      ) : null}
    </section>
  );
}

function CoordinatorForm(props: {
  caseView: CaseView;
  onDone: (message: string) => void;
  onReload: () => void;
}) {
  const { api } = useApp();
  const coordinators = useLoad(
    () => api<CoordinatorView[]>("GET", "/coordinators"),
    "coordinators",
  );
  const [coordinatorId, setCoordinatorId] = useState("");
  const [reason, setReason] = useState("");
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [conflict, setConflict] = useState(false);
  const [problem, setProblem] = useState<string>();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(undefined);
    const body = { coordinatorId, reason, expectedVersion: props.caseView.version };
    const parsed = allocationBodySchema.safeParse(body);
    const found = parsed.success
      ? []
      : zodFieldErrors(parsed.error, "allocation").map((error) =>
          error.field === "allocation.coordinatorId"
            ? { ...error, message: "Select a coordinator" }
            : error,
        );
    setErrors(found);
    if (!parsed.success) return;

    try {
      await api(
        "PUT",
        `/cases/${encodeURIComponent(props.caseView.caseId)}/coordinator`,
        parsed.data,
      );
      props.onDone("Coordinator changed");
    } catch (caught) {
      conflictOrErrors(
        caught,
        (apiErrors) =>
          setErrors(
            apiErrors.map((error) => ({ ...error, field: `allocation.${error.field}` })),
          ),
        setConflict,
        setProblem,
      );
    }
  }

  const shown = toShownErrors(errors);
  const messageFor = (field: string) =>
    shown.find((error) => error.field === field)?.message;
  const list = asList(coordinators.data);

  return (
    <form noValidate onSubmit={(event) => void submit(event)} id="coordinator-form">
      <h2 className="govuk-heading-m">Change the coordinator</h2>
      {conflict ? (
        <ProblemBanner
          message="Someone else changed this case since you opened it. Reload the case and try again."
          onReload={props.onReload}
        />
      ) : null}
      {problem ? <ProblemBanner message={problem} /> : null}
      <ErrorSummary errors={shown} />
      <Select
        name="allocation.coordinatorId"
        label="New coordinator"
        value={coordinatorId}
        onChange={setCoordinatorId}
        error={messageFor("allocation.coordinatorId")}
        choices={list
          .filter(
            (coordinator) => coordinator.userId !== props.caseView.coordinator?.userId,
          )
          .map((coordinator) => ({
            value: coordinator.userId,
            label: `${coordinator.name} (${coordinator.openCases} open cases${coordinator.patch ? `, area ${coordinator.patch}` : ""})`,
          }))}
      />
      <Textarea
        name="allocation.reason"
        label="Reason for the change"
        hint="This is kept in the case's audit trail"
        rows={3}
        value={reason}
        onChange={setReason}
        error={messageFor("allocation.reason")}
      />
      <button type="submit" className="govuk-button govuk-button--secondary">
        Change coordinator
      </button>
    </form>
  );
}

function AuditTrail({ caseId, version }: { caseId: string; version: number }) {
  const { api } = useApp();
  const audit = useLoad(
    () => api<AuditEntry[]>("GET", `/cases/${encodeURIComponent(caseId)}/audit`),
    `${caseId}@${version}`,
  );
  const entries = asList(audit.data);

  return (
    <>
      <h2 className="govuk-heading-m">Audit trail</h2>
      {audit.error ? <p className="govuk-body">{audit.error.message}</p> : null}
      <div
        className="app-table-wrapper"
        tabIndex={0}
        role="region"
        aria-label="Audit trail"
      >
        <table className="govuk-table" id="audit">
          <caption className="govuk-table__caption govuk-visually-hidden">
            Audit trail, newest first
          </caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                When
              </th>
              <th scope="col" className="govuk-table__header">
                Who
              </th>
              <th scope="col" className="govuk-table__header">
                What
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {entries.map((entry, index) => (
              <tr className="govuk-table__row" key={`${entry.at}-${index}`}>
                <td className="govuk-table__cell">
                  {new Date(entry.at).toLocaleString("en-GB", {
                    timeZone: "Europe/London",
                  })}
                </td>
                <td className="govuk-table__cell">
                  {entry.actorName ?? entry.actorId} (
                  {roleNames[entry.role] ?? entry.role})
                </td>
                <td className="govuk-table__cell">
                  {auditActionName(entry.action)}
                  {entry.detail ? `: ${entry.detail}` : ""}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
