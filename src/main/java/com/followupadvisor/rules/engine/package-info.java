/** Drools: compiling a folder into a rule set, and evaluating it on one application, with the record of what fired and why. */
package com.followupadvisor.rules.engine;
