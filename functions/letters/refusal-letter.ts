/**
 * The letter informing a family that the council will not carry out an EHC needs
 * assessment. Reg 5(3) of the SEND Regulations 2014 requires it to give the
 * reasons, the right to appeal and its time limits, the mediation
 * information of reg 32, and where to get disagreement resolution and
 * independent information and advice.
 */
import { addMonths, formatLongDate, type IsoDate } from "../../shared/dates";

export interface RefusalLetterFacts {
  reference: string;
  childName: string;
  receivedDate: IsoDate;
  decidedOn: IsoDate;
  reasons: string;
  serviceUrl: string;
}

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

function paragraphs(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((block) => `<p>${escapeHtml(block.trim()).replace(/\n/g, "<br>")}</p>`)
    .join("\n");
}

/** Renders the letter as a standalone HTML page, with every person's text escaped. */
export function refusalLetterHtml(facts: RefusalLetterFacts): string {
  const decided = formatLongDate(facts.decidedOn);
  // Reg 33 and the Tribunal rules: 2 months from the decision to contact a
  // mediation adviser and, without mediation, to appeal.
  const twoMonthsOn = formatLongDate(addMonths(facts.decidedOn, 2));

  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Decision on your request: ${escapeHtml(facts.reference)}</title>
</head>
<body>
<h1>We will not carry out an education, health and care needs assessment</h1>
<p>Reference: ${escapeHtml(facts.reference)}</p>
<p>Date of decision: ${decided}</p>
<p>Child or young person: ${escapeHtml(facts.childName)}</p>

<p>We received a request for an education, health and care (EHC) needs assessment on ${formatLongDate(facts.receivedDate)}. We have looked at the request and the evidence sent with it, and we have decided not to carry out an assessment.</p>

<h2>Why we made this decision</h2>
${paragraphs(facts.reasons)}

<h2>If you disagree with this decision</h2>
<p>You can talk to us first. Contact your EHC coordinator through your case page: ${escapeHtml(facts.serviceUrl)}. We can meet you to explain the decision and look again at any new evidence.</p>

<h3>Your right to appeal</h3>
<p>You have the right to appeal against this decision to the First-tier Tribunal (Special Educational Needs and Disability), called the SEND Tribunal. It is independent of the council.</p>
<p>You must appeal by the later of these dates:</p>
<ul>
<li>2 months from the date of this decision, which is ${twoMonthsOn}</li>
<li>1 month from the date on your mediation certificate, if you get one</li>
</ul>

<h3>Contact a mediation adviser first</h3>
<p>Before you can appeal, you must contact a mediation adviser within 2 months of this decision, by ${twoMonthsOn}. The adviser will tell you about mediation. You do not have to go to mediation.</p>
<ul>
<li>If you decide not to have mediation, the adviser will give you a certificate within 3 working days. You need this certificate to appeal.</li>
<li>If you decide to have mediation, we must arrange it within 30 days. You will get a certificate within 3 working days of the mediation ending.</li>
</ul>
<p>Mediation is free for you. It is a meeting with an independent mediator who helps you and the council try to reach an agreement. The mediator does not work for the council. You can find the mediation service's contact details on the council's Local Offer website, or ask us.</p>

<h3>Disagreement resolution</h3>
<p>You can also use our free disagreement resolution service at any time, about this decision or about the support your child gets. It is run by people who do not work for the council. Using it does not affect your right to appeal, and does not change the time limits for appealing.</p>

<h3>Free, independent advice</h3>
<p>Your local SEND Information, Advice and Support Service (SENDIASS) gives free, confidential and impartial advice to children, young people and parents. They can explain this decision, help you with mediation and help you appeal. You can find their details on the council's Local Offer website.</p>

<h2>What happens now</h2>
<p>Your child's school or setting should keep giving support from its own resources (SEN support). You can ask for an assessment again if things change, for example if there is new evidence about your child's needs.</p>

<p>SEN Assessment Service</p>
</body>
</html>
`;
}
