/** Compiled rule sets kept on disk, so that a restart with unchanged rules does not compile them again. */
package com.followupadvisor.rules.cache;
