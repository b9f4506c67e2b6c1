/**
 * The service's one cache: the rule compiler's class lookups, kept in memory for the life of the
 * service, which makes every compile, at start-up and at each saved change, several times faster
 * (docs/startup-decision.md).
 */
package com.followupadvisor.rules.cache;
