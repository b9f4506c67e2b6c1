/** What a rule's Java may use: the reviewed allow-list, and the reading of compiled rule classes against it. */
package com.followupadvisor.rules.sandbox;
