/**
 * Follow-up Advisor: what a job seeker should do next after an interview. The advice lives in
 * Drools rules in the top-level {@code rules/} folder; the packages here read a request
 * ({@code state}), run the rules on it ({@code rules.engine}, {@code advising}, {@code answers}) and
 * answer over HTTP ({@code api}, {@code http}). The rules folder is read and checked by
 * {@code rules.folder}, sandboxed by {@code rules.sandbox}, released live by {@code rules.release} after
 * its {@code scenarios} pass, and checked from the command line by {@code authoring}.
 */
package com.followupadvisor;
