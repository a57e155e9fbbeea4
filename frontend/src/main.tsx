import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import "./styles.css";
import { App } from "./App";
import { createAuthAdapter } from "./auth/adapter";
import { loadConfig } from "./config";

// govuk-frontend styles its JavaScript-enhanced components only under this class.
document.body.classList.add("js-enabled", "govuk-frontend-supported");

const root = createRoot(document.getElementById("root")!);

async function start() {
  const config = await loadConfig();
  const auth = await createAuthAdapter(config);
  const user = await auth.restore();

  root.render(
    <StrictMode>
      <App config={config} auth={auth} initialUser={user} />
    </StrictMode>,
  );
}

start().catch(() => {
  root.render(
    <main className="govuk-main-wrapper govuk-width-container" id="main-content">
      <h1 className="govuk-heading-l">Sorry, there is a problem with the service</h1>
      <p className="govuk-body">Try again later.</p>
    </main>,
  );
});
