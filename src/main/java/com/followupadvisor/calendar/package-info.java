/** The employer's calendar: working days (weekends, a region's public holidays, closed days) and the year-end quiet weeks that do not count as days of waiting. */
package com.followupadvisor.calendar;
