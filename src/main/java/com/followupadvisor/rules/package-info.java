/** Drools only: reading, compiling, watching and reloading the rules folder, and running one evaluation of a rule set. */
package com.followupadvisor.rules;
