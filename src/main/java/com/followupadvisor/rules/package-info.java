/**
 * The rules, in four jobs: {@code folder} reads and checks a rules folder, {@code engine} compiles
 * and evaluates it, {@code sandbox} bounds what rule code may do, {@code release} watches the folder
 * and puts a new set live; {@code cache} holds the rule compiler's one cache.
 */
package com.followupadvisor.rules;
