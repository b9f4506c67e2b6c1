/** Live rules: the set answering now, the folder watched for saved changes, and a new set put live only when it compiles and passes its trial. */
package com.followupadvisor.rules.release;
