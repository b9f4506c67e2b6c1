// A job tracker's call, typed by the client generated from the service's OpenAPI document:
// it must compile under strict tsc with no casts. Not run: compiling it is the check.
import createClient from "openapi-fetch";
import type { components, paths } from "./generated/api";

type ApplicationState = components["schemas"]["ApplicationState"];
// a 1.1 answer's action codes are 1.1's (ActionCodeV1); a 2.0 answer's, all of them (ActionCode)
type ActionCodeV1 = components["schemas"]["ActionCodeV1"];
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

export async function nextAction(): Promise<ActionCodeV1 | undefined> {
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

// Contract 2.0: the application's history as events, one schema per event type (a union on `type`).
type ApplicationHistory = components["schemas"]["ApplicationHistory"];
type Event = components["schemas"]["Event"];
type Outcome2 = components["schemas"]["Status"]["outcome"];

const events: Event[] = [
  { type: "INVITATION", at: "2026-11-05", from: "lee", round: 1 },
  { type: "INTERVIEW", at: "2026-11-12T10:00", stage: "SCREEN", format: "VIDEO", interviewers: [{ person: "lee" }] },
  { type: "THANK_YOU", at: "2026-11-12T17:30", to: ["lee"] },
  { type: "RESCHEDULED", at: "2026-11-20T09:15", from: "lee", newAt: "2026-11-27T14:00" },
  {
    type: "INTERVIEW",
    at: "2026-11-26T14:00",
    round: 2,
    interviewers: [{ person: "dana", talkedAbout: "the move to a new data warehouse" }],
    timeline: { asked: true, expectedBy: "2026-12-11" },
  },
  { type: "OTHER_OFFER", at: "2026-12-01", answerBy: "2026-12-15", note: "Beta GmbH, written offer" },
  { type: "ASSIGNMENT", at: "2026-12-02T11:00", from: "dana", due: "2026-12-09" },
  { type: "QUESTION", at: "2026-12-04T16:00", from: "lee", about: "REFERENCES" },
  { type: "FOLLOW_UP", at: "2026-12-05T10:00", channel: "EMAIL", to: ["lee"], id: "tracker-41" },
];

const history: ApplicationHistory = {
  asOf: "2026-12-07T09:00",
  timezone: "Europe/Berlin",
  applicationId: "acme-7f3a",
  company: "Acme",
  role: "Data Analyst",
  candidate: { name: "Sam Lee", email: "sam@example.com" },
  firstChoice: true,
  people: [
    { id: "lee", name: "Lee Park", email: "lee@acme.example", role: "RECRUITER" },
    { id: "dana", name: "Dana Smith", title: "Head of Data", addressAs: "Dana", role: "HIRING_MANAGER" },
    { id: "kim", name: "Kim Osei", role: "REFERRER" },
  ],
  contact: "lee",
  events,
  otherOpportunities: { activeApplications: 3, upcomingInterviews: 1 },
  holidays: { region: "NONE", closedDays: ["2026-12-24"] },
};

export async function nextActionV2(): Promise<Outcome2 | undefined> {
  const { data, error } = await client.POST("/api/v2/next-action", { body: history, params: { query: { explain: false } } });
  if (error) {
    return undefined;
  }
  // null (not undefined) when nothing is to come: the status fields are always present
  const nextInterview: string | null = data.status.nextInterviewAt;
  const stepId: string = data.next.id;
  const code: ActionCode = data.next.action;
  // every 1.1 code is a 2.0 code, not the other way round
  const asV2: ActionCode = "FOLLOW_UP" satisfies ActionCodeV1;
  // @ts-expect-error ANSWER_OFFER is 2.0's only
  const notV1: ActionCodeV1 = "ANSWER_OFFER";
  void code;
  void asV2;
  void notV1;
  const done: Event = { type: "DONE", at: "2026-12-07T10:00", action: stepId };
  void nextInterview;
  void done;
  return data.status.outcome;
}

export async function calendarV2(): Promise<string | undefined> {
  const { data } = await client.POST("/api/v2/next-action/calendar", { body: history, parseAs: "text" });
  return data;
}

export async function batchV2(): Promise<number> {
  const rejected: ApplicationHistory = {
    company: "Beta",
    events: [
      { type: "INTERVIEW", at: "2026-11-10" },
      { type: "REJECTION", at: "2026-11-18T08:30" },
    ],
  };
  const { data } = await client.POST("/api/v2/next-action/batch", {
    body: { items: [{ id: "acme", state: history }, { id: "beta", state: rejected }] },
  });
  return data ? data.results.filter((r) => r.status === 200 && r.answer?.status.waitingOn === "CANDIDATE").length : 0;
}
