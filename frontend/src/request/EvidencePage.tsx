/**
 * Evidence: upload reports with the date each was written. Reports written
 * more than 12 months ago are flagged, because councils commonly treat older
 * reports as out of date, but they are still accepted.
 */
import { useState, type FormEvent } from "react";
import { Link, Navigate, useParams } from "react-router";
import { formatLongDate, londonDate } from "../../../shared/dates";
import {
  evidenceSchema,
  isReportOutOfDate,
  type RequestDraft,
} from "../../../shared/schemas/request";
import { useApp } from "../app-context";
import { ApiError } from "../api/client";
import { toShownErrors, zodFieldErrors, type FieldError } from "../api/errors";
import { DateInput, Select, type DateParts } from "../components/fields";
import { ErrorSummary, LoadingPage, Main, ProblemBanner, Tag } from "../components/page";
import { documentTypeNames } from "../labels";
import { nameFile, readEvidenceProblems } from "./evidence-problems";
import { joinDate } from "./form-values";
import { ProblemPage } from "./SectionPage";
import { documentTypeChoices, evidenceInputId } from "./sections";
import { uploadDocument } from "./upload";
import { useDraft } from "./use-draft";

const emptyDate: DateParts = { day: "", month: "", year: "" };

export function EvidencePage() {
  const { draftId = "" } = useParams();
  const { api, today: appToday } = useApp();
  const { draft, error: loadError, save, reload } = useDraft(draftId);
  const [file, setFile] = useState<File | null>(null);
  const [documentType, setDocumentType] = useState("");
  const [writtenOn, setWrittenOn] = useState<DateParts>(emptyDate);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [conflict, setConflict] = useState(false);
  const [problem, setProblem] = useState<string>();
  const [uploading, setUploading] = useState(false);
  const [fileInputKey, setFileInputKey] = useState(0);

  if (loadError) return <ProblemPage message={loadError.message} />;
  if (!draft) return <LoadingPage />;
  if (draft.submitted)
    return <Navigate to={`/requests/${draftId}/sent-request`} replace />;

  const evidence = draft.answers.evidence ?? [];
  const today = appToday ?? londonDate(new Date());
  // Problems found when the request was sent, for files that are still listed.
  const problems = readEvidenceProblems(draftId, evidence);
  const problemFor = (documentId: string) =>
    problems.find((problem) => problem.documentId === documentId)?.message;

  async function saveEvidence(next: RequestDraft["evidence"]) {
    if (!draft) return;
    try {
      await save({ ...draft.answers, evidence: next });
    } catch (caught) {
      if (caught instanceof ApiError && caught.isConflict) setConflict(true);
      else throw caught;
    }
  }

  async function upload(event: FormEvent) {
    event.preventDefault();
    setProblem(undefined);
    const found: FieldError[] = [];
    if (!file) found.push({ field: "upload.file", message: "Select a file to upload" });

    const date = joinDate(writtenOn.day, writtenOn.month, writtenOn.year);
    const dateCheck = evidenceSchema.shape.writtenOn.safeParse(date);
    if (!dateCheck.success) {
      found.push(...zodFieldErrors(dateCheck.error, "upload.writtenOn"));
    } else if (dateCheck.data > today) {
      found.push({
        field: "upload.writtenOn",
        message: "Date the report was written must be in the past",
      });
    }
    if (!documentType)
      found.push({
        field: "upload.documentType",
        message: "Select the type of document",
      });
    setErrors(found);
    if (found.length || !file || !dateCheck.success) return;

    setUploading(true);
    try {
      const documentId = await uploadDocument(api, draftId, file, documentType);
      await saveEvidence([
        ...evidence,
        {
          documentId,
          fileName: file.name,
          documentType: documentType as (typeof documentTypeChoices)[number],
          writtenOn: dateCheck.data,
        },
      ]);
      setFile(null);
      setDocumentType("");
      setWrittenOn(emptyDate);
      setFileInputKey((key) => key + 1);
    } catch (caught) {
      if (caught instanceof ApiError && caught.errors.length) {
        setErrors(
          caught.errors.map((error) => ({
            ...error,
            field: error.field.startsWith("upload.")
              ? error.field
              : `upload.${error.field === "documentType" ? "documentType" : "file"}`,
          })),
        );
      } else {
        setProblem(
          caught instanceof Error ? caught.message : "The upload failed. Try again",
        );
      }
    } finally {
      setUploading(false);
    }
  }

  const shown = [
    ...toShownErrors(errors),
    ...problems.map((problem) => {
      const fileName =
        evidence.find((entry) => entry.documentId === problem.documentId)?.fileName ?? "";
      return {
        field: `evidence.${problem.documentId}`,
        message: `${nameFile(problem.message, fileName)}. Remove it and upload it again`,
        target: evidenceInputId,
      };
    }),
  ];
  const messageFor = (field: string) =>
    shown.find((error) => error.field === field)?.message;
  const fileError = messageFor("upload.file");

  return (
    <Main
      title="Reports and evidence"
      hasErrors={shown.length > 0}
      backLink={{ to: `/requests/${draftId}`, text: "Back to your request" }}
    >
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {conflict ? (
            <ProblemBanner
              message="This request was changed in another window or by someone else since you opened it. Reload it and upload the file again."
              onReload={() => {
                setConflict(false);
                reload();
              }}
            />
          ) : null}
          {problem ? <ProblemBanner message={problem} /> : null}
          <ErrorSummary errors={shown} focusKey={errors.length ? errors : undefined} />
          <span className="govuk-caption-l">Your request</span>
          <h1 className="govuk-heading-l">Reports and evidence</h1>
          <p className="govuk-body">
            Upload reports and letters about the child&apos;s needs, such as reports from
            a therapist, doctor or the school. You need to upload at least one.
          </p>
          <p className="govuk-body">
            Reports written more than 12 months ago may be out of date. You can still send
            them, but we may ask for a newer report.
          </p>

          <h2 className="govuk-heading-m">Documents you have uploaded</h2>
          {evidence.length === 0 ? (
            <p className="govuk-body" id="evidence">
              You have not uploaded any documents yet.
            </p>
          ) : (
            <dl className="govuk-summary-list" id="evidence">
              {evidence.map((document, index) => (
                <div
                  className={`govuk-summary-list__row${problemFor(document.documentId) ? " app-summary-list__row--error" : ""}`}
                  key={document.documentId}
                  id={`evidence-${index}`}
                >
                  <dt className="govuk-summary-list__key">{document.fileName}</dt>
                  <dd className="govuk-summary-list__value">
                    {problemFor(document.documentId) ? (
                      <p className="govuk-error-message">
                        <span className="govuk-visually-hidden">Error:</span>{" "}
                        {nameFile(problemFor(document.documentId)!, document.fileName)}
                      </p>
                    ) : null}
                    {documentTypeNames[document.documentType]}
                    <br />
                    Written on {formatLongDate(document.writtenOn)}
                    {isReportOutOfDate(document.writtenOn, today) ? (
                      <>
                        <br />
                        <Tag colour="orange">More than 12 months old</Tag>
                      </>
                    ) : null}
                  </dd>
                  <dd className="govuk-summary-list__actions">
                    <button
                      type="button"
                      className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
                      onClick={() =>
                        void saveEvidence(evidence.filter((_, other) => other !== index))
                      }
                    >
                      Remove
                      <span className="govuk-visually-hidden"> {document.fileName}</span>
                    </button>
                  </dd>
                </div>
              ))}
            </dl>
          )}

          <form noValidate onSubmit={(event) => void upload(event)}>
            <h2 className="govuk-heading-m">Upload a document</h2>
            <div
              className={`govuk-form-group${fileError ? " govuk-form-group--error" : ""}`}
            >
              <label className="govuk-label" htmlFor={evidenceInputId}>
                Choose a file
              </label>
              <div id="upload-file-hint" className="govuk-hint">
                PDF, Word, JPG, PNG or HEIC, smaller than 50 MB
              </div>
              {fileError ? (
                <p id="upload-file-error" className="govuk-error-message">
                  <span className="govuk-visually-hidden">Error:</span> {fileError}
                </p>
              ) : null}
              <input
                key={fileInputKey}
                className={`govuk-file-upload${fileError ? " govuk-file-upload--error" : ""}`}
                id={evidenceInputId}
                name="file"
                type="file"
                accept=".pdf,.doc,.docx,.jpg,.jpeg,.png,.heic"
                aria-describedby={`upload-file-hint${fileError ? " upload-file-error" : ""}`}
                onChange={(event) => setFile(event.target.files?.[0] ?? null)}
              />
            </div>
            <Select
              name="upload.documentType"
              label="What kind of document is it?"
              value={documentType}
              onChange={setDocumentType}
              error={messageFor("upload.documentType")}
              choices={documentTypeChoices.map((value) => ({
                value,
                label: documentTypeNames[value],
              }))}
            />
            <DateInput
              name="upload.writtenOn"
              label="Date the report was written"
              hint="You can usually find this at the top or end of the report. For example, 14 10 2025"
              value={writtenOn}
              onChange={setWrittenOn}
              error={messageFor("upload.writtenOn")}
            />
            <button
              type="submit"
              className="govuk-button govuk-button--secondary"
              disabled={uploading}
            >
              {uploading ? "Uploading…" : "Upload document"}
            </button>
          </form>

          <Link className="govuk-button" to={`/requests/${draftId}`}>
            Continue
          </Link>
        </div>
      </div>
    </Main>
  );
}
