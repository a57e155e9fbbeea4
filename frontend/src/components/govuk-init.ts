/**
 * Starts govuk-frontend's JavaScript for one element. Each component throws
 * if it is started twice on the same element, and React StrictMode runs
 * effects twice in development, so started elements are remembered.
 */
import { useEffect, type RefObject } from "react";

const started = new WeakSet<Element>();

type ComponentClass = new (element: Element) => unknown;

export function useGovukComponent(
  ref: RefObject<HTMLElement | null>,
  load: () => Promise<ComponentClass>,
): void {
  useEffect(() => {
    const element = ref.current;
    if (!element || started.has(element)) return;
    started.add(element);

    void load().then((Component) => {
      if (element.isConnected) new Component(element);
    });
  }, [ref, load]);
}

export const loadErrorSummary = async () => (await import("govuk-frontend")).ErrorSummary;
export const loadNotificationBanner = async () =>
  (await import("govuk-frontend")).NotificationBanner;
export const loadServiceNavigation = async () =>
  (await import("govuk-frontend")).ServiceNavigation;
export const loadSkipLink = async () => (await import("govuk-frontend")).SkipLink;
