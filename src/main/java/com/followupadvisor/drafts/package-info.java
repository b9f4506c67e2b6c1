/** The draft messages: the sandboxed templates of a rule set and the text written from them for one recommendation. */
package com.followupadvisor.drafts;
