/** The rule authors' check: scenarios, coverage and comparison with another copy of the rules, from the command line. */
package com.followupadvisor.authoring;
