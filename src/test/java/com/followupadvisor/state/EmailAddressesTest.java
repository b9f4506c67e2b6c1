package com.followupadvisor.state;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Email addresses as the contract takes them (security issue, finding 6). */
class EmailAddressesTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "dana@acme.example", "lee@acme.test", "first.last+tag@sub.example.co.uk", "d'angelo@acme.example",
        "dana@bücher.example", "jörg@acme.example", "dana@xn--bcher-kva.example", "DANA@ACME.EXAMPLE",
        "dana@[192.0.2.1]", "person1@example.com",
    })
    void ordinaryAndInternationalAddressesAreValid(String address) {
        assertThat(EmailAddresses.valid(address)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "dana>,mallory\"<@evil.example", "\"dana>,mallory\"@evil.example", "\"dana smith\"@acme.example",
        "dana\\,mallory@evil.example", "dana.acme.example", "dana@acme", "dana@localhost", "dana@acme.con",
        "dana@acme.invalid", "dana..smith@acme.example", ".dana@acme.example", "dana@-acme.example",
        "dana@acme.example.", "dana smith@acme.example", "dana@acme@example.com", "<dana@acme.example>",
        "Dana <dana@acme.example>",
    })
    void addressesThatAreNotOneMailboxAreNot(String address) {
        assertThat(EmailAddresses.valid(address)).isFalse();
    }
}
