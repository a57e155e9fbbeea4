/** GOV.UK page furniture: layout, error summary, banners, summary lists and tags. */
import { useEffect, useRef, type ReactNode, type RefObject } from "react";
import { Link, useLocation } from "react-router";
import type { ShownError } from "../api/errors";
import {
  loadErrorSummary,
  loadNotificationBanner,
  loadServiceNavigation,
  loadSkipLink,
  useGovukComponent,
} from "./govuk-init";

export interface NavigationItem {
  href: string;
  text: string;
}

export function Layout(props: {
  serviceName: string;
  navigation: NavigationItem[];
  onSignOut?: () => void;
  /** Shown above every page's content, such as the local demo clock. */
  banner?: ReactNode;
  children: ReactNode;
}) {
  const skipLink = useRef<HTMLAnchorElement>(null);
  const location = useLocation();
  useGovukComponent(skipLink, loadSkipLink);
  const hasMenu = props.navigation.length > 0 || !!props.onSignOut;

  return (
    <>
      <a
        ref={skipLink}
        href="#main-content"
        className="govuk-skip-link"
        data-module="govuk-skip-link"
      >
        Skip to main content
      </a>
      {/* govuk-frontend's generic header is for services that are not on GOV.UK, so it has no crown. */}
      <header className="govuk-generic-header">
        <div className="govuk-generic-header__container govuk-width-container">
          <div className="govuk-generic-header__logo">
            <Link to="/" className="govuk-generic-header__homepage-link">
              Exampleshire County Council
            </Link>
          </div>
        </div>
      </header>
      {/*
        govuk-frontend's ServiceNavigation finds its menu button once, when it
        starts. A new element (and so a new start) each time the menu appears,
        changes or the page changes keeps the menu behind its button on phones,
        closed on each new page.
      */}
      <ServiceNavigation
        key={`${hasMenu ? props.navigation.map((item) => item.href).join(" ") : "none"} ${location.pathname}`}
        serviceName={props.serviceName}
        navigation={props.navigation}
        onSignOut={props.onSignOut}
        pathname={location.pathname}
      />
      <div className="govuk-width-container">
        <div className="govuk-phase-banner">
          <p className="govuk-phase-banner__content">
            <strong className="govuk-tag govuk-phase-banner__content__tag">Beta</strong>
            <span className="govuk-phase-banner__text">
              This is a new service. Your feedback will help us to improve it.
            </span>
          </p>
        </div>
        {props.banner}
        {props.children}
      </div>
      <footer className="govuk-footer">
        <div className="govuk-width-container">
          <div className="govuk-footer__meta">
            <div className="govuk-footer__meta-item govuk-footer__meta-item--grow">
              <p className="govuk-body-s">
                Exampleshire County Council, SEN Assessment Service. Independent advice is
                free from your local SEND Information, Advice and Support Service
                (SENDIASS).
              </p>
            </div>
          </div>
        </div>
      </footer>
    </>
  );
}

