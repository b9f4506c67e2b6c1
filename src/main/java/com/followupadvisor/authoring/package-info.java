/** The rule authors' check: scenarios, coverage and comparison with another copy of the rules (its scenarios, and its impact on generated states), from the command line. */
package com.followupadvisor.authoring;
