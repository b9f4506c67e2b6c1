/** The words of the advice: each language's sandboxed templates (titles, reasons, drafts) and the text written from them. */
package com.followupadvisor.wording;
