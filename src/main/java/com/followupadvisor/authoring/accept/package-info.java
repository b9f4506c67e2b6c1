/**
 * {@code ./check-rules --accept}: the rules' new answers written into the scenarios they no longer
 * pass, in place (only the expectations each scenario states, its layout kept), with a flag where
 * a scenario's name or description no longer fits.
 */
package com.followupadvisor.authoring.accept;
