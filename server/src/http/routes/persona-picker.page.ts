import type { Person } from "@convenor/shared";

const escape = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );

const style = `body{font-family:"Segoe UI",system-ui,sans-serif;margin:2rem auto;max-width:40rem;color:#242424}
h1{font-size:1.5rem}p{color:#616161}ul{list-style:none;padding:0;display:grid;gap:.5rem}
button{width:100%;text-align:left;padding:.75rem 1rem;border:1px solid #d1d1d1;border-radius:6px;background:#fff;cursor:pointer;display:flex;flex-direction:column;gap:.25rem;font:inherit}
button:hover,button:focus{border-color:#5b5fc7;outline:none;background:#f5f5ff}span{color:#616161;font-size:.875rem}
textarea{width:100%;height:8rem;font:12px ui-monospace,monospace;word-break:break-all}code{background:#f5f5f5;padding:.1rem .25rem}`;

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
<style>${style}</style></head>
<body><h1>Sign in to Convenor (local demo)</h1>
<p>Local mode has no Microsoft 365 tenant: pick a demo person. You get an access token signed by this service's
local issuer, validated exactly as an Entra ID token is in production.</p>
<form method="post" action="token"><ul>
${rows}
</ul></form></body></html>`;
}

/** What a person sees after picking a persona in a browser: the token and how to use it. */
export function issuedTokenPage(person: Person, token: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Signed in as ${escape(person.displayName)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><style>${style}</style></head>
<body><h1>Signed in as ${escape(person.displayName)}</h1>
<p>${escape(person.jobTitle)}. This access token is valid for one hour:</p>
<textarea readonly aria-label="Access token">${escape(token)}</textarea>
<p>Call the API with it, for example <code>curl -H "Authorization: Bearer &lt;token&gt;" /api/me</code>.</p>
<p><a href="signin">Pick another person</a></p></body></html>`;
}
