/** Answering a state: next, also and the plan, with drafts, using the loaded rules; metrics recorded in one place. */
package com.followupadvisor.advising;
