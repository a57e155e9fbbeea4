import { Link } from "react-router";
import { Main } from "../components/page";

export function NotFoundPage() {
  return (
    <Main title="Page not found">
      <h1 className="govuk-heading-l">Page not found</h1>
      <p className="govuk-body">If you typed the web address, check it is correct.</p>
      <p className="govuk-body">
        <Link className="govuk-link" to="/">
          Go to the start page
        </Link>
      </p>
    </Main>
  );
}
