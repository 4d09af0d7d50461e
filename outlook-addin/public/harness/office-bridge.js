// Local mode only: the service serves this instead of Microsoft's office.js. Inside the harness the pane's
// Office global is the harness's Office.js subset; opened on its own, the pane has no Office and says so.
window.Office = window.parent !== window ? window.parent.convenorHarnessOffice : undefined;
