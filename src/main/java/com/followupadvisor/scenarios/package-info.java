/** What a rule set is tried on before it goes live, and by the check: the folder's scenarios (read, run, compared with what they expect) and generated states. */
package com.followupadvisor.scenarios;