function ServiceNavigation(props: {
  serviceName: string;
  navigation: NavigationItem[];
  onSignOut?: () => void;
  pathname: string;
}) {
  const root = useRef<HTMLElement>(null);
  useGovukComponent(root, loadServiceNavigation);
  const hasMenu = props.navigation.length > 0 || !!props.onSignOut;

  return (
    <section
      ref={root}
      aria-label="Service information"
      className="govuk-service-navigation"
      data-module="govuk-service-navigation"
    >
      <div className="govuk-width-container">
        <div className="govuk-service-navigation__container">
          <span className="govuk-service-navigation__service-name">
            <Link to="/" className="govuk-service-navigation__link">
              {props.serviceName}
            </Link>
          </span>
          {hasMenu ? (
            <nav aria-label="Menu" className="govuk-service-navigation__wrapper">
              <button
                type="button"
                className="govuk-service-navigation__toggle govuk-js-service-navigation-toggle"
                aria-controls="navigation"
                hidden
              >
                Menu
              </button>
              <ul className="govuk-service-navigation__list" id="navigation">
                {props.navigation.map((item) => {
                  const active =
                    item.href === "/"
                      ? props.pathname === "/"
                      : props.pathname.startsWith(item.href);
                  return (
                    <li
                      key={item.href}
                      className={`govuk-service-navigation__item${active ? " govuk-service-navigation__item--active" : ""}`}
                    >
                      <Link
                        className="govuk-service-navigation__link"
                        to={item.href}
                        aria-current={active ? "page" : undefined}
                      >
                        {item.text}
                      </Link>
                    </li>
                  );
                })}
                {props.onSignOut ? (
                  <li className="govuk-service-navigation__item">
                    <button
                      type="button"
                      className="govuk-service-navigation__link app-link-button"
                      onClick={props.onSignOut}
                    >
                      Sign out
                    </button>
                  </li>
                ) : null}
              </ul>
            </nav>
          ) : null}
        </div>
      </div>
    </section>
  );
}

/** The main element of a page. Sets the document title, with "Error:" while errors show. */
export function Main(props: {
  title: string;
  hasErrors?: boolean;
  backLink?: { to: string; text?: string };
  children: ReactNode;
}) {
  const fullTitle = `${props.hasErrors ? "Error: " : ""}${props.title} - Request an EHC needs assessment`;
  const { hash } = useLocation();
  useEffect(() => {
    document.title = fullTitle;
  }, [fullTitle]);
  // A link from another page to one answer (`#child-dateOfBirth`) lands on that input,
  // because the router does not move focus or scroll on a client-side navigation.
  useEffect(() => {
    if (hash.length < 2) return;
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (!target) return;
    target.scrollIntoView({ block: "center" });
    target.focus({ preventScroll: true });
  }, [hash]);

  return (
    <>
      {props.backLink ? (
        <Link to={props.backLink.to} className="govuk-back-link">
          {props.backLink.text ?? "Back"}
        </Link>
      ) : null}
      <main className="govuk-main-wrapper" id="main-content" tabIndex={-1}>
        {props.children}
      </main>
    </>
  );
}

/**
 * Moves focus to an element and scrolls it to the top of the window each time
 * `key` changes while the element is shown, so a screen reader announces a new
 * message and a phone user sees it without scrolling up.
 */
export function useFocusWhenShown(
  ref: RefObject<HTMLElement | null>,
  key: unknown,
): void {
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    element.focus({ preventScroll: true });
    element.scrollIntoView({ block: "start" });
  }, [ref, key]);
}

/**
 * Renders a GOV.UK error summary. It takes focus and scrolls into view each
 * time it appears or `focusKey` changes, and its links move focus to the input
 * in error (govuk-frontend's ErrorSummary handles the clicks). Links to another
 * page (a section of the request) are ordinary links.
 */
export function ErrorSummary(props: {
  errors: ShownError[];
  hrefFor?: (error: ShownError) => string;
  /**
   * Changes on each new check, such as the errors array a form keeps in state,
   * so a second failed submit moves focus again. Defaults to the messages.
   */
  focusKey?: unknown;
  /** The heading, for a translated page; defaults to "There is a problem". */
  title?: string;
}) {
  if (props.errors.length === 0) return null;
  return (
    <ErrorSummaryBox
      {...props}
      focusKey={
        props.focusKey ??
        props.errors.map((error) => `${error.field}:${error.message}`).join("|")
      }
    />
  );
}

