/**
 * The fact model the rules speak: the application as seen from one moment, the recommendation a rule records,
 * action codes, the quiet weeks and date helpers.
 */
package com.followupadvisor.advice;
