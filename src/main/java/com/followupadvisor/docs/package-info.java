/**
 * The documents' example answers (the README's, the integrators' guide's): what the service's JSON
 * is for each example on a rule set, so that {@code ./check-rules} can say when one is out of date and
 * {@code --accept} can write it. The one package besides {@code api} that reads the API's bodies.
 */
package com.followupadvisor.docs;
