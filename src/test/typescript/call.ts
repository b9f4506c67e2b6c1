// A job tracker's call, typed by the client generated from the service's OpenAPI document:
// it must compile under strict tsc with no casts. Not run: compiling it is the check.
import createClient from "openapi-fetch";
import type { components, paths } from "./generated/api";

type ApplicationState = components["schemas"]["ApplicationState"];
type ActionCode = components["schemas"]["ActionCode"];

const client = createClient<paths>({ baseUrl: "http://localhost:8080" });

// only company and interview.at are required: everything else may be left out
const state: ApplicationState = {
  company: "Acme",
  interview: { at: "2026-11-12T10:00", interviewers: [{ name: "Dana Smith", addressAs: "Dana" }] },
  contact: { name: "Lee Park", email: "lee@acme.example" },
  holidays: { region: "DE-BY", closedDays: ["2026-12-24"] },
  language: "de",
};

export async function nextAction(): Promise<ActionCode | undefined> {
  const { data, error } = await client.POST("/api/v1/next-action", { body: state, params: { query: { explain: true } } });
  if (error) {
    // a problem document: every bad field at once
    return error.errors?.[0]?.field === "company" ? undefined : undefined;
  }
  const next = data.next;
  const firstDay: string | undefined = next.dueFrom;
  const recipient: string | undefined = next.drafts?.[0]?.recipient?.name;
  void firstDay;
  void recipient;
  return next.action;
}

export async function calendar(): Promise<string | undefined> {
  const { data } = await client.POST("/api/v1/next-action/calendar", { body: state, parseAs: "text" });
  return data;
}

export async function rules(): Promise<number> {
  const { data } = await client.GET("/api/v1/rules");
  // required fields: no optional chaining needed
  return data ? data.rules.filter((r) => r.fired > 0).length + data.lastReload.errors.length : 0;
}
