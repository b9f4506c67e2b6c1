package com.followupadvisor.advice;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a fact, one of its fields or a helper means, in one line for a rule author: the generated
 * list of what a rule can use ({@code docs/rule-facts.md}) is made from these, and a misspelt
 * field's message names the fields they describe.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Means {
    String value();
}
