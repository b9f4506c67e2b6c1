package com.followupadvisor.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BodyTooLargeExceptionTest {

    @Test
    void statesTheLimitInTheUnitAPersonReads() {
        assertThat(new BodyTooLargeException(70_000, 64 * 1024).getMessage())
                .isEqualTo("The request body has 70000 bytes; the limit is 64 KiB.");
        assertThat(new BodyTooLargeException(9_000_000, 8 * 1024 * 1024).getMessage())
                .isEqualTo("The request body has 9000000 bytes; the limit is 8 MiB.");
    }

    @Test
    void aLimitThatIsNoWholeUnitIsStatedInBytes() {
        assertThat(new BodyTooLargeException(2_000, 1_000).getMessage())
                .isEqualTo("The request body has 2000 bytes; the limit is 1000 bytes.");
        assertThat(new BodyTooLargeException(2_000, 1_536).getMessage()).endsWith("the limit is 1536 bytes.");
    }
}
