/** Answering one state with one rule set: next, also and the plan, with dates and drafts, within the time limit. */
package com.followupadvisor.advising;
