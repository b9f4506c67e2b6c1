package com.followupadvisor.api;

/** Example bodies for the OpenAPI document. */
final class ApiExamples {

    static final String FOLLOW_UP_DUE = """
            {
              "asOf": "2026-11-24T09:00",
              "timezone": "Europe/Berlin",
              "company": "Acme",
              "role": "Data Analyst",
              "candidateName": "Sam Lee",
              "interview": {"at": "2026-11-12T10:00", "interviewers": [{"name": "Dana Smith", "email": "dana@acme.example"}]},
              "timeline": {"asked": true, "expectedBy": "2026-11-19"},
              "thankYou": {"sentAt": "2026-11-12T18:00"},
              "otherOpportunities": {"activeApplications": 4, "upcomingInterviews": 1},
              "firstChoice": true
            }""";

    static final String BEFORE_INTERVIEW = """
            {
              "asOf": "2026-11-24T09:00",
              "timezone": "Europe/Berlin",
              "company": "Acme",
              "interview": {"at": "2026-11-26T10:00"}
            }""";

    static final String REJECTED = """
            {
              "asOf": "2026-11-24T09:00",
              "company": "Acme",
              "interview": {"at": "2026-11-12T10:00"},
              "outcome": "REJECTED"
            }""";

    static final String FOLLOW_UP_ANSWER = """
            {
              "asOf": "2026-11-24T09:00:00",
              "timezone": "Europe/Berlin",
              "language": "en",
              "next": {
                "action": "FOLLOW_UP", "title": "Follow up politely with Acme",
                "dueFrom": "2026-11-23", "dueBy": "2026-11-23", "overdue": true, "channels": ["EMAIL", "PHONE"],
                "why": "They said they would decide by Thursday 2026-11-19. Give them 2 to 3 days past that date before you follow up. Follow-up 1 can go out on Monday 2026-11-23: a short, low-pressure message by email or phone, asking whether you are still being considered.",
                "rule": "Follow up politely once the window has opened",
                "drafts": [
                  {"channel": "EMAIL", "to": "Dana Smith <dana@acme.example>", "subject": "Following up on the Data Analyst position at Acme", "body": "Dear Dana Smith, ..."},
                  {"channel": "PHONE", "to": "Dana Smith", "body": "Hello Dana Smith, this is Sam Lee. ..."}
                ]
              },
              "also": [{"action": "KEEP_SEARCHING", "title": "Keep applying, interviewing and networking", "overdue": false,
                        "why": "Don't put your search on hold for Acme: ...", "rule": "Keep searching while you wait for an answer"}],
              "plan": [
                {"action": "FOLLOW_UP", "title": "Send Acme a last, polite follow-up", "dueFrom": "2026-11-30", "dueBy": "2026-12-01", "overdue": false, "channels": ["EMAIL", "PHONE"], "why": "...", "rule": "Follow up politely once the window has opened"},
                {"action": "MOVE_ON", "title": "Move on, and leave the door open", "dueFrom": "2026-12-07", "overdue": false, "why": "...", "rule": "Move on when the follow-ups stay unanswered"}
              ],
              "rules": {"version": "3f1c2a9b7d10", "fired": ["The employer's own date is the reference date", "First follow-up two to three days past the reference date", "Follow up politely once the window has opened", "Keep searching while you wait for an answer", "The most urgent action that applies now comes next"]}
            }""";

    /** Contract 2.0's example: the employer asked a question on Friday 4 December; their date was 11 December. */
    static final String HISTORY = """
            {
              "asOf": "2026-12-07T09:00",
              "timezone": "Europe/Berlin",
              "applicationId": "acme-7f3a",
              "company": "Acme",
              "role": "Data Analyst",
              "candidate": {"name": "Sam Lee", "email": "sam@example.com"},
              "people": [
                {"id": "lee", "name": "Lee Park", "email": "lee@acme.example", "role": "RECRUITER"},
                {"id": "dana", "name": "Dana Smith", "email": "dana@acme.example", "title": "Head of Data", "addressAs": "Dana"}
              ],
              "events": [
                {"type": "INTERVIEW", "at": "2026-11-12T10:00", "stage": "SCREEN", "format": "PHONE",
                 "interviewers": [{"person": "lee"}]},
                {"type": "THANK_YOU", "at": "2026-11-12T17:00"},
                {"type": "INVITATION", "at": "2026-11-16", "from": "lee"},
                {"type": "INTERVIEW", "at": "2026-11-26T14:00",
                 "interviewers": [{"person": "dana", "talkedAbout": "the data warehouse"}],
                 "timeline": {"asked": true, "expectedBy": "2026-12-11"}},
                {"type": "THANK_YOU", "at": "2026-11-26T18:30", "to": ["dana"]},
                {"type": "QUESTION", "at": "2026-12-04T16:00", "from": "lee", "about": "REFERENCES", "note": "two references"}
              ]
            }""";

    static final String INVALID = """
            {
              "type": "https://followupadvisor.com/problems/invalid-request",
              "title": "Invalid application state",
              "status": 400,
              "detail": "The application state has 2 invalid fields.",
              "errors": [
                {"field": "interview.at", "message": "must be a local date-time like 2026-11-24T09:00, with no offset (it is \\"2026-11-12T10:00Z\\")"},
                {"field": "followUps[0].channel", "message": "must be one of EMAIL, PHONE (it is \\"FAX\\")"}
              ]
            }""";

    static final String BATCH = """
            {
              "items": [
                {"id": "acme", "state": {"asOf": "2026-11-24T09:00", "company": "Acme", "interview": {"at": "2026-11-12T10:00"}}},
                {"id": "beta", "state": {"company": "Beta", "interview": {"at": "2026-11-12T10:00"},
                                         "followUps": [{"at": "2026-11-01T09:00", "channel": "EMAIL"}]}}
              ]
            }""";

    private ApiExamples() {
    }
}
