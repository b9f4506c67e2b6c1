/** Answering requests with the rules live now: on a bounded pool off the event loop, one at a time or as a batch, with metrics. */
package com.followupadvisor.answers;