/** The shown summary: a separate component so govuk-frontend starts on it when it appears. */
function ErrorSummaryBox(props: {
  errors: ShownError[];
  hrefFor?: (error: ShownError) => string;
  focusKey: unknown;
  title?: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useGovukComponent(ref, loadErrorSummary);
  useFocusWhenShown(ref, props.focusKey);

  return (
    <div
      className="govuk-error-summary"
      data-module="govuk-error-summary"
      data-disable-auto-focus="true"
      tabIndex={-1}
      ref={ref}
    >
      <div role="alert">
        <h2 className="govuk-error-summary__title">
          {props.title ?? "There is a problem"}
        </h2>
        <div className="govuk-error-summary__body">
          <ul className="govuk-list govuk-error-summary__list">
            {props.errors.map((error) => {
              const href = props.hrefFor ? props.hrefFor(error) : `#${error.target}`;
              return (
                <li key={error.field}>
                  {href.startsWith("#") ? (
                    <a href={href}>{error.message}</a>
                  ) : (
                    <Link to={href}>{error.message}</Link>
                  )}
                </li>
              );
            })}
          </ul>
        </div>
      </div>
    </div>
  );
}

export function NotificationBanner(props: {
  title?: string;
  success?: boolean;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useGovukComponent(ref, loadNotificationBanner);
  const titleId = `banner-title-${props.success ? "success" : "important"}`;

  return (
    <div
      ref={ref}
      className={`govuk-notification-banner${props.success ? " govuk-notification-banner--success" : ""}`}
      role={props.success ? "alert" : "region"}
      aria-labelledby={titleId}
      data-module="govuk-notification-banner"
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id={titleId}>
          {props.title ?? (props.success ? "Success" : "Important")}
        </h2>
      </div>
      <div className="govuk-notification-banner__content">{props.children}</div>
    </div>
  );
}

export interface SummaryRow {
  key: string;
  value: ReactNode;
  change?: { to: string; hiddenText: string };
}

export function SummaryList(props: { rows: SummaryRow[]; id?: string }) {
  const anyChange = props.rows.some((row) => row.change);
  return (
    <dl className="govuk-summary-list" id={props.id}>
      {props.rows.map((row, index) => (
        <div
          className={`govuk-summary-list__row${anyChange && !row.change ? " govuk-summary-list__row--no-actions" : ""}`}
          key={`${row.key}-${index}`}
        >
          <dt className="govuk-summary-list__key">{row.key}</dt>
          <dd className="govuk-summary-list__value">{row.value}</dd>
          {row.change ? (
            <dd className="govuk-summary-list__actions">
              <Link className="govuk-link" to={row.change.to}>
                Change
                <span className="govuk-visually-hidden"> {row.change.hiddenText}</span>
              </Link>
            </dd>
          ) : null}
        </div>
      ))}
    </dl>
  );
}

export type TagColour =
  | "grey"
  | "green"
  | "blue"
  | "red"
  | "yellow"
  | "orange"
  | "purple"
  | "turquoise"
  | "pink"
  | "light-blue";

export function Tag(props: { colour?: TagColour; children: ReactNode }) {
  return (
    <strong className={`govuk-tag${props.colour ? ` govuk-tag--${props.colour}` : ""}`}>
      {props.children}
    </strong>
  );
}

export function Loading() {
  return (
    <p className="govuk-body" role="status">
      Loading…
    </p>
  );
}

/** A whole page while its data loads, in a main element so the skip link has a target. */
export function LoadingPage() {
  return (
    <main className="govuk-main-wrapper" id="main-content" tabIndex={-1}>
      <Loading />
    </main>
  );
}

/**
 * Shows a failed action, or the 409 message with a way to reload. It takes
 * focus when it appears, like an error summary.
 */
export function ProblemBanner(props: { message: string; onReload?: () => void }) {
  const ref = useRef<HTMLDivElement>(null);
  useFocusWhenShown(ref, props.message);
  return (
    <div ref={ref} tabIndex={-1}>
      <NotificationBanner title="There is a problem">
        <p className="govuk-notification-banner__heading">{props.message}</p>
        {props.onReload ? (
          <button
            type="button"
            className="govuk-button govuk-button--secondary"
            onClick={props.onReload}
          >
            Reload
          </button>
        ) : null}
      </NotificationBanner>
    </div>
  );
}
