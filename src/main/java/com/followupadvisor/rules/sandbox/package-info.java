/** What rule code may do: the reviewed allow-list, checked on the compiled rule classes; the watchdog that stops a runaway evaluation; the guard against a rule ending the process. */
package com.followupadvisor.rules.sandbox;
