/** The rule authors' check from the command line ({@code ./check-rules}): scenarios, coverage, and the comparison with another copy of the rules over scenarios and generated states. */
package com.followupadvisor.authoring;
