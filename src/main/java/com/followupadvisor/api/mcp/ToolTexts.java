package com.followupadvisor.api.mcp;

/**
 * What a model reads of each tool, resource and prompt: what it is for, when to call it, and what
 * comes back. The arguments are described by the request's schema, field by field.
 */
final class ToolTexts {

    static final String NEXT_ACTION = """
            Works out what a job seeker should do next about one job application, from the history of its hiring \
            process, with dated, explained advice and ready-to-send drafts. Call it whenever the person tells you \
            about an application (an interview held or booked, a thank-you or follow-up they sent, a message from \
            the employer, an assignment, an offer, another employer's offer) and wants to know what to do or what \
            is due; call it again after each new event, since the advice follows the whole history.
            Arguments: `company`; `people` (each person involved, with an `id` the events refer to, a `name`, \
            and a `role` such as RECRUITER or HIRING_MANAGER); `events`, everything that happened, each with its \
            `type` and `at` (the applicant's local time, like 2026-11-12T10:00, or a date alone); optionally \
            `asOf` (leave it out for now), `timezone` (an IANA id such as Europe/Berlin), `language` (en or de) \
            and the other fields of the schema. The resource advisor://event-types lists every event type with \
            an example.
            Answer: a short summary, then the full answer as JSON (also as structured content): `status` (where \
            the application stands), `next` (the single most important action, with `dueFrom`/`dueBy`, a reason \
            `why` and `drafts` to send), `also` (other actions due now) and `plan` (the steps still to come if \
            nothing is heard). Tell the person the next action, its dates and its reason, and offer its draft; \
            use only the dates the answer gives. A bad argument comes back as an error naming each bad field by \
            its path (events[2].at): correct those fields and call again.""";

    static final String CALENDAR = """
            The same advice as next_action, as an iCalendar (.ics) file: one all-day event for each action with \
            something to do, its UID the action's id, so that importing a newer file updates the events. Takes \
            exactly the arguments of next_action. Call it when the person wants the steps in their calendar; \
            hand them the text as a file named follow-up-plan.ics.""";

    static final String EXPLAIN = """
            Why the advice is what it is. Takes exactly the arguments of next_action and answers, in words, each \
            rule that fired for this history, in the order it fired: the piece of advice it encodes, what it \
            says, and the values it used (dates, numbers of days); then each action with the rule that gave it \
            and its reason. The structured content is next_action's answer with, for each rule, the facts it \
            matched. Call it when the person asks why, or doubts a date.""";

    static final String LIST_RULES = """
            The advice this service knows: every rule with the piece of advice it encodes (ask for the \
            timeline, thank-you notes, follow-ups, moving on, answering the employer, keep searching, ...), \
            what it says, where it is written (file and line) and how many answers it has contributed to since \
            the service started, with the version of the rules in use. Takes no arguments. Call it to tell the \
            person what the service can advise on, or to quote the rules' version.""";

    static final String EVENT_TYPES = """
            Every event type a history can hold (the `type` of an entry of `events`), with what it means, the \
            fields it takes and one example each, as Markdown. Read it before building the `events` of a \
            next_action call.""";

    static final String WHAT_NEXT = """
            Asks the person about one job application (the employer, the people they met, what happened and \
            when) and then calls next_action to tell them what to do next, with its dates and a draft.""";

    private ToolTexts() {
    }
}
