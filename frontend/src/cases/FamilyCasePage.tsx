/**
 * The case tracker for the family (and the school): where the case is, what
 * happens next with dates, the decision, and after a refusal the family's
 * rights, which the refusal letter must also give (SEND Regulations 2014,
 * reg 5(3)).
 */
import { useState } from "react";
import { Trans } from "react-i18next";
import { Link } from "react-router";
import type { CaseView } from "../../../shared/schemas/case";
import { useApp } from "../app-context";
import { Main, NotificationBanner, SummaryList, Tag } from "../components/page";
import { formatDateIn } from "../i18n/dates";
import { LanguageSwitcher } from "../i18n/LanguageSwitcher";
import { useFamilyText } from "../i18n/use-family-text";
import { stageNames } from "../labels";
import { openDocument } from "./documents";
import { mediationContactDeadline } from "./milestones";
import { Timeline } from "./Timeline";

export function FamilyCasePage({ caseView }: { caseView: CaseView }) {
  const { api } = useApp();
  // Families read this page in their language, and the school reads it in English.
  const { t, language, family } = useFamilyText();
  const date = (value: string) => formatDateIn(value, language);
  const [problem, setProblem] = useState<string>();
  const stage = stageNames[caseView.stage];
  const decision = caseView.decision;
  const childName = caseView.child.knownAs ?? caseView.child.firstName;

  async function openLetter() {
    if (!decision?.letterDocumentId) return;
    try {
      await openDocument(api, caseView.caseId, decision.letterDocumentId);
    } catch (caught) {
      setProblem(caught instanceof Error ? caught.message : t("case.letterFailed"));
    }
  }

  return (
    <Main
      title={t("case.title", { reference: caseView.reference })}
      backLink={{ to: "/", text: t("case.back") }}
    >
      {family ? <LanguageSwitcher /> : null}
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <span className="govuk-caption-l">
            {t("case.caption", { reference: caseView.reference })}
          </span>
          <h1 className="govuk-heading-l">
            {childName} {caseView.child.lastName}
          </h1>
          <p className="govuk-body">
            {t("case.stageNow")}{" "}
            <Tag colour={stage.colour}>
              {t(`stage.${caseView.stage}`, { defaultValue: stage.text })}
            </Tag>
          </p>

          {decision ? (
            <NotificationBanner
              title={t("case.decisionTitle")}
              success={decision.outcome === "assess"}
            >
              <h2 className="govuk-notification-banner__heading" id="decision">
                {decision.outcome === "assess"
                  ? t("case.decidedAssess", { date: date(decision.decidedOn) })
                  : t("case.decidedRefuse", { date: date(decision.decidedOn) })}
              </h2>
              {decision.reasons ? (
                <p className="govuk-body app-multiline">
                  {t("case.reasons", { reasons: decision.reasons })}
                </p>
              ) : null}
              {decision.letterDocumentId ? (
                <p className="govuk-body">
                  <button
                    type="button"
                    className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
                    onClick={() => void openLetter()}
                  >
                    {t("case.openLetter")}
                  </button>
                </p>
              ) : null}
              {/* Statutory letters stay in English; this page is the translated summary. */}
              {decision.letterDocumentId && language !== "en" ? (
                <p className="govuk-body">{t("case.letterInEnglish")}</p>
              ) : null}
              {problem ? <p className="govuk-body">{problem}</p> : null}
            </NotificationBanner>
          ) : null}

          {decision?.outcome === "refuse" ? (
            <RefusalRights decidedOn={decision.decidedOn} />
          ) : null}

          <h2 className="govuk-heading-m">{t("case.whatHappens")}</h2>
          <Timeline caseView={caseView} />

          <h2 className="govuk-heading-m">{t("messages.title")}</h2>
          <p className="govuk-body">
            <Link className="govuk-link" to={`/cases/${caseView.caseId}/messages`}>
              {t("case.messages")}
            </Link>
            <br />
            <span className="govuk-hint">{t("case.messagesHint")}</span>
          </p>

          <h2 className="govuk-heading-m">{t("case.details")}</h2>
          <SummaryList
            rows={[
              { key: t("case.reference"), value: caseView.reference },
              { key: t("case.received"), value: date(caseView.receivedDate) },
              {
                key: t("case.coordinator"),
                value: caseView.coordinator?.name ?? t("case.notGiven"),
              },
              ...(caseView.schoolName
                ? [{ key: t("case.school"), value: caseView.schoolName }]
                : []),
            ]}
          />
        </div>
      </div>
    </Main>
  );
}

function RefusalRights({ decidedOn }: { decidedOn: string }) {
  const { t, language } = useFamilyText();
  const date = (value: string) => formatDateIn(value, language);

  return (
    <section aria-labelledby="rights-heading">
      <h2 className="govuk-heading-m" id="rights-heading">
        {t("case.rights.heading")}
      </h2>
      <p className="govuk-body">{t("case.rights.right")}</p>
      <h3 className="govuk-heading-s">{t("case.rights.mediationHeading")}</h3>
      <p className="govuk-body">
        <Trans
          t={t}
          i18nKey="case.rights.mediation"
          values={{
            deadline: date(mediationContactDeadline(decidedOn)),
            date: date(decidedOn),
          }}
          components={{ strong: <strong id="mediation-deadline" /> }}
        />
      </p>
      <h3 className="govuk-heading-s">{t("case.rights.appealHeading")}</h3>
      <p className="govuk-body">{t("case.rights.appeal")}</p>
      <h3 className="govuk-heading-s">{t("case.rights.resolveHeading")}</h3>
      <p className="govuk-body">{t("case.rights.resolve")}</p>
      <h3 className="govuk-heading-s">{t("case.rights.adviceHeading")}</h3>
      <p className="govuk-body">{t("case.rights.advice")}</p>
    </section>
  );
}
