import type { Person } from "@convenor/shared";

const escape = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );

/** Local mode's sign-in page: pick a demo person, get a token for them. */
export function personaPickerPage(people: Person[]): string {
  const rows = people
    .map(
      (person) => `<li><button name="persona" value="${escape(person.id)}">
  <strong>${escape(person.displayName)}</strong><span>${escape(person.jobTitle)} · ${escape(person.agency)}</span>
</button></li>`,
    )
    .join("\n");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Convenor local sign-in</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body{font-family:"Segoe UI",system-ui,sans-serif;margin:2rem auto;max-width:40rem;color:#242424}
h1{font-size:1.5rem}p{color:#616161}ul{list-style:none;padding:0;display:grid;gap:.5rem}
button{width:100%;text-align:left;padding:.75rem 1rem;border:1px solid #d1d1d1;border-radius:6px;background:#fff;cursor:pointer;display:flex;flex-direction:column;gap:.25rem;font:inherit}
button:hover,button:focus{border-color:#5b5fc7;outline:none;background:#f5f5ff}span{color:#616161;font-size:.875rem}
</style></head>
<body><h1>Sign in to Convenor (local demo)</h1>
<p>Local mode has no Microsoft 365 tenant: pick a demo person. You get an access token signed by this service's
local issuer, validated exactly as an Entra ID token is in production.</p>
<form method="post" action="token"><ul>
${rows}
</ul></form></body></html>`;
}
