package com.followupadvisor.state;

import java.util.List;

import org.apache.commons.validator.routines.DomainValidator;
import org.apache.commons.validator.routines.EmailValidator;

/**
 * Which email addresses a state may give: Apache Commons Validator's {@link EmailValidator} (the
 * syntax of RFC 5321/5322, international domains, a top-level domain from IANA's list, which
 * catches "acme.con"), with two choices of ours on top.
 */
public final class EmailAddresses {

    /**
     * The top-level domains RFC 2606 reserves for documentation and tests: not in IANA's list, so
     * Commons Validator refuses them by default, but the contract's examples, the README and the
     * shipped scenarios write {@code dana@acme.example}. No mail can be delivered there, so
     * accepting them costs nothing.
     */
    private static final List<String> RESERVED_FOR_EXAMPLES = List.of("example", "test");

    /** No host-only domains ({@code dana@localhost}, {@code dana@intranet}): a draft goes to a mailbox on the internet. */
    private static final EmailValidator VALIDATOR = new EmailValidator(false, false,
            DomainValidator.getInstance(false, List.of(new DomainValidator.Item(DomainValidator.ArrayType.GENERIC_PLUS,
                    RESERVED_FOR_EXAMPLES.toArray(String[]::new)))));

    private EmailAddresses() {
    }

    /**
     * Whether {@code address} is a valid email address. Besides the validator, the local part must
     * be a dot-atom: no quoted string ({@code "dana>,mallory"@evil.example}) and no backslash,
     * which Commons Validator accepts. Such a local part carries commas, angle brackets and spaces
     * into a draft's {@code to} ({@code Dana <address>}), where whatever splits it naively finds
     * other recipients; RFC 5321 (4.1.2) itself says mailboxes SHOULD avoid the quoted form, and no
     * mail provider hands such addresses out. The caller has refused control characters already.
     */
    public static boolean valid(String address) {
        return address.indexOf('"') < 0 && address.indexOf('\\') < 0 && VALIDATOR.isValid(address);
    }
}
